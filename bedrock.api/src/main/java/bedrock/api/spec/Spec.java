package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Common behaviour of all spec classes: JSON conversion, validation and value equality.
 *
 * <p>Subclasses define {@link #toMap()}; everything else derives from it. Two specs are
 * {@linkplain #equals(Object) equal} when they have the same class and equal {@code toMap()}
 * forms, so {@code X.fromJson(x.toJson()).equals(x)} holds for every spec {@code x}. Specs are
 * mutable and not thread-safe: do not keep them in hash-based collections while changing them,
 * and do not share one between threads without synchronisation.
 *
 * <p>Example: {@code new PoolSpec("p1").toJson()} gives
 * {@code {"access":"mpmc","kind":"fifo_wait","name":"p1"}}.
 */
public abstract sealed class Spec permits ProcSpec, MargoSpec, MercurySpec, ArgobotsSpec, PoolSpec,
        XstreamSpec, SchedulerSpec, BedrockSpec, AbtIoSpec, SsgSpec, SwimSpec, ComponentSpec {

    Spec() {
    }

    /**
     * Returns this spec as a JSON-like map with sorted keys (a fresh copy each time; changing
     * it does not change the spec). Pool references appear as pool names.
     *
     * @return a new {@link java.util.LinkedHashMap}, never {@code null}
     */
    public abstract Map<String, Object> toMap();

    /**
     * Returns this spec as compact JSON text, e.g. {@code {"access":"mpmc","kind":"fifo","name":"p"}}.
     *
     * @return the JSON text of {@link #toMap()}
     */
    public String toJson() {
        return toJson(false);
    }

    /**
     * Returns this spec as JSON text.
     *
     * @param pretty {@code true} for indented multi-line output, {@code false} for compact output
     * @return the JSON text of {@link #toMap()}
     */
    public String toJson(boolean pretty) {
        return Json.write(toMap(), pretty);
    }

    /**
     * Lists every problem this spec has, in document order; each carries a JSON Pointer
     * relative to this spec (for a {@link ProcSpec}, relative to the document root, e.g.
     * {@code /margo/argobots/pools/0/name}).
     *
     * @return an unmodifiable list, empty when the spec is valid
     */
    public List<BedrockException> problems() {
        List<BedrockException> out = new ArrayList<>();
        collect(out, "");
        return Collections.unmodifiableList(out);
    }

    /**
     * Checks this spec.
     *
     * @throws BedrockException the first of {@link #problems()}, when there is one
     */
    public void validate() {
        List<BedrockException> all = problems();
        if (!all.isEmpty()) {
            throw all.get(0);
        }
    }

    /** Adds this spec's problems to {@code out}, with paths under {@code path}. */
    abstract void collect(List<BedrockException> out, String path);

    /**
     * Value equality: same class and equal {@link #toMap()} forms.
     *
     * @param other any object, may be {@code null}
     * @return whether {@code other} is a spec of the same class with the same JSON form
     */
    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && toMap().equals(((Spec) other).toMap());
    }

    /**
     * Hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of {@link #toMap()}
     */
    @Override
    public int hashCode() {
        return toMap().hashCode();
    }

    /**
     * Returns the compact JSON text of this spec, as {@link #toJson()} does.
     *
     * @return the JSON text
     */
    @Override
    public String toString() {
        return toJson();
    }
}
