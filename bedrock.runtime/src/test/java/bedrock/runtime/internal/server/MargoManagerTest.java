package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.spec.PoolKind;
import bedrock.api.spec.PoolSpec;
import bedrock.api.spec.SchedulerSpec;
import bedrock.api.spec.SchedulerType;
import bedrock.api.spec.XstreamSpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Upstream's test_margo_manager.py, on the pools and xstreams managers of a running service. */
class MargoManagerTest {

    private BedrockService server;

    @BeforeEach
    void start() {
        server = Services.start("{\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"my_pool\",\"type\":\"fifo_wait\","
                + "\"access\":\"mpmc\"}],\"xstreams\":[{\"name\":\"my_xstream\",\"scheduler\":{\"type\":\"basic_wait\","
                + "\"pools\":[\"my_pool\"]}}]}}}");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void configHasMercuryAndTwoPools() {
        Map<String, Object> margo = (Map<String, Object>) server.config().get("margo");
        assertTrue(margo.containsKey("mercury"));
        Map<String, Object> argobots = (Map<String, Object>) margo.get("argobots");
        assertEquals(2, ((List<?>) argobots.get("pools")).size());
        assertEquals("__primary__", margo.get("rpc_pool"));
        assertEquals("my_pool", server.spec().margo().argobots().pools().get(0).name());
    }

    @Test
    void pools() {
        assertEquals(2, server.pools().size());
        assertTrue(server.pools().contains("my_pool"));
        assertFalse(server.pools().contains("not_my_pool"));
        assertEquals("pool", server.pools().get("my_pool").type());
        server.pools().create(Map.of("name", "my_pool_2", "kind", "fifo", "access", "mpmc"));
        assertEquals(3, server.pools().size());
        assertEquals("pool", server.pools().get("my_pool_2").type());
        server.pools().remove("my_pool_2");
        assertEquals(2, server.pools().size());
        assertThrows(BedrockException.class, () -> server.pools().get("my_pool_2"));
        server.pools().create(new PoolSpec("my_pool_2", PoolKind.FIFO, bedrock.api.spec.PoolAccess.MPMC));
        assertEquals(3, server.pools().size());
        assertEquals("my_pool_2", server.pools().get(2).name());
        server.pools().remove(2);
        assertFalse(server.pools().contains("my_pool_2"));
        assertThrows(BedrockException.class, () -> server.pools().remove(7));
    }

    @Test
    void removingAPoolUsedByAnXstreamFails() {
        BedrockException e = assertThrows(BedrockException.class, () -> server.pools().remove("my_pool"));
        assertTrue(e.getMessage().contains("my_pool"), e.getMessage());
        assertEquals(2, server.pools().size());
    }

    @Test
    void xstreams() {
        assertEquals(2, server.xstreams().size());
        assertTrue(server.xstreams().contains("my_xstream"));
        server.xstreams().create(Map.of("name", "my_xstream_2",
                "scheduler", Map.of("type", "basic_wait", "pools", List.of("my_pool"))));
        assertEquals(3, server.xstreams().size());
        assertEquals("xstream", server.xstreams().get("my_xstream_2").type());
        server.xstreams().remove("my_xstream_2");
        assertEquals(2, server.xstreams().size());
        assertThrows(BedrockException.class, () -> server.xstreams().get("my_xstream_2"));
        PoolSpec myPool = server.spec().margo().argobots().pools().get("my_pool");
        server.xstreams().create(new XstreamSpec("my_xstream_3", new SchedulerSpec(SchedulerType.BASIC_WAIT, myPool)));
        assertEquals(3, server.xstreams().size());
    }

    @Test
    void tasksOnAnAddedPoolRunOnItsXstream() throws Exception {
        server.pools().create("{\"name\":\"work\"}");
        server.xstreams().create("{\"name\":\"worker\",\"scheduler\":{\"pools\":[\"work\"]}}");
        var pool = server.resources.pool("work").orElseThrow();
        CompletableFuture<String> thread = new CompletableFuture<>();
        pool.execute(() -> thread.complete(Thread.currentThread().getName()));
        assertTrue(thread.get(5, TimeUnit.SECONDS).contains("worker"));
    }

    @Test
    void primaryCannotBeRemoved() {
        assertThrows(BedrockException.class, () -> server.xstreams().remove("__primary__"));
        assertThrows(BedrockException.class, () -> server.pools().remove("__primary__"));
    }

    @Test
    void invalidAdditionsChangeNothing() {
        Map<String, Object> before = server.config();
        assertThrows(BedrockException.class, () -> server.pools().create("1234"));
        assertThrows(BedrockException.class, () -> server.pools().create(Map.of("name", "my_pool")));
        assertThrows(BedrockException.class, () -> server.pools().create(Map.of("name", "p", "kind", "fifoo")));
        assertThrows(BedrockException.class, () -> server.xstreams().create(Map.of("name", "x",
                "scheduler", Map.of("pools", List.of("nope")))));
        assertThrows(BedrockException.class, () -> server.xstreams().create(Map.of("name", "x",
                "scheduler", Map.of("pools", List.of(42)))));
        assertThrows(BedrockException.class, () -> server.pools().remove("something"));
        assertThrows(BedrockException.class, () -> server.xstreams().remove("something"));
        assertEquals(before, server.config());
    }
}
