package bench.rpc;

import bedrock.api.module.Pool;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A pool like a {@code fifo_wait} pool served by one xstream: one thread that blocks while idle.
 * With {@code inline} it runs tasks on the submitting (event loop) thread instead, to separate the
 * cost of the framing from the cost of the hop to the pool.
 */
final class BenchPool implements Pool, AutoCloseable {

    private final ExecutorService executor;

    BenchPool(boolean inline) {
        this.executor = inline ? null : Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "bench-pool");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public String name() {
        return executor == null ? "inline" : "fifo_wait";
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
        if (executor == null) {
            task.run();
        } else {
            executor.execute(task);
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
    }
}
