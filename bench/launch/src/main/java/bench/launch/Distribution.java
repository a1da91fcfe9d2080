package bench.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The built distribution ({@code bundles/bedrock.launcher/target/bedrock}) and the specs measured. */
final class Distribution {

    private static final String RELATIVE = "bundles/bedrock.launcher/target/bedrock";

    private final Path home;

    private Distribution(Path home) {
        this.home = home;
    }

    /** {@code --home DIR}, else the distribution of the repository we run in (root or bench/launch). */
    static Distribution locate(String home) {
        if (home != null) {
            return checked(Path.of(home));
        }
        for (String candidate : new String[] {RELATIVE, "../../" + RELATIVE}) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path.resolve("bin/bedrock"))) {
                return checked(path);
            }
        }
        throw new IllegalStateException("no distribution: run `mvn -B -o package` at the root, "
                + "or pass --home");
    }

    private static Distribution checked(Path home) {
        if (!Files.isExecutable(home.resolve("bin/bedrock"))) {
            throw new IllegalStateException(home + " has no bin/bedrock");
        }
        return new Distribution(home.toAbsolutePath().normalize());
    }

    Path bin(String command) {
        return home.resolve("bin").resolve(command);
    }

    /** An empty spec, as a file (the daemon's {@code -c}). */
    Path emptySpec(Path dir) {
        return write(dir.resolve("empty.json"), "{}");
    }

    /** Two module libraries, absolute paths, two providers of each type. */
    Path modulesSpec(Path dir) {
        String a = home.resolve("modules/bedrock.module.a.jar").toString();
        String yokan = home.resolve("modules/bedrock.module.yokan.jar").toString();
        String spec = "{\"libraries\":{\"module_a\":\"" + a + "\",\"yokan\":\"" + yokan + "\"},\"providers\":["
                + "{\"name\":\"a1\",\"type\":\"module_a\",\"provider_id\":1},"
                + "{\"name\":\"a2\",\"type\":\"module_a\",\"provider_id\":2},"
                + "{\"name\":\"y1\",\"type\":\"yokan\",\"provider_id\":3,\"config\":{\"database\":{\"type\":\"map\"}}},"
                + "{\"name\":\"y2\",\"type\":\"yokan\",\"provider_id\":4,\"config\":{\"database\":{\"type\":\"map\"}}}]}";
        return write(dir.resolve("two-modules-four-providers.json"), spec);
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
