package bedrock.runtime.internal.jx9;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one execution. Run-time errors do not fail a script (as in Jx9): they are listed in
 * {@link #warnings()} and the faulty expression yielded null. When a limit stopped the script,
 * {@link #limitHit()} names it and {@link #value()} is null.
 */
public final class Jx9Result {
    private final Object value;
    private final String json;
    private final String output;
    private final List<Jx9Diagnostic> warnings;
    private final String limitHit;

    Jx9Result(Object value, String json, String output, List<Jx9Diagnostic> warnings, String limitHit) {
        this.value = value;
        this.json = json;
        this.output = output;
        this.warnings = List.copyOf(warnings);
        this.limitHit = limitHit;
    }

    /**
     * The returned value as JSON-like Java data: null, Boolean, Long, Double, String,
     * {@code List<Object>} or {@code Map<String, Object>} (a LinkedHashMap in insertion order).
     * Null when the script returned nothing, exited, or was stopped by a limit.
     */
    public Object value() {
        return value;
    }

    /**
     * The value as compact JSON text. Unlike Bedrock's C++ engine, strings are quoted JSON strings and
     * an empty object stays {@code {}}; reals are written like C's {@code %.15g}.
     */
    public String json() {
        return json;
    }

    /** Everything print/printf (and die's message) produced. */
    public String output() {
        return output;
    }

    /** Run-time warnings and errors, with line numbers. */
    public List<Jx9Diagnostic> warnings() {
        return warnings;
    }

    /** Which bound stopped the script, e.g. "step limit of 10000000 exceeded"; empty if none. */
    public Optional<String> limitHit() {
        return Optional.ofNullable(limitHit);
    }

    @Override
    public String toString() {
        return "Jx9Result[" + json + (limitHit == null ? "" : ", limit: " + limitHit) + "]";
    }
}
