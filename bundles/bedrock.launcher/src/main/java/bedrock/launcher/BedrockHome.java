package bedrock.launcher;

import bedrock.api.BedrockException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Finds the Bedrock distribution: the folder holding {@code bundles/} (started in the framework)
 * and {@code modules/} (the example modules of the default spec).
 *
 * <p>Looked up in this order: the system property {@value #PROPERTY}; the folder above the one
 * holding the launcher jar ({@code <home>/lib/bedrock.launcher.jar}).
 */
public final class BedrockHome {

    /** System property naming the distribution folder. */
    public static final String PROPERTY = "bedrock.home";

    private BedrockHome() {
    }

    /**
     * The distribution folder.
     *
     * @throws BedrockException naming what to set when none is found
     */
    public static Path locate() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            Path home = Path.of(property).toAbsolutePath().normalize();
            if (!Files.isDirectory(home.resolve("bundles"))) {
                throw new BedrockException("The system property " + PROPERTY + " is \"" + property
                        + "\", which holds no bundles/ folder");
            }
            return home;
        }
        Path jar = launcherJar();
        if (jar != null && jar.getParent() != null && jar.getParent().getParent() != null) {
            Path home = jar.getParent().getParent();
            if (Files.isDirectory(home.resolve("bundles"))) {
                return home;
            }
        }
        throw new BedrockException("Cannot find the Bedrock distribution (a folder holding bundles/): "
                + "set the system property " + PROPERTY + ", e.g. -D" + PROPERTY
                + "=/path/to/bedrock, or put the launcher jar in <home>/lib/");
    }

    /** The folder of bundles started at boot. */
    public static Path bundles(Path home) {
        return home.resolve("bundles");
    }

    /** The folder of the shell bundles, started only on request. */
    public static Path shellBundles(Path home) {
        return home.resolve("bundles").resolve("shell");
    }

    /** The web view's bundles ({@code bedrock --http}): Felix HTTP (Jetty) and {@code bedrock.web}. */
    public static Path webBundles(Path home) {
        return home.resolve("bundles").resolve("web");
    }

    private static Path launcherJar() {
        CodeSource source = BedrockHome.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? path.toAbsolutePath() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
