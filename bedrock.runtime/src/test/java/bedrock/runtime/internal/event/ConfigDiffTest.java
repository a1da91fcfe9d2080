package bedrock.runtime.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bedrock.api.event.EntityEvent;
import bedrock.api.event.PoolChangeEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDiffTest {

    private static Map<String, Object> config(List<String> pools, Map<String, String> providerPools,
            Map<String, Object> libraries) {
        return Map.of("margo", Map.of("argobots", Map.of(
                "pools", pools.stream().map(p -> Map.of("name", p)).toList(), "xstreams", List.of())),
                "providers", providerPools.entrySet().stream()
                        .map(e -> Map.of("name", e.getKey(), "pool", e.getValue())).toList(),
                "libraries", libraries);
    }

    @Test
    void additionsInCreationOrderThenPoolChangesThenRemovalsInReverse() {
        Map<String, Object> before = config(List.of("p0", "old"), Map.of("a", "p0", "gone", "p0"), Map.of());
        Map<String, Object> after = config(List.of("p0", "p1"), Map.of("a", "p1", "b", "p1"),
                Map.of("yokan", "modules/yokan.jar"));
        List<Published> events = ConfigDiff.between("tcp://h:1", before, after);
        assertEquals(List.of("bedrock/module/loaded", "bedrock/pool/added", "bedrock/provider/added",
                "bedrock/provider/pool_changed", "bedrock/provider/removed", "bedrock/pool/removed"),
                events.stream().map(Published::topic).toList());
        assertEquals(new PoolChangeEvent("tcp://h:1", "a", "p0", "p1"), events.get(3).event());
        EntityEvent removed = (EntityEvent) events.get(4).event();
        assertEquals("gone", removed.name());
        assertEquals(Map.of("name", "gone", "pool", "p0"), removed.config());
    }

    @Test
    void theSameConfigurationHasNoEvents() {
        Map<String, Object> config = config(List.of("p0"), Map.of("a", "p0"), Map.of("a", "x.jar"));
        assertEquals(List.of(), ConfigDiff.between("a", config, config));
    }
}
