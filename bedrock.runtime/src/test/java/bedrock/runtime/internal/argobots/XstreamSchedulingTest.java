package bedrock.runtime.internal.argobots;

import static bedrock.runtime.internal.argobots.Specs.eventually;
import static bedrock.runtime.internal.argobots.Specs.pool;
import static bedrock.runtime.internal.argobots.Specs.xstream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where and in which order xstreams run tasks, how they idle, wake and stop. */
class XstreamSchedulingTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    private ExecutionRegistry registry;

    @BeforeEach
    void setUp() {
        registry = Specs.empty();
    }

    @AfterEach
    void tearDown() {
        registry.close();
    }

    private static CompletableFuture<String> threadNameOf(ExecPool pool) {
        CompletableFuture<String> name = new CompletableFuture<>();
        pool.execute(() -> name.complete(Thread.currentThread().getName()));
        return name;
    }

    @ParameterizedTest
    @ValueSource(strings = {"basic", "basic_wait", "prio", "randws", "default"})
    void tasksRunOnTheXstreamServingThePool(String scheduler) throws Exception {
        ExecPool pool = registry.addPool(pool("p", "fifo_wait"));
        ExecXstream xs = registry.addXstream(xstream("xs", scheduler, "p"));
        assertEquals(scheduler, xs.schedulerType());
        assertEquals(List.of(pool), xs.pools());
        assertEquals("bedrock-xstream-xs", threadNameOf(pool).get(5, TimeUnit.SECONDS));
        assertEquals(List.of(xs), pool.servers());
    }

    @Test
    void aPoolServedByTwoXstreamsRunsTasksOnBoth() throws Exception {
        ExecPool pool = registry.addPool(pool("p", "fifo_wait"));
        registry.addXstream(xstream("x1", "basic_wait", "p"));
        registry.addXstream(xstream("x2", "basic_wait", "p"));
        // The first task holds one xstream, so the second can only run on the other one.
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = new CompletableFuture<>();
        pool.execute(() -> {
            first.complete(Thread.currentThread().getName());
            await(release);
        });
        String holder = first.get(5, TimeUnit.SECONDS);
        String other = threadNameOf(pool).get(5, TimeUnit.SECONDS);
        release.countDown();
        assertEquals(Set.of("bedrock-xstream-x1", "bedrock-xstream-x2"), Set.of(holder, other));
    }

    @ParameterizedTest
    @ValueSource(strings = {"basic", "prio", "basic_wait", "default"})
    void anEarlierPoolHasPriority(String scheduler) throws Exception {
        ExecPool p1 = registry.addPool(pool("p1", "fifo_wait"));
        ExecPool p2 = registry.addPool(pool("p2", "fifo_wait"));
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(5);
        p2.execute(() -> { order.add("p2-a"); done.countDown(); });
        p1.execute(() -> {
            order.add("p1-a");
            // Queued while p2 still holds work: p1 must still come first.
            p1.execute(() -> { order.add("p1-c"); done.countDown(); });
            done.countDown();
        });
        p2.execute(() -> { order.add("p2-b"); done.countDown(); });
        p1.execute(() -> { order.add("p1-b"); done.countDown(); });
        registry.addXstream(xstream("x", scheduler, "p1", "p2"));
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("p1-a", "p1-b", "p1-c", "p2-a", "p2-b"), order);
    }

    @Test
    void randwsDrainsEveryPool() throws Exception {
        ExecPool p1 = registry.addPool(pool("p1", "fifo_wait"));
        ExecPool p2 = registry.addPool(pool("p2", "fifo"));
        ExecPool p3 = registry.addPool(pool("p3", "prio_wait"));
        CountDownLatch done = new CountDownLatch(300);
        for (int i = 0; i < 100; i++) {
            p1.execute(done::countDown);
            p2.execute(done::countDown);
            p3.execute(done::countDown, i);
        }
        registry.addXstream(xstream("x", "randws", "p1", "p2", "p3"));
        assertTrue(done.await(5, TimeUnit.SECONDS));
    }

    @Test
    void basicWaitParksWhenIdleAndWakesOnAPush() throws Exception {
        ExecPool pool = registry.addPool(pool("p", "fifo_wait"));
        ExecXstream xs = registry.addXstream(xstream("x", "basic_wait", "p"));
        assertTrue(eventually(BOUND, () -> xs.thread().getState() == Thread.State.WAITING),
                "idle basic_wait xstream should park, state " + xs.thread().getState());
        for (int i = 0; i < 20; i++) {
            assertEquals("bedrock-xstream-x", threadNameOf(pool).get(2, TimeUnit.SECONDS));
        }
        assertTrue(eventually(BOUND, () -> xs.thread().getState() == Thread.State.WAITING));
    }

    @Test
    void oneXstreamReadingSeveralPoolsWakesForAnyOfThem() throws Exception {
        ExecPool a = registry.addPool(pool("a", "fifo_wait"));
        ExecPool b = registry.addPool(pool("b", "prio_wait"));
        ExecPool c = registry.addPool(pool("c", "earliest_first"));
        ExecXstream xs = registry.addXstream(xstream("x", "basic_wait", "a", "b", "c"));
        for (ExecPool pool : List.of(c, b, a, c)) {
            assertTrue(eventually(BOUND, () -> xs.thread().getState() == Thread.State.WAITING));
            assertEquals("bedrock-xstream-x", threadNameOf(pool).get(2, TimeUnit.SECONDS));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"basic", "prio", "randws"})
    void nonWaitingSchedulersBackOffInsteadOfSpinning(String scheduler) throws Exception {
        ExecPool pool = registry.addPool(pool("p", "fifo_wait"));
        ExecXstream xs = registry.addXstream(xstream("x", scheduler, "p"));
        assertTrue(eventually(BOUND, () -> xs.thread().getState() == Thread.State.TIMED_WAITING));
        assertEquals("bedrock-xstream-x", threadNameOf(pool).get(2, TimeUnit.SECONDS));
    }

    @Test
    void aFifoPoolIsPolledByAWaitingXstream() throws Exception {
        ExecPool pool = registry.addPool(pool("p", "fifo"));
        ExecXstream xs = registry.addXstream(xstream("x", "basic_wait", "p"));
        assertTrue(eventually(BOUND, () -> xs.thread().getState() == Thread.State.TIMED_WAITING));
        assertEquals("bedrock-xstream-x", threadNameOf(pool).get(2, TimeUnit.SECONDS));
    }

    @Test
    void aThrowingTaskDoesNotKillTheXstream() throws Exception {
        ExecPool pool = registry.addPool(pool("p", "fifo_wait"));
        ExecXstream xs = registry.addXstream(xstream("x", "basic_wait", "p"));
        pool.execute(() -> {
            throw new IllegalStateException("task failure expected by the test");
        });
        pool.execute(() -> {
            throw new AssertionError("error expected by the test");
        });
        pool.execute(() -> Thread.currentThread().interrupt());
        assertEquals("bedrock-xstream-x", threadNameOf(pool).get(5, TimeUnit.SECONDS));
        assertTrue(xs.thread().isAlive());
        // The interrupt left by a task must not turn parking into spinning.
        assertTrue(eventually(BOUND, () -> xs.thread().getState() == Thread.State.WAITING));
    }

    @Test
    void stoppingFinishesTheRunningTaskAndLeavesQueuedOnes() throws Exception {
        ExecPool pool = registry.addPool(pool("p", "fifo_wait"));
        ExecXstream xs = registry.addXstream(xstream("x", "basic_wait", "p"));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> finished = new CompletableFuture<>();
        pool.execute(() -> {
            started.countDown();
            await(release);
            finished.complete(true);
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        CompletableFuture<String> queued = threadNameOf(pool);
        CompletableFuture<Void> removal = CompletableFuture.runAsync(() -> registry.removeXstream("x"));
        // Once the xstream has left the registry its stop has been requested.
        assertTrue(eventually(BOUND, () -> registry.xstream("x").isEmpty()));
        assertEquals(0, pool.serverCount());
        release.countDown();
        removal.get(5, TimeUnit.SECONDS);
        assertTrue(finished.getNow(false), "the running task should have finished");
        assertFalse(xs.thread().isAlive());
        assertFalse(queued.isDone());
        assertEquals(1, pool.size());
        registry.addXstream(xstream("y", "basic_wait", "p"));
        assertEquals("bedrock-xstream-y", queued.get(5, TimeUnit.SECONDS));
    }

    @Test
    void currentNamesTheRunningXstream() throws Exception {
        ExecPool pool = registry.addPool(pool("p", "fifo_wait"));
        ExecXstream xs = registry.addXstream(xstream("x", "basic_wait", "p"));
        CompletableFuture<ExecXstream> seen = new CompletableFuture<>();
        pool.execute(() -> seen.complete(ExecXstream.current().orElse(null)));
        assertEquals(xs, seen.get(5, TimeUnit.SECONDS));
        assertTrue(ExecXstream.current().isEmpty());
    }

    /** Round trips to an idle basic_wait xstream; prints the median and checks a loose bound. */
    @Test
    void wakeUpLatencyIsLow() throws Exception {
        ExecPool pool = registry.addPool(pool("p", "fifo_wait"));
        ExecXstream xs = registry.addXstream(xstream("x", "basic_wait", "p"));
        int rounds = 200;
        long[] latencies = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            assertTrue(eventually(BOUND, () -> xs.thread().getState() == Thread.State.WAITING));
            CompletableFuture<Long> ranAt = new CompletableFuture<>();
            long pushedAt = System.nanoTime();
            pool.execute(() -> ranAt.complete(System.nanoTime()));
            latencies[i] = ranAt.get(2, TimeUnit.SECONDS) - pushedAt;
        }
        java.util.Arrays.sort(latencies);
        long median = latencies[rounds / 2];
        System.out.printf("basic_wait wake-up latency: median %.1f us, p90 %.1f us%n",
                median / 1e3, latencies[rounds * 9 / 10] / 1e3);
        // Loose: the machine is shared; a polling design would sit at its sleep period instead.
        assertTrue(median < TimeUnit.MILLISECONDS.toNanos(2), "median wake-up " + median + " ns");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
