package bench.providers;

import bedrock.api.server.Server;
import bedrock.api.server.ServerFactory;
import bedrock.api.server.SpecOptions;
import bedrock.launcher.BedrockHome;
import bedrock.launcher.EmbeddedFramework;
import bench.common.ProviderSpecs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cost of a provider at start: inside one running framework of the distribution's bundles (as in
 * a daemon), Bedrock services are started from specs loading {@code module_a} with N of its
 * providers, then closed, again and again; start(N) is the median time of
 * {@code ServerFactory.create} (spec parsed, module loaded, engine listening, N providers created,
 * completed), and the per-provider cost at N is (start(N) − start(0)) / N: for N up to 100 the
 * median of the differences of starts paired one by one, for larger N the difference of the
 * medians. A whole daemon's launch
 * (hundreds of ms of JVM and framework boot, with its noise) hides the cost of 10 providers; a
 * warm framework does not. Sizes are interleaved round by round.
 *
 * <p>Options: {@code --home DIST --sizes 10,1000,10000 --rounds 5 --repeat 20} (starts per round for
 * sizes up to 100; fewer for larger ones, at least one), {@code --figures}.
 */
public final class ProviderScaleBench {

    /** Sizes up to this one are measured start by start against the empty spec (see {@link #main}). */
    private static final int PAIRED = 100;

    private ProviderScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        // exec:java passes the pom's dist.dir as bench.dist; else relative to the repository root.
        String dist = System.getProperty("bench.dist", "bundles/bedrock.launcher/target/bedrock");
        Path home = Path.of(option(args, "--home", dist)).toAbsolutePath();
        int[] sizes = Arrays.stream(option(args, "--sizes", "10,1000,10000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.parseInt(option(args, "--rounds", "5"));
        int repeat = Integer.parseInt(option(args, "--repeat", "20"));
        String lib = home.resolve("modules/bedrock.module.a.jar").toString();
        Map<Integer, String> specs = new LinkedHashMap<>();
        specs.put(0, ProviderSpecs.moduleA(lib, 0));
        for (int n : sizes) {
            specs.put(n, ProviderSpecs.moduleA(lib, n));
        }
        Map<Integer, List<Double>> millis = new LinkedHashMap<>();
        Map<Integer, List<Double>> stops = new LinkedHashMap<>();
        Map<Integer, List<Double>> pairedStarts = new LinkedHashMap<>();
        Map<Integer, List<Double>> pairedStops = new LinkedHashMap<>();
        try (EmbeddedFramework framework = EmbeddedFramework.start(BedrockHome.bundles(home), Map.of())) {
            ServerFactory factory = framework.awaitService(ServerFactory.class, Duration.ofSeconds(30));
            for (int round = 0; round <= rounds; round++) {
                // Round 0 warms the JIT and the module's classes: not counted.
                // The small sizes run in turn with the empty spec, start by start: a few providers
                // cost a tenth of a millisecond in a start of about one, whose noise drifts with
                // the collector's and the compiler's work, so each start(N) is paired with the
                // start(0) just before it.
                for (int i = 0; i < repeat; i++) {
                    double[] empty = startOnce(factory, specs.get(0), 0);
                    if (round > 0) {
                        millis.computeIfAbsent(0, k -> new ArrayList<>()).add(empty[0]);
                        stops.computeIfAbsent(0, k -> new ArrayList<>()).add(empty[1]);
                    }
                    for (int n : sizes) {
                        if (n <= PAIRED) {
                            double[] ms = startOnce(factory, specs.get(n), n);
                            if (round > 0) {
                                millis.computeIfAbsent(n, k -> new ArrayList<>()).add(ms[0]);
                                stops.computeIfAbsent(n, k -> new ArrayList<>()).add(ms[1]);
                                pairedStarts.computeIfAbsent(n, k -> new ArrayList<>()).add(ms[0] - empty[0]);
                                pairedStops.computeIfAbsent(n, k -> new ArrayList<>()).add(ms[1] - empty[1]);
                            }
                        }
                    }
                }
                for (int n : sizes) {
                    if (n > PAIRED) {
                        for (int i = 0; i < Math.max(1, repeat * 100 / n); i++) {
                            double[] ms = startOnce(factory, specs.get(n), n);
                            if (round > 0) {
                                millis.computeIfAbsent(n, k -> new ArrayList<>()).add(ms[0]);
                                stops.computeIfAbsent(n, k -> new ArrayList<>()).add(ms[1]);
                            }
                        }
                    }
                }
                System.out.printf("round %d of %d done%n", round, rounds);
            }
        }
        boolean figures = Arrays.asList(args).contains("--figures");
        report("start", millis, pairedStarts, sizes, figures);
        report("stop", stops, pairedStops, sizes, figures);
    }

    /**
     * One start and close; checks that the service really has the providers; the milliseconds of
     * the start and of the close ({@code Server.close}: providers stopped and unpublished, engine
     * and pools stopped).
     */
    private static double[] startOnce(ServerFactory factory, String spec, int providers) {
        long start = System.nanoTime();
        Server server = factory.create("tcp", spec, SpecOptions.json());
        double ms = (System.nanoTime() - start) / 1e6;
        long stop;
        try {
            int count = ((List<?>) server.config().get("providers")).size();
            if (count != providers) {
                throw new IllegalStateException("started with " + count + " providers, expected " + providers);
            }
        } finally {
            stop = System.nanoTime();
            server.close();
        }
        return new double[] {ms, (System.nanoTime() - stop) / 1e6};
    }

    /** The table of one phase ("start" or "stop"): its median and its cost per provider at each size. */
    private static void report(String phase, Map<Integer, List<Double>> millis, Map<Integer, List<Double>> paired,
            int[] sizes, boolean figures) {
        double base = median(millis.get(0));
        double first = Double.NaN;
        System.out.printf(Locale.ROOT, "%n%-22s %8s %14s %18s %12s%n", "module_a providers", phase + "s",
                phase + " ms", "per provider us", "vs smallest");
        System.out.printf(Locale.ROOT, "%-22s %8d %14.2f%n", "0 (library only)", millis.get(0).size(), base);
        StringBuilder lines = new StringBuilder(String.format(Locale.ROOT, "figure %s.0.ms %.3f%n", phase, base));
        for (int n : sizes) {
            double median = median(millis.get(n));
            // Small sizes: the median of the paired differences; larger: the difference of the medians.
            double per = (n <= PAIRED ? median(paired.get(n)) : median - base) / n * 1000;
            first = Double.isNaN(first) ? per : first;
            // A cost per provider that is not positive at the smallest size gives no ratio.
            String ratio = first > 0 ? String.format(Locale.ROOT, "%.2fx", per / first) : "n/a";
            System.out.printf(Locale.ROOT, "%-22d %8d %14.2f %18.1f %12s%n", n, millis.get(n).size(), median,
                    per, ratio);
            String key = phase.equals("start") ? "per_provider" : "stop_per_provider";
            lines.append(String.format(Locale.ROOT, "figure %s.%d.ms %.3f%nfigure %s.%d.us %.3f%n",
                    phase, n, median, key, n, per));
        }
        if (figures) {
            System.out.print(lines);
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
