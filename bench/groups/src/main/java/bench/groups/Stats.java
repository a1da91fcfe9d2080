package bench.groups;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A series of figures: median, min and max. */
final class Stats {

    private final List<Double> values = new ArrayList<>();

    void add(double v) {
        values.add(v);
    }

    int count() {
        return values.size();
    }

    double median() {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** "median (min–max, n=N)" with that many decimals. */
    String describe(int decimals) {
        String f = "%." + decimals + "f";
        return String.format(f + " (" + f + "–" + f + ", n=%d)", median(), min(), max(), count());
    }
}
