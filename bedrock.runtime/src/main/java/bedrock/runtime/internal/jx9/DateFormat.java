package bedrock.runtime.internal.jx9;

import java.util.Locale;

/**
 * The engine's {@code date()} and {@code strftime()} formatting, quirks included: {@code e} and
 * {@code %Z} are always "GMT" and {@code O P Z} "+0000" (the engine never fills in the zone),
 * {@code U} and {@code %s} print the current time whatever the timestamp, {@code %d} prints the
 * month and {@code %j} the day of the year from 0, {@code g h %I %l} give 1 for both midnight and noon.
 */
final class DateFormat {
    private DateFormat() {
    }

    static String date(String f, Tm t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            switch (c) {
                case 'd' -> sb.append(two(t.mday()));
                case 'D' -> sb.append(Tm.DAYS[t.wday()], 0, 3);
                case 'j' -> sb.append(t.mday());
                case 'l' -> sb.append(Tm.DAYS[t.wday()]);
                case 'N' -> sb.append(Tm.ISO_DAY[t.wday()]);
                case 'w' -> sb.append(t.wday());
                case 'z' -> sb.append(t.yday());
                case 'F' -> sb.append(Tm.MONTHS[t.mon()]);
                case 'm' -> sb.append(two(t.mon() + 1));
                case 'M' -> sb.append(Tm.MONTHS[t.mon()], 0, 3);
                case 'n' -> sb.append(t.mon() + 1);
                case 't' -> sb.append(t.monthDays());
                case 'L' -> sb.append(t.leap() ? 1 : 0);
                case 'o', 'Y' -> sb.append(String.format(Locale.ROOT, "%4d", t.year()));
                case 'y' -> sb.append(two(t.year() % 100));
                case 'a' -> sb.append(t.pm() ? "pm" : "am");
                case 'A' -> sb.append(t.pm() ? "PM" : "AM");
                case 'g' -> sb.append(t.hour12());
                case 'G' -> sb.append(t.hour());
                case 'h' -> sb.append(two(t.hour12()));
                case 'H' -> sb.append(two(t.hour()));
                case 'i' -> sb.append(two(t.min()));
                case 's' -> sb.append(two(t.sec()));
                case 'u' -> sb.append(t.sec() * 1_000_000L);
                case 'S' -> sb.append(suffix(t.mday()));
                case 'e' -> sb.append("GMT");
                case 'I' -> sb.append(t.isdst() ? 1 : 0);
                case 'r' -> sb.append(String.format(Locale.ROOT, "%.3s, %02d %.3s %4d %02d:%02d:%02d", Tm.DAYS[t.wday()],
                        t.mday(), Tm.MONTHS[t.mon()], t.year(), t.hour(), t.min(), t.sec()));
                case 'U' -> sb.append(Tm.now());
                case 'O', 'P', 'Z' -> sb.append("+0000");
                case 'c' -> sb.append(String.format(Locale.ROOT, "%4d-%02d-%02dT%02d:%02d:%02d+0000", t.year(), t.mon() + 1,
                        t.mday(), t.hour(), t.min(), t.sec()));
                case '\\' -> {
                    if (++i < f.length()) {
                        sb.append(f.charAt(i));
                    }
                }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** strftime: unknown conversions print nothing; a lone trailing {@code %} is dropped. */
    static String strftime(String f, Tm t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '%') {
                sb.append(c);
            } else if (++i < f.length()) {
                sb.append(conversion(f.charAt(i), t));
            }
        }
        return sb.toString();
    }

    private static String conversion(char c, Tm t) {
        return switch (c) {
            case '%' -> "%";
            case 't' -> "\t";
            case 'n' -> "\n";
            case 'a' -> Tm.DAYS[t.wday()].substring(0, 3);
            case 'A' -> Tm.DAYS[t.wday()];
            case 'e' -> String.format(Locale.ROOT, "%2d", t.mday());
            case 'd', 'm' -> two(t.mon() + 1);
            case 'j' -> String.format(Locale.ROOT, "%03d", t.yday());
            case 'u' -> String.valueOf(Tm.ISO_DAY[t.wday()]);
            case 'w' -> String.valueOf(t.wday());
            case 'b', 'h' -> Tm.MONTHS[t.mon()].substring(0, 3);
            case 'B' -> Tm.MONTHS[t.mon()];
            case 'C' -> String.format(Locale.ROOT, "%2d", t.year() / 100);
            case 'y', 'g' -> String.format(Locale.ROOT, "%2d", t.year() % 100);
            case 'Y', 'G' -> String.format(Locale.ROOT, "%4d", t.year());
            case 'I' -> two(t.hour12());
            case 'l' -> String.format(Locale.ROOT, "%2d", t.hour12());
            case 'H' -> two(t.hour());
            case 'M' -> two(t.min());
            case 'S' -> two(t.sec());
            case 'z', 'Z' -> "GMT";
            case 'T', 'X' -> String.format(Locale.ROOT, "%02d:%02d:%02d", t.hour(), t.min(), t.sec());
            case 'R' -> String.format(Locale.ROOT, "%02d:%02d", t.hour(), t.min());
            case 'P' -> t.pm() ? "pm" : "am";
            case 'p' -> t.pm() ? "PM" : "AM";
            case 'r' -> String.format(Locale.ROOT, "%02d:%02d:%02d %s", t.hour12(), t.min(), t.sec(), t.pm() ? "PM" : "AM");
            case 'D', 'x' -> String.format(Locale.ROOT, "%02d/%02d/%02d", t.mon() + 1, t.mday(), t.year() % 100);
            case 'F' -> String.format(Locale.ROOT, "%d-%02d-%02d", t.year(), t.mon() + 1, t.mday());
            case 'c' -> String.format(Locale.ROOT, "%d-%02d-%02d %02d:%02d:%02d", t.year(), t.mon() + 1, t.mday(), t.hour(),
                    t.min(), t.sec());
            case 's' -> String.valueOf(Tm.now());
            default -> "";
        };
    }

    private static String two(int v) {
        return String.format(Locale.ROOT, "%02d", v);
    }

    /** The engine's ordinal suffix: st nd rd for 1 2 3 (not 11 12 13), else th. */
    private static String suffix(int v) {
        String s = "thstndrdthththththth";
        int k = v / 10 % 10 != 1 ? v % 10 : 0;
        return s.substring(2 * k, 2 * k + 2);
    }
}
