package bench.groups;

import bedrock.api.client.Client;
import bedrock.api.client.ClientFactory;
import bedrock.launcher.BedrockHome;
import bedrock.launcher.EmbeddedFramework;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Groups of {@value KindRun#SIZE} daemons of the built distribution on 127.0.0.1: formation, SIGKILL
 * detection, memory and threads of a member; one table with the goal or baseline beside each
 * figure. Arguments: the kinds to measure ({@code flock}, {@code ssg}; default both).
 */
public final class GroupBench {

    private GroupBench() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("bench.dist", "bundles/bedrock.launcher/target/bedrock"))
                .toAbsolutePath().normalize();
        if (!Files.isExecutable(home.resolve("bin/bedrock"))) {
            throw new IllegalStateException("no distribution at " + home + ": run `mvn -B package -DskipTests` first");
        }
        List<Kind> kinds = new ArrayList<>();
        for (String a : args.length == 0 ? new String[] {"flock", "ssg"} : args) {
            kinds.add(Kind.valueOf(a.toUpperCase()));
        }
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        List<KindRun> runs = new ArrayList<>();
        try (EmbeddedFramework framework = EmbeddedFramework.start(BedrockHome.bundles(home), Map.of());
                Client client = framework.awaitService(ClientFactory.class, Duration.ofSeconds(20))
                        .create(Client.ClientOptions.defaults().withTimeout(Duration.ofSeconds(10)))) {
            for (Kind kind : kinds) {
                System.out.println("measuring " + kind.name().toLowerCase() + " groups...");
                runs.add(new KindRun(kind, home, new Views(client, kind)).run());
            }
        }
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        Report.print(kinds, runs, loadBefore, loadAfter);
        System.exit(0);
    }
}
