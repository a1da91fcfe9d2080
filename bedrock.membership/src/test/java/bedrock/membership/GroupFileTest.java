package bedrock.membership;

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

class GroupFileTest {

    @TempDir
    Path dir;

    @Test
    void writesFlocksFormatAndReadsItBack() throws Exception {
        Path file = dir.resolve("g.json");
        List<Member> members = List.of(new Member("tcp://127.0.0.1:1", 0, "127.0.0.1:7000"),
                new Member("tcp://127.0.0.1:2", 0, ""));
        GroupFile.write(file, members, "swim", "{\"period\":1}");
        Map<String, Object> doc = Json.parseObject(Files.readString(file));
        assertEquals(List.of(Map.of("address", "tcp://127.0.0.1:1", "provider_id", 0L, "endpoint", "127.0.0.1:7000"),
                Map.of("address", "tcp://127.0.0.1:2", "provider_id", 0L)), doc.get("members"));
        assertEquals(Map.of("__type__", "swim", "__config__", "{\"period\":1}"), doc.get("metadata"));
        GroupFile.Content back = GroupFile.read(file);
        assertEquals(members, back.members());
        assertEquals(List.of("127.0.0.1:7000"), back.endpoints());
        assertEquals("swim", back.type());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void rewritingReplacesTheWholeView() {
        Path file = dir.resolve("g.json");
        GroupFile.write(file, List.of(new Member("a", 1, ""), new Member("b", 1, "")), "static", "{}");
        GroupFile.write(file, List.of(new Member("b", 1, "")), "static", "{}");
        assertEquals(List.of(new Member("b", 1, "")), GroupFile.read(file).members());
    }

    @Test
    void badFilesAreNamedInTheError() throws Exception {
        Path missing = dir.resolve("none.json");
        assertTrue(assertThrows(BedrockException.class, () -> GroupFile.read(missing)).getMessage()
                .contains("\"" + missing + "\" does not exist"));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"members\":[{\"provider_id\":1}]}");
        assertTrue(assertThrows(BedrockException.class, () -> GroupFile.read(bad)).getMessage()
                .contains("member 0 has no \"address\" string"));
        Files.writeString(bad, "[1,2");
        assertTrue(assertThrows(BedrockException.class, () -> GroupFile.read(bad)).getMessage()
                .startsWith("Invalid group file \"" + bad + "\""));
        Path folder = dir.resolve("folder");
        Files.createDirectory(folder);
        assertThrows(BedrockException.class, () -> GroupFile.write(folder, List.of(), "static", "{}"));
    }
}
