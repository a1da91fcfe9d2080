package bedrock.module.yokan;

import bedrock.testkit.ExecutorPool;
import bedrock.testkit.FakeEngine;
import bedrock.testkit.TestArgs;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.ClientException;
import bedrock.api.json.Json;
import bedrock.api.module.ClientInstance;
import bedrock.api.module.ProviderHandle;
import bedrock.module.yokan.api.KeyNotFoundException;
import bedrock.module.yokan.api.YokanDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YokanProviderTest {

    @TempDir
    Path dir;

    private final FakeEngine engine = new FakeEngine();
    private final ExecutorPool pool = new ExecutorPool("__primary__");
    private final YokanFactory factory = new YokanFactory();

    @AfterEach
    void stopPool() {
        pool.close();
    }

    private YokanProvider provider(int id, String configJson) throws Exception {
        return (YokanProvider) factory.createProvider(new TestArgs("db" + id, "yokan",
                Json.parseObject(configJson), List.of(), Map.of(), engine, id, pool));
    }

    private YokanDatabase remote(int id) throws Exception {
        ClientInstance client = factory.createClient(new TestArgs("client", "yokan", Map.of(),
                List.of(), Map.of(), engine, -1, null));
        Object handle = factory.createProviderHandle(client,
                engine.providerHandle(FakeEngine.ADDRESS, id, "yokan"));
        return assertInstanceOf(YokanDatabase.class, handle);
    }

    private String config(String type) {
        return "persistent".equals(type)
                ? Json.write(Map.of("database", Map.of("type", type, "path", dir.resolve("db.mv").toString())))
                : "{\"database\":{\"type\":\"" + type + "\"}}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"map", "unordered_map", "persistent"})
    void everyOperationThroughTheWireFormat(String type) throws Exception {
        try (YokanProvider provider = provider(7, config(type))) {
            assertEquals(type, provider.databaseType());
            YokanDatabase db = remote(7);
            BackendTest.exerciseOperations(db);
            assertEquals(db.count(), provider.count());
            assertEquals("one", provider.getString("a"));
        }
    }

    @Test
    void asyncOperations() throws Exception {
        try (YokanProvider provider = provider(3, "{}")) {
            YokanDatabase db = remote(3);
            byte[] k = "k".getBytes(UTF_8);
            db.putAsync(k, "v".getBytes(UTF_8)).get(5, TimeUnit.SECONDS);
            assertArrayEquals("v".getBytes(UTF_8), db.getAsync(k).get(5, TimeUnit.SECONDS));
            assertTrue(db.existsAsync(k).get(5, TimeUnit.SECONDS));
            assertEquals(1L, db.countAsync().get(5, TimeUnit.SECONDS));
            assertEquals(1, db.listKeysAsync(null, null, 0).get(5, TimeUnit.SECONDS).size());
            assertTrue(db.eraseAsync(k).get(5, TimeUnit.SECONDS));
            CompletionException e = assertThrows(CompletionException.class, () -> db.getAsync(k).join());
            assertInstanceOf(KeyNotFoundException.class, e.getCause());
            // The local provider offers the same operations as completed futures.
            assertEquals(0L, provider.countAsync().join());
            assertInstanceOf(KeyNotFoundException.class,
                    assertThrows(CompletionException.class, () -> provider.getAsync(k).join()).getCause());
        }
    }

    @Test
    void missingKeyThroughRawHandleIsARemoteErrorSayingSo() throws Exception {
        try (YokanProvider provider = provider(4, "{}")) {
            ProviderHandle raw = engine.providerHandle(FakeEngine.ADDRESS, 4, "yokan");
            ClientException e = assertThrows(ClientException.class,
                    () -> raw.call(Wire.GET, Wire.key("nope".getBytes(UTF_8))));
            assertTrue(e.getMessage().contains("Key not found"), e.getMessage());
            KeyNotFoundException typed = assertThrows(KeyNotFoundException.class,
                    () -> remote(4).getString("nope"));
            assertTrue(typed.getMessage().contains("\"nope\""), typed.getMessage());
        }
    }

    @Test
    void malformedRequestsAreRemoteErrors() throws Exception {
        try (YokanProvider provider = provider(5, "{}")) {
            ProviderHandle raw = engine.providerHandle(FakeEngine.ADDRESS, 5, "yokan");
            for (var rpc : List.of(Wire.PUT, Wire.GET, Wire.LIST_KEYS)) {
                ClientException e = assertThrows(ClientException.class,
                        () -> raw.call(rpc, new byte[] {0, 0, 0, 9, 1}));
                assertTrue(e.getMessage().startsWith("Malformed " + rpc), e.getMessage());
            }
            assertThrows(ClientException.class, () -> raw.call(Wire.COUNT, new byte[] {1}));
            assertThrows(ClientException.class, () -> raw.call(Wire.EXISTS, Wire.key(new byte[0])));
        }
    }

    @Test
    void wireFormatIsAsDocumented() {
        assertArrayEquals(new byte[] {0, 0, 0, 1, 'k', 0, 0, 0, 2, 'v', 'w'},
                Wire.put(new byte[] {'k'}, new byte[] {'v', 'w'}));
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 1, 'p', 0, 0, 0, 5},
                Wire.listKeys(null, new byte[] {'p'}, 5));
        Wire.ListKeys list = Wire.readListKeys(Wire.listKeys(new byte[0], new byte[] {'p'}, 5));
        assertEquals(null, list.from());
        assertArrayEquals(new byte[] {'p'}, list.prefix());
        assertEquals(5, list.max());
        List<byte[]> keys = Wire.readKeys(Wire.keys(List.of(new byte[] {1}, new byte[0])));
        assertEquals(2, keys.size());
        assertEquals(42L, Wire.readInt64(Wire.int64(42), Wire.COUNT));
    }

    @Test
    void closeDeregistersRpcsAndPersistentDataSurvives() throws Exception {
        String config = config("persistent");
        YokanProvider provider = provider(6, config);
        remote(6).put("k", "v");
        provider.close();
        provider.close();
        for (String rpc : List.of(Wire.PUT, Wire.GET, Wire.EXISTS, Wire.ERASE, Wire.LIST_KEYS, Wire.COUNT)) {
            assertFalse(engine.isRegistered(rpc, 6), rpc);
        }
        assertThrows(ClientException.class, () -> remote(6).count());
        try (YokanProvider reopened = provider(6, config)) {
            assertEquals("v", remote(6).getString("k"));
        }
    }

    @Test
    void reportsEffectiveConfig() throws Exception {
        try (YokanProvider provider = provider(1, "{}")) {
            assertEquals(Map.of("database", Map.of("type", "map")), provider.config());
        }
        try (YokanProvider provider = provider(2, "{\"database\":{\"extra\":1},\"other\":true}")) {
            assertEquals(Json.parseObject("{\"database\":{\"type\":\"map\",\"extra\":1},\"other\":true}"),
                    provider.config());
            assertEquals(List.of("type", "extra"),
                    List.copyOf(((Map<?, ?>) provider.config().get("database")).keySet()));
        }
        String path = dir.resolve("x.mv").toString();
        try (YokanProvider provider = provider(3, config("persistent"))) {
            assertEquals("persistent", ((Map<?, ?>) provider.config().get("database")).get("type"));
            assertTrue(Files.exists(dir.resolve("db.mv")));
        }
        assertFalse(Files.exists(Path.of(path)));
    }

    @Test
    void configErrorsAreClear() throws Exception {
        BedrockException unknown = assertThrows(BedrockException.class,
                () -> provider(1, "{\"database\":{\"type\":\"rocksdb\"}}"));
        assertTrue(unknown.getMessage().contains("\"rocksdb\""), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("\"map\", \"unordered_map\", \"persistent\""),
                unknown.getMessage());
        BedrockException noPath = assertThrows(BedrockException.class,
                () -> provider(1, "{\"database\":{\"type\":\"persistent\"}}"));
        assertTrue(noPath.getMessage().contains("\"path\""), noPath.getMessage());
        BedrockException folder = assertThrows(BedrockException.class,
                () -> provider(1, Json.write(Map.of("database",
                        Map.of("type", "persistent", "path", dir.toString())))));
        assertTrue(folder.getMessage().contains("folder"), folder.getMessage());
        assertThrows(BedrockException.class, () -> provider(1, "{\"database\":[]}"));
        assertThrows(BedrockException.class, () -> provider(1, "{\"database\":{\"type\":3}}"));
        // Nothing was left registered by the failed attempts.
        assertFalse(engine.isRegistered(Wire.PUT, 1));
    }

    @Test
    void duplicateProviderIdFailsAndReleasesWhatItTook() throws Exception {
        try (YokanProvider first = provider(9, "{}")) {
            String config = config("persistent");
            assertThrows(BedrockException.class, () -> provider(9, config));
            // The failed provider closed its store file, so it can be opened again.
            try (YokanProvider other = provider(10, config)) {
                assertEquals(0, other.count());
            }
            assertTrue(engine.isRegistered(Wire.PUT, 9));
        }
    }

    @Test
    void clientOpensTypedHandles() throws Exception {
        try (YokanProvider provider = provider(11, "{}")) {
            YokanClient client = (YokanClient) factory.createClient(new TestArgs("cl", "yokan",
                    Map.of(), List.of(), Map.of(), engine, -1, null));
            assertEquals(Map.of(), client.config());
            DatabaseHandle handle = client.open(FakeEngine.ADDRESS, 11);
            handle.put("x", "y");
            assertEquals("y", provider.getString("x"));
            assertEquals("yokan:11@" + FakeEngine.ADDRESS, handle.providerHandle().spec());
            client.close();
        }
    }
}
