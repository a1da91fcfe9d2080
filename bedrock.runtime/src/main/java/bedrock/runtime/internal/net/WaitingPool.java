package bedrock.runtime.internal.net;

import bedrock.api.module.Pool;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where {@code bedrock_lookup_provider} runs: a thread per waiting lookup, created on demand and
 * dropped after a minute idle.
 *
 * <p>Why not Bedrock's pool: a lookup may wait for its provider for many seconds. Upstream's
 * handler is an Argobots ULT that yields while it waits; a Java pool thread cannot yield, so a
 * waiting lookup would hold one of the pool's threads, and with the default single-xstream pool
 * every other management RPC (including the {@code bedrock_start_provider} that would end the
 * wait) would queue behind it until the timeout. Thread-safe.
 */
final class WaitingPool implements Pool {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final String name;
    private final ExecutorService executor;

    WaitingPool(String name) {
        this.name = name;
        this.executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), task -> {
                    Thread thread = new Thread(task, "bedrock-lookup-" + THREADS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
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
        return 0;
    }

    /** Stops taking lookups; those running end once woken by the service's close. */
    void close() {
        executor.shutdown();
    }
}
