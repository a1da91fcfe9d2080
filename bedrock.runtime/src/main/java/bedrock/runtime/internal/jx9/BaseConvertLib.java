package bedrock.runtime.internal.jx9;

import java.util.Map;

/**
 * Number bases: {@code dechex decoct decbin} (the engine prints the value as an unsigned 32-bit
 * integer, so -1 is {@code ffffffff}), {@code hexdec octdec bindec} (strings read leniently, other
 * values taken as integers) and {@code base_convert}, which knows only bases 2, 8, 10 and 16: any other
 * base reads or prints decimal.
 */
final class BaseConvertLib {
    private BaseConvertLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("dechex", (f, a, l) -> a.length < 1 ? null : Long.toHexString(uint32(a[0])));
        t.put("decoct", (f, a, l) -> a.length < 1 ? null : Long.toOctalString(uint32(a[0])));
        t.put("decbin", (f, a, l) -> a.length < 1 ? null : Long.toBinaryString(uint32(a[0])));
        t.put("hexdec", (f, a, l) -> a.length < 1 ? (Object) (-1L)
                : a[0] instanceof String s ? parse(skipToHex(s), 16) : (Object) Values.toLong(a[0]));
        t.put("octdec", (f, a, l) -> a.length < 1 ? (Object) (-1L)
                : a[0] instanceof String s ? parse(s, 8) : (Object) Values.toLong(a[0]));
        t.put("bindec", (f, a, l) -> a.length < 1 ? (Object) (-1L)
                : a[0] instanceof String s ? parse(s, 2) : (Object) Values.toLong(a[0]));
        t.put("base_convert", BaseConvertLib::baseConvert);
    }

    private static long uint32(Object v) {
        return Integer.toUnsignedLong((int) Values.toLong(v));
    }

    /** hexdec() starts reading at the first hexadecimal digit, skipping everything before it. */
    private static String skipToHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
                return s.substring(i);
            }
        }
        return "";
    }

    private static Object baseConvert(Frame f, Object[] a, int line) {
        if (a.length < 3) {
            return "";
        }
        int from = (int) Values.toLong(a[1]);
        int to = (int) Values.toLong(a[2]);
        long n;
        if (a[0] instanceof String s) {
            if (s.isEmpty()) {
                return "";
            }
            n = parse(s, from == 16 || from == 8 || from == 2 ? from : 10);
        } else {
            n = Values.toLong(a[0]);
        }
        if (to == 10 || (to != 16 && to != 8 && to != 2)) {
            return Long.toString(n);
        }
        // The engine prints the magnitude of a negative number (and the largest one for the minimum).
        long m = n == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(n);
        return to == 16 ? Long.toHexString(m) : to == 8 ? Long.toOctalString(m) : Long.toBinaryString(m);
    }

    /**
     * The engine's lenient reading in a base: blanks, a sign, a {@code 0x}/{@code 0b} prefix and
     * leading zeros skipped; digits read up to the first that does not belong (at most 16 hexadecimal,
     * 21 octal, 63 binary or 19 decimal digits); nothing readable gives 0.
     */
    static long parse(String s, int base) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            neg = s.charAt(i++) == '-';
        }
        char prefix = base == 16 ? 'x' : base == 2 ? 'b' : 0;
        if (prefix != 0 && i < n - 2 && s.charAt(i) == '0' && Character.toLowerCase(s.charAt(i + 1)) == prefix) {
            i += 2;
        }
        while (i < n && s.charAt(i) == '0') {
            i++;
        }
        int max = base == 16 ? 16 : base == 8 ? 21 : base == 2 ? 63 : decimalDigits(s, i, neg);
        long v = 0;
        for (int start = i; i < n && i - start < max; i++) {
            int d = s.charAt(i) < 128 ? Character.digit(s.charAt(i), base) : -1;
            if (d < 0) {
                break;
            }
            v = v * base + d;
        }
        return neg ? -v : v;
    }

    /** 19 decimal digits when they do not exceed the 64-bit limit, else 18 (so no overflow). */
    private static int decimalDigits(String s, int i, boolean neg) {
        if (s.length() - i < 19) {
            return 19;
        }
        String limit = neg ? "9223372036854775808" : "9223372036854775807";
        return s.substring(i, i + 19).compareTo(limit) <= 0 ? 19 : 18;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
