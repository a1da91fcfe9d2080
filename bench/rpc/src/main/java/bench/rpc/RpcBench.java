package bench.rpc;

import bench.common.Steady;
import bedrock.runtime.internal.rpc.Transport;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures, in one JVM and one run, a raw Netty ping-pong and Bedrock RPCs through a provider
 * handle on 127.0.0.1: median and p99 latency of sequential calls, and throughput with a fixed
 * number of calls in flight. Within a round the targets take turns in blocks of {@code --block}
 * calls (500), so machine noise hits every target alike; each figure is the median over rounds.
 *
 * <p>Options: {@code --transport epoll|nio}, {@code --rounds N}, {@code --warmup N},
 * {@code --calls N}, {@code --block N}, {@code --inflight N}, {@code --throughput-calls N},
 * {@code --payload BYTES}, {@code --pool xstream|executor}, {@code --variants ...} (see
 * {@link #targets}), {@code --detail true} (the p50 of every 2,000 calls of each round);
 * {@code --separate-jvm true} measures the raw ping-pong alone, its echo server in a child JVM
 * ({@link RawEchoServer}); {@code --figures true} also prints each figure as a line
 * {@code figure TARGET.p50|p99|throughput VALUE} for {@code bench/run}.
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
        int block = Integer.parseInt(options.getOrDefault("block", "500"));
        boolean detail = Boolean.parseBoolean(options.getOrDefault("detail", "false"));

        System.out.printf("RPC benchmark: %s transport, %d-byte payload, %d rounds of %d sequential calls "
                + "(after %d warm-up) and %d calls with %d in flight; %d cores, Java %s%n",
                transport, payload.length, rounds, calls, warmup, throughputCalls, inFlight,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        boolean separate = Boolean.parseBoolean(options.getOrDefault("separate-jvm", "false"));
        Process echo = separate ? forkEchoServer(transport) : null;
        List<Target> targets = separate
                ? List.of(new RawNettyTarget(transport, payload, new InetSocketAddress("127.0.0.1", port(echo))))
                : targets(options, transport, payload);
        Map<Target, Figures> figures = new LinkedHashMap<>();
        try {
            for (Target target : targets) {
                figures.put(target, new Figures());
                latency(target, warmup);
                if (separate) {
                    // As the getConfig harness it is compared with: until it is no longer getting faster.
                    Steady.warm(target.name(), () -> target.ping().join(), 2000, 20_000);
                }
                throughput(target, Math.max(warmup, throughputCalls / 4), inFlight);
            }
            for (int round = 1; round <= rounds; round++) {
                round(round, targets, figures, calls, block, detail);
                for (Target target : targets) {
                    figures.get(target).throughput.add(throughput(target, throughputCalls, inFlight));
                }
            }
        } finally {
            for (Target target : targets) {
                target.close();
            }
            if (echo != null) {
                echo.getOutputStream().close();
                if (!echo.waitFor(10, TimeUnit.SECONDS)) {
                    echo.destroyForcibly();
                }
            }
        }
        report(targets, figures);
        if (Boolean.parseBoolean(options.getOrDefault("figures", "false"))) {
            figures.forEach((target, f) -> {
                String key = target.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
                System.out.printf(Locale.ROOT, "figure %s.p50 %.3f%nfigure %s.p99 %.3f%nfigure %s.throughput %.1f%n",
                        key, Stats.median(f.p50), key, Stats.median(f.p99), key, Stats.median(f.throughput));
            });
        }
    }

    /**
     * Raw Netty, {@code rpc (pool)} on the {@code --pool} kind ({@code xstream}: the daemon's own),
     * {@code rpc (inline)}, then each of {@code --variants KIND[:CALL/RESPONSE],...}: more pools to
     * compare in the same run, with other waits (microseconds) when given, e.g. {@code xstream:0/0}.
     */
    private static List<Target> targets(Map<String, String> options, Transport transport, byte[] payload)
            throws Exception {
        List<Target> targets = new ArrayList<>();
        targets.add(new RawNettyTarget(transport, payload));
        targets.add(new RpcTarget(transport, options.getOrDefault("pool", "xstream"), "rpc (pool)", payload, null));
        targets.add(new RpcTarget(transport, "inline", "rpc (inline)", payload, null));
        for (String variant : options.getOrDefault("variants", "").split(",")) {
            if (!variant.isBlank()) {
                String[] parts = variant.trim().split(":", 2);
                targets.add(new RpcTarget(transport, parts[0], "rpc (" + variant.trim() + ")", payload,
                        parts.length > 1 ? parts[1] : null));
            }
        }
        return targets;
    }

    /** The echo server in a child JVM on our class path; it exits when its standard input closes. */
    private static Process forkEchoServer(Transport transport) throws IOException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RawEchoServer.class.getName(),
                transport.name()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static int port(Process echo) throws IOException {
        String line = new BufferedReader(new InputStreamReader(echo.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (line == null) {
            throw new IllegalStateException("the echo server JVM exited before printing its port");
        }
        return Integer.parseInt(line.trim());
    }

    /** One round of latency: every target's p50 and p99, printed on one line. */
    private static void round(int round, List<Target> targets, Map<Target, Figures> figures, int calls,
            int block, boolean detail) {
        Map<Target, long[]> samples = interleavedLatency(targets, calls, block);
        StringBuilder line = new StringBuilder("round " + round + ", p50 (us):");
        for (Target target : targets) {
            Figures f = figures.get(target);
            f.p50.add(Stats.percentileMicros(samples.get(target), 50));
            f.p99.add(Stats.percentileMicros(samples.get(target), 99));
            line.append(String.format(Locale.ROOT, " %s %.1f;", target.name(), f.p50.get(f.p50.size() - 1)));
            if (detail) {
                printDetail(target, samples.get(target));
            }
        }
        System.out.println(line);
    }

    /**
     * {@code calls} sequential calls per target, in blocks of {@code block} calls taking turns
     * (the first target of each turn rotates): the machine's load changes within a fraction of a
     * second on a shared machine, so every target must be sampled all through the round.
     */
    private static Map<Target, long[]> interleavedLatency(List<Target> targets, int calls, int block) {
        Map<Target, long[]> samples = new LinkedHashMap<>();
        for (Target target : targets) {
            samples.put(target, new long[calls]);
        }
        int n = targets.size();
        for (int done = 0, turn = 0; done < calls; done += block, turn++) {
            int count = Math.min(block, calls - done);
            for (int i = 0; i < n; i++) {
                Target target = targets.get((turn + i) % n);
                System.arraycopy(latency(target, count), 0, samples.get(target), done, count);
            }
        }
        return samples;
    }

    /** The p50 of each 2,000 calls in turn, and the spread: shows which mode each stretch ran in. */
    private static void printDetail(Target target, long[] samples) {
        StringBuilder b = new StringBuilder("  " + target.name() + " p50 per 2000:");
        for (int k = 0; k + 2000 <= samples.length; k += 2000) {
            b.append(String.format(Locale.ROOT, " %.1f",
                    Stats.percentileMicros(Arrays.copyOfRange(samples, k, k + 2000), 50)));
        }
        b.append(String.format(Locale.ROOT, " | p10 %.1f p25 %.1f p75 %.1f p90 %.1f",
                Stats.percentileMicros(samples, 10), Stats.percentileMicros(samples, 25),
                Stats.percentileMicros(samples, 75), Stats.percentileMicros(samples, 90)));
        System.out.println(b);
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
