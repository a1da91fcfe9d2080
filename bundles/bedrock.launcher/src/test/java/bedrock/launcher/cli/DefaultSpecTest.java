package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultSpecTest {

    @Test
    void isJsonLoadingTheExampleModulesFromTheDistribution() {
        Map<String, Object> spec = Json.parseObject(SpecSource.defaultSpec());
        assertEquals(Map.of("module_a", "modules/bedrock.module.a.jar",
                "yokan", "modules/bedrock.module.yokan.jar"), spec.get("libraries"));
    }

    @Test
    void declaresTheYokanDatabaseAndAModuleAProvider() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> providers = (List<Map<String, Object>>) Json.parseObject(
                SpecSource.defaultSpec()).get("providers");
        Map<String, Object> database = providers.get(0);
        assertEquals("my_database", database.get("name"));
        assertEquals("yokan", database.get("type"));
        assertEquals(42L, database.get("provider_id"));
        assertEquals(Map.of("database", Map.of("type", "map")), database.get("config"));
        assertTrue(providers.stream().anyMatch(p -> "module_a".equals(p.get("type"))));
    }

    @Test
    void resolvesAgainstTheDistributionHome() {
        SpecSource spec = SpecSource.resolve(null, false, false, null, null).withHome(Path.of("/opt/bedrock"));
        assertTrue(spec.isDefault());
        assertEquals(Path.of("/opt/bedrock"), spec.options().baseDirectory());
    }
}
