package bench.launch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The milliseconds of one measured series; the first run (cold caches, CDS training) is dropped. */
final class Series {

    private final List<Double> millis = new ArrayList<>();
    private boolean discarded;

    void add(double value) {
        if (!discarded) {
            discarded = true;
            return;
        }
        millis.add(value);
    }

    int size() {
        return millis.size();
    }

    double median() {
        return quantile(0.5);
    }

    double min() {
        return quantile(0);
    }

    double max() {
        return quantile(1);
    }

    private double quantile(double q) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (q == 0.5 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }
}
