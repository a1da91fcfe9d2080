package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upstream's legacy test_ssg_manager cases, on file-based groups. */
class SsgGroupTest {

    @TempDir
    Path dir;

    private String spec(String file, String bootstrap) {
        return "{\"ssg\":[{\"name\":\"my_group\",\"bootstrap\":\"" + bootstrap + "\",\"group_file\":\"" + file + "\"}],"
                + "\"libraries\":{\"module_a\":\"libModuleA.so\"},\"providers\":["
                + "{\"name\":\"A1\",\"type\":\"module_a\",\"provider_id\":1,\"__if__\":\"$__ssg__.my_group.rank == 0\"},"
                + "{\"name\":\"A2\",\"type\":\"module_a\",\"provider_id\":2,\"__if__\":\"$__ssg__.my_group.rank == 1\"}]}";
    }

    @Test
    void conditionsSeeTheRankAndSsgAddressesResolve() throws Exception {
        Path file = dir.resolve("group.json");
        try (BedrockService first = Services.start(spec(file.toString(), "init"));
                BedrockService second = Services.start(spec(file.toString(), "join"))) {
            assertEquals(List.of("A1"), first.providers().list().stream().map(p -> p.name()).toList());
            assertEquals(List.of("A2"), second.providers().list().stream().map(p -> p.name()).toList());
            var group = first.resources.group("my_group").orElseThrow();
            assertEquals(List.of(first.address(), second.address()), group.members(), "the first sees the joiner");
            assertEquals(first.address(), group.addressOfRank(0));
            assertEquals(1, second.resources.group("my_group").orElseThrow().rank());
            Map<String, Object> doc = Json.parseObject(Files.readString(file));
            assertEquals(2, ((List<?>) doc.get("members")).size());
            second.providers().create(Map.of("name", "via_rank", "type", "module_a",
                    "__if__", "$__ssg__.my_group.rank == 1"));
            assertTrue(second.providers().contains("via_rank"));
        }
        Map<String, Object> doc = Json.parseObject(Files.readString(file));
        assertEquals(List.of(), doc.get("members"), "members leave the file when they stop");
    }

    @Test
    void groupConfigEntries() {
        try (BedrockService server = Services.start("{\"ssg\":[{\"name\":\"g\",\"swim\":{\"period_length_ms\":100}}]}")) {
            Map<?, ?> entry = (Map<?, ?>) ((List<?>) server.config().get("ssg")).get(0);
            assertEquals(List.of("bootstrap", "credential", "group_file", "name", "pool", "swim"),
                    List.copyOf(((Map<String, ?>) (Map) entry).keySet()));
            assertEquals(1, server.ssg().size());
        }
    }

    @Test
    void joiningAMissingFileFails() {
        BedrockException e = assertThrows(BedrockException.class, () -> Services.start(
                "{\"ssg\":[{\"name\":\"g\",\"bootstrap\":\"join\",\"group_file\":\"" + dir.resolve("none.json") + "\"}]}"));
        assertEquals("/ssg/0/group_file", e.path().orElse(null), e.getMessage());
    }
}
