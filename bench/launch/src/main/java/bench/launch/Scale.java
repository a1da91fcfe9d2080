package bench.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Start cost per provider: daemons started from specs with N {@code module_a} providers, timed to
 * the ready line beside the {@code {}} daemon of the same round; per-provider cost is
 * (ready(N) - ready({})) / N.
 */
final class Scale {

    private Scale() {
    }

    static void run(Distribution dist, Path dir, Path empty, int[] counts, int runs) throws Exception {
        Series base = new Series();
        Series[] ready = new Series[counts.length];
        for (int c = 0; c < counts.length; c++) {
            ready[c] = new Series();
        }
        Path[] specs = new Path[counts.length];
        for (int c = 0; c < counts.length; c++) {
            specs[c] = Files.writeString(dir.resolve("providers-" + counts[c] + ".json"), spec(dist, counts[c]));
        }
        for (int i = 0; i < runs; i++) {
            base.add(readyMillis(dist, empty));
            for (int c = 0; c < counts.length; c++) {
                ready[c].add(readyMillis(dist, specs[c]));
            }
        }
        System.out.printf(Locale.ROOT, "%-28s %10s %14s %12s%n", "providers (module_a)", "ready ms",
                "per provider", "vs smallest");
        System.out.printf(Locale.ROOT, "%-28s %10.1f%n", "0 ({})", base.median());
        double first = Double.NaN;
        for (int c = 0; c < counts.length; c++) {
            double per = (ready[c].median() - base.median()) / counts[c];
            first = c == 0 ? per : first;
            System.out.printf(Locale.ROOT, "%-28d %10.1f %11.3f ms %11.2fx%n", counts[c], ready[c].median(), per,
                    per / first);
        }
        System.out.println();
    }

    private static double readyMillis(Distribution dist, Path spec) throws Exception {
        try (Daemon daemon = Daemon.start(dist, spec, true, null)) {
            double millis = daemon.readyMillis();
            daemon.stop();
            return millis;
        }
    }

    /** One module library and {@code count} providers of it, ids 1..count. */
    static String spec(Distribution dist, int count) {
        StringBuilder out = new StringBuilder("{\"libraries\":{\"module_a\":\"")
                .append(dist.bin("..").resolve("modules/bedrock.module.a.jar").normalize()).append("\"},\"providers\":[");
        for (int i = 1; i <= count; i++) {
            out.append(i == 1 ? "" : ",").append("{\"name\":\"p").append(i)
                    .append("\",\"type\":\"module_a\",\"provider_id\":").append(i).append('}');
        }
        return out.append("]}").toString();
    }
}
