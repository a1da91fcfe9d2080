package bedrock.runtime.internal.argobots;

import bedrock.api.module.Pool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A named pool: a {@link TaskQueue} of one {@link PoolKind}, the xstreams that serve it and a
 * reference count held by the objects that depend on it.
 *
 * <p>Threading: {@link #execute} may be called from any thread, including the pool's own xstreams.
 * It queues the task and, for waking kinds, unparks one parked xstream serving the pool (at most
 * one: the xstream re-checks all its pools before parking again, so one wake-up per task is
 * enough and a burst does not stampede every reader). Tasks run on the serving xstreams' threads,
 * never on the caller's. A pool that no xstream serves keeps its tasks queued until one does.
 * After {@link #close()} (the pool was removed or the registry closed) new tasks are rejected; a
 * task submitted concurrently with the removal itself may be accepted and never run, which is why
 * holders of a pool {@link #retain()} it (a retained pool cannot be removed).
 */
public final class ExecPool implements Pool {

    private static final ExecXstream[] NO_XSTREAMS = new ExecXstream[0];

    private final String name;
    private final PoolKind kind;
    private final String access;
    private final TaskQueue queue;
    private final AtomicInteger refCount = new AtomicInteger();

    /** Copy-on-write, so that the push path reads it without a lock. */
    private volatile ExecXstream[] servers = NO_XSTREAMS;
    private volatile boolean closed;

    /**
     * A pool; {@code access} is only recorded (all queues here accept any number of producers and
     * consumers).
     */
    public ExecPool(String name, PoolKind kind, String access) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.access = Objects.requireNonNull(access, "access");
        this.queue = kind.newQueue();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return kind.configName();
    }

    /** The kind as an enum. */
    public PoolKind poolKind() {
        return kind;
    }

    @Override
    public String access() {
        return access;
    }

    @Override
    public void execute(Runnable task) {
        execute(task, 0L);
    }

    @Override
    public void execute(Runnable task, long priority) {
        Objects.requireNonNull(task, "task");
        if (closed) {
            throw new RejectedExecutionException("Pool \"" + name + "\" has been removed");
        }
        queue.offer(task, priority);
        if (kind.wakesXstreams()) {
            wakeOne();
        }
    }

    /**
     * Unparks the first parked xstream among the servers. If none is parked, every server is awake
     * and will look at this pool before it parks again, so the task cannot be forgotten.
     */
    private void wakeOne() {
        for (ExecXstream xstream : servers) {
            if (xstream.wakeIfParked()) {
                return;
            }
        }
    }

    @Override
    public int size() {
        return queue.size();
    }

    /** Whether no task is queued. */
    public boolean isEmpty() {
        return queue.isEmpty();
    }

    Runnable poll() {
        return queue.poll();
    }

    /** The xstreams whose scheduler lists this pool, in the order they were started. */
    public List<ExecXstream> servers() {
        return List.of(servers);
    }

    /** How many xstreams serve this pool. */
    public int serverCount() {
        return servers.length;
    }

    synchronized void attach(ExecXstream xstream) {
        ExecXstream[] current = servers;
        ExecXstream[] next = Arrays.copyOf(current, current.length + 1);
        next[current.length] = xstream;
        servers = next;
    }

    synchronized void detach(ExecXstream xstream) {
        List<ExecXstream> next = new ArrayList<>(Arrays.asList(servers));
        // An xstream may list the same pool twice; it is attached once per listing.
        next.remove(xstream);
        servers = next.toArray(NO_XSTREAMS);
    }

    /** Takes a reference: while any is held the pool cannot be removed. */
    public void retain() {
        refCount.incrementAndGet();
    }

    /** Drops a reference taken by {@link #retain()}. */
    public void release() {
        if (refCount.getAndUpdate(n -> n > 0 ? n - 1 : n) == 0) {
            throw new IllegalStateException("Pool \"" + name + "\" released more often than retained");
        }
    }

    /** References currently held. */
    public int refCount() {
        return refCount.get();
    }

    /** Whether the pool has been closed. */
    public boolean isClosed() {
        return closed;
    }

    /** Rejects further tasks; queued ones stay queued (the registry only closes empty pools). */
    void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "Pool[" + name + ", " + kind.configName() + ", " + access + "]";
    }
}
