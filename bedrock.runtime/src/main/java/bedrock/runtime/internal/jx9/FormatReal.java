package bedrock.runtime.internal.jx9;

/**
 * The engine's %f %e %g conversion (SQLite's printf algorithm in 80-bit long double): half a unit
 * of the last place is added, the value is scaled to one leading digit, and at most 16 significant
 * digits are produced (the rest print as 0). %g removes trailing zeros unless '#' is given.
 */
final class FormatReal {
    private static final int MAX_PRECISION = 1024 - 40;

    private FormatReal() {
    }

    static String render(Format.Spec s, double d) {
        int precision = s.precision < 0 ? 6 : Math.min(s.precision, MAX_PRECISION);
        String prefix = d < 0 ? "-" : s.plus ? "+" : s.blank ? " " : "";
        if (Double.isNaN(d)) {
            return zeroPad(s, prefix + "NaN", prefix);
        }
        char type = Character.toLowerCase(s.conv);
        if (type == 'g' && precision > 0) {
            precision--;
        }
        double rounder = 0.5;
        for (int k = precision; k > 0; k--) {
            rounder *= 0.1;
        }
        Scaled x = new Scaled(LongDouble.of(Math.abs(d)));
        if (type == 'f') {
            x.v = x.v.add(LongDouble.of(rounder));
        }
        if (!x.normalize()) {
            return "NaN";
        }
        if (type != 'f') {
            x.roundFirst(rounder);
        }
        boolean asExp = type == 'e' || (type == 'g' && (x.exp < -4 || x.exp > precision));
        if (type == 'g' && !asExp) {
            precision -= x.exp;
        }
        boolean trim = type == 'g' && !s.alt;
        Digits g = new Digits(x.v);
        StringBuilder b = new StringBuilder(prefix);
        if (!asExp && x.exp + precision < 1024 - 30) {
            fixed(b, g, x.exp, precision, s.alt, trim);
        } else {
            exponent(b, g, x.exp, precision, s, trim, type == 'e');
        }
        return zeroPad(s, b.toString(), prefix);
    }

    /** A value scaled to one digit before the point, with its decimal exponent. */
    private static final class Scaled {
        LongDouble v;
        int exp;

        Scaled(LongDouble v) {
            this.v = v;
        }

        /** Scales into [1, 10) as the engine does; false when the exponent leaves +-350 (printed "NaN"). */
        boolean normalize() {
            if (v.isZero()) {
                return true;
            }
            while (v.compareTo(1e8) >= 0 && exp <= 350) {
                v = v.times(1e-8);
                exp += 8;
            }
            while (v.compareTo(10.0) >= 0 && exp <= 350) {
                v = v.times(0.1);
                exp++;
            }
            while (v.compareTo(1e-8) < 0 && exp >= -350) {
                v = v.times(1e8);
                exp -= 8;
            }
            while (v.compareTo(1.0) < 0 && exp >= -350) {
                v = v.times(10.0);
                exp--;
            }
            return exp <= 350 && exp >= -350;
        }

        /** %e and %g round after scaling, which may carry into a new leading digit. */
        void roundFirst(double rounder) {
            v = v.add(LongDouble.of(rounder));
            if (v.compareTo(10.0) >= 0) {
                v = v.times(0.1);
                exp++;
            }
        }
    }

    private static void fixed(StringBuilder b, Digits g, int exp, int precision, boolean alt, boolean trim) {
        boolean dp = precision > 0 || alt;
        if (exp < 0) {
            b.append('0');
        } else {
            for (; exp >= 0; exp--) {
                b.append(g.next());
            }
        }
        if (dp) {
            b.append('.');
        }
        for (exp++; exp < 0 && precision > 0; precision--, exp++) {
            b.append('0');
        }
        while (precision-- > 0) {
            b.append(g.next());
        }
        if (trim && dp) {
            trimZeros(b);
        }
    }

    private static void exponent(StringBuilder b, Digits g, int exp, int precision, Format.Spec s,
            boolean trim, boolean forceExp) {
        boolean dp = precision > 0 || s.alt;
        b.append(g.next());
        if (dp) {
            b.append('.');
        }
        while (precision-- > 0) {
            b.append(g.next());
        }
        if (trim && dp) {
            trimZeros(b);
        }
        if (exp != 0 || forceExp) {
            b.append(Character.isUpperCase(s.conv) ? 'E' : 'e');
            b.append(exp < 0 ? '-' : '+');
            exp = Math.abs(exp);
            if (exp >= 100) {
                b.append((char) ('0' + exp / 100));
                exp %= 100;
            }
            b.append((char) ('0' + exp / 10)).append((char) ('0' + exp % 10));
        }
    }

    private static void trimZeros(StringBuilder b) {
        int n = b.length();
        while (n > 0 && b.charAt(n - 1) == '0') {
            n--;
        }
        if (n > 0 && b.charAt(n - 1) == '.') {
            n--;
        }
        b.setLength(n);
    }

    /** With the 0 flag and no '-', zeros go between the sign and the digits, up to the width. */
    private static String zeroPad(Format.Spec s, String body, String prefix) {
        if (!s.zero || s.left || body.length() >= s.width) {
            return body;
        }
        return prefix + "0".repeat(s.width - body.length()) + body.substring(prefix.length());
    }

    /** The engine's digit generator: 16 significant digits, then zeros. */
    private static final class Digits {
        private LongDouble v;
        private int count;

        Digits(LongDouble v) {
            this.v = v;
        }

        char next() {
            if (count++ >= 16) {
                return '0';
            }
            int digit = v.intPart();
            v = v.nextAfterDigit(digit);
            return (char) ('0' + digit);
        }
    }
}
