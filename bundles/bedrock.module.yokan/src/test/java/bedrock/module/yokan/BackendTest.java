package bedrock.module.yokan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.module.yokan.api.KeyNotFoundException;
import bedrock.module.yokan.api.YokanDatabase;
import bedrock.module.yokan.backend.Backend;
import bedrock.module.yokan.backend.HashMapBackend;
import bedrock.module.yokan.backend.MVStoreBackend;
import bedrock.module.yokan.backend.SortedMapBackend;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BackendTest {

    @TempDir
    static Path dir;

    static Stream<String> types() {
        return Stream.of("map", "unordered_map", "persistent");
    }

    private static Backend open(String type) throws Exception {
        return switch (type) {
            case "map" -> new SortedMapBackend();
            case "unordered_map" -> new HashMapBackend();
            default -> new MVStoreBackend(dir.resolve("sub/" + System.nanoTime() + ".mv"));
        };
    }

    static void exerciseOperations(YokanDatabase db) {
        assertEquals(0, db.count());
        db.put("b", "2");
        db.put("a", "1");
        db.put("ab", "12");
        db.put("c", "3");
        db.put("a", "one");
        assertEquals(4, db.count());
        assertEquals("one", db.getString("a"));
        assertArrayEquals("12".getBytes(UTF_8), db.get("ab".getBytes(UTF_8)));
        assertTrue(db.exists("c"));
        assertFalse(db.exists("d"));
        assertEquals(List.of("a", "ab", "b", "c"), db.listStringKeys(null, null, 0));
        assertEquals(List.of("ab", "b"), db.listStringKeys("a", "", 2));
        assertEquals(List.of("a", "ab"), db.listStringKeys(null, "a", 10));
        assertEquals(List.of("ab"), db.listStringKeys("a", "a", 10));
        assertEquals(List.of(), db.listStringKeys("b", "a", 10));
        assertEquals(List.of("c"), db.listStringKeys("b", null, -1));
        assertTrue(db.erase("b"));
        assertFalse(db.erase("b"));
        assertEquals(3, db.count());
        KeyNotFoundException e = assertThrows(KeyNotFoundException.class, () -> db.getString("b"));
        assertTrue(e.getMessage().startsWith("Key not found"), e.getMessage());
        assertTrue(e.getMessage().contains("\"b\""), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> db.put(new byte[0], new byte[1]));
        db.put("empty".getBytes(UTF_8), new byte[0]);
        assertArrayEquals(new byte[0], db.get("empty".getBytes(UTF_8)));
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyOperation(String type) throws Exception {
        try (Backend db = open(type)) {
            assertEquals(type, db.type());
            exerciseOperations(db);
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void keysAreOrderedAsUnsignedBytes(String type) throws Exception {
        try (Backend db = open(type)) {
            byte[] high = {(byte) 0x80};
            byte[] low = {0x7f};
            byte[] highLonger = {(byte) 0x80, 0};
            db.put(highLonger, new byte[] {3});
            db.put(high, new byte[] {1});
            db.put(low, new byte[] {2});
            List<byte[]> keys = db.listKeys(null, null, 0);
            assertEquals(3, keys.size());
            assertArrayEquals(low, keys.get(0));
            assertArrayEquals(high, keys.get(1));
            assertArrayEquals(highLonger, keys.get(2));
            assertEquals(1, db.listKeys(low, high, 1).size());
            assertArrayEquals(new byte[] {1}, db.get(high));
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void storedArraysAreCopies(String type) throws Exception {
        try (Backend db = open(type)) {
            byte[] key = {1};
            byte[] value = {2};
            db.put(key, value);
            key[0] = 9;
            value[0] = 9;
            db.get(new byte[] {1})[0] = 7;
            assertArrayEquals(new byte[] {2}, db.get(new byte[] {1}));
        }
    }

    @Test
    void persistentSurvivesCloseAndReopen() throws Exception {
        Path file = dir.resolve("reopen.mv");
        try (Backend db = new MVStoreBackend(file)) {
            db.put("k1", "v1");
            db.put("k2", "v2");
            db.erase("k2");
        }
        try (Backend db = new MVStoreBackend(file)) {
            assertEquals(1, db.count());
            assertEquals("v1", db.getString("k1"));
            assertFalse(db.exists("k2"));
        }
    }

    @Test
    void missingBinaryKeyIsShownInHex() {
        KeyNotFoundException e = assertThrows(KeyNotFoundException.class,
                () -> new SortedMapBackend().get(new byte[] {0, (byte) 0xff}));
        assertEquals("Key not found: 0x00ff", e.getMessage());
    }
}
