package bedrock.runtime.internal.jx9;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions between Jx9 values, JSON text and the JSON-like Java values of the public API. */
final class Json {
    private Json() {
    }

    /** Compact JSON text of a Jx9 value; reals use {@code %.15g}, non-finite reals become null. */
    static String encode(Object v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, 0);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v, int depth) {
        if (v instanceof String s) {
            quote(sb, s);
        } else if (v instanceof Double d) {
            sb.append(Double.isFinite(d) ? Values.formatDouble(d) : "null");
        } else if (v instanceof Jx9Array a) {
            if (depth > Values.MAX_NESTING) {
                sb.append("null");
            } else if (a.isObject()) {
                writeObject(sb, a, depth);
            } else {
                writeList(sb, a, depth);
            }
        } else if (v instanceof Jx9Function f) {
            quote(sb, f.name());
        } else {
            sb.append(v == null ? "null" : v.toString());
        }
    }

    private static void writeObject(StringBuilder sb, Jx9Array a, int depth) {
        sb.append('{');
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            quote(sb, a.keyAt(i).toString());
            sb.append(':');
            write(sb, a.valueAt(i), depth + 1);
        }
        sb.append('}');
    }

    private static void writeList(StringBuilder sb, Jx9Array a, int depth) {
        sb.append('[');
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            write(sb, a.valueAt(i), depth + 1);
        }
        sb.append(']');
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Converts an injected Java value; map keys are sorted bytewise, as Bedrock hands them over. */
    static Object fromJava(Object v, int depth) {
        if (v instanceof String s) {
            return Bytes.in(s);
        }
        if (v == null || v instanceof Boolean || v instanceof Long || v instanceof Double) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : (Object) b.doubleValue();
        }
        if (v instanceof BigDecimal b) {
            return b.doubleValue();
        }
        if (depth > Values.MAX_NESTING) {
            return null;
        }
        if (v instanceof Map<?, ?> m) {
            return mapFromJava(m, depth);
        }
        if (v instanceof Iterable<?> it) {
            Jx9Array a = new Jx9Array();
            for (Object e : it) {
                a.append(fromJava(e, depth + 1));
            }
            return a;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        return v.toString();
    }

    @SuppressWarnings("unchecked")
    private static Jx9Array mapFromJava(Map<?, ?> m, int depth) {
        Map.Entry<Object, Object>[] entries = m.entrySet().toArray(new Map.Entry[0]);
        String[] names = new String[entries.length];
        boolean sorted = true;
        for (int i = 0; i < entries.length; i++) {
            names[i] = Bytes.in(String.valueOf(entries[i].getKey()));
            sorted &= i == 0 || Values.compareBytes(names[i - 1], names[i]) <= 0;
        }
        Jx9Array a = new Jx9Array(entries.length);
        a.objectLiteral = true;
        if (sorted) {
            for (int i = 0; i < entries.length; i++) {
                a.put(Jx9Array.normKey(names[i]), fromJava(entries[i].getValue(), depth + 1));
            }
            return a;
        }
        Integer[] order = new Integer[entries.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Values.compareBytes(names[x], names[y]));
        for (Integer i : order) {
            a.put(Jx9Array.normKey(names[i]), fromJava(entries[i].getValue(), depth + 1));
        }
        return a;
    }

    /** Converts a Jx9 value to the public JSON-like Java form (objects keep insertion order). */
    static Object toJava(Object v, int depth) {
        if (v instanceof Jx9Array a) {
            if (depth > Values.MAX_NESTING) {
                return null;
            }
            if (a.isObject()) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < a.size(); i++) {
                    m.put(Bytes.out(a.keyAt(i).toString()), toJava(a.valueAt(i), depth + 1));
                }
                return m;
            }
            List<Object> l = new ArrayList<>(a.size());
            for (int i = 0; i < a.size(); i++) {
                l.add(toJava(a.valueAt(i), depth + 1));
            }
            return l;
        }
        if (v instanceof Jx9Function f) {
            return Bytes.out(f.name());
        }
        if (v instanceof String s) {
            return Bytes.out(s);
        }
        if (v instanceof Double d) {
            // Same precision as the JSON text, so value() and json() always agree.
            return Double.isFinite(d) ? (Object) Double.parseDouble(Values.formatDouble(d)) : null;
        }
        return v;
    }
}
