package bedrock.runtime.internal.jx9;

import static bedrock.runtime.internal.jx9.Builtins.str;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Digests and encodings over the UTF-8 bytes of a string: md5 sha1 crc32, base64_encode/decode
 * (also registered, as in the engine, as convert_uuencode/uudecode) and urlencode/decode (raw
 * variants alike). Decoded bytes are read back as UTF-8. The engine answers "" (digests), 0 (crc32)
 * or false (encodings) for an empty string.
 */
final class HashLib {
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private HashLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("md5", (f, a, l) -> digest("MD5", a));
        t.put("sha1", (f, a, l) -> digest("SHA-1", a));
        t.put("crc32", (f, a, l) -> {
            CRC32 crc = new CRC32();
            crc.update(bytes(a));
            return a.length < 1 || str(a, 0).isEmpty() ? 0L : crc.getValue();
        });
        t.put("base64_encode", (f, a, l) -> empty(a) ? Boolean.FALSE : base64(bytes(a)));
        t.put("base64_decode", (f, a, l) -> empty(a) ? Boolean.FALSE : unbase64(str(a, 0)));
        t.put("convert_uuencode", t.get("base64_encode"));
        t.put("convert_uudecode", t.get("base64_decode"));
        t.put("urlencode", (f, a, l) -> empty(a) ? Boolean.FALSE : urlencode(bytes(a)));
        t.put("rawurlencode", t.get("urlencode"));
        t.put("urldecode", (f, a, l) -> empty(a) ? Boolean.FALSE : urldecode(str(a, 0)));
        t.put("rawurldecode", t.get("urldecode"));
    }

    private static boolean empty(Object[] a) {
        return a.length < 1 || str(a, 0).isEmpty();
    }

    private static byte[] bytes(Object[] a) {
        return str(a, 0).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Lower-case hex; with a boolean true second argument, the raw digest bytes (as Latin-1 characters). */
    private static Object digest(String algorithm, Object[] a) {
        if (empty(a)) {
            return "";
        }
        byte[] d;
        try {
            d = MessageDigest.getInstance(algorithm).digest(bytes(a));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
        if (a.length > 1 && a[1] instanceof Boolean raw && raw) {
            return new String(d, StandardCharsets.ISO_8859_1);
        }
        return StringEditLib.hex(d);
    }

    private static String base64(byte[] in) {
        StringBuilder sb = new StringBuilder((in.length + 2) / 3 * 4);
        for (int i = 0; i < in.length; i += 3) {
            int b0 = in[i] & 0xFF;
            int b1 = i + 1 < in.length ? in[i + 1] & 0xFF : 0;
            int b2 = i + 2 < in.length ? in[i + 2] & 0xFF : 0;
            sb.append(B64.charAt(b0 >> 2)).append(B64.charAt(((b0 & 3) << 4) | (b1 >> 4)));
            sb.append(i + 1 < in.length ? B64.charAt(((b1 & 0xF) << 2) | (b2 >> 6)) : '=');
            sb.append(i + 2 < in.length ? B64.charAt(b2 & 0x3F) : '=');
        }
        return sb.toString();
    }

    /** Lenient, as the engine: trailing '=' dropped, unknown characters read as 0, a lone last one ignored. */
    private static String unbase64(String s) {
        int n = s.length();
        while (n > 0 && s.charAt(n - 1) == '=') {
            n--;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n * 3 / 4 + 1);
        int i = 0;
        for (; i + 3 < n; i += 4) {
            int bits = (v(s, i) << 18) | (v(s, i + 1) << 12) | (v(s, i + 2) << 6) | v(s, i + 3);
            out.write(bits >> 16);
            out.write(bits >> 8);
            out.write(bits);
        }
        if (i + 2 < n) {
            int bits = (v(s, i) << 18) | (v(s, i + 1) << 12) | (v(s, i + 2) << 6);
            out.write(bits >> 16);
            out.write(bits >> 8);
        } else if (i + 1 < n) {
            out.write(((v(s, i) << 18) | (v(s, i + 1) << 12)) >> 16);
        }
        return new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
    }

    private static int v(String s, int i) {
        int k = B64.indexOf(s.charAt(i) & 0x7F);
        return k < 0 ? 0 : k;
    }

    /** Letters, digits and {@code _ - $ .} stay; a space becomes '+'; every other byte %XX. */
    private static String urlencode(byte[] in) {
        StringBuilder sb = new StringBuilder(in.length * 3);
        for (byte b : in) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '-' || c == '$' || c == '.') {
                sb.append((char) c);
            } else if (c == ' ') {
                sb.append('+');
            } else {
                sb.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 0xF));
            }
        }
        return sb.toString();
    }

    /** '+' is a space, %XX a byte (bad digits read as 0); the engine stops at a '%' without two characters after it. */
    private static String urldecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                if (i + 2 >= s.length()) {
                    break;
                }
                out.write((hexDigit(s.charAt(i + 1)) << 4) | hexDigit(s.charAt(i + 2)));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
    }

    private static int hexDigit(char c) {
        int d = Character.digit(c, 16);
        return c < 128 && d >= 0 ? d : 0;
    }
}
