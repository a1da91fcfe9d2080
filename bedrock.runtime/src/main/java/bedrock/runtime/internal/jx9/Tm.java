package bedrock.runtime.internal.jx9;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A broken-down time as the engine's date functions see it: calendar year, month 0-11, day of the
 * year from 0, Sunday = 0. As in the engine the zone name is always "GMT" and the offset 0.
 */
record Tm(int year, int mon, int mday, int hour, int min, int sec, int wday, int yday, boolean isdst) {

    static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    /** ISO-8601 day numbers, indexed by wday. */
    static final int[] ISO_DAY = {7, 1, 2, 3, 4, 5, 6};

    /** The time in the host's zone (the engine's localtime) or in UTC (gmtime). */
    static Tm of(long epochSecond, boolean utc) {
        ZoneId zone = utc ? ZoneOffset.UTC : ZoneId.systemDefault();
        Instant at = Instant.ofEpochSecond(epochSecond);
        ZonedDateTime t = at.atZone(zone);
        return new Tm(t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), t.getDayOfWeek().getValue() % 7, t.getDayOfYear() - 1,
                !utc && zone.getRules().isDaylightSavings(at));
    }

    /**
     * The engine's choice of time: the second argument when it is an integer, else (missing or of
     * any other type) the current time.
     */
    static Tm from(Object[] a, int i, boolean utc) {
        long t = i < a.length && a[i] instanceof Long l ? l : now();
        return of(t, utc);
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    boolean leap() {
        return year % 400 == 0 || year % 100 != 0 && year % 4 == 0;
    }

    int monthDays() {
        int[] days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return mon == 1 && !leap() ? 28 : days[mon % 12];
    }

    /** The engine's 12-hour clock: 1 + hour % 12 (so both midnight and noon are 1). */
    int hour12() {
        return 1 + hour % 12;
    }

    /** The engine's meridiem: "pm" only after 12 o'clock, so noon is "am". */
    boolean pm() {
        return hour > 12;
    }
}
