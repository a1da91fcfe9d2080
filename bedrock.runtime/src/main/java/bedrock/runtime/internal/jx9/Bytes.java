package bedrock.runtime.internal.jx9;

import java.nio.charset.StandardCharsets;

/**
 * Jx9 strings are byte strings, as in the engine: inside the interpreter every string holds one
 * char per UTF-8 byte (0-255), so {@code strlen}, {@code substr}, {@code ord}, {@code str_pad}...
 * count and cut bytes. Text is converted at the edges only: the script source and the injected
 * values on the way in, results, output and messages on the way out (a byte sequence that is not
 * UTF-8, such as half a character cut by {@code substr}, comes out as U+FFFD).
 */
final class Bytes {
    private Bytes() {
    }

    /** Java text to a byte string. */
    static String in(String s) {
        return ascii(s) ? s : new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** A byte string back to Java text. */
    static String out(String s) {
        return ascii(s) ? s : new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Appends the UTF-8 bytes of one code point. */
    static void appendUtf8(StringBuilder sb, int cp) {
        if (cp < 0x80) {
            sb.append((char) cp);
        } else if (cp < 0x800) {
            sb.append((char) (0xC0 | cp >> 6)).append((char) (0x80 | cp & 0x3F));
        } else if (cp < 0x10000) {
            sb.append((char) (0xE0 | cp >> 12)).append((char) (0x80 | cp >> 6 & 0x3F))
                    .append((char) (0x80 | cp & 0x3F));
        } else {
            sb.append((char) (0xF0 | cp >> 18)).append((char) (0x80 | cp >> 12 & 0x3F))
                    .append((char) (0x80 | cp >> 6 & 0x3F)).append((char) (0x80 | cp & 0x3F));
        }
    }
}
