package bedrock.testkit;

import bedrock.api.module.Pool;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;

/** A fifo pool drained by one thread, standing in for an xstream. */
public final class ExecutorPool implements Pool, AutoCloseable {

    private final String name;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    public ExecutorPool(String name) {
        this.name = name;
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
        return ((ThreadPoolExecutor) executor).getQueue().size();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
