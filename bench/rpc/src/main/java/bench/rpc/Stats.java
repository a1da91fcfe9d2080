package bench.rpc;

import java.util.Arrays;
import java.util.List;

/** Percentiles of latency samples, and medians across rounds. Not thread-safe. */
final class Stats {

    private Stats() {
    }

    /** The given percentile (0..100) of samples in nanoseconds, in microseconds. */
    static double percentileMicros(long[] samplesNanos, double percentile) {
        long[] sorted = samplesNanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    /** The median of per-round figures. */
    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
