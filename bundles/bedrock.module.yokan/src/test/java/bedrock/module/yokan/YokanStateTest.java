package bedrock.module.yokan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.testkit.ExecutorPool;
import bedrock.testkit.FakeEngine;
import bedrock.testkit.TestArgs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Snapshot, restore and migrate of yokan providers, on every database type. */
class YokanStateTest {

    @TempDir
    Path dir;

    private final FakeEngine engine = new FakeEngine();
    private final ExecutorPool pool = new ExecutorPool("__primary__");
    private final YokanFactory factory = new YokanFactory();

    @AfterEach
    void stopPool() {
        pool.close();
    }

    private YokanProvider provider(int id, String type) throws Exception {
        Map<String, Object> db = "persistent".equals(type)
                ? Map.of("type", type, "path", dir.resolve("db" + id + ".mv").toString()) : Map.of("type", type);
        return (YokanProvider) factory.createProvider(new TestArgs("db" + id, "yokan",
                Map.of("database", db), List.of(), Map.of(), engine, id, pool));
    }

    private static void fill(YokanProvider p, int n, String prefix) {
        for (int i = 0; i < n; i++) {
            p.put(prefix + i, "value " + i);
        }
    }

    @ParameterizedTest
    @CsvSource({"map,persistent", "unordered_map,map", "persistent,unordered_map", "persistent,persistent"})
    void snapshotThenRestoreIntoAnotherTypeReplacesItsContent(String from, String to) throws Exception {
        Path file = dir.resolve("snaps/one.yks");
        try (YokanProvider source = provider(1, from); YokanProvider target = provider(2, to)) {
            fill(source, 300, "k");
            source.snapshot(file.toString(), Map.of(), false);
            source.put("after", "not in the snapshot");
            target.put("old", "gone after restore");
            target.restore(file.toString(), Map.of());
            assertEquals(300, target.count());
            assertEquals("value 7", target.getString("k7"));
            assertFalse(target.exists("old"));
            assertFalse(target.exists("after"));
        }
    }

    @Test
    void restoreMergesWhenAsked() throws Exception {
        Path file = dir.resolve("merge.yks");
        try (YokanProvider source = provider(1, "map"); YokanProvider target = provider(2, "map")) {
            fill(source, 3, "k");
            source.snapshot(file.toString(), null, false);
            target.put("own", "kept");
            target.restore(file.toString(), Map.of("mode", "merge"));
            assertEquals(4, target.count());
            assertEquals("kept", target.getString("own"));
        }
    }

    @Test
    void badSnapshotFilesAndOptionsChangeNothing() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.yks"), "not a snapshot at all");
        Path good = dir.resolve("good.yks");
        try (YokanProvider p = provider(1, "unordered_map")) {
            fill(p, 5, "k");
            p.snapshot(good.toString(), Map.of(), false);
            byte[] bytes = Files.readAllBytes(good);
            Path truncated = Files.write(dir.resolve("truncated.yks"), java.util.Arrays.copyOf(bytes, bytes.length - 5));
            bytes[12] ^= 1;
            Path flipped = Files.write(dir.resolve("flipped.yks"), bytes);
            assertError("does not exist", "/src_path", () -> p.restore(dir.resolve("none").toString(), Map.of()));
            assertError("it is not a yokan snapshot", "/src_path", () -> p.restore(junk.toString(), Map.of()));
            assertError("it is truncated", "/src_path", () -> p.restore(truncated.toString(), Map.of()));
            assertError("damaged", "/src_path", () -> p.restore(flipped.toString(), Map.of()));
            assertError("unknown option \"level\" (known: none)", "/options/level",
                    () -> p.snapshot(good.toString(), Map.of("level", 9), false));
            assertError("option \"mode\" is \"append\" (expected \"replace\" or \"merge\")", "/options/mode",
                    () -> p.restore(good.toString(), Map.of("mode", "append")));
            assertError("is a folder", "/dest_path", () -> p.snapshot(dir.toString(), Map.of(), false));
            assertEquals(5, p.count());
        }
    }

    @ParameterizedTest
    @CsvSource({"map,persistent", "persistent,unordered_map"})
    void migrateSendsEveryPairInBatchesAndReplacesTheDestination(String from, String to) throws Exception {
        try (YokanProvider source = provider(1, from); YokanProvider dest = provider(2, to)) {
            // Large enough values for several batches.
            String big = "x".repeat(10_000);
            for (int i = 0; i < 250; i++) {
                source.put("key" + i, big + i);
            }
            dest.put("stale", "replaced");
            source.migrate(FakeEngine.ADDRESS, 2, Map.of(), true);
            assertEquals(250, dest.count());
            assertEquals(big + 249, dest.getString("key249"));
            assertFalse(dest.exists("stale"));
            assertEquals(250, source.count(), "the source stays as it is: Bedrock removes it");
        }
    }

    @Test
    void migrateMergesWhenAskedAndRefusesAProviderThatIsNotYokan() throws Exception {
        try (YokanProvider source = provider(1, "map"); YokanProvider dest = provider(2, "map")) {
            source.put("a", "1");
            dest.put("b", "2");
            source.migrate(FakeEngine.ADDRESS, 2, Map.of("mode", "merge"), false);
            assertEquals(2, dest.count());
            assertError("there is no yokan provider with id 9 at \"fake://self\"", "/dest_provider_id",
                    () -> source.migrate(FakeEngine.ADDRESS, 9, Map.of(), false));
        }
    }

    @Test
    void aBatchOfAnUnknownSessionIsRefused() throws Exception {
        try (YokanProvider dest = provider(2, "map")) {
            var handle = engine.providerHandle(FakeEngine.ADDRESS, 2, "yokan");
            byte[] orphan = Wire.migrate(42, false, true, true, List.<byte[][]>of(new byte[][] {{1}, {2}}));
            Exception e = assertThrows(Exception.class, () -> handle.call(Wire.MIGRATE, orphan));
            assertTrue(e.getMessage().contains("unknown or expired migration session 42"), e.getMessage());
            assertEquals(0, dest.count());
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void assertError(String part, String path, Action action) {
        BedrockException e = assertThrows(BedrockException.class, action::run);
        assertTrue(e.getMessage().contains(part), e.getMessage());
        assertEquals(path, e.path().orElse(null), e.getMessage());
    }

    @Test
    void configIsUnchangedByTheStateOperations() throws Exception {
        try (YokanProvider p = provider(1, "map")) {
            p.snapshot(dir.resolve("c.yks").toString(), Map.of(), false);
            assertEquals("{\"database\":{\"type\":\"map\"}}", Json.write(p.config()));
        }
    }
}
