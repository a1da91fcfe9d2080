package bench.launch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One traced run of each command (CDS on), to show where the time of a start goes. */
final class Traced {

    /** Daemon phases, by the first class each loads. */
    private static final Map<String, String> DAEMON = new LinkedHashMap<>();
    /** bedrock-query phases. */
    private static final Map<String, String> QUERY = new LinkedHashMap<>();

    static {
        DAEMON.put("bedrock.launcher.cli.DaemonCommand", "main class loaded (JVM booted)");
        DAEMON.put("picocli.CommandLine", "picocli parses the command line");
        DAEMON.put("bedrock.launcher.EmbeddedServerFactory", "spec read, embedding starts");
        DAEMON.put("org.apache.felix.framework.Felix", "Felix created");
        DAEMON.put("org.apache.felix.scr.impl.Activator", "SCR starting (bundles resolved)");
        DAEMON.put("bedrock.runtime.internal.server.BedrockService", "Bedrock service being created");
        DAEMON.put("io.netty.channel.epoll.Epoll", "Netty transport starting");
        DAEMON.put("bedrock.module.a.", "module_a's first class");
        DAEMON.put("bedrock.module.yokan.", "yokan's first class");
        QUERY.put("bedrock.launcher.cli.QueryCommand", "main class loaded (JVM booted)");
        QUERY.put("picocli.CommandLine", "picocli parses the command line");
        QUERY.put("bedrock.runtime.internal.net.NetClientFactory", "client engine being created");
        QUERY.put("io.netty.bootstrap.Bootstrap", "Netty bootstrap");
        QUERY.put("jdk.jfr.", "first JFR class (Netty's allocator events)");
        QUERY.put("bedrock.api.json.Json", "response in, JSON printing starts");
    }

    private Traced() {
    }

    static void daemon(Distribution dist, Path spec, Path dir) throws Exception {
        Path log = dir.resolve("daemon-classes.log");
        double ready;
        try (Daemon daemon = Daemon.start(dist, spec, true, ClassLog.option(log))) {
            ready = daemon.readyMillis();
            daemon.stop();
        }
        ClassLog.read(log).print("daemon, 2 modules, 4 providers", DAEMON, ready);
    }

    /** Against a daemon that already answered a query, as in the measured series. */
    static void query(Distribution dist, String address, Path dir) throws Exception {
        Path log = dir.resolve("query-classes.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(dist.bin("bedrock-query").toString(), "-a", address))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Daemon.environment(builder.environment(), true, ClassLog.option(log));
        long start = System.nanoTime();
        builder.start().waitFor();
        double wall = (System.nanoTime() - start) / 1e6;
        ClassLog.read(log).print("bedrock-query", QUERY, wall);
    }
}
