package bench.bedrockrpc;

import java.util.Arrays;
import java.util.List;

/** Sequential timing of a call, and the percentiles the reports quote (µs). */
final class Stats {

    private Stats() {
    }

    /** {@code calls} timed runs of {@code op}, each followed by an untimed {@code after} (or none); nanoseconds. */
    static long[] time(Runnable op, Runnable after, int calls) {
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            op.run();
            nanos[i] = System.nanoTime() - start;
            if (after != null) {
                after.run();
            }
        }
        return nanos;
    }

    /** The {@code p}-th percentile (nearest rank) of nanosecond samples, in µs; sorts them. */
    static double percentile(long[] nanos, double p) {
        Arrays.sort(nanos);
        int rank = (int) Math.ceil(p / 100 * nanos.length) - 1;
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank))] / 1000.0;
    }

    /** {@code value / base} as "1.23x", or "n/a" when the base is not positive (no ratio to give). */
    static String ratio(double value, double base) {
        return base > 0 ? String.format(java.util.Locale.ROOT, "%.2fx", value / base) : "n/a";
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
