package bedrock.api.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The python-bindings.rst "Using ProcSpec for configuration" example, in Java. */
class ProcSpecExampleTest {

    static ProcSpec example() {
        PoolSpec pool1 = new PoolSpec("pool1", PoolKind.FIFO_WAIT, PoolAccess.MPMC);
        PoolSpec pool2 = new PoolSpec("pool2", PoolKind.FIFO_WAIT, PoolAccess.MPMC);
        XstreamSpec xstream1 = new XstreamSpec("xstream1",
                new SchedulerSpec(SchedulerType.BASIC_WAIT, pool1));
        ProviderSpec provider = new ProviderSpec("my_provider", "yokan")
                .providerId(42)
                .pool(pool1)
                .config(Map.of("database", Map.of("type", "map")));
        ProcSpec spec = new ProcSpec();
        spec.margo().argobots().pools(List.of(pool1, pool2));
        spec.margo().argobots().xstreams(List.of(xstream1));
        spec.providers(List.of(provider));
        return spec;
    }

    @Test
    void exampleIsValid() {
        example().validate();
        assertTrue(example().problems().isEmpty());
    }

    @Test
    void jsonRoundTripGivesAnEqualSpec() {
        ProcSpec spec = example();
        ProcSpec back = ProcSpec.fromJson(spec.toJson());
        assertEquals(spec, back);
        assertEquals(spec.hashCode(), back.hashCode());
        assertEquals(spec.toJson(), back.toJson());
        assertEquals(spec, ProcSpec.fromJson(spec.toJson(true)));
        assertEquals(spec, ProcSpec.fromMap(spec.toMap()));
        back.validate();
    }

    @Test
    void jsonHasTheExpectedStructure() {
        Map<String, Object> map = Json.asObject(Json.parse(example().toJson()));
        assertEquals(List.of("abt_io", "bedrock", "clients", "libraries", "margo", "providers", "ssg"),
                List.copyOf(map.keySet()));
        Map<String, Object> abt = Json.asObject(Json.asObject(map.get("margo")).get("argobots"));
        assertEquals(List.of(
                Map.of("name", "pool1", "kind", "fifo_wait", "access", "mpmc"),
                Map.of("name", "pool2", "kind", "fifo_wait", "access", "mpmc")), abt.get("pools"));
        assertEquals(List.of(Map.of("name", "xstream1",
                "scheduler", Map.of("type", "basic_wait", "pools", List.of("pool1")))), abt.get("xstreams"));
        assertEquals(List.of(Map.of("name", "my_provider", "type", "yokan", "provider_id", 42L,
                "pool", "pool1", "config", Map.of("database", Map.of("type", "map")),
                "dependencies", Map.of(), "tags", List.of())), map.get("providers"));
        assertEquals(Map.of("pool", "__primary__", "provider_id", 0L), map.get("bedrock"));
        assertEquals("__primary__", Json.asObject(map.get("margo")).get("progress_pool"));
        assertTrue(example().toJson().startsWith("{\"abt_io\":[],\"bedrock\":{"));
    }

    @Test
    void parsedReferencesPointAtTheListedPools() {
        ProcSpec back = ProcSpec.fromJson(example().toJson());
        PoolSpec pool1 = back.margo().argobots().pools().get("pool1");
        assertSame(pool1, back.providers().get("my_provider").pool());
        assertSame(pool1, back.margo().argobots().xstreams().get(0).scheduler().pools().get(0));
        assertNotSame(back.margo().argobots().pools().get(1), pool1);
        assertEquals("__primary__", back.margo().rpcPool().name());
    }
}
