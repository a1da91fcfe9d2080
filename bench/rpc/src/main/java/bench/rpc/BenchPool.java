package bench.rpc;

import bedrock.api.module.Pool;
import bedrock.runtime.internal.argobots.ExecutionRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The pool the echo handler runs on, one of three kinds:
 * <ul>
 * <li>{@code xstream}: the daemon's own, a {@code fifo_wait} pool served by one {@code basic_wait}
 * xstream (an {@link ExecutionRegistry} of one pool and one xstream), as a provider's pool is;
 * <li>{@code executor}: a JDK single-thread executor, also one thread that blocks while idle;
 * <li>{@code inline}: runs tasks on the submitting (event loop) thread, to separate the cost of the
 * framing from the cost of the hop to the pool.
 * </ul>
 */
final class BenchPool implements Pool, AutoCloseable {

    /** The kinds, by the name used in {@code --pool} and in the targets' names. */
    static final List<String> KINDS = List.of("xstream", "executor", "inline");

    private final String kind;
    private final ExecutorService executor;
    private final ExecutionRegistry registry;
    private final Pool pool;

    BenchPool(String kind) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("Pool kind \"" + kind + "\" is not one of " + KINDS);
        }
        this.kind = kind;
        this.executor = kind.equals("executor") ? Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "bench-pool");
            thread.setDaemon(true);
            return thread;
        }) : null;
        this.registry = kind.equals("xstream") ? ExecutionRegistry.start(Map.of(
                "pools", List.of(Map.of("name", "bench", "kind", "fifo_wait", "access", "mpmc")),
                "xstreams", List.of(Map.of("name", "bench", "scheduler",
                        Map.of("type", "basic_wait", "pools", List.of("bench"))))), null, null) : null;
        this.pool = registry == null ? null : registry.pool("bench").orElseThrow();
    }

    @Override
    public String name() {
        return kind;
    }

    @Override
    public String kind() {
        return "fifo_wait";
    }

    @Override
    public String access() {
        return "mpmc";
    }

    @Override
    public void execute(Runnable task) {
        if (pool != null) {
            pool.execute(task);
        } else if (executor != null) {
            executor.execute(task);
        } else {
            task.run();
        }
    }

    @Override
    public void execute(Runnable task, long priority) {
        execute(task);
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public void close() throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(5, TimeUnit.SECONDS);
        }
        if (registry != null) {
            registry.close();
        }
    }
}
