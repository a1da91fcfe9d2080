package bedrock.runtime.internal.jx9;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Not a test: prints the time of a typical configuration query (provider names over 100 providers).
 * Run with {@code java -cp target/classes:target/test-classes:<jackson> bedrock.runtime.internal.jx9.Jx9Benchmark}.
 */
public final class Jx9Benchmark {
    private Jx9Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Object> providers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", "provider_" + i);
            p.put("type", "module_" + (i % 5));
            p.put("provider_id", i);
            p.put("pool", "__primary__");
            p.put("config", Map.of("x", i, "tags", List.of("a", "b")));
            providers.add(p);
        }
        Map<String, Object> config = Map.of("providers", providers,
                "margo", Map.of("argobots", Map.of("pools", List.of(Map.of("name", "__primary__")))));
        Map<String, Object> globals = new LinkedHashMap<>();
        globals.put("__config__", config);
        globals.put("MPI_COMM_WORLD", null);
        time("query", Jx9Script.compile(
                "$r = []; foreach ($__config__.providers as $p) { $r[] = $p.name; } return $r;"), globals);
        time("globals only", Jx9Script.compile("return 1;"), globals);
    }

    private static void time(String label, Jx9Script s, Map<String, Object> globals) {
        Jx9Limits limits = Jx9Limits.defaults();
        int n = 100_000;
        System.out.println(label + ":");
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            int total = 0;
            for (int i = 0; i < n; i++) {
                total += s.execute(globals, limits).json().length();
            }
            long t1 = System.nanoTime();
            System.out.printf("round %d: %.2f us per execute (incl. globals conversion and JSON), check %d%n",
                    round, (t1 - t0) / 1000.0 / n, total);
        }
    }
}
