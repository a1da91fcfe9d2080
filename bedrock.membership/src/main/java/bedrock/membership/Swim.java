package bedrock.membership;

/**
 * SWIM-style failure-detection settings of a group, defaults applied: protocol period
 * {@code periodMs}, {@code suspectPeriods} periods of silence before a member is suspected, a
 * subgroup of {@code subgroup} members asked to confirm, or no failure detection at all
 * ({@code disabled}).
 */
public record Swim(long periodMs, long suspectPeriods, long subgroup, boolean disabled) {

    /** SSG's defaults (swim-fd): period 2000 ms, 5 suspect periods, subgroup of 2. */
    public static final long DEFAULT_PERIOD_MS = 2000;
    /** SSG's default number of suspect periods. */
    public static final long DEFAULT_SUSPECT_PERIODS = 5;
    /** SSG's default subgroup size. */
    public static final long DEFAULT_SUBGROUP = 2;
    /** No failure detection: members leave only when they leave cleanly. */
    public static final Swim OFF = new Swim(DEFAULT_PERIOD_MS, DEFAULT_SUSPECT_PERIODS, DEFAULT_SUBGROUP, true);

    /**
     * Settings as SSG reads them: a period of 0 or less, or a negative number of periods or
     * subgroup members, means "SSG's default" (Bedrock passes 0/-1/-1 for missing keys).
     */
    public static Swim of(long periodMs, long suspectPeriods, long subgroup, boolean disabled) {
        return new Swim(periodMs <= 0 ? DEFAULT_PERIOD_MS : periodMs,
                suspectPeriods <= 0 ? DEFAULT_SUSPECT_PERIODS : suspectPeriods,
                subgroup < 0 ? DEFAULT_SUBGROUP : subgroup, disabled);
    }

    /**
     * The longest a crashed or hung member should stay in the view of the others: the suspicion
     * timeout, one period to confirm and one of timer granularity (view installation comes on top).
     */
    public long detectionBoundMs() {
        return (suspectPeriods + 2) * periodMs;
    }

    /** How these settings map onto the engine's protocols. */
    public SwimMapping mapping() {
        return SwimMapping.of(this);
    }
}
