package bedrock.runtime.internal.server;

import bedrock.api.BedrockException;
import bedrock.api.server.SpecOptions;
import bedrock.runtime.internal.spec.DottedKeys;
import bedrock.runtime.internal.spec.IfConditions;
import bedrock.runtime.internal.spec.SpecText;
import bedrock.runtime.internal.spec.SpecProblem;
import bedrock.runtime.internal.spec.SpecValidator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns spec text into a validated spec: Jx9 scripts are run first, then dotted keys are expanded,
 * {@code __if__} conditions prune entries, and the whole result is validated before anything is
 * created.
 */
final class SpecReader {

    private final Scripts scripts;

    SpecReader(Scripts scripts) {
        this.scripts = scripts;
    }

    /** The validated spec of a whole service. */
    Object read(String text, SpecOptions options) {
        return read(text, options, new HashMap<>());
    }

    /**
     * The validated spec of a whole service, recording in {@code moved} the array elements that
     * {@code __if__} pruning moved, so that errors name the user's own indices (see
     * {@link IfConditions#originalPath}); validation errors already do.
     */
    Object read(String text, SpecOptions options, Map<String, String> moved) {
        Object spec = unvalidated(text, options, moved);
        List<SpecProblem> problems = SpecValidator.validate(spec);
        if (!problems.isEmpty()) {
            throw SpecValidator.exception(problems.stream()
                    .map(p -> new SpecProblem(IfConditions.originalPath(p.path(), moved), p.message())).toList());
        }
        return spec;
    }

    /**
     * The spec after Jx9, dotted keys and {@code __if__} pruning, not yet validated.
     *
     * @throws BedrockException if the text, the script or a condition fails
     */
    Object unvalidated(String text, SpecOptions options, Map<String, String> moved) {
        Object raw = options.jx9() ? scripts.runSpecScript(text, options.jx9Parameters()) : SpecText.parse(text);
        Object expanded = DottedKeys.expand(raw);
        return prepare(expanded, Map.of("__ssg__", predictedGroups(expanded)), moved);
    }

    /**
     * Expands and prunes one item (a whole spec or an entry added at run time). Conditions see
     * {@code $MPI_COMM_WORLD} (null on the JVM) and the extra globals (such as {@code $__ssg__}).
     */
    Object prepare(Object raw, Map<String, Object> globals) {
        return prepare(raw, globals, new HashMap<>());
    }

    private Object prepare(Object raw, Map<String, Object> globals, Map<String, String> moved) {
        Object expanded = DottedKeys.expand(raw);
        Map<String, Object> vars = new HashMap<>(globals);
        vars.putIfAbsent("MPI_COMM_WORLD", null);
        return IfConditions.filter(expanded, (expression, path) -> scripts.condition(expression, vars, path), moved);
    }

    /**
     * {@code $__ssg__} for the spec's own conditions: for each well-formed {@code ssg} entry, the
     * rank and size this daemon will have once the group is opened.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> predictedGroups(Object spec) {
        Map<String, Object> groups = new java.util.TreeMap<>();
        Object section = spec instanceof Map<?, ?> map ? map.get("ssg") : null;
        List<Object> entries = section instanceof List<?> list ? (List<Object>) list
                : section instanceof Map ? List.of(section) : List.of();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> m && m.get("name") instanceof String name) {
                groups.put(name, bedrock.runtime.internal.group.SsgGroup.predict((Map<String, Object>) m));
            }
        }
        return groups;
    }

    /** Parses the spec argument of a runtime change: JSON text, or already a JSON-like value. */
    static Object itemFrom(Object spec) {
        if (spec instanceof String text) {
            if (text.isBlank()) {
                return new java.util.LinkedHashMap<String, Object>();
            }
            try {
                return SpecText.parse(text);
            } catch (BedrockException e) {
                throw new BedrockException(e.getMessage().replace("Invalid JSON in spec", "Invalid JSON"), "", e);
            }
        }
        if (spec instanceof Map || spec == null) {
            return spec == null ? new java.util.LinkedHashMap<String, Object>() : spec;
        }
        try {
            var toMap = spec.getClass().getMethod("toMap");
            return toMap.invoke(spec);
        } catch (ReflectiveOperationException e) {
            throw new BedrockException("Unsupported spec argument of class " + spec.getClass().getName()
                    + " (expected a Map, JSON text, or a spec model object)");
        }
    }
}
