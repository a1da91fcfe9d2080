package bedrock.runtime.internal.argobots;

import bedrock.api.module.Pool;
import bedrock.api.module.Xstream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An xstream: one platform thread, named {@code bedrock-xstream-<name>}, running its scheduler over
 * its pools.
 *
 * <p>Scheduling: each round takes one task from the first non-empty pool in list order
 * ({@code randws}: from a random starting pool), runs it, and starts again from the top, so an
 * earlier pool always has priority. A task that throws is logged and the xstream goes on.
 *
 * <p>Idling and wake-up: when every pool is empty the thread publishes {@code parked}, re-checks its
 * pools (a task queued just before the flag was visible is seen here) and parks. A push to a waking
 * pool ({@link PoolKind#wakesXstreams()}) flips one parked server back with a CAS and unparks it,
 * so a wake-up costs one {@code unpark} and only the pusher that won the CAS pays it. The
 * flag-then-recheck on one side and queue-then-read-flag on the other (both volatile) guarantee that
 * either the xstream sees the task or the pusher sees the flag. Waiting schedulers park without a
 * timeout; the others first spin for a few microseconds, then park with a growing timeout. An
 * xstream reading a {@code fifo} pool (which never wakes anyone) always parks with a timeout.
 *
 * <p>Threading: {@link #start()} and {@link #requestStop()} are called by the registry;
 * {@link #awaitTermination} from any thread but the xstream's own. Stopping lets the running task
 * finish; tasks still queued stay in their pools for other xstreams.
 */
public final class ExecXstream implements Xstream {

    private static final System.Logger LOG = System.getLogger(ExecXstream.class.getName());
    private static final ThreadLocal<ExecXstream> CURRENT = new ThreadLocal<>();

    /** Rounds of busy polling before a non-waiting scheduler starts to park (about 10-50 µs). */
    private static final int SPIN_ROUNDS = 256;
    private static final long MIN_PARK_NANOS = TimeUnit.MICROSECONDS.toNanos(20);
    /** Upper bound on the latency of a task queued where no push wakes this xstream. */
    private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private static final VarHandle PARKED;

    static {
        try {
            PARKED = MethodHandles.lookup().findVarHandle(ExecXstream.class, "parked", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;
    private final SchedulerType scheduler;
    private final ExecPool[] pools;
    private final OptionalInt cpubind;
    private final List<Integer> affinity;
    private final boolean allPoolsWake;
    private final Thread thread;
    private final AtomicInteger refCount = new AtomicInteger();

    private volatile boolean running = true;
    /** True while the thread is parked or about to park; accessed through {@link #PARKED}. */
    @SuppressWarnings("unused")
    private volatile boolean parked;

    /**
     * An xstream, not yet started. {@code cpubind} and {@code affinity} are only recorded: the JVM
     * has no portable thread pinning.
     */
    public ExecXstream(String name, SchedulerType scheduler, List<ExecPool> pools,
            OptionalInt cpubind, List<Integer> affinity) {
        this.name = Objects.requireNonNull(name, "name");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.pools = pools.toArray(new ExecPool[0]);
        if (this.pools.length == 0) {
            throw new IllegalArgumentException("An xstream needs at least one pool");
        }
        this.cpubind = Objects.requireNonNull(cpubind, "cpubind");
        this.affinity = List.copyOf(affinity);
        boolean wake = true;
        for (ExecPool pool : this.pools) {
            wake &= pool.poolKind().wakesXstreams();
        }
        this.allPoolsWake = wake;
        this.thread = new Thread(this::run, "bedrock-xstream-" + name);
        this.thread.setDaemon(true);
    }

    /** The xstream running the calling thread, if it is one. */
    public static Optional<ExecXstream> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String schedulerType() {
        return scheduler.configName();
    }

    @Override
    public List<Pool> pools() {
        return List.of(pools);
    }

    /** The pools as the concrete type, in scheduler order. */
    public List<ExecPool> execPools() {
        return List.of(pools);
    }

    /** The recorded {@code cpubind}, if one was given. */
    public OptionalInt cpubind() {
        return cpubind;
    }

    /** The recorded {@code affinity} (empty if none was given). */
    public List<Integer> affinity() {
        return affinity;
    }

    /** The thread (for tests and diagnostics). */
    public Thread thread() {
        return thread;
    }

    /** Takes a reference: while any is held the xstream cannot be removed. */
    public void retain() {
        refCount.incrementAndGet();
    }

    /** Drops a reference taken by {@link #retain()}. */
    public void release() {
        if (refCount.getAndUpdate(n -> n > 0 ? n - 1 : n) == 0) {
            throw new IllegalStateException("Xstream \"" + name + "\" released more often than retained");
        }
    }

    /** References currently held. */
    public int refCount() {
        return refCount.get();
    }

    /** Attaches to the pools and starts the thread; undoes the attachment if the thread cannot start. */
    void start() {
        for (ExecPool pool : pools) {
            pool.attach(this);
        }
        try {
            thread.start();
        } catch (Throwable e) {
            detachAll();
            throw e;
        }
    }

    /** Asks the thread to exit after its current task; returns at once. */
    void requestStop() {
        if (running) {
            running = false;
            detachAll();
            LockSupport.unpark(thread);
        }
    }

    /** Waits for the thread to exit; true if it did within the timeout. */
    boolean awaitTermination(Duration timeout) throws InterruptedException {
        if (Thread.currentThread() == thread) {
            return false;
        }
        thread.join(Math.max(1, timeout.toMillis()));
        return !thread.isAlive();
    }

    private void detachAll() {
        for (ExecPool pool : pools) {
            pool.detach(this);
        }
    }

    /** Called by pushers: unparks this xstream if it is parked, and says whether it did. */
    boolean wakeIfParked() {
        if ((boolean) PARKED.getVolatile(this) && PARKED.compareAndSet(this, true, false)) {
            LockSupport.unpark(thread);
            return true;
        }
        return false;
    }

    private void run() {
        CURRENT.set(this);
        int idleRounds = 0;
        while (running) {
            Runnable task = next();
            if (task != null) {
                runTask(task);
                idleRounds = 0;
            } else {
                idle(idleRounds++);
            }
        }
        CURRENT.remove();
    }

    private Runnable next() {
        int n = pools.length;
        int start = scheduler.randomOrder() && n > 1 ? ThreadLocalRandom.current().nextInt(n) : 0;
        for (int i = 0; i < n; i++) {
            int index = start + i;
            Runnable task = pools[index < n ? index : index - n].poll();
            if (task != null) {
                return task;
            }
        }
        return null;
    }

    private void runTask(Runnable task) {
        try {
            task.run();
        } catch (Throwable e) {
            LOG.log(System.Logger.Level.ERROR, "Task on xstream \"" + name + "\" failed", e);
        }
        // A task may leave the interrupt flag set; parking would then return at once forever.
        Thread.interrupted();
    }

    private void idle(int round) {
        if (!scheduler.waits() && round < SPIN_ROUNDS) {
            Thread.onSpinWait();
            return;
        }
        PARKED.setVolatile(this, true);
        if (hasWork() || !running) {
            PARKED.setVolatile(this, false);
            return;
        }
        if (scheduler.waits() && allPoolsWake) {
            LockSupport.park(this);
        } else {
            int parkedRounds = scheduler.waits() ? round : round - SPIN_ROUNDS;
            int doublings = Math.min(Math.max(0, parkedRounds), 10);
            LockSupport.parkNanos(this, Math.min(MAX_PARK_NANOS, MIN_PARK_NANOS << doublings));
        }
        PARKED.setVolatile(this, false);
    }

    private boolean hasWork() {
        for (ExecPool pool : pools) {
            if (!pool.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Xstream[" + name + ", " + scheduler.configName() + "]";
    }
}
