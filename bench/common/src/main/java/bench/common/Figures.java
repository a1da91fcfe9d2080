package bench.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a run as lines {@code figure KEY VALUE}, for {@code bench/run}; only when asked
 * for. Shared by the harnesses through this source folder (each pom adds it with build-helper).
 */
public final class Figures {

    private final boolean enabled;
    private final Map<String, Double> values = new LinkedHashMap<>();

    public Figures(boolean enabled) {
        this.enabled = enabled;
    }

    public void put(String key, double value) {
        values.put(key, value);
    }

    public void print() {
        if (enabled) {
            values.forEach((k, v) -> System.out.printf(Locale.ROOT, "figure %s %.3f%n", k, v));
        }
    }
}
