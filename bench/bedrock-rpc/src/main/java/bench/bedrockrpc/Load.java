package bench.bedrockrpc;

import bench.common.Figures;

import bedrock.api.client.Client;
import bedrock.api.client.ServiceHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clients: each its own {@link Client} (own connection and event loop) on its own thread,
 * making {@code calls} sequential operations; throughput over the whole wall time, p99 over every
 * operation, and failed operations counted (an exception is an error, the run goes on).
 */
final class Load {

    /** One operation of client {@code client}, its {@code i}-th. */
    interface Op {
        void run(ServiceHandle service, int client, int i);
    }

    private Load() {
    }

    static void run(String label, String address, int clients, int calls, Op op, Figures figures)
            throws Exception {
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> oneClient(address, client, calls, op, errors)));
        }
        long[] all = new long[clients * calls];
        for (int c = 0; c < clients; c++) {
            System.arraycopy(results.get(c).get(10, TimeUnit.MINUTES), 0, all, c * calls, calls);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double throughput = all.length / seconds;
        double p50 = Stats.percentile(all, 50);
        double p99 = Stats.percentile(all, 99);
        System.out.printf(Locale.ROOT, "%d clients x %d %s: %.0f ops/s, p50 %.1f us, p99 %.1f us, errors %d%n",
                clients, calls, label, throughput, p50, p99, errors.get());
        String key = label.startsWith("get") ? "load_get" : "load_add";
        figures.put(key + ".throughput", throughput);
        figures.put(key + ".p50_us", p50);
        figures.put(key + ".p99_us", p99);
        figures.put(key + ".errors", errors.get());
    }

    private static long[] oneClient(String address, int client, int calls, Op op, AtomicInteger errors) {
        long[] nanos = new long[calls];
        try (Client c = Client.create()) {
            ServiceHandle service = c.makeServiceHandle(address);
            for (int i = 0; i < calls; i++) {
                long t = System.nanoTime();
                try {
                    op.run(service, client, i);
                } catch (RuntimeException e) {
                    if (errors.getAndIncrement() == 0) {
                        System.out.println("first error: " + e);
                    }
                }
                nanos[i] = System.nanoTime() - t;
            }
        }
        return nanos;
    }
}
