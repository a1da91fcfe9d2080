package bedrock.api.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lenient reads of JSON-like values: a value of the wrong type reads as empty. */
final class Shapes {

    private Shapes() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Object value) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object item : list(value)) {
            if (item instanceof Map<?, ?> m) {
                out.add((Map<String, Object>) m);
            }
        }
        return out;
    }

    /** Strings as they are, integral numbers without a fraction, null as "". */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return Long.toString(n.longValue());
        }
        return value.toString();
    }
}
