package bench.jx9query;

import java.util.Arrays;

/** Per-call latencies of one measured series, in nanoseconds. */
final class Samples {

    private final long[] nanos;
    private int count;

    Samples(int capacity) {
        nanos = new long[capacity];
    }

    void add(long value) {
        nanos[count++] = value;
    }

    /** The value at quantile {@code q} (0..1), nearest rank. */
    double quantileMicros(double q) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.max(0, Math.ceil(q * count) - 1));
        return sorted[index] / 1_000.0;
    }

    double medianMicros() {
        return quantileMicros(0.5);
    }

    double p99Micros() {
        return quantileMicros(0.99);
    }
}
