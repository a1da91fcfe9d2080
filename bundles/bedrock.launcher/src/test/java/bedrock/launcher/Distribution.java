package bedrock.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The distribution built by {@code mvn package} (failsafe passes its folder). */
public final class Distribution {

    private Distribution() {
    }

    /** The distribution folder; fails the test when it was not built. */
    public static Path home() {
        String dir = System.getProperty("bedrock.test.dist", "target/bedrock");
        Path home = Path.of(dir).toAbsolutePath();
        assertTrue(Files.isDirectory(home.resolve("bundles")),
                "no distribution at " + home + ": run mvn package (or verify) first");
        return home;
    }
}
