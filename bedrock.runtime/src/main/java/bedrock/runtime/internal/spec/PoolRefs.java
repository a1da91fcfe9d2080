package bedrock.runtime.internal.spec;

import java.util.List;

/**
 * Resolves references to pools, given as a name or as an index into the ordered list of pools.
 */
final class PoolRefs {

    static final String EXPECTED = "a pool name or a pool index (integer >= 0)";

    private PoolRefs() {
    }

    /** True if {@code ref} has the shape of a pool reference. */
    static boolean isRef(Object ref) {
        return ref instanceof String || (Json.isInteger(ref) && Json.longValue(ref) >= 0);
    }

    /** The name {@code ref} designates in {@code poolNames}, or {@code null} if none. */
    static String resolve(Object ref, List<String> poolNames) {
        if (ref instanceof String name) {
            return poolNames.contains(name) ? name : null;
        }
        if (Json.isInteger(ref)) {
            long index = Json.longValue(ref);
            return index >= 0 && index < poolNames.size() ? poolNames.get((int) index) : null;
        }
        return null;
    }

    /**
     * Checks a reference and records a problem if it is malformed or (when {@code poolNames} is not
     * null) designates no pool. Returns the resolved name, or {@code null}.
     */
    static String check(Object ref, String path, String label, List<String> poolNames,
            List<SpecProblem> out) {
        if (!isRef(ref)) {
            out.add(new SpecProblem(path, label + ": pool reference should be " + EXPECTED
                    + ", got " + Json.quote(ref)));
            return null;
        }
        if (poolNames == null) {
            return null;
        }
        String name = resolve(ref, poolNames);
        if (name == null) {
            out.add(new SpecProblem(path, label + ": " + notFound(ref, poolNames)));
        }
        return name;
    }

    /** Upstream's wording ("Could not find pool ..."), plus the pools that do exist. */
    static String notFound(Object ref, List<String> poolNames) {
        String known = poolNames.isEmpty() ? "there are no pools"
                : "known pools, by index: " + describe(poolNames);
        if (ref instanceof String) {
            return "Could not find pool " + Json.quote(ref) + " (" + known + ")";
        }
        return "Could not find pool at index " + ref + " (" + known + ")";
    }

    private static String describe(List<String> poolNames) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < poolNames.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(i).append(' ').append(Json.quote(poolNames.get(i)));
        }
        return text.toString();
    }
}
