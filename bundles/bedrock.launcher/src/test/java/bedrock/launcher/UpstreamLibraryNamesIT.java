package bedrock.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.ClientException;
import bedrock.api.client.Client;
import bedrock.api.client.ClientFactory;
import bedrock.api.client.ServiceHandle;
import bedrock.api.server.Server;
import bedrock.api.server.ServerFactory;
import bedrock.api.server.SpecOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Upstream's library names ({@code libyokan-bedrock-module.so}, its test modules' {@code libModuleA.so},
 * in any folder) load the module
 * bundles of the distribution, in specs and over RPC, inside a real Felix framework; the completed
 * configuration lists them as written, and an unknown one is refused with nothing left installed.
 */
class UpstreamLibraryNamesIT {

    private EmbeddedFramework framework;
    private ServerFactory factory;
    private Path home;
    private String homeBefore;

    @BeforeEach
    void boot() {
        home = Distribution.home();
        homeBefore = System.getProperty(BedrockHome.PROPERTY);
        System.setProperty(BedrockHome.PROPERTY, home.toString());
        framework = EmbeddedFramework.start(BedrockHome.bundles(home), Map.of("bedrock.module.timeout", "5000"));
        factory = framework.awaitService(ServerFactory.class, Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        framework.close();
        if (homeBefore == null) {
            System.clearProperty(BedrockHome.PROPERTY);
        } else {
            System.setProperty(BedrockHome.PROPERTY, homeBefore);
        }
    }

    private Server start(String spec) {
        return factory.create("tcp", spec, SpecOptions.json());
    }

    @Test
    void specsNameUpstreamLibrariesInBothForms() {
        try (Server server = start("{\"libraries\":{\"yokan\":\"libyokan-bedrock-module.so\"},"
                + "\"providers\":[{\"name\":\"my_database\",\"type\":\"yokan\",\"provider_id\":42,"
                + "\"config\":{\"database\":{\"type\":\"map\"}}}]}")) {
            assertEquals(42, server.providers().get("my_database").providerId());
            assertEquals(Map.of("yokan", "libyokan-bedrock-module.so"), server.config().get("libraries"));
        }
        List<String> libraries = List.of("/usr/lib/libyokan-bedrock-module.so", "libflock-bedrock-module.so");
        try (Server server = start("{\"libraries\":[\"" + String.join("\",\"", libraries) + "\"]}")) {
            assertEquals(libraries, server.config().get("libraries"));
            server.providers().create(Map.of("name", "kv", "type", "yokan"));
        }
    }

    @Test
    void upstreamTestSpecsNameTheirTestModules() {
        // tests/ValidConfigs.json upstream: module_a and module_c from ./libModuleA.so, libModuleC.so.
        try (Server server = start("{\"libraries\":{\"module_a\":\"./libModuleA.so\",\"module_c\":\"libModuleC.so\"},"
                + "\"providers\":[{\"name\":\"my_provider\",\"type\":\"module_a\",\"provider_id\":123}]}")) {
            assertEquals(123, server.providers().get("my_provider").providerId());
            assertEquals(Map.of("module_a", "./libModuleA.so", "module_c", "libModuleC.so"), server.config().get("libraries"));
        }
    }

    @Test
    void anUnknownLibraryIsRefusedWithItsPathAndNothingStaysInstalled() {
        int before = framework.context().getBundles().length;
        BedrockException e = assertThrows(BedrockException.class, () -> start(
                "{\"libraries\":[\"libyokan-bedrock-module.so\",\"/usr/lib/libwarabi-bedrock-module.so\"]}"));
        assertEquals(Optional.of("/libraries/1"), e.path());
        assertTrue(e.getMessage().contains("library \"/usr/lib/libwarabi-bedrock-module.so\" (looked for "
                + home.resolve("modules").resolve("bedrock.module.warabi.jar")), e.getMessage());
        assertEquals(before, framework.context().getBundles().length, "yokan was uninstalled again");
        BedrockException named = assertThrows(BedrockException.class,
                () -> start("{\"libraries\":{\"remi\":\"libremi-bedrock-module.so\"}}"));
        assertEquals(Optional.of("/libraries/remi"), named.path());
    }

    @Test
    void loadModuleOverRpcAndLocallyTakesUpstreamNames() {
        try (Server server = start("{}")) {
            ClientFactory clients = framework.awaitService(ClientFactory.class, Duration.ofSeconds(5));
            try (Client client = clients.create(Client.ClientOptions.defaults())) {
                ServiceHandle handle = client.makeServiceHandle(server.address(), 0);
                handle.loadModule("/usr/lib/libyokan-bedrock-module.so");
                assertEquals(Map.of("yokan", "/usr/lib/libyokan-bedrock-module.so"), server.config().get("libraries"));
                assertTrue(handle.addProvider(Map.of("name", "kv", "type", "yokan")) > 0);
                ClientException unknown = assertThrows(ClientException.class,
                        () -> handle.loadModule("libremi-bedrock-module.so"));
                assertTrue(unknown.getMessage().contains("\"libremi-bedrock-module.so\"")
                        && unknown.getMessage().contains("bedrock.module.remi.jar"), unknown.getMessage());
            }
            server.loadModule("flock", "libflock-bedrock-module.so");
            assertEquals("libflock-bedrock-module.so", ((Map<?, ?>) server.config().get("libraries")).get("flock"));
        }
    }
}
