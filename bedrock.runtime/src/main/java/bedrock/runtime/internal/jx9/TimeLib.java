package bedrock.runtime.internal.jx9;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * The engine's time built-ins: {@code time microtime gettimeofday date gmdate strftime idate
 * getdate localtime mktime gmmktime}. Local time is the host's zone, as the engine's localtime().
 * The engine has no {@code checkdate} and no {@code date_default_timezone_*}.
 */
final class TimeLib {
    private TimeLib() {
    }

    static void register(Map<String, Builtin> t) {
        t.put("time", (f, a, l) -> Tm.now());
        t.put("microtime", (f, a, l) -> microtime(a));
        t.put("gettimeofday", (f, a, l) -> gettimeofday(a));
        t.put("date", (f, a, l) -> a.length > 0 && a[0] instanceof String s
                ? DateFormat.date(s, Tm.from(a, 1, false)) : Boolean.FALSE);
        t.put("gmdate", (f, a, l) -> a.length > 0 && a[0] instanceof String s
                ? DateFormat.date(s, Tm.from(a, 1, true)) : Boolean.FALSE);
        t.put("strftime", (f, a, l) -> {
            String r = a.length > 0 && a[0] instanceof String s ? DateFormat.strftime(s, Tm.from(a, 1, false)) : "";
            return r.isEmpty() ? Boolean.FALSE : r;
        });
        t.put("idate", (f, a, l) -> idate(f, a, l));
        t.put("getdate", (f, a, l) -> getdate(Tm.from(a, 0, false)));
        t.put("localtime", (f, a, l) -> localtime(Tm.from(a, 0, false), Values.truthy(Builtins.arg(a, 1))));
        t.put("mktime", (f, a, l) -> mktime(a, false));
        t.put("gmmktime", (f, a, l) -> mktime(a, true));
    }

    /** "usec sec", or with a true argument the seconds as a real (whole seconds, as in the engine). */
    private static Object microtime(Object[] a) {
        long ms = System.currentTimeMillis();
        if (Values.truthy(Builtins.arg(a, 0))) {
            return (double) (ms / 1000);
        }
        return (ms % 1000) * 1000 + " " + ms / 1000;
    }

    private static Object gettimeofday(Object[] a) {
        long ms = System.currentTimeMillis();
        if (Values.truthy(Builtins.arg(a, 0))) {
            return (double) (ms / 1000);
        }
        Jx9Array r = new Jx9Array();
        r.put("sec", ms / 1000);
        r.put("usec", (ms % 1000) * 1000);
        return r;
    }

    /** One field chosen by the first character; -1 without a format string. */
    private static Object idate(Frame f, Object[] a, int line) {
        if (a.length == 0 || !(a[0] instanceof String s)) {
            return -1L;
        }
        Tm t = Tm.from(a, 1, false);
        long v;
        switch (s.isEmpty() ? '\0' : s.charAt(0)) {
            case 'd' -> v = t.mday();
            case 'h' -> v = t.hour12();
            case 'H' -> v = t.hour();
            case 'i' -> v = t.min();
            case 'I' -> v = t.isdst() ? 1 : 0;
            case 'L' -> v = t.leap() ? 1 : 0;
            case 'm' -> v = t.mon();        // 0-11 in the engine
            case 's' -> v = t.sec();
            case 't' -> v = t.monthDays();
            case 'U' -> v = Tm.now();
            case 'w' -> v = t.wday();
            case 'W' -> v = Tm.ISO_DAY[t.wday()];      // the engine's "week": the ISO day number
            case 'y' -> v = t.year() % 100;
            case 'Y' -> v = t.year();
            case 'z' -> v = t.yday();
            case 'Z' -> v = 0;
            default -> {
                f.in.warn(line, "Unknown date format token");
                v = 0;
            }
        }
        return v;
    }

    /** The engine's getdate(): entry 0 is the current time, whatever the timestamp given. */
    private static Object getdate(Tm t) {
        Jx9Array r = Jx9Array.object();
        r.put("seconds", (long) t.sec());
        r.put("minutes", (long) t.min());
        r.put("hours", (long) t.hour());
        r.put("mday", (long) t.mday());
        r.put("wday", (long) t.wday());
        r.put("mon", (long) t.mon() + 1);
        r.put("year", (long) t.year());
        r.put("yday", (long) t.yday());
        r.put("weekday", Tm.DAYS[t.wday()]);
        r.put("month", Tm.MONTHS[t.mon()]);
        r.put(0L, Tm.now());
        return r;
    }

    private static Object localtime(Tm t, boolean assoc) {
        String[] names = {"tm_sec", "tm_min", "tm_hour", "tm_mday", "tm_mon", "tm_year", "tm_wday", "tm_yday",
            "tm_isdst"};
        long[] v = {t.sec(), t.min(), t.hour(), t.mday(), t.mon(), t.year() - 1900, t.wday(), t.yday(),
            t.isdst() ? 1 : 0};
        Jx9Array r = assoc ? Jx9Array.object() : new Jx9Array(v.length);
        for (int i = 0; i < v.length; i++) {
            if (assoc) {
                r.put(names[i], v[i]);
            } else {
                r.append(v[i]);
            }
        }
        return r;
    }

    /**
     * mktime(hour, min, sec, month, day, year): fields not given come from the current time
     * (gmmktime: the current UTC time); out-of-range fields carry over as with C's mktime; a year
     * up to 1900 counts from 1900 (70 is 1970). Both read the fields as local time, as in the engine.
     */
    private static Object mktime(Object[] a, boolean gm) {
        Tm now = Tm.of(Tm.now(), gm);
        long[] v = {now.hour(), now.min(), now.sec(), now.mon() + 1, now.mday(), now.year()};
        for (int i = 0; i < v.length && i < a.length; i++) {
            v[i] = (int) Values.toLong(a[i]);
        }
        long year = a.length > 5 && v[5] <= 1900 ? v[5] + 1900 : v[5];
        try {
            LocalDateTime t = LocalDateTime.of((int) year, 1, 1, 0, 0).plusMonths(v[3] - 1).plusDays(v[4] - 1)
                    .plusHours(v[0]).plusMinutes(v[1]).plusSeconds(v[2]);
            return t.atZone(ZoneId.systemDefault()).toEpochSecond();
        } catch (DateTimeException e) {
            return -1L;     // C's mktime answer for a time it cannot represent
        }
    }
}
