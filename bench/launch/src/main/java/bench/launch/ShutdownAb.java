package bench.launch;

import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code --shutdown-ab DIR}: {@code bin/bedrock-shutdown -a ADDR} of two distributions (each time
 * against a fresh {@code {}} daemon of its own) and the JVM hello world, alternated run by run,
 * so that a noisy moment of a shared machine hits all three alike; medians and ratios to the
 * hello world of the same runs.
 */
final class ShutdownAb {

    private ShutdownAb() {
    }

    /** Runs {@code runs} rounds (the first dropped) and prints one line per series. */
    static void run(Distribution tested, Distribution baseline, Path dir, int runs) throws Exception {
        Path empty = tested.emptySpec(dir);
        Series hello = new Series();
        Series before = new Series();
        Series after = new Series();
        for (int i = 0; i < runs; i++) {
            hello.add(Hello.wallMillis());
            before.add(Shutdown.wallMillis(baseline, empty));
            after.add(Shutdown.wallMillis(tested, empty));
        }
        System.out.printf(Locale.ROOT, "%-44s %9s %17s %9s%n", "figure (ms, wall), alternated", "median",
                "min-max", "x hello");
        print("JVM hello world (same flags)", hello, hello);
        print("bedrock-shutdown -a ADDR, " + baseline.bin("..").normalize(), before, hello);
        print("bedrock-shutdown -a ADDR, " + tested.bin("..").normalize(), after, hello);
    }

    private static void print(String label, Series series, Series hello) {
        System.out.printf(Locale.ROOT, "%-44s %9.1f %17s %9.2f%n", label, series.median(),
                String.format(Locale.ROOT, "%.1f-%.1f", series.min(), series.max()),
                series.median() / hello.median());
    }
}
