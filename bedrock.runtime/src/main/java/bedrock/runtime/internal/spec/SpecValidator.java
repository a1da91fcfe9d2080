package bedrock.runtime.internal.spec;

import bedrock.api.BedrockException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a whole spec (the seeds' format: {@code margo}, {@code bedrock}, {@code abt_io},
 * {@code ssg}, {@code libraries}, {@code clients}, {@code providers}) before anything is created,
 * reporting every problem, each with its JSON Pointer.
 *
 * <p>Unknown top-level keys (e.g. {@code mona}) are ignored. A section set to {@code null} counts as
 * absent. Pool references outside {@code margo} (name or index) are resolved against the final
 * pool list, implicit pools included; when the {@code margo} section itself has problems they are
 * only checked for their shape, so that one bad pool is reported once. Checks that need the
 * module registry (library found, provider/client type known, dependencies resolvable) are left to
 * the runtime.
 */
public final class SpecValidator {

    private SpecValidator() {
    }

    /** Returns all problems of {@code spec}; an empty list means valid. */
    public static List<SpecProblem> validate(Object spec) {
        List<SpecProblem> out = new ArrayList<>();
        Map<String, Object> root = Json.asObject(spec);
        if (root == null) {
            out.add(new SpecProblem("", "The spec should be a JSON object, got "
                    + Json.quote(spec)));
            return out;
        }
        List<String> pools = MargoValidator.validate(root.get("margo"), "/margo", out);
        int bedrockId = bedrock(root.get("bedrock"), pools, out);
        abtIo(root.get("abt_io"), pools, out);
        ssg(root.get("ssg"), pools, out);
        libraries(root.get("libraries"), out);
        clients(root.get("clients"), out);
        providers(root.get("providers"), pools, bedrockId, out);
        return out;
    }

    /**
     * Validates {@code spec} and throws if it has problems.
     *
     * @throws BedrockException listing every problem, with the first problem's path
     */
    public static void check(Object spec) {
        List<SpecProblem> problems = validate(spec);
        if (problems.isEmpty()) {
            return;
        }
        throw exception(problems);
    }

    /** The exception reporting {@code problems} (not empty) of a whole spec. */
    public static BedrockException exception(List<SpecProblem> problems) {
        return exception("spec", problems);
    }

    /** The exception reporting {@code problems} (not empty) of a spec or of one entry ({@code what}: "pool", ...). */
    public static BedrockException exception(String what, List<SpecProblem> problems) {
        StringBuilder message = new StringBuilder("Invalid " + what + ": ");
        if (problems.size() == 1) {
            // The path travels with the exception; the message need not repeat it.
            message.append(problems.get(0).message());
        } else {
            message.append(problems.size()).append(" problems:");
            problems.forEach(p -> message.append("\n  ").append(p));
        }
        return new BedrockException(message.toString(), problems.get(0).path());
    }

    private static int bedrock(Object section, List<String> pools, List<SpecProblem> out) {
        if (section == null) {
            return 0;
        }
        Fields f = Fields.of(section, "/bedrock", "\"bedrock\" section", "an object", out);
        if (f == null) {
            return 0;
        }
        f.poolRef("pool", pools);
        Long id = f.integer("provider_id", 0, 65535);
        f.number("dependency_resolution_timeout", 0);
        return id == null ? 0 : id.intValue();
    }

    private static void abtIo(Object section, List<String> pools, List<SpecProblem> out) {
        List<Object> items = sectionArray(section, "abt_io", out);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            out.addAll(ItemValidator.abtIo(items.get(i), "/abt_io/" + i, pools, names));
            ItemValidator.remember(items.get(i), names);
        }
    }

    private static void ssg(Object section, List<String> pools, List<SpecProblem> out) {
        if (section == null) {
            return;
        }
        if (section instanceof Map) {
            out.addAll(ItemValidator.ssg(section, "/ssg", pools, Set.of()));
            return;
        }
        List<Object> items = Json.asArray(section);
        if (items == null) {
            out.add(new SpecProblem("/ssg", "\"ssg\" field must be an object or an array, got "
                    + Json.quote(section)));
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            out.addAll(ItemValidator.ssg(items.get(i), "/ssg/" + i, pools, names));
            ItemValidator.remember(items.get(i), names);
        }
    }

    private static void libraries(Object section, List<SpecProblem> out) {
        if (section == null) {
            return;
        }
        Map<String, Object> byModule = Json.asObject(section);
        if (byModule != null) {
            for (Map.Entry<String, Object> e : byModule.entrySet()) {
                String path = Json.child("/libraries", e.getKey());
                Object location = e.getValue();
                if (e.getKey().isEmpty()) {
                    out.add(new SpecProblem(path, "Module library names should not be empty"));
                } else if (location != null && !(location instanceof String)) {
                    out.add(new SpecProblem(path, "Module library for " + e.getKey()
                            + " should be a string or null, got " + Json.quote(location)));
                } else if ("".equals(location)) {
                    out.add(new SpecProblem(path, "Module library for " + e.getKey()
                            + " should be a non-empty location, or null when a bundle already "
                            + "provides the module, got \"\""));
                }
            }
            return;
        }
        List<Object> locations = Json.asArray(section);
        if (locations == null) {
            out.add(new SpecProblem("/libraries", "\"libraries\" field should be an object or an "
                    + "array, got " + Json.quote(section)));
            return;
        }
        for (int i = 0; i < locations.size(); i++) {
            Object location = locations.get(i);
            if (!(location instanceof String s) || s.isEmpty()) {
                out.add(new SpecProblem("/libraries/" + i, "Module library should be a non-empty "
                        + "string (a bundle location), got " + Json.quote(location)
                        + " at index " + i));
            }
        }
    }

    private static void clients(Object section, List<SpecProblem> out) {
        List<Object> items = sectionArray(section, "clients", out);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            out.addAll(ItemValidator.client(items.get(i), "/clients/" + i, names));
            ItemValidator.remember(items.get(i), names);
        }
    }

    private static void providers(Object section, List<String> pools, int bedrockId,
            List<SpecProblem> out) {
        List<Object> items = sectionArray(section, "providers", out);
        Set<String> names = new HashSet<>();
        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            out.addAll(ItemValidator.provider(item, "/providers/" + i, pools, names, ids,
                    bedrockId));
            ItemValidator.remember(item, names);
            Map<String, Object> provider = Json.asObject(item);
            if (provider != null && Json.isInteger(provider.get("provider_id"))) {
                ids.add((int) Json.longValue(provider.get("provider_id")));
            }
        }
    }

    private static List<Object> sectionArray(Object section, String key, List<SpecProblem> out) {
        if (section == null) {
            return List.of();
        }
        List<Object> items = Json.asArray(section);
        if (items == null) {
            out.add(new SpecProblem("/" + key, Json.quote(key) + " field in configuration should be"
                    + " an array, got " + Json.quote(section)));
            return List.of();
        }
        return items;
    }
}
