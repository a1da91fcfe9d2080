package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upstream library names map to the installation's module bundles, whatever their folder. */
class UpstreamLibrariesTest {

    @TempDir
    Path home;
    private String before;

    @BeforeEach
    void install() throws Exception {
        before = System.getProperty("bedrock.home");
        System.setProperty("bedrock.home", home.toString());
        Files.createDirectories(home.resolve("modules"));
        Files.writeString(home.resolve("modules/bedrock.module.yokan.jar"), "");
        Files.writeString(home.resolve("modules/bedrock.module.flock.jar"), "");
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("bedrock.home");
        } else {
            System.setProperty("bedrock.home", before);
        }
    }

    @Test
    void namesInAnyFolderMapToTheBundle() {
        Path yokan = home.resolve("modules/bedrock.module.yokan.jar").toAbsolutePath().normalize();
        assertEquals(yokan, UpstreamLibraries.bundleFor("libyokan-bedrock-module.so"));
        assertEquals(yokan, UpstreamLibraries.bundleFor("/usr/lib/libyokan-bedrock-module.so"));
        assertEquals(yokan, UpstreamLibraries.bundleFor("./lib/libyokan-bedrock-module.so"));
        assertEquals(yokan, UpstreamLibraries.bundleFor("file:/opt/spack/lib/libyokan-bedrock-module.so"));
    }

    @Test
    void upstreamTestModulesMapToTheExampleModules() throws Exception {
        Files.writeString(home.resolve("modules/bedrock.module.a.jar"), "");
        Path a = home.resolve("modules/bedrock.module.a.jar").toAbsolutePath().normalize();
        assertEquals(a, UpstreamLibraries.bundleFor("libModuleA.so"));
        assertEquals(a, UpstreamLibraries.bundleFor("./libModuleA.so"));
        assertEquals(a, UpstreamLibraries.bundleFor("/home/me/bedrock/build/tests/libModuleA.so"));
        // Without such a bundle, the location is looked up as written (ModuleLocations then names it).
        assertNull(UpstreamLibraries.bundleFor("./libModuleZ.so"));
    }

    @Test
    void otherLocationsAreNotUpstreamNames() {
        assertNull(UpstreamLibraries.bundleFor("modules/bedrock.module.yokan.jar"));
        assertNull(UpstreamLibraries.bundleFor("./libModuleAB.so"));
        assertNull(UpstreamLibraries.bundleFor("libmodulea.so"));
        assertNull(UpstreamLibraries.bundleFor("libyokan-bedrock-module.so.1"));
        assertNull(UpstreamLibraries.bundleFor("https://example.org/libyokan-bedrock-module.so"));
        assertNull(UpstreamLibraries.bundleFor("mvn:org.example/libyokan-bedrock-module.so/1.0"));
        assertNull(UpstreamLibraries.bundleFor(null));
    }

    @Test
    void anUnknownLibraryNamesItselfAndWhatWasLookedFor() {
        BedrockException e = assertThrows(BedrockException.class,
                () -> UpstreamLibraries.bundleFor("/usr/lib/libwarabi-bedrock-module.so"));
        assertTrue(e.getMessage().startsWith("Could not find a module bundle for library "
                + "\"/usr/lib/libwarabi-bedrock-module.so\" (looked for "
                + home.resolve("modules/bedrock.module.warabi.jar").toAbsolutePath().normalize()), e.getMessage());
        assertTrue(e.getMessage().endsWith("modules there: flock, yokan)"), e.getMessage());
    }

    @Test
    void withoutAnInstallationTheErrorSaysSo() {
        System.clearProperty("bedrock.home");
        BedrockException e = assertThrows(BedrockException.class,
                () -> UpstreamLibraries.bundleFor("libyokan-bedrock-module.so"));
        assertTrue(e.getMessage().contains("\"libyokan-bedrock-module.so\"")
                && e.getMessage().contains("bedrock.home is not set"), e.getMessage());
    }
}
