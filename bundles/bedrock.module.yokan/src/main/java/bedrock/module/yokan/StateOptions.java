package bedrock.module.yokan;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import java.util.Map;
import java.util.Set;

/**
 * The options of yokan's migrate, snapshot and restore: {@code {"mode": "replace" | "merge"}}.
 * {@code replace} (the default) makes the receiving database hold exactly the transferred pairs;
 * {@code merge} adds them over what it holds. Snapshot takes no option. Unknown keys are refused,
 * so that a misspelt option does not silently do the default.
 *
 * @param replace whether the receiving database is emptied first
 */
record StateOptions(boolean replace) {

    private static final Set<String> RECEIVING = Set.of("mode");

    /** The options of an operation that stores pairs (migrate, restore). */
    static StateOptions receiving(String operation, Map<String, Object> options) {
        check(operation, options, RECEIVING);
        Object mode = options == null ? null : options.get("mode");
        if (mode == null || "replace".equals(mode)) {
            return new StateOptions(true);
        }
        if ("merge".equals(mode)) {
            return new StateOptions(false);
        }
        throw new BedrockException("yokan " + operation + ": option \"mode\" is " + Json.write(mode)
                + " (expected \"replace\" or \"merge\")", "/options/mode");
    }

    /** Checks that a snapshot got no option. */
    static void none(String operation, Map<String, Object> options) {
        check(operation, options, Set.of());
    }

    private static void check(String operation, Map<String, Object> options, Set<String> known) {
        if (options == null) {
            return;
        }
        for (String key : options.keySet()) {
            if (!known.contains(key)) {
                throw new BedrockException("yokan " + operation + ": unknown option \"" + key + "\" (known: "
                        + (known.isEmpty() ? "none" : String.join(", ", known.stream().sorted().toList())) + ")",
                        "/options/" + key);
            }
        }
    }
}
