package bench.jx9query;

import bedrock.runtime.internal.server.Jx9Scripts;
import java.util.Map;

/**
 * Runs one query in a loop for a while, for a profiler to attach to (e.g. JFR:
 * {@code java -XX:StartFlightRecording=filename=q.jfr,settings=profile ...}).
 *
 * <p>Arguments: the query's label prefix from {@link Jx9QueryBench#QUERIES} (default {@code (a)}),
 * then seconds (default 20).
 */
public final class ProfileLoop {

    private static volatile Object sink;

    private ProfileLoop() {
    }

    public static void main(String[] args) {
        String prefix = args.length > 0 ? args[0] : "(a)";
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 20;
        String script = Jx9QueryBench.QUERIES.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new IllegalArgumentException(prefix));
        Map<String, Object> config = ConfigFixture.withProviders(100);
        Jx9Scripts scripts = new Jx9Scripts();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long calls = 0;
        while (System.nanoTime() < end) {
            sink = scripts.query(script, config, Map.of());
            calls++;
        }
        System.out.printf("%d calls, %.1f µs each%n", calls, seconds * 1e6 / calls);
    }
}
