package bedrock.runtime.internal.spec;

import bedrock.api.BedrockException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prunes objects carrying an {@code "__if__"} condition that does not hold.
 *
 * <p>A condition is {@code true}/{@code false} or a string given to the {@link ConditionEvaluator}.
 * An array element whose condition fails disappears from its array. Two deliberate differences from
 * upstream: an object <em>member</em> whose condition fails is removed (upstream sets it to
 * {@code null}, which then fails validation or reaches modules as a null), and the {@code __if__}
 * key is removed from surviving objects (upstream keeps it, so modules would see it in their
 * config). A top-level object whose condition fails leaves an empty spec {@code {}}.
 *
 * <p>Conditions are evaluated top-down: the condition of an object is tested before its members, so
 * nothing inside a pruned object is evaluated. Paths passed to the evaluator and in errors are those
 * of the input (indices before any element was removed).
 */
public final class IfConditions {

    /** The member that holds a condition. */
    public static final String KEY = "__if__";

    private IfConditions() {
    }

    /**
     * Returns a pruned copy of {@code spec}; the input is not modified.
     *
     * @throws BedrockException if a condition is neither a string nor a boolean, with the path of
     *     the {@code __if__} member
     */
    public static Object filter(Object spec, ConditionEvaluator eval) {
        return filter(spec, eval, new LinkedHashMap<>());
    }

    /**
     * Like {@link #filter(Object, ConditionEvaluator)}, also recording in {@code moved} the array
     * elements that pruning moved: their JSON Pointer in the result to their pointer in the input,
     * so that errors found in the result can name what the user wrote (see {@link #originalPath}).
     */
    public static Object filter(Object spec, ConditionEvaluator eval, Map<String, String> moved) {
        if (!keep(spec, "", eval)) {
            return new LinkedHashMap<String, Object>();
        }
        return prune(spec, "", "", eval, moved);
    }

    /** The input's pointer for a pointer into the pruned result, given what {@link #filter} recorded. */
    public static String originalPath(String path, Map<String, String> moved) {
        if (path == null || moved.isEmpty()) {
            return path;
        }
        String prefix = path;
        while (!prefix.isEmpty()) {
            String original = moved.get(prefix);
            if (original != null) {
                return original + path.substring(prefix.length());
            }
            prefix = prefix.substring(0, prefix.lastIndexOf('/'));
        }
        return path;
    }

    private static boolean keep(Object value, String path, ConditionEvaluator eval) {
        Map<String, Object> object = Json.asObject(value);
        if (object == null || !object.containsKey(KEY)) {
            return true;
        }
        Object condition = object.get(KEY);
        String conditionPath = Json.child(path, KEY);
        if (condition instanceof Boolean b) {
            return b;
        } else if (condition instanceof String s) {
            return eval.test(s, conditionPath);
        }
        throw new BedrockException("\"__if__\" condition should be a string or a boolean, got "
                + Json.quote(condition), conditionPath);
    }

    private static Object prune(Object value, String path, String prunedPath, ConditionEvaluator eval,
            Map<String, String> moved) {
        if (value instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : Json.asObject(value).entrySet()) {
                if (e.getKey().equals(KEY)) {
                    continue;
                }
                String memberPath = Json.child(path, e.getKey());
                if (keep(e.getValue(), memberPath, eval)) {
                    out.put(e.getKey(), prune(e.getValue(), memberPath, Json.child(prunedPath, e.getKey()), eval, moved));
                }
            }
            return out;
        } else if (value instanceof List) {
            List<Object> in = Json.asArray(value);
            List<Object> out = new ArrayList<>(in.size());
            for (int i = 0; i < in.size(); i++) {
                String elementPath = Json.child(path, i);
                if (keep(in.get(i), elementPath, eval)) {
                    String prunedElement = Json.child(prunedPath, out.size());
                    if (!prunedElement.equals(elementPath)) {
                        moved.put(prunedElement, elementPath);
                    }
                    out.add(prune(in.get(i), elementPath, prunedElement, eval, moved));
                }
            }
            return out;
        }
        return Json.copy(value);
    }
}
