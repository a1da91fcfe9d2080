package bench.jx9query;

import bedrock.runtime.internal.jx9.Jx9CostProbe;
import bedrock.runtime.internal.server.Jx9Scripts;
import java.util.Locale;
import java.util.Map;

/**
 * Where one query's time goes. Each iteration times, back to back, the whole query and then each
 * step alone (copying {@code $__config__} into Jx9 values, converting the result to Java, encoding it
 * as JSON), so that all four see the same moment of a noisy machine; the interpreter's own share is
 * the rest. The steps are the ones {@code Jx9Script.execute} performs, reached through
 * {@link Jx9CostProbe}.
 */
final class Split {

    private static volatile Object sink;

    private Split() {
    }

    /** Medians in µs: total, copy, interp (the rest), toJava, encode. */
    static double[] measure(Jx9Scripts scripts, String script, Map<String, Object> config, int warmup, int calls) {
        Object jx9Result = Jx9CostProbe.toJx9(scripts.query(script, config, Map.of()).value());
        Samples total = new Samples(calls);
        Samples copy = new Samples(calls);
        Samples toJava = new Samples(calls);
        Samples encode = new Samples(calls);
        for (int i = -warmup; i < calls; i++) {
            long t0 = System.nanoTime();
            sink = scripts.query(script, config, Map.of());
            long t1 = System.nanoTime();
            sink = Jx9CostProbe.toJx9(config);
            long t2 = System.nanoTime();
            sink = Jx9CostProbe.toJavaValue(jx9Result);
            long t3 = System.nanoTime();
            sink = Jx9CostProbe.toJson(jx9Result);
            long t4 = System.nanoTime();
            if (i >= 0) {
                total.add(t1 - t0);
                copy.add(t2 - t1);
                toJava.add(t3 - t2);
                encode.add(t4 - t3);
            }
        }
        double t = total.medianMicros();
        double c = copy.medianMicros();
        double j = toJava.medianMicros();
        double e = encode.medianMicros();
        return new double[] {t, c, t - c - j - e, j, e};
    }

    static void printHeader() {
        System.out.printf(Locale.ROOT, "%-22s %8s %9s %9s %9s %9s %8s%n",
                "query", "total", "copy", "interp", "toJava", "encode", "copy %");
    }

    static void printRow(String label, double[] r) {
        System.out.printf(Locale.ROOT, "%-22s %8.1f %9.1f %9.1f %9.1f %9.1f %7.0f%%%n",
                label, r[0], r[1], r[2], r[3], r[4], 100 * r[1] / r[0]);
    }
}
