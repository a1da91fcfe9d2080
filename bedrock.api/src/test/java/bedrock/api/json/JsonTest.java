package bedrock.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void prettyTextIndentsByFourSpacesWithCompactEmptyContainers() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("abt_io", List.of());
        value.put("libraries", Map.of());
        value.put("bedrock", Map.of("provider_id", 0L));
        assertEquals("""
                {
                    "abt_io": [],
                    "libraries": {},
                    "bedrock": {
                        "provider_id": 0
                    }
                }""", Json.writePretty(value));
    }

    @Test
    void prettyTextReadsBackEqual() {
        Map<String, Object> value = Map.of("a", List.of(1L, Map.of()));
        assertEquals(value, Json.parse(Json.writePretty(value)));
    }
}
