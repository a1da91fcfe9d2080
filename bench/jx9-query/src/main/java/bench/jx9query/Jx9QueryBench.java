package bench.jx9query;

import bedrock.api.json.Json;
import bedrock.api.server.QueryResult;
import bedrock.runtime.internal.server.Jx9Scripts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Jx9 configuration queries ({@code bedrock_query_config}) through {@link Jx9Scripts#query}, as
 * the daemon runs them, on a completed configuration with 100 providers; beside the cost of
 * writing the same configuration as JSON with Jackson (what {@code bedrock_get_config} does).
 * Then splits each query into its steps ({@link Split}): copying {@code $__config__} into Jx9
 * values, the interpreter itself, and converting the result back (Java value and JSON text).
 *
 * <p>Options: {@code --providers 100 --calls 20000 --warmup 20000 --rounds 5}; {@code --no-split}
 * skips the split; {@code --figures} also prints each figure as a line {@code figure KEY VALUE} (µs;
 * keys {@code json_write.median}, {@code a.p99}, ...) for {@code bench/run}.
 */
public final class Jx9QueryBench {

    /** The queries measured, by label; (b) and (c) are the loops clients typically write. */
    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("(a) margo.argobots", "return $__config__.margo.argobots;");
        QUERIES.put("(b) provider names", """
                $names = [];
                foreach ($__config__.providers as $p) { array_push($names, $p.name); }
                return $names;""");
        QUERIES.put("(c) count per type", """
                $counts = {};
                foreach ($__config__.providers as $p) { $k = $p.type; $counts[$k] += 1; }
                return $counts;""");
        QUERIES.put("(d) whole config", "return $__config__;");
    }

    private static volatile Object sink;

    private Jx9QueryBench() {
    }

    public static void main(String[] args) {
        int providers = intOption(args, "--providers", 100);
        int calls = intOption(args, "--calls", 20_000);
        int warmup = intOption(args, "--warmup", 20_000);
        int rounds = intOption(args, "--rounds", 5);

        Map<String, Object> config = ConfigFixture.withProviders(providers);
        Jx9Scripts scripts = new Jx9Scripts();
        Map<String, Supplier<Object>> workloads = new LinkedHashMap<>();
        workloads.put("JSON write (get_config)", () -> Json.write(config));
        QUERIES.forEach((label, script) -> workloads.put(label, () -> scripts.query(script, config, Map.of())));
        checkQueries(scripts, config);

        System.out.printf(Locale.ROOT, "completed config: %d providers, %d bytes of JSON; %s%n",
                providers, Json.write(config).length(), Runtime.version());
        System.out.printf(Locale.ROOT, "%d warm-up + %d rounds of %d calls per workload, interleaved%n%n",
                warmup, rounds, calls);
        Map<String, double[]> results = measure(workloads, warmup, calls, rounds);
        printTable(results);
        if (Arrays.asList(args).contains("--figures")) {
            printFigures(results);
        }
        if (Arrays.asList(args).contains("--no-split")) {
            return;
        }

        System.out.println();
        System.out.println("Where a query's time goes (medians of paired timings, µs; interp = total - the steps):");
        Split.printHeader();
        QUERIES.forEach((label, script) -> Split.printRow(label, Split.measure(scripts, script, config, warmup, calls)));
    }

    /** Fails early if a query misbehaves: a warning would also be logged on every call. */
    private static void checkQueries(Jx9Scripts scripts, Map<String, Object> config) {
        QUERIES.forEach((label, script) -> {
            QueryResult result = scripts.query(script, config, Map.of());
            if (!result.warnings().isEmpty() || result.value() == null) {
                throw new IllegalStateException(label + ": " + result.warnings() + " -> " + result.json());
            }
        });
    }

    /** Per workload: median over rounds of {round median, round p99}, in µs. */
    private static Map<String, double[]> measure(Map<String, Supplier<Object>> workloads, int warmup,
            int calls, int rounds) {
        workloads.values().forEach(w -> {
            for (int i = 0; i < warmup; i++) {
                sink = w.get();
            }
        });
        Map<String, List<double[]>> perRound = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            // Interleaved, so a noisy moment of the shared machine hits every workload alike.
            workloads.forEach((label, w) -> {
                Samples samples = new Samples(calls);
                for (int i = 0; i < calls; i++) {
                    long start = System.nanoTime();
                    sink = w.get();
                    samples.add(System.nanoTime() - start);
                }
                perRound.computeIfAbsent(label, k -> new ArrayList<>())
                        .add(new double[] {samples.medianMicros(), samples.p99Micros()});
            });
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        perRound.forEach((label, list) -> out.put(label, new double[] {
            median(list.stream().mapToDouble(a -> a[0]).toArray()),
            median(list.stream().mapToDouble(a -> a[1]).toArray())}));
        return out;
    }

    private static void printTable(Map<String, double[]> results) {
        double json = results.get("JSON write (get_config)")[0];
        System.out.printf(Locale.ROOT, "%-26s %12s %12s %14s%n", "workload", "median µs", "p99 µs", "× JSON write");
        results.forEach((label, r) -> System.out.printf(Locale.ROOT, "%-26s %12.1f %12.1f %13.2f×%n",
                label, r[0], r[1], r[0] / json));
    }

    /** Machine-readable lines: the key is the label's first word ("(b)" gives "b"), or json_write. */
    private static void printFigures(Map<String, double[]> results) {
        results.forEach((label, r) -> {
            String key = label.startsWith("(") ? label.substring(1, label.indexOf(')')) : "json_write";
            System.out.printf(Locale.ROOT, "figure %s.median %.3f%nfigure %s.p99 %.3f%n", key, r[0], key, r[1]);
        });
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
