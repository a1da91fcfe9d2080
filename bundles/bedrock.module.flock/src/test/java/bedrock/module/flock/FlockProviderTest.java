package bedrock.module.flock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.testkit.FakeEngine;
import bedrock.testkit.TestArgs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlockProviderTest {

    @TempDir
    Path dir;

    private final FakeEngine engine = new FakeEngine();

    private FlockProvider provider(String configJson) throws Exception {
        return (FlockProvider) new FlockFactory().createProvider(new TestArgs("g", "flock",
                Json.parseObject(configJson), List.of(), Map.of(), engine, 7, null));
    }

    @Test
    void selfStaticWritesFlocksGroupFile() throws Exception {
        Path file = dir.resolve("g.flock");
        try (FlockProvider p = provider("{\"bootstrap\":\"self\",\"file\":\"" + file
                + "\",\"group\":{\"type\":\"static\",\"config\":{}}}")) {
            Map<String, Object> doc = Json.parseObject(Files.readString(file));
            assertEquals(List.of(Map.of("address", FakeEngine.ADDRESS, "provider_id", 7L)), doc.get("members"));
            assertEquals(Map.of("__type__", "static", "__config__", "{}"), doc.get("metadata"));
            assertEquals(0, p.rank());
            assertEquals(List.of(FakeEngine.ADDRESS), p.members());
            assertEquals("self", p.config().get("bootstrap"));
            assertEquals(Map.of("type", "static", "config", Map.of()), p.config().get("group"));
        }
    }

    @Test
    void aListIsTriedInOrderAndTheLastFailureRaised() throws Exception {
        Path file = dir.resolve("g.flock");
        try (FlockProvider p = provider("{\"bootstrap\":[\"mpi\",\"self\"],\"file\":\"" + file
                + "\",\"group\":{\"type\":\"static\"}}")) {
            assertTrue(Files.exists(file), "mpi failed, self wrote the file");
        }
        BedrockException e = assertThrows(BedrockException.class, () -> provider(
                "{\"bootstrap\":[\"join\",\"mpi\"],\"file\":\"f\",\"group\":{\"type\":\"static\"}}"));
        assertEquals("[flock] Flock was not built with MPI support", e.getMessage(), "the last failure");
        BedrockException mpi = assertThrows(BedrockException.class, () -> provider(
                "{\"bootstrap\":\"mpi\",\"group\":{\"type\":\"static\"}}"));
        assertEquals("[flock] Flock was not built with MPI support", mpi.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}|bootstrap|[flock] \"bootstrap\" field not found in provider configuration",
        "{\"bootstrap\":3}|bootstrap|[flock] \"bootstrap\" field should be of type string or array, got 3",
        "{\"bootstrap\":[\"self\",4]}|bootstrap/1|[flock] \"bootstrap\" array should only contain strings, got 4",
        "{\"bootstrap\":\"view\"}|bootstrap|[flock] Invalid value \"view\" for \"bootstrap\" field",
        "{\"bootstrap\":\"join\",\"group\":{\"type\":\"swim\"}}|file|[flock] \"file\" field not found (or is not a string) required to join the group",
        "{\"bootstrap\":\"self\"}|group|[flock] No backend type provided",
        "{\"bootstrap\":\"self\",\"group\":{}}|group/type|[flock] No backend type provided",
        "{\"bootstrap\":\"self\",\"group\":{\"type\":\"raft\"}}|group/type|[flock] Unknown backend type \"raft\"",
        "{\"bootstrap\":\"join\",\"file\":\"f\",\"group\":{\"type\":\"static\"}}|bootstrap|[flock] A \"static\" group cannot be joined",
        "{\"bootstrap\":\"self\",\"group\":{\"type\":\"swim\",\"config\":{\"protocol_period_ms\":-5}}}|group/config/protocol_period_ms|[flock] Invalid value -5 for \"protocol_period_ms\"",
        "{\"bootstrap\":\"self\",\"group\":{\"type\":\"centralized\",\"config\":{\"ping_max_num_timeouts\":0}}}|group/config/ping_max_num_timeouts|[flock] Invalid value 0 for \"ping_max_num_timeouts\"",
        "{\"bootstrap\":\"self\",\"file\":7,\"group\":{\"type\":\"static\"}}|file|[flock] \"file\" field should be a string, got 7",
    })
    void badConfigsNameTheirPath(String config, String path, String message) {
        BedrockException e = assertThrows(BedrockException.class, () -> provider(config));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertEquals(path, e.path().orElseThrow());
    }

    @Test
    void anUnwritableFileIsAnErrorAtFile() {
        Path file = dir.resolve("missing-folder").resolve("g.flock");
        BedrockException e = assertThrows(BedrockException.class, () -> provider("{\"bootstrap\":\"self\",\"file\":\""
                + file + "\",\"group\":{\"type\":\"static\"}}"));
        assertEquals("file", e.path().orElseThrow());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    private static int fileSize(Path file) {
        try {
            return ((List<?>) Json.parseObject(Files.readString(file)).get("members")).size();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    @ParameterizedTest
    @CsvSource({"swim,protocol_period_ms", "centralized,ping_interval_ms"})
    void dynamicGroupsJoinThroughTheFileAndFollowTheView(String type, String periodKey) throws Exception {
        Path file = dir.resolve("g.flock");
        String group = ",\"group\":{\"type\":\"" + type + "\",\"config\":{\"" + periodKey + "\":200}}}";
        try (FlockProvider first = provider("{\"bootstrap\":\"self\",\"file\":\"" + file + "\"" + group)) {
            Map<?, ?> member = (Map<?, ?>) ((List<?>) Json.parseObject(Files.readString(file)).get("members")).get(0);
            assertTrue(String.valueOf(member.get("endpoint")).startsWith("127.0.0.1:"), member.toString());
            FlockProvider second = provider("{\"bootstrap\":[\"join\",\"self\"],\"file\":\"" + file + "\"" + group);
            await(() -> first.members().size() == 2 && second.members().size() == 2, "both see two members");
            assertEquals(1, second.rank());
            await(() -> fileSize(file) == 2, "the file lists the joiner");
            second.close();
            await(() -> first.members().size() == 1, "the leave is seen at once");
            await(() -> fileSize(file) == 1, "the file follows");
        }
    }

    @Test
    void joiningWithoutAFileIsAnErrorAtFile() {
        Path file = dir.resolve("none.flock");
        BedrockException e = assertThrows(BedrockException.class, () -> provider("{\"bootstrap\":\"join\",\"file\":\""
                + file + "\",\"group\":{\"type\":\"swim\"}}"));
        assertEquals("file", e.path().orElseThrow());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}
