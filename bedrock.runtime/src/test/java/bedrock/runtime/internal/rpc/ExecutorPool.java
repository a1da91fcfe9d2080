package bedrock.runtime.internal.rpc;

import bedrock.api.module.Pool;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link Pool} over a fixed thread pool, standing in for the runtime's pools in tests. */
final class ExecutorPool implements Pool, AutoCloseable {

    private final String name;
    private final ThreadPoolExecutor executor;

    ExecutorPool(String name, int threads) {
        this.name = name;
        AtomicInteger count = new AtomicInteger();
        this.executor = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "pool-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Whether the current thread is one of this pool's. */
    boolean isPoolThread() {
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
    public void close() throws InterruptedException {
        ExecutorService service = executor;
        service.shutdownNow();
        service.awaitTermination(5, TimeUnit.SECONDS);
    }
}
