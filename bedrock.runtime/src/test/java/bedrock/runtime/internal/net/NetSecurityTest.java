package bedrock.runtime.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.ClientException;
import bedrock.api.client.Client;
import bedrock.api.client.ServiceHandle;
import bedrock.runtime.internal.server.BedrockService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Credentials on mutating RPCs, and module locations accepted over RPC. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NetSecurityTest {

    private static final NetSecurity SECURED = new NetSecurity("s3cret", ModuleLocationPolicy.defaults());

    private static Client client(String credential) {
        return Client.create(new Client.ClientOptions(Duration.ofSeconds(10), credential));
    }

    @Test
    void mutatingWithoutTheCredentialIsRefusedAndChangesNothing() {
        try (BedrockService server = NetFixtures.start("{}", SECURED);
                Client anonymous = client(null); Client wrong = client("guess")) {
            Map<String, Object> before = server.config();
            for (Client c : List.of(anonymous, wrong)) {
                ServiceHandle sh = c.makeServiceHandle(server.address());
                ClientException e = assertThrows(ClientException.class,
                        () -> sh.addPool(Map.of("name", "p", "kind", "fifo", "access", "mpmc")));
                assertEquals("Permission denied: this daemon requires a credential for bedrock_add_pool",
                        e.getMessage());
                assertThrows(ClientException.class, () -> sh.loadModule("libModuleA.so"));
                for (Runnable change : List.<Runnable>of(() -> sh.unloadModule("module_a"),
                        () -> sh.snapshotProvider("p", "/tmp/x", Map.of(), false),
                        () -> sh.restoreProvider("p", "/tmp/x", Map.of()),
                        () -> sh.migrateProvider("p", server.address(), 3, Map.of(), false))) {
                    ClientException denied = assertThrows(ClientException.class, change::run);
                    assertTrue(denied.getMessage().startsWith("Permission denied"), denied.getMessage());
                }
                assertThrows(ClientException.class, sh::shutdown);
                // Reading stays open.
                assertEquals(before, sh.config());
                sh.query("return 1;");
            }
            assertEquals(before, server.config());
            assertTrue(server.isRunning());
        }
    }

    @Test
    void theRightCredentialIsAccepted() {
        try (BedrockService server = NetFixtures.start("{}", SECURED); Client c = client("s3cret")) {
            c.makeServiceHandle(server.address()).addPool(Map.of("name", "p", "kind", "fifo", "access", "mpmc"));
            assertTrue(server.pools().contains("p"));
        }
    }

    @Test
    void moduleLocationsOutsideTheAllowedOnesAreRefused() {
        try (BedrockService server = NetFixtures.start("{}"); Client c = NetFixtures.client()) {
            ServiceHandle sh = c.makeServiceHandle(server.address());
            ClientException e = assertThrows(ClientException.class, () -> sh.loadModule("/tmp/evil/libModuleA.so"));
            assertTrue(e.getMessage().startsWith("Module location \"/tmp/evil/libModuleA.so\" is not allowed"),
                    e.getMessage());
            assertThrows(ClientException.class, () -> sh.loadModule("../libModuleA.so"));
            assertFalse(server.config().get("libraries").toString().contains("libModuleA"));
            sh.loadModule("libModuleA.so");
        }
    }

    @Test
    void locationPolicy() {
        ModuleLocationPolicy defaults = ModuleLocationPolicy.defaults();
        assertTrue(defaults.allows("libModuleA.so"));
        assertTrue(defaults.allows("./modules/libModuleA.so"));
        assertTrue(defaults.allows("mvn:org.example/module/1.0"));
        assertFalse(defaults.allows("modules/../../x.jar"));
        assertFalse(defaults.allows("/opt/modules/x.jar"));
        assertFalse(defaults.allows("file:/opt/modules/x.jar"));
        assertFalse(defaults.allows("http://example.org/x.jar"));
        assertFalse(defaults.allows(""));

        ModuleLocationPolicy custom = ModuleLocationPolicy.of(
                List.of("/opt/modules", "https://repo.example.org/"), false);
        assertTrue(custom.allows("/opt/modules/x.jar"));
        assertTrue(custom.allows("file:/opt/modules/x.jar"));
        assertFalse(custom.allows("/opt/modules/../secret/x.jar"));
        assertFalse(custom.allows("/opt/modulesX/x.jar"));
        assertTrue(custom.allows("https://repo.example.org/x.jar"));
        assertFalse(custom.allows("mvn:org.example/module/1.0"));
    }

    @Test
    void schemesAreJudgedInAnyCase() {
        ModuleLocationPolicy defaults = ModuleLocationPolicy.defaults();
        assertFalse(defaults.allows("FILE:/elsewhere/x.jar"));
        assertFalse(defaults.allows("File:/elsewhere/x.jar"));
        assertThrows(BedrockException.class, () -> defaults.checked("FILE:/elsewhere/x.jar", null));
        assertTrue(defaults.allows("MVN:org.example/module/1.0"));
        ModuleLocationPolicy custom = ModuleLocationPolicy.of(List.of("/opt/modules", "https://repo.example.org/"), true);
        assertEquals("https://repo.example.org/x.jar", custom.checked("HTTPS://repo.example.org/x.jar", null));
        assertEquals("/opt/modules/x.jar", custom.checked("FILE:/opt/modules/x.jar", null));
    }

    @Test
    void relativeLocationsStayInsideTheDaemonsFolder(@TempDir Path dir) throws Exception {
        Path spec = Files.createDirectories(dir.resolve("spec"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("evil.jar"), "x");
        Files.writeString(Files.createDirectories(spec.resolve("modules")).resolve("good.jar"), "x");
        Files.createSymbolicLink(spec.resolve("link"), outside);
        ModuleLocationPolicy defaults = ModuleLocationPolicy.defaults();
        assertEquals(spec.toRealPath().resolve("modules/good.jar").toString(),
                defaults.checked("modules/good.jar", spec));
        // A link inside the folder is followed, and its target is outside.
        BedrockException link = assertThrows(BedrockException.class, () -> defaults.checked("link/evil.jar", spec));
        assertTrue(link.getMessage().startsWith("Module location \"link/evil.jar\" is not allowed"), link.getMessage());
        assertThrows(BedrockException.class, () -> defaults.checked(spec.resolve("link/evil.jar").toString(), spec));
        // Not in the folder: never looked for in the working directory.
        assertThrows(BedrockException.class, () -> defaults.checked("outside/evil.jar", spec));
        Path relativeToCwd = Path.of("").toAbsolutePath().relativize(outside.resolve("evil.jar"));
        assertThrows(BedrockException.class, () -> defaults.checked(relativeToCwd.toString(), spec));
    }

    @Test
    void aMissingRelativeModuleIsNotFoundRatherThanRefused(@TempDir Path dir) {
        // upstream's tests/Client.cpp: loadModule("./libModuleX.so") fails because there is no such file
        BedrockException e = assertThrows(BedrockException.class,
                () -> ModuleLocationPolicy.defaults().checked("./libModuleX.so", dir));
        assertTrue(e.getMessage().startsWith("Could not find module bundle \"./libModuleX.so\" (looked for "
                + dir.toAbsolutePath().resolve("libModuleX.so")), e.getMessage());
    }

    @Test
    void mavenIsOffByDefaultWhenACredentialIsSet() {
        String before = System.getProperty(ModuleLocationPolicy.MAVEN_PROPERTY);
        try {
            System.clearProperty(ModuleLocationPolicy.MAVEN_PROPERTY);
            assertTrue(NetSecurity.of(null).modules().allowsMaven());
            assertFalse(NetSecurity.of("s3cret").modules().allowsMaven());
            assertThrows(BedrockException.class,
                    () -> NetSecurity.of("s3cret").modules().checked("mvn:org.example/m/1.0", null));
            System.setProperty(ModuleLocationPolicy.MAVEN_PROPERTY, "true");
            assertTrue(NetSecurity.of("s3cret").modules().allowsMaven());
        } finally {
            if (before == null) {
                System.clearProperty(ModuleLocationPolicy.MAVEN_PROPERTY);
            } else {
                System.setProperty(ModuleLocationPolicy.MAVEN_PROPERTY, before);
            }
        }
    }

    @Test
    void securityNeverPrintsTheSecret() {
        assertFalse(SECURED.toString().contains("s3cret"));
    }
}
