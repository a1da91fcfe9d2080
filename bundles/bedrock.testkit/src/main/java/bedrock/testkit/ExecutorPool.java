package bedrock.testkit;

import bedrock.api.module.Pool;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link Pool} over a fixed thread pool, standing in for the runtime's pools in tests: tasks run
 * in submission order on daemon threads named {@code pool-<name>-<n>}.
 */
public final class ExecutorPool implements Pool, AutoCloseable {

    private final String name;
    private final ThreadPoolExecutor executor;

    /** A pool of one thread. */
    public ExecutorPool(String name) {
        this(name, 1);
    }

    /** A pool of {@code threads} threads. */
    public ExecutorPool(String name, int threads) {
        this.name = name;
        AtomicInteger count = new AtomicInteger();
        this.executor = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "pool-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Whether the current thread is one of this pool's. */
    public boolean isPoolThread() {
        return Thread.currentThread().getName().startsWith("pool-" + name + "-");
    }

    @Override
    public String name() {
        return name;
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
        executor.execute(task);
    }

    @Override
    public void execute(Runnable task, long priority) {
        executor.execute(task);
    }

    @Override
    public int size() {
        return executor.getQueue().size();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
