package bench.common;

import java.util.Arrays;

/**
 * A warm-up that lasts until the code under test is compiled: blocks of calls, timed one by one,
 * until {@link #CALM} blocks in a row bring no new best median (better by more than
 * {@link #TOLERANCE}), or the time bound is spent. Two blocks that merely agree are not enough:
 * the interpreted or C1 code is a plateau of its own before C2's code arrives. A fixed count of calls is not enough on a slow or busy machine, where the JIT's compiler
 * threads share the cores with the calls: a round measured too early then reports the
 * interpreter's figure (e.g. 272, 179 then 71 us for three rounds of getConfig after 10,000
 * calls, 2026-12-07).
 */
public final class Steady {

    /** How much better than the best so far a block's median must be to count as progress (5%). */
    public static final double TOLERANCE = 0.05;

    /** How many blocks in a row without progress end the warm-up. */
    public static final int CALM = 3;

    /** One call of the code under test. */
    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    private Steady() {
    }

    /** Times {@code nanos.length} calls one by one into {@code nanos}, sorted, in nanoseconds. */
    public static long[] timeSorted(Call call, long[] nanos) throws Exception {
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /**
     * Warms up: blocks of {@code block} calls until {@link #CALM} in a row bring no progress, at most
     * {@code maxMillis} milliseconds; prints one line with the blocks' medians.
     *
     * @return the median of the last block, in microseconds
     */
    public static double warm(String name, Call call, int block, long maxMillis) throws Exception {
        long deadline = System.nanoTime() + maxMillis * 1_000_000L;
        long[] nanos = new long[block];
        StringBuilder line = new StringBuilder("warm-up of " + name + ", block medians (us):");
        double best = Double.POSITIVE_INFINITY;
        int calm = 0;
        while (true) {
            timeSorted(call, nanos);
            double median = nanos[block / 2] / 1000.0;
            line.append(String.format(" %.1f", median));
            if (median < best * (1 - TOLERANCE)) {
                calm = 0;
            } else {
                calm++;
            }
            best = Math.min(best, median);
            boolean steady = calm >= CALM;
            if (steady || System.nanoTime() > deadline) {
                System.out.println(line.append(steady ? " (steady)" : " (time bound reached)"));
                return median;
            }
        }
    }
}
