package bedrock.module.c;

import bedrock.testkit.ExecutorPool;
import bedrock.testkit.TestArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.api.module.Dependency;
import bedrock.api.module.Dependency.Kind;
import bedrock.api.module.ResolvedDependency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModuleCTest {

    private final ModuleCFactory factory = new ModuleCFactory();
    private final ExecutorPool pool = new ExecutorPool("__primary__");

    @AfterEach
    void stopPool() {
        pool.close();
    }

    @Test
    void readsProviderDependenciesWithKindsAndDefaults() {
        Map<String, Object> config = Json.parseObject("""
                {"expected_provider_dependencies": [
                    {"name": "cdep", "type": "module_a", "kind": "client", "is_required": true},
                    {"name": "pdep", "type": "module_a", "kind": "provider_handle", "is_required": true},
                    {"name": "local", "type": "module_b", "kind": "provider", "is_array": true},
                    {"name": "dflt", "type": "module_a", "is_updatable": false},
                    {"name": "p", "type": "pool", "is_required": true, "is_array": true}
                ]}""");
        assertEquals(List.of(
                new Dependency("cdep", "module_a", Kind.CLIENT, true, false),
                new Dependency("pdep", "module_a", Kind.PROVIDER_HANDLE, true, false),
                new Dependency("local", "module_b", Kind.PROVIDER, false, true),
                new Dependency("dflt", "module_a", Kind.PROVIDER_HANDLE, false, false),
                new Dependency("p", "pool", Kind.PROVIDER_HANDLE, true, true)),
                factory.providerDependencies(config));
        assertEquals(List.of(), factory.clientDependencies(config));
    }

    @Test
    void readsClientDependenciesFromTheirOwnKey() {
        Map<String, Object> config = Json.parseObject("""
                {"expected_client_dependencies": [{"name": "x", "type": "xstream"}]}""");
        assertEquals(List.of(Dependency.optional("x", "xstream", Kind.PROVIDER_HANDLE)),
                factory.clientDependencies(config));
        assertEquals(List.of(), factory.providerDependencies(config));
        assertEquals(List.of(), factory.providerDependencies(Map.of()));
    }

    @Test
    void badKindIsNamed() {
        Map<String, Object> config = Json.parseObject("""
                {"expected_provider_dependencies": [{"name": "d", "type": "module_a", "kind": "handle"}]}""");
        BedrockException e = assertThrows(BedrockException.class,
                () -> factory.providerDependencies(config));
        assertTrue(e.getMessage().contains("\"handle\""), e.getMessage());
        assertTrue(e.getMessage().contains("\"d\""), e.getMessage());
        assertTrue(e.getMessage().contains("provider_handle"), e.getMessage());
    }

    @Test
    void malformedDeclarationsAreRejected() {
        for (String bad : List.of(
                "{\"expected_provider_dependencies\": {}}",
                "{\"expected_provider_dependencies\": [1]}",
                "{\"expected_provider_dependencies\": [{\"type\": \"pool\"}]}",
                "{\"expected_provider_dependencies\": [{\"name\": \"d\"}]}",
                "{\"expected_provider_dependencies\": [{\"name\": \"d\", \"type\": \"pool\", \"is_array\": 1}]}",
                "{\"expected_provider_dependencies\": [{\"name\": \"d\", \"type\": \"pool\", \"is_required\": \"yes\"}]}")) {
            BedrockException e = assertThrows(BedrockException.class,
                    () -> factory.providerDependencies(Json.parseObject(bad)), bad);
            assertTrue(e.getMessage().startsWith("module_c: "), e.getMessage());
        }
    }

    @Test
    void providerEchoesConfigAndRecordsDependencies() throws Exception {
        Map<String, Object> config = Json.parseObject("""
                {"expected_provider_dependencies": [{"name": "cdep", "type": "module_a", "kind": "client"}]}""");
        Object client = new Object();
        Map<String, List<ResolvedDependency>> deps = new LinkedHashMap<>();
        deps.put("cdep", List.of(new ResolvedDependency("ca", "module_a", client)));
        deps.put("pools", List.of(new ResolvedDependency("__primary__", "pool", pool),
                new ResolvedDependency("other", "pool", pool)));
        ModuleCProvider provider = (ModuleCProvider) factory.createProvider(
                new TestArgs("c1", "module_c", config, List.of("x"), deps, null, 2, pool));
        assertEquals(config, provider.config());
        assertEquals("c1", provider.name());
        assertEquals(2, provider.providerId());
        assertEquals("__primary__", provider.poolName());
        assertEquals(List.of("x"), provider.tags());
        assertEquals(Map.of("cdep", List.of("ca"), "pools", List.of("__primary__", "other")),
                provider.dependencyNames());
        assertEquals(List.of("java.lang.Object"), provider.dependencies().handleClasses().get("cdep"));
        assertEquals(List.of(ExecutorPool.class.getName(), ExecutorPool.class.getName()),
                provider.dependencies().handleClasses().get("pools"));
        assertSame(client, provider.dependencies().handles("cdep").get(0));
        assertEquals(List.of(), provider.dependencies().handles("missing"));
        provider.close();
        assertTrue(provider.isClosed());
    }

    @Test
    void clientEchoesConfigAndRecordsDependencies() throws Exception {
        Map<String, Object> config = Map.of("k", "v");
        ModuleCClient client = (ModuleCClient) factory.createClient(new TestArgs("cc", "module_c",
                config, List.of(), Map.of("p", List.of(new ResolvedDependency("1@addr", "module_a", "h"))),
                null, -1, null));
        assertEquals(config, client.config());
        assertEquals("cc", client.name());
        assertEquals(Map.of("p", List.of("1@addr")), client.dependencyNames());
        assertEquals(Map.of("p", List.of("java.lang.String")), client.dependencies().handleClasses());
        client.close();
        assertTrue(client.isClosed());
    }
}
