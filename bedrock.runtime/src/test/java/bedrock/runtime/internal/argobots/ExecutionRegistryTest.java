package bedrock.runtime.internal.argobots;

import static bedrock.runtime.internal.argobots.Specs.argobots;
import static bedrock.runtime.internal.argobots.Specs.pool;
import static bedrock.runtime.internal.argobots.Specs.threadAlive;
import static bedrock.runtime.internal.argobots.Specs.xstream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Building from a completed spec, Margo's add/remove rules and messages, config, close. */
class ExecutionRegistryTest {

    /**
     * {@code margo.argobots} (pools and xstreams) of upstream's completed output for
     * {@code {"margo":{"use_progress_thread":true,"rpc_thread_count":2}}}
     * (reference/upstream-runs/valid-01-*.json): progress pool {@code __pool_1__}, rpc pool
     * {@code __pool_2__}.
     */
    private static Map<String, Object> valid01() {
        return argobots(
                List.of(
                        Map.of("access", "mpmc", "kind", "fifo_wait", "name", "__primary__"),
                        Map.of("access", "mpmc", "kind", "fifo_wait", "name", "__pool_1__"),
                        Map.of("access", "mpmc", "kind", "fifo_wait", "name", "__pool_2__")),
                List.of(
                        Map.of("name", "__primary__",
                                "scheduler", Map.of("pools", List.of("__primary__"), "type", "basic_wait")),
                        Map.of("name", "__xstream_1__",
                                "scheduler", Map.of("pools", List.of("__pool_1__"), "type", "basic_wait")),
                        Map.of("name", "__xstream_2__",
                                "scheduler", Map.of("pools", List.of("__pool_2__"), "type", "basic_wait")),
                        Map.of("name", "__xstream_3__",
                                "scheduler", Map.of("pools", List.of("__pool_2__"), "type", "basic_wait"))));
    }

    private ExecutionRegistry registry;

    @AfterEach
    void tearDown() {
        if (registry != null) {
            registry.close();
        }
    }

    private static String message(Runnable action) {
        return assertThrows(BedrockException.class, action::run).getMessage();
    }

    private static List<String> poolNames(ExecutionRegistry registry) {
        return registry.pools().stream().map(ExecPool::name).collect(Collectors.toList());
    }

    private static List<String> xstreamNames(ExecutionRegistry registry) {
        return registry.xstreams().stream().map(ExecXstream::name).collect(Collectors.toList());
    }

    @Test
    void buildsUpstreamsCompletedArgobotsAndReportsItBack() throws Exception {
        registry = ExecutionRegistry.start(valid01(), "__pool_1__", "__pool_2__");
        assertEquals(valid01(), registry.config());
        assertEquals(3, registry.poolCount());
        assertEquals(4, registry.xstreamCount());
        assertEquals("__pool_1__", registry.pool(1).orElseThrow().name());
        assertEquals(2, registry.poolIndex("__pool_2__"));
        assertEquals("__pool_2__", registry.pool((Object) 2).orElseThrow().name());
        assertEquals("__pool_2__", registry.pool((Object) "__pool_2__").orElseThrow().name());
        assertTrue(registry.pool(3).isEmpty());
        assertTrue(registry.pool("nope").isEmpty());
        assertEquals("__xstream_3__", registry.xstream(3).orElseThrow().name());
        assertEquals(1, registry.xstreamIndex("__xstream_1__"));
        assertEquals(2, registry.pool("__pool_2__").orElseThrow().serverCount());
        for (String name : List.of("__primary__", "__xstream_1__", "__xstream_2__", "__xstream_3__")) {
            assertTrue(registry.xstream(name).orElseThrow().thread().isAlive(), name);
            assertTrue(threadAlive("bedrock-xstream-" + name), name);
        }
        CompletableFuture<String> ran = new CompletableFuture<>();
        registry.pool("__pool_1__").orElseThrow().execute(() -> ran.complete(Thread.currentThread().getName()));
        assertEquals("bedrock-xstream-__xstream_1__", ran.get(5, TimeUnit.SECONDS));
    }

    @Test
    void duplicateNamesAreRefusedWithMargosMessages() {
        registry = ExecutionRegistry.start(valid01(), "__pool_1__", "__pool_2__");
        Map<String, Object> before = registry.config();
        assertEquals("Could not create new pool: name (\"__pool_1__\") already used",
                message(() -> registry.addPool(pool("__pool_1__", "fifo"))));
        assertEquals("Could not create new xstream: name (\"__xstream_2__\") already used",
                message(() -> registry.addXstream(xstream("__xstream_2__", "basic", "__primary__"))));
        assertEquals(before, registry.config());
    }

    @Test
    void unnamedItemsGetMargosNamesAndDefaults() {
        registry = ExecutionRegistry.start(valid01(), "__pool_1__", "__pool_2__");
        ExecPool pool = registry.addPool(Map.of());
        assertEquals("__pool_3__", pool.name());
        assertEquals("fifo_wait", pool.kind());
        assertEquals("mpmc", pool.access());
        ExecXstream xs = registry.addXstream(Map.of("scheduler", Map.of("pools", List.of(3))));
        assertEquals("__xstream_4__", xs.name());
        assertEquals("basic_wait", xs.schedulerType());
        assertEquals(List.of(pool), xs.pools());
    }

    @Test
    void removePoolRulesAndMessages() {
        registry = ExecutionRegistry.start(valid01(), "__pool_1__", "__pool_2__");
        registry.addPool(pool("held", "fifo_wait"));
        registry.addPool(pool("served", "fifo_wait"));
        registry.addPool(pool("busy", "prio_wait"));
        registry.addXstream(xstream("xs", "basic", "served"));
        registry.addXstream(xstream("xs2", "basic", "__primary__", "served"));
        registry.pool("held").orElseThrow().retain();
        registry.pool("busy").orElseThrow().execute(() -> { }, 3);
        Map<String, Object> before = registry.config();

        assertEquals("Could not find pool named \"ghost\"", message(() -> registry.removePool("ghost")));
        assertEquals("Removing the progress pool is not allowed", message(() -> registry.removePool("__pool_1__")));
        assertEquals("Removing the default handler pool is not allowed",
                message(() -> registry.removePool("__pool_2__")));
        assertEquals("Pool \"held\" is still in use by some dependencies", message(() -> registry.removePool("held")));
        assertEquals("Cannot remove pool served at index 4 because it is used by 2 running xstreams",
                message(() -> registry.removePool("served")));
        assertEquals("Cannot remove pool __primary__ at index 0 because it is used by 2 running xstreams",
                message(() -> registry.removePool("__primary__")));
        assertEquals("Destroying a pool (busy) that is not empty", message(() -> registry.removePool("busy")));
        assertEquals(before, registry.config());

        registry.pool("held").orElseThrow().release();
        registry.removePool("held");
        registry.removeXstream("xs");
        registry.removeXstream("xs2");
        registry.removePool("served");
        assertEquals(List.of("__primary__", "__pool_1__", "__pool_2__", "busy"), poolNames(registry));
    }

    @Test
    void removeXstreamRulesAndMessages() {
        registry = ExecutionRegistry.start(valid01(), "__pool_1__", "__pool_2__");
        ExecXstream held = registry.addXstream(xstream("held", "basic_wait", "__primary__"));
        held.retain();
        assertEquals("Could not find xstream named \"ghost\"", message(() -> registry.removeXstream("ghost")));
        assertEquals("Cannot remove primary xstream", message(() -> registry.removeXstream("__primary__")));
        assertEquals("Xstream \"held\" is still in use by some dependencies",
                message(() -> registry.removeXstream("held")));
        assertTrue(held.thread().isAlive());
        held.release();
        assertThrows(IllegalStateException.class, held::release);
        registry.removeXstream("held");
        assertFalse(held.thread().isAlive());
        assertEquals(1, registry.pool("__primary__").orElseThrow().serverCount());
    }

    @Test
    void removalMovesTheLastItemIntoTheFreedSlot() {
        registry = Specs.empty();
        for (String name : List.of("a", "b", "c", "d")) {
            registry.addPool(pool(name, "fifo"));
        }
        registry.removePool("b");
        assertEquals(List.of("a", "d", "c"), poolNames(registry));
        assertEquals(1, registry.poolIndex("d"));
        registry.removePool("c");
        assertEquals(List.of("a", "d"), poolNames(registry));

        for (String name : List.of("x0", "x1", "x2", "x3")) {
            registry.addXstream(xstream(name, "basic_wait", "a"));
        }
        registry.removeXstream("x0");
        assertEquals(List.of("x3", "x1", "x2"), xstreamNames(registry));
        assertEquals("x3", ((List<?>) registry.config().get("xstreams")).stream()
                .map(x -> ((Map<?, ?>) x).get("name")).findFirst().orElseThrow());
    }

    @Test
    void aFailedAddLeavesTheRegistryAsItWas() {
        registry = ExecutionRegistry.start(valid01(), "__pool_1__", "__pool_2__");
        Map<String, Object> before = registry.config();

        assertEquals("Invalid reference to pool \"nope\" in scheduler configuration",
                message(() -> registry.addXstream(xstream("bad", "basic_wait", "__primary__", "nope"))));
        assertEquals("Invalid reference to pool \"7\" in scheduler configuration",
                message(() -> registry.addXstream(xstream("bad", "basic_wait", 7))));
        assertTrue(message(() -> registry.addXstream(xstream("bad", "fast", "__primary__")))
                .startsWith("Invalid scheduler type \"fast\""));
        assertTrue(message(() -> registry.addXstream(xstream("bad", "basic"))).contains("no pool"));
        assertTrue(message(() -> registry.addPool(pool("bad", "lifo"))).startsWith("Invalid pool kind \"lifo\""));
        assertTrue(message(() -> registry.addPool(Map.of("name", "bad", "access", "any")))
                .startsWith("Invalid pool access \"any\""));

        assertEquals(before, registry.config());
        assertFalse(threadAlive("bedrock-xstream-bad"));
        assertEquals(1, registry.pool("__primary__").orElseThrow().serverCount());
    }

    @Test
    void aFailedStartStopsWhatItStarted() {
        Map<String, Object> spec = argobots(
                List.of(pool("p", "fifo_wait")),
                List.of(xstream("first_ok", "basic_wait", "p"), xstream("second_bad", "basic_wait", "q")));
        BedrockException e = assertThrows(BedrockException.class, () -> ExecutionRegistry.start(spec, null, null));
        assertEquals("Invalid reference to pool \"q\" in scheduler configuration", e.getMessage());
        assertEquals("/margo/argobots/xstreams/1/scheduler/pools/0", e.path().orElseThrow());
        assertTrue(Specs.eventually(Duration.ofSeconds(5), () -> !threadAlive("bedrock-xstream-first_ok")));
    }

    @Test
    void configEchoesCpubindAndAffinityWithSortedKeys() {
        registry = Specs.empty();
        registry.addPool(pool("p", "earliest_first"));
        Map<String, Object> spec = new java.util.LinkedHashMap<>(xstream("x", "randws", "p"));
        spec.put("cpubind", 3);
        spec.put("affinity", List.of(1, 2));
        registry.addXstream(spec);
        Map<String, Object> config = registry.config();
        assertEquals(List.of("pools", "xstreams"), new ArrayList<>(config.keySet()));
        Map<?, ?> pool = (Map<?, ?>) ((List<?>) config.get("pools")).get(0);
        assertEquals(List.of("access", "kind", "name"), new ArrayList<>(pool.keySet()));
        Map<?, ?> xs = (Map<?, ?>) ((List<?>) config.get("xstreams")).get(0);
        assertEquals(List.of("affinity", "cpubind", "name", "scheduler"), new ArrayList<>(xs.keySet()));
        assertEquals(List.of(1, 2), xs.get("affinity"));
        assertEquals(3, xs.get("cpubind"));
        Map<?, ?> scheduler = (Map<?, ?>) xs.get("scheduler");
        assertEquals(List.of("pools", "type"), new ArrayList<>(scheduler.keySet()));
        assertEquals(Map.of("pools", List.of("p"), "type", "randws"), scheduler);
    }

    @Test
    void closeStopsEveryThreadNewestFirstAndRejectsTasks() throws Exception {
        registry = ExecutionRegistry.start(valid01(), "__pool_1__", "__pool_2__");
        List<ExecXstream> initial = registry.xstreams();
        ExecPool older = registry.addPool(pool("older", "fifo_wait"));
        ExecPool newer = registry.addPool(pool("newer", "fifo_wait"));
        ExecXstream a = registry.addXstream(xstream("a", "basic_wait", "older"));
        ExecXstream b = registry.addXstream(xstream("b", "basic_wait", "newer"));
        // b (the newest) is busy: close() must wait for it before it even asks a to stop.
        CountDownLatch bStarted = new CountDownLatch(1);
        CountDownLatch releaseB = new CountDownLatch(1);
        newer.execute(() -> {
            bStarted.countDown();
            await(releaseB);
        });
        assertTrue(bStarted.await(5, TimeUnit.SECONDS));
        CompletableFuture<Boolean> closing = CompletableFuture.supplyAsync(() -> registry.close(Duration.ofSeconds(5)));
        assertTrue(Specs.eventually(Duration.ofSeconds(5), () -> newer.serverCount() == 0), "b asked to stop");
        CompletableFuture<String> onA = new CompletableFuture<>();
        older.execute(() -> onA.complete(Thread.currentThread().getName()));
        assertEquals("bedrock-xstream-a", onA.get(5, TimeUnit.SECONDS), "a still serves while b finishes");
        releaseB.countDown();
        assertTrue(closing.get(10, TimeUnit.SECONDS));

        assertFalse(a.thread().isAlive());
        assertFalse(b.thread().isAlive());
        for (ExecXstream xs : initial) {
            assertFalse(xs.thread().isAlive(), xs.name());
            assertFalse(threadAlive("bedrock-xstream-" + xs.name()), xs.name());
        }
        assertThrows(RejectedExecutionException.class, () -> older.execute(() -> { }));
        assertTrue(message(() -> registry.addPool(pool("late", "fifo"))).contains("closed"));
        assertTrue(registry.close(Duration.ofSeconds(1)), "close is idempotent");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
