package bench.launch;

import bench.common.Figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Start with many providers: launch → ready of a daemon whose spec loads {@code module_a} and
 * declares N of its providers, against the same spec with none; the per-provider cost is
 * (ready(N) − ready(0)) / N, compared with that at the smallest N. Runs interleaved; medians
 * (no run dropped: the archive is trained by the main series before).
 */
final class Scale {

    private Scale() {
    }

    static void run(Distribution dist, Path dir, int[] counts, int runs, Figures figures) throws Exception {
        Map<Integer, Path> specs = new LinkedHashMap<>();
        specs.put(0, spec(dist, dir, 0));
        for (int n : counts) {
            specs.put(n, spec(dist, dir, n));
        }
        Map<Integer, Series> ready = new LinkedHashMap<>();
        for (int run = 0; run <= runs; run++) {
            for (Map.Entry<Integer, Path> e : specs.entrySet()) {
                try (Daemon daemon = Daemon.start(dist, e.getValue(), true, null)) {
                    ready.computeIfAbsent(e.getKey(), k -> new Series()).add(daemon.readyMillis());
                    daemon.stop();
                }
            }
        }
        double base = ready.get(0).median();
        double first = Double.NaN;
        System.out.printf(Locale.ROOT, "%-28s %12s %18s %12s%n", "module_a providers", "ready ms",
                "per provider us", "vs smallest");
        System.out.printf(Locale.ROOT, "%-28s %12.1f%n", "0 (library only)", base);
        figures.put("scale.0.ready_ms", base);
        for (int n : counts) {
            double median = ready.get(n).median();
            double per = (median - base) / n * 1000;
            first = Double.isNaN(first) ? per : first;
            // A first cost at or under zero (noise at a small N) is no baseline: no ratio then.
            String ratio = first > 0 && Double.isFinite(first) ? String.format(Locale.ROOT, "%11.2fx", per / first)
                    : String.format(Locale.ROOT, "%12s", "n/a");
            System.out.printf(Locale.ROOT, "%-28d %12.1f %18.1f %s%n", n, median, per, ratio);
            figures.put("scale." + n + ".ready_ms", median);
            figures.put("scale." + n + ".per_provider_us", per);
        }
    }

    private static Path spec(Distribution dist, Path dir, int providers) throws Exception {
        StringBuilder spec = new StringBuilder("{\"libraries\":{\"module_a\":\"")
                .append(dist.bin("../modules/bedrock.module.a.jar").normalize()).append("\"},\"providers\":[");
        for (int i = 1; i <= providers; i++) {
            spec.append(i > 1 ? "," : "").append("{\"name\":\"a").append(i)
                    .append("\",\"type\":\"module_a\",\"provider_id\":").append(i).append('}');
        }
        return Files.writeString(dir.resolve("providers-" + providers + ".json"), spec.append("]}"));
    }
}
