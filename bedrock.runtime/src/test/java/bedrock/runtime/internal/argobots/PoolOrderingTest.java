package bedrock.runtime.internal.argobots;

import static bedrock.runtime.internal.argobots.Specs.pool;
import static bedrock.runtime.internal.argobots.Specs.xstream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each pool kind's order, observed by an xstream started only once every task is queued. */
class PoolOrderingTest {

    private ExecutionRegistry registry;

    @BeforeEach
    void setUp() {
        registry = Specs.empty();
    }

    @AfterEach
    void tearDown() {
        registry.close();
    }

    /** Queues {@code labels} with {@code priorities}, starts one xstream, returns the run order. */
    private List<String> runOrder(String kind, String scheduler, String[] labels, long[] priorities)
            throws InterruptedException {
        ExecPool pool = registry.addPool(pool("p", kind));
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(labels.length);
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            pool.execute(() -> {
                order.add(label);
                done.countDown();
            }, priorities[i]);
        }
        assertEquals(labels.length, pool.size());
        registry.addXstream(xstream("x", scheduler, "p"));
        assertTrue(done.await(5, TimeUnit.SECONDS), "tasks did not all run");
        return order;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fifo", "fifo_wait"})
    void fifoKindsRunInSubmissionOrderAndIgnorePriorities(String kind) throws InterruptedException {
        List<String> order = runOrder(kind, "basic_wait",
                new String[] {"a", "b", "c", "d"}, new long[] {5, -3, 9, 0});
        assertEquals(List.of("a", "b", "c", "d"), order);
    }

    @Test
    void prioWaitRunsLowestPriorityFirstAndFifoAmongEquals() throws InterruptedException {
        List<String> order = runOrder("prio_wait", "basic",
                new String[] {"p5", "p1a", "pneg", "p1b", "p3", "p1c"}, new long[] {5, 1, -2, 1, 3, 1});
        assertEquals(List.of("pneg", "p1a", "p1b", "p1c", "p3", "p5"), order);
    }

    @Test
    void earliestFirstRunsEarliestDeadlineFirstAndFifoAmongEquals() throws InterruptedException {
        long now = System.nanoTime();
        List<String> order = runOrder("earliest_first", "prio",
                new String[] {"late", "soon1", "soonest", "soon2"},
                new long[] {now + 3_000_000, now + 1_000, now, now + 1_000});
        assertEquals(List.of("soonest", "soon1", "soon2", "late"), order);
    }

    @Test
    void executeWithoutPriorityMeansZero() throws InterruptedException {
        ExecPool pool = registry.addPool(pool("p", "prio_wait"));
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        pool.execute(() -> { order.add("one"); done.countDown(); }, 1);
        pool.execute(() -> { order.add("zero"); done.countDown(); });
        pool.execute(() -> { order.add("minus"); done.countDown(); }, -1);
        registry.addXstream(xstream("x", "basic_wait", "p"));
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("minus", "zero", "one"), order);
    }

    @Test
    void poolEchoesItsDescriptionAndCountsQueuedTasks() {
        ExecPool pool = registry.addPool(java.util.Map.of("name", "q", "kind", "fifo", "access", "spsc"));
        assertEquals("q", pool.name());
        assertEquals("fifo", pool.kind());
        assertEquals("spsc", pool.access());
        assertEquals(0, pool.size());
        pool.execute(() -> { });
        pool.execute(() -> { }, 7);
        assertEquals(2, pool.size());
        assertThrows(NullPointerException.class, () -> pool.execute(null));
    }
}
