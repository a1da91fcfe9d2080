package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.str;
import static bedrock.runtime.internal.jx9.StringLib.int32;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Building and reshaping strings as the engine does: ord chr bin2hex strrev str_repeat nl2br str_split
 * chunk_split str_pad strtr soundex utf8_encode utf8_decode. The engine works on bytes; we work on characters, which agree on
 * ASCII ({@code ord} answers the first UTF-8 byte, signed as the engine's C {@code char} is).
 */
final class StringEditLib {
    private StringEditLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("ord", (f, a, l) -> ord(a));
        t.put("chr", (f, a, l) -> a.length < 1 ? null : String.valueOf((char) (int32(a, 0) & 0xFF)));
        t.put("bin2hex", (f, a, l) -> a.length < 1 ? null : hex(str(a, 0).getBytes(StandardCharsets.ISO_8859_1)));
        t.put("strrev", (f, a, l) -> a.length < 1 || str(a, 0).isEmpty() ? null
                : new StringBuilder(str(a, 0)).reverse().toString());
        t.put("str_repeat", StringEditLib::repeat);
        t.put("nl2br", StringEditLib::nl2br);
        t.put("str_split", StringEditLib::split);
        t.put("chunk_split", StringEditLib::chunkSplit);
        t.put("str_pad", StringPad::pad);
        t.put("strtr", StringEditLib::strtr);
        t.put("soundex", (f, a, l) -> a.length < 1 ? "" : Soundex.of(str(a, 0)));
        // utf8_encode reads each byte as a Latin-1 character; utf8_decode keeps each code point's low byte.
        t.put("utf8_encode", (f, a, l) -> a.length < 1 || str(a, 0).isEmpty() ? null : utf8Encode(str(a, 0)));
        t.put("utf8_decode", (f, a, l) -> a.length < 1 || str(a, 0).isEmpty() ? null : utf8Decode(str(a, 0)));
    }

    private static Object ord(Object[] a) {
        String s = a.length < 1 ? "" : str(a, 0);
        if (s.isEmpty()) {
            return -1L;
        }
        return (long) (byte) s.charAt(0);     // the engine reads a signed char: ord('é') is -61
    }

    private static String utf8Encode(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            Bytes.appendUtf8(sb, s.charAt(i) & 0xFF);
        }
        return sb.toString();
    }

    private static String utf8Decode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        String text = Bytes.out(s);
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            if (cp == 0) {
                break;
            }
            sb.append((char) (cp & 0xFF));
        }
        return sb.toString();
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }

    private static Object repeat(Frame f, Object[] a, int line) {
        if (a.length < 2 || str(a, 0).isEmpty()) {
            return null;
        }
        String s = str(a, 0);
        long n = Math.max(0, int32(a, 1));
        Interp.checkLength(s.length() * n);
        f.in.charge(n);
        return s.repeat((int) n);
    }

    /** A run of line breaks gets one {@code <br/>} before it ({@code <br>} when the flag is true). */
    private static Object nl2br(Frame f, Object[] a, int line) {
        if (a.length < 1) {
            return "";
        }
        String s = str(a, 0);
        if (s.isEmpty()) {
            return null;
        }
        String br = a.length > 1 && Values.truthy(a[1]) ? "<br>" : "<br/>";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean nl = c == '\n' || c == '\r';
            if (nl && (i == 0 || (s.charAt(i - 1) != '\n' && s.charAt(i - 1) != '\r'))) {
                sb.append(br);
            }
            sb.append(c);
        }
        return Interp.checkLength(sb.toString());
    }

    private static Object split(Frame f, Object[] a, int line) {
        String s = a.length < 1 ? "" : str(a, 0);
        int n = a.length > 1 ? int32(a, 1) : 1;
        if (s.isEmpty() || n < 1) {
            return false;
        }
        Jx9Array r = new Jx9Array();
        f.in.charge(s.length() / n + 1);
        for (int i = 0; i < s.length(); i += n) {
            r.append(s.substring(i, Math.min(s.length(), i + n)));
        }
        return r;
    }

    /** chunk_split(s, 76, "\r\n"): only a string subject; every chunk, the last too, gets the end. */
    private static Object chunkSplit(Frame f, Object[] a, int line) {
        if (a.length < 1 || !(a[0] instanceof String s)) {
            return null;
        }
        int n = a.length > 1 ? int32(a, 1) : 76;
        n = n < 1 ? 76 : n;
        String end = a.length > 2 ? str(a, 2) : "\r\n";
        end = end.isEmpty() ? "\r\n" : end;
        StringBuilder sb = new StringBuilder();
        f.in.charge(s.length() / n + 1);
        for (int i = 0; i < s.length() || i == 0; i += n) {
            sb.append(s, i, Math.min(s.length(), i + n)).append(end);
            Interp.checkLength(sb.length());
        }
        return sb.toString();
    }

    /**
     * strtr(s, from, to) maps characters (the first match in {@code from}; those past the end of
     * {@code to} stay); strtr(s, array) replaces, for each string key in turn, its first occurrence only.
     */
    private static Object strtr(Frame f, Object[] a, int line) {
        if (a.length < 1) {
            return false;
        }
        String s = str(a, 0);
        if (s.isEmpty() || a.length < 2) {
            return s;
        }
        if (a.length == 2 && a[1] instanceof Jx9Array pairs) {
            f.in.charge(pairs.size());
            for (int i = 0; i < pairs.size(); i++) {
                if (pairs.keyAt(i) instanceof String from && !from.isEmpty()) {
                    int at = s.indexOf(from);
                    if (at >= 0) {
                        s = s.substring(0, at) + Values.toStr(pairs.valueAt(i)) + s.substring(at + from.length());
                    }
                }
            }
            return Interp.checkLength(s);
        }
        String from = a.length > 2 ? str(a, 1) : "";
        String to = a.length > 2 ? str(a, 2) : "";
        if (from.isEmpty() || to.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            int k = from.indexOf(s.charAt(i));
            sb.append(k >= 0 && k < to.length() ? to.charAt(k) : s.charAt(i));
        }
        return sb.toString();
    }
}
