package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.ClientException;
import bedrock.api.client.Client;
import bedrock.api.client.ClientFactory;
import bedrock.api.client.ServiceHandle;
import bedrock.api.json.Json;
import bedrock.launcher.BedrockHome;
import bedrock.launcher.Distribution;
import bedrock.launcher.EmbeddedFramework;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's {@code runtime.py} scenario against a daemon process: a client loads a module, adds
 * a pool, an xstream and a provider on that pool, and {@code bedrock-query} sees each change.
 *
 * <p>The test JVM has no runtime on its class path, so its client comes from the
 * {@link ClientFactory} service of a framework booted from the distribution's bundles.
 */
class RuntimeChangeIT {

    /** Provider, pool and xstream names, as upstream's {@code query.jx9} collects them. */
    private static final String NAMES_JX9 = """
            $providers = [];
            foreach ($__config__.providers as $p) { $providers[] = $p.name; }
            $pools = [];
            foreach ($__config__.margo.argobots.pools as $p) { $pools[] = $p.name; }
            $xstreams = [];
            foreach ($__config__.margo.argobots.xstreams as $x) { $xstreams[] = $x.name; }
            return { providers: $providers, pools: $pools, xstreams: $xstreams };
            """;

    @TempDir
    Path dir;

    @Test
    void loadModuleAddPoolXstreamAndProviderThenQuery() throws Exception {
        Path script = Files.writeString(dir.resolve("names.jx9"), NAMES_JX9);
        // Run from the distribution folder, as "cd $BEDROCK_HOME && bin/bedrock" does.
        try (ScriptRun daemon = ScriptRun.start(Distribution.home(), Map.of(), "bedrock", "--stdin")) {
            daemon.closeStdin("{}");
            String address = daemon.awaitReady();
            assertEquals(Map.of("providers", List.of(), "pools", List.of("__primary__"),
                    "xstreams", List.of("__primary__")), names(address, script));

            try (EmbeddedFramework framework = EmbeddedFramework.start(
                    BedrockHome.bundles(Distribution.home()), Map.of());
                    Client client = framework.awaitService(ClientFactory.class, Duration.ofSeconds(10))
                            .create(Client.ClientOptions.defaults())) {
                ServiceHandle service = client.makeServiceHandle(address, 0);

                // Over RPC an absolute path is refused unless its folder is allowed (a copy of a
                // module outside the daemon's folders); a relative one without ".." is allowed.
                String absolute = Files.copy(Path.of(ScriptRun.module("bedrock.module.b.jar")),
                        dir.resolve("bedrock.module.b.jar")).toString();
                ClientException refused = assertThrows(ClientException.class, () -> service.loadModule(absolute));
                assertTrue(refused.getMessage().contains(absolute), refused.getMessage());
                assertTrue(refused.getMessage().contains("not allowed"), refused.getMessage());

                service.loadModule("modules/bedrock.module.yokan.jar");
                service.addPool(Map.of("name", "dynamic_pool", "kind", "fifo_wait", "access", "mpmc"));
                service.addXstream(Map.of("name", "dynamic_xstream",
                        "scheduler", Map.of("type", "basic_wait", "pools", List.of("dynamic_pool"))));
                int id = service.addProvider(Map.of("name", "runtime_database", "type", "yokan",
                        "provider_id", 100, "pool", "dynamic_pool",
                        "config", Map.of("database", Map.of("type", "map"))));
                assertEquals(100, id);
            }

            assertEquals(Map.of("providers", List.of("runtime_database"),
                    "pools", List.of("__primary__", "dynamic_pool"),
                    "xstreams", List.of("__primary__", "dynamic_xstream")), names(address, script));
            Map<?, ?> config = config(address);
            assertEquals(Map.of("yokan", "modules/bedrock.module.yokan.jar"), config.get("libraries"));
            Map<?, ?> provider = (Map<?, ?>) ((List<?>) config.get("providers")).get(0);
            assertEquals(100L, ((Number) provider.get("provider_id")).longValue());
            assertEquals("dynamic_pool", provider.get("pool"));
            assertEquals(Map.of("database", Map.of("type", "map")), provider.get("config"));
        }
    }

    /**
     * A relative location sent by a client resolves against the installation when the daemon has
     * no spec file, whatever folder the daemon was started from.
     */
    @Test
    void relativeModuleLocationDoesNotDependOnTheWorkingDirectory() throws Exception {
        try (ScriptRun daemon = ScriptRun.start(dir, Map.of(), "bedrock", "--stdin")) {
            daemon.closeStdin("{}");
            String address = daemon.awaitReady();
            try (EmbeddedFramework framework = EmbeddedFramework.start(
                    BedrockHome.bundles(Distribution.home()), Map.of());
                    Client client = framework.awaitService(ClientFactory.class, Duration.ofSeconds(10))
                            .create(Client.ClientOptions.defaults())) {
                client.makeServiceHandle(address, 0).loadModule("modules/bedrock.module.yokan.jar");
            }
            assertEquals(Map.of("yokan", "modules/bedrock.module.yokan.jar"), config(address).get("libraries"));
        }
    }

    private static Object names(String address, Path script) throws Exception {
        ScriptRun query = ScriptRun.run("bedrock-query", "tcp", "-a", address, "-j", script.toString());
        assertEquals(0, query.awaitExit(), query::describe);
        return Json.parseObject(query.restOfStdout()).get(address);
    }

    private static Map<?, ?> config(String address) throws Exception {
        ScriptRun query = ScriptRun.run("bedrock-query", "tcp", "-a", address);
        assertEquals(0, query.awaitExit(), query::describe);
        return (Map<?, ?>) Json.parseObject(query.restOfStdout()).get(address);
    }
}
