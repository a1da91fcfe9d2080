package bedrock.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.ClientException;
import bedrock.api.client.Client;
import bedrock.api.client.ClientFactory;
import bedrock.api.client.ServiceHandle;
import bedrock.api.module.ModuleFactory;
import bedrock.api.module.ProviderInstance;
import bedrock.api.server.Server;
import bedrock.api.server.ServerFactory;
import bedrock.api.server.SpecOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * The runtime inside a real Felix framework: module bundles installed by {@code libraries} and
 * {@code loadModule}, factories arriving and leaving through the service registry, providers
 * published as services, and remote clients.
 */
class RuntimeInFrameworkIT {

    private EmbeddedFramework framework;
    private ServerFactory factory;
    private Path modules;

    @BeforeEach
    void boot() {
        Path home = Distribution.home();
        modules = home.resolve("modules");
        framework = EmbeddedFramework.start(BedrockHome.bundles(home), Map.of("bedrock.module.timeout", "5000"));
        factory = framework.awaitService(ServerFactory.class, Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        framework.close();
    }

    private Server start(String spec) {
        return factory.create("tcp", spec, SpecOptions.json().withBaseDirectory(modules.getParent()));
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : framework.context().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    @Test
    void librariesInstallBundlesAndProvidersBecomeServices() throws Exception {
        try (Server server = start("{\"libraries\":{\"module_a\":\"modules/bedrock.module.a.jar\","
                + "\"yokan\":\"modules/bedrock.module.yokan.jar\"},\"providers\":[{\"name\":\"db\",\"type\":\"yokan\","
                + "\"provider_id\":42,\"config\":{\"database\":{\"type\":\"map\"}}},{\"name\":\"a\",\"type\":\"module_a\"}]}")) {
            assertEquals(Bundle.ACTIVE, bundle("bedrock.module.yokan").getState());
            ServiceReference<?>[] refs = framework.context().getServiceReferences(ProviderInstance.class.getName(),
                    "(bedrock.name=db)");
            assertEquals(1, refs.length);
            assertEquals("yokan", refs[0].getProperty("bedrock.type"));
            assertEquals(42, refs[0].getProperty("bedrock.provider.id"));
            assertEquals(Map.of("module_a", "modules/bedrock.module.a.jar", "yokan", "modules/bedrock.module.yokan.jar"),
                    server.config().get("libraries"));
            ServiceReference<?>[] servers = framework.context().getServiceReferences(Server.class.getName(), null);
            assertEquals(server.address(), servers[0].getProperty("bedrock.address"));
        }
        assertEquals(0, framework.context().getServiceReferences(ProviderInstance.class.getName(), null) == null
                ? 0 : 1, "providers are unpublished when the server closes");
    }

    @Test
    void aStoppedModuleTakesItsProvidersAwayAndComesBack() throws Exception {
        try (Server server = start("{\"libraries\":{\"module_a\":\"modules/bedrock.module.a.jar\"},"
                + "\"providers\":[{\"name\":\"a1\",\"type\":\"module_a\",\"provider_id\":3}]}")) {
            assertEquals(1, server.providers().size());
            bundle("bedrock.module.a").stop();
            assertEquals(0, server.providers().size(), "the departing factory's providers are removed");
            BedrockException unknown = assertThrows(BedrockException.class,
                    () -> server.providers().create(Map.of("name", "a2", "type", "module_a")));
            assertTrue(unknown.getMessage().contains("module_a"), unknown.getMessage());
            bundle("bedrock.module.a").start();
            waitForType("module_a");
            server.providers().create(Map.of("name", "a2", "type", "module_a"));
            assertEquals(1, server.providers().size());
        }
    }

    @Test
    void hotDeployedBundleProvidesATypeForNullLibraries() throws Exception {
        framework.context().installBundle(modules.resolve("bedrock.module.b.jar").toUri().toString()).start();
        waitForType("module_b");
        try (Server server = start("{\"libraries\":{\"module_b\":null},"
                + "\"providers\":[{\"name\":\"b\",\"type\":\"module_b\"}]}")) {
            assertEquals("module_b", server.providers().get("b").type());
        }
    }

    @Test
    void loadModuleAtRuntimeAndTwiceIsANoOp() {
        try (Server server = start("{}")) {
            String location = "modules/bedrock.module.c.jar";
            server.loadModule(location);
            int bundles = framework.context().getBundles().length;
            server.loadModule(location);
            assertEquals(bundles, framework.context().getBundles().length);
            assertEquals(Map.of("module_c", location), server.config().get("libraries"));
            BedrockException missing = assertThrows(BedrockException.class,
                    () -> server.loadModule("modules/no-such-module.jar"));
            assertTrue(missing.getMessage().contains("no-such-module.jar"), missing.getMessage());
            assertEquals(Map.of("module_c", location), server.config().get("libraries"));
        }
    }

    @Test
    void aBundleWithoutAModuleIsRefusedAndUninstalled(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "test.no.module");
        manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        Path jar = dir.resolve("no-module.jar");
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar), manifest)) {
            out.closeEntry();
        }
        try (Server server = start("{}")) {
            int before = framework.context().getBundles().length;
            BedrockException e = assertThrows(BedrockException.class, () -> server.loadModule(jar.toString()));
            assertTrue(e.getMessage().startsWith("Module bundle \"" + jar + "\" (test.no.module) provides no module type"),
                    e.getMessage());
            assertEquals(before, framework.context().getBundles().length);
            assertEquals(Map.of(), server.config().get("libraries"));
        }
    }

    @Test
    void aFailedStartUninstallsWhatItInstalled() {
        int before = framework.context().getBundles().length;
        assertThrows(BedrockException.class, () -> start("{\"libraries\":{\"module_a\":\"modules/bedrock.module.a.jar\"},"
                + "\"providers\":[{\"name\":\"a\",\"type\":\"module_a\",\"pool\":\"nowhere\"}]}"));
        assertEquals(before, framework.context().getBundles().length);
    }

    @Test
    void yokanThroughARemoteClient() {
        try (Server server = start("{\"libraries\":{\"yokan\":\"modules/bedrock.module.yokan.jar\"}}")) {
            ClientFactory clients = framework.awaitService(ClientFactory.class, Duration.ofSeconds(5));
            try (Client client = clients.create(Client.ClientOptions.defaults())) {
                ServiceHandle handle = client.makeServiceHandle(server.address(), 0);
                int id = handle.addProvider(Map.of("name", "kv", "type", "yokan"));
                assertNotEquals(0, id);
                assertEquals(List.of("kv"), server.providers().list().stream().map(p -> p.name()).toList());
                ClientException dup = assertThrows(ClientException.class,
                        () -> handle.addProvider(Map.of("name", "kv", "type", "yokan")));
                assertTrue(dup.getMessage().contains("kv"), dup.getMessage());
                handle.removeProvider("kv");
                assertEquals(0, server.providers().size());
            }
        }
    }

    @Test
    void twoServersInOneJvmDoNotShareModules() {
        System.setProperty(BedrockHome.PROPERTY, Distribution.home().toString());
        try (Server first = Server.start("tcp", "{\"libraries\":{\"module_a\":\"" + modules.resolve("bedrock.module.a.jar")
                + "\"}}"); Server second = Server.start("tcp", "{}")) {
            assertFalse(first.address().equals(second.address()));
            assertEquals(1, ((Map<?, ?>) first.config().get("libraries")).size());
            assertEquals(Map.of(), second.config().get("libraries"));
            assertThrows(BedrockException.class, () -> second.providers().create(Map.of("name", "a", "type", "module_a")));
            first.providers().create(Map.of("name", "a", "type", "module_a"));
        }
    }

    @Test
    void plainJavaStartsServersFromAModelAMapAndFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        System.setProperty(BedrockHome.PROPERTY, Distribution.home().toString());
        bedrock.api.spec.ProcSpec model = new bedrock.api.spec.ProcSpec();
        bedrock.api.spec.PoolSpec pool = new bedrock.api.spec.PoolSpec("pool1");
        model.margo().argobots().pools().add(0, pool);
        model.margo().argobots().xstreams().add(new bedrock.api.spec.XstreamSpec("xstream1", pool));
        try (Server fromModel = Server.start("tcp", model)) {
            assertTrue(fromModel.pools().contains("pool1"));
            assertTrue(fromModel.xstreams().contains("xstream1"));
            assertEquals("pool1", fromModel.spec().margo().argobots().pools().get(0).name());
        }
        try (Server fromMap = Server.start("tcp", Map.of("margo", Map.of("argobots",
                Map.of("pools", List.of(Map.of("name", "p"))))))) {
            assertEquals(List.of("p", "__primary__"), fromMap.pools().list().stream().map(p -> p.name()).toList());
        }
        Path script = dir.resolve("spec.jx9");
        java.nio.file.Files.writeString(script, "$p = []; for ($i = 0; $i < 2; $i++) { $p[] = { name: \"x\" .. $i }; }"
                + " return { margo: { argobots: { pools: $p } } };");
        try (Server fromJx9 = Server.fromConfigFile("tcp", script)) {
            assertTrue(fromJx9.pools().contains("x0") && fromJx9.pools().contains("x1"));
        }
        Path json = dir.resolve("spec.json");
        java.nio.file.Files.writeString(json, "{\"libraries\":{\"module_a\":\"" + modules.resolve("bedrock.module.a.jar")
                + "\"},\"providers\":[{\"name\":\"a\",\"type\":\"module_a\"}]}");
        try (Server fromFile = Server.fromConfigFile("tcp", json)) {
            assertEquals(1, fromFile.providers().get("a").providerId());
            assertEquals(1L, fromFile.query("return count($__config__.providers);").value());
        }
    }

    private void waitForType(String type) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (framework.context().getServiceReferences(ModuleFactory.class.getName(),
                "(" + ModuleFactory.TYPE_PROPERTY + "=" + type + ")") == null) {
            assertTrue(System.nanoTime() < deadline, "no factory for " + type);
            Thread.onSpinWait();
        }
    }
}
