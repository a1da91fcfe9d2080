package bench.rpc;

import bedrock.runtime.internal.rpc.Transport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures, in one JVM and one run, a raw Netty ping-pong and Bedrock RPCs through a provider
 * handle on 127.0.0.1: median and p99 latency of sequential calls, and throughput with a fixed
 * number of calls in flight. Rounds are interleaved so machine noise hits every target alike;
 * each figure is the median over rounds.
 *
 * <p>Options: {@code --transport epoll|nio}, {@code --rounds N}, {@code --warmup N},
 * {@code --calls N}, {@code --inflight N}, {@code --throughput-calls N}, {@code --payload BYTES}.
 */
public final class RpcBench {

    private static final class Figures {
        final List<Double> p50 = new ArrayList<>();
        final List<Double> p99 = new ArrayList<>();
        final List<Double> throughput = new ArrayList<>();
    }

    private RpcBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Transport transport = options.containsKey("transport")
                ? Transport.valueOf(options.get("transport").toUpperCase()) : Transport.best();
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10000"));
        int calls = Integer.parseInt(options.getOrDefault("calls", "20000"));
        int inFlight = Integer.parseInt(options.getOrDefault("inflight", "32"));
        int throughputCalls = Integer.parseInt(options.getOrDefault("throughput-calls", "200000"));
        byte[] payload = new byte[Integer.parseInt(options.getOrDefault("payload", "64"))];

        System.out.printf("RPC benchmark: %s transport, %d-byte payload, %d rounds of %d sequential calls "
                + "(after %d warm-up) and %d calls with %d in flight; %d cores, Java %s%n",
                transport, payload.length, rounds, calls, warmup, throughputCalls, inFlight,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        List<Target> targets = List.of(new RawNettyTarget(transport, payload),
                new RpcTarget(transport, false, payload), new RpcTarget(transport, true, payload));
        Map<Target, Figures> figures = new LinkedHashMap<>();
        try {
            for (Target target : targets) {
                figures.put(target, new Figures());
                latency(target, warmup);
                throughput(target, Math.max(warmup, throughputCalls / 4), inFlight);
            }
            for (int round = 1; round <= rounds; round++) {
                for (Target target : targets) {
                    long[] samples = latency(target, calls);
                    Figures f = figures.get(target);
                    f.p50.add(Stats.percentileMicros(samples, 50));
                    f.p99.add(Stats.percentileMicros(samples, 99));
                    f.throughput.add(throughput(target, throughputCalls, inFlight));
                }
                System.out.printf("round %d done%n", round);
            }
        } finally {
            for (Target target : targets) {
                target.close();
            }
        }
        report(targets, figures);
    }

    /** Sequential calls; returns each call's latency in nanoseconds. */
    private static long[] latency(Target target, int calls) {
        long[] samples = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            if (target instanceof RpcTarget) {
                ((RpcTarget) target).call(); // the blocking ProviderHandle.call path
            } else {
                target.ping().join();
            }
            samples[i] = System.nanoTime() - start;
        }
        return samples;
    }

    /** {@code total} calls, keeping {@code inFlight} outstanding; returns calls per second. */
    private static double throughput(Target target, int total, int inFlight) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(total);
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        for (int i = 0; i < inFlight; i++) {
            issue(target, issued, total, done, errors);
        }
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException(target.name() + ": throughput run did not finish");
        }
        long elapsed = System.nanoTime() - start;
        if (errors.get() > 0) {
            throw new IllegalStateException(target.name() + ": " + errors.get() + " calls failed");
        }
        return total / (elapsed / 1e9);
    }

    private static void issue(Target target, AtomicLong issued, int total, CountDownLatch done,
            AtomicLong errors) {
        if (issued.incrementAndGet() > total) {
            return;
        }
        target.ping().whenComplete((result, error) -> {
            if (error != null) {
                errors.incrementAndGet();
            }
            done.countDown();
            issue(target, issued, total, done, errors);
        });
    }

    private static void report(List<Target> targets, Map<Target, Figures> figures) {
        Figures raw = figures.get(targets.get(0));
        StringBuilder header = new StringBuilder(String.format("%n%-30s", "median of rounds"));
        for (Target target : targets) {
            header.append(String.format(" %14s", target.name()));
            if (target != targets.get(0)) {
                header.append(String.format(" %8s", "ratio"));
            }
        }
        header.append(String.format(" %18s", "spike (ref.)"));
        System.out.println(header);
        row(targets, figures, "p50 latency (us)", f -> Stats.median(f.p50), Stats.median(raw.p50),
                false, "42 (epoll)");
        row(targets, figures, "p99 latency (us)", f -> Stats.median(f.p99), Stats.median(raw.p99),
                false, "152 (epoll)");
        row(targets, figures, "throughput, in flight (calls/s)", f -> Stats.median(f.throughput),
                Stats.median(raw.throughput), true, "143k (epoll)");
        System.out.println("ratio = rpc / raw for latency, raw / rpc for throughput "
                + "(1.00 = as fast as raw Netty; target <= 1.20 for rpc (pool))");
    }

    private static void row(List<Target> targets, Map<Target, Figures> figures, String label,
            java.util.function.ToDoubleFunction<Figures> value, double baseline, boolean higherIsBetter,
            String reference) {
        StringBuilder line = new StringBuilder(String.format("%-30s", label));
        for (Target target : targets) {
            double v = value.applyAsDouble(figures.get(target));
            line.append(String.format(higherIsBetter ? " %14.0f" : " %14.1f", v));
            if (target != targets.get(0)) {
                line.append(String.format(" %8.2f", higherIsBetter ? baseline / v : v / baseline));
            }
        }
        line.append(String.format(" %18s", reference));
        System.out.println(line);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
