package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SWIM failure-detector settings of an SSG group.
 *
 * <p>Defaults: {@code period_length_ms} 0, {@code suspect_timeout_periods} -1,
 * {@code subgroup_member_count} -1 (negative or zero values mean "SSG's default") and
 * {@code disabled} false. {@code disabled} appears in {@link #toMap()} only when true.
 *
 * <p>Example: {@code new SwimSpec().periodLengthMs(1000).toJson()} gives
 * {@code {"period_length_ms":1000,"subgroup_member_count":-1,"suspect_timeout_periods":-1}}.
 */
public final class SwimSpec extends Spec {

    private long periodLengthMs;
    private long suspectTimeoutPeriods = -1;
    private long subgroupMemberCount = -1;
    private boolean disabled;

    /** Creates default SWIM settings. */
    public SwimSpec() {
    }

    /** @return the protocol period in ms (default 0) */
    public long periodLengthMs() {
        return periodLengthMs;
    }

    /**
     * @param value the protocol period in ms
     * @return this spec
     */
    public SwimSpec periodLengthMs(long value) {
        this.periodLengthMs = value;
        return this;
    }

    /** @return the number of periods before a suspect is declared dead (default -1) */
    public long suspectTimeoutPeriods() {
        return suspectTimeoutPeriods;
    }

    /**
     * @param value the number of periods before a suspect is declared dead
     * @return this spec
     */
    public SwimSpec suspectTimeoutPeriods(long value) {
        this.suspectTimeoutPeriods = value;
        return this;
    }

    /** @return the size of the indirect-ping subgroup (default -1) */
    public long subgroupMemberCount() {
        return subgroupMemberCount;
    }

    /**
     * @param value the size of the indirect-ping subgroup
     * @return this spec
     */
    public SwimSpec subgroupMemberCount(long value) {
        this.subgroupMemberCount = value;
        return this;
    }

    /** @return whether SWIM is disabled (default false) */
    public boolean disabled() {
        return disabled;
    }

    /**
     * @param value whether SWIM is disabled
     * @return this spec
     */
    public SwimSpec disabled(boolean value) {
        this.disabled = value;
        return this;
    }

    /**
     * {@inheritDoc} Keys: {@code disabled} (only when true), {@code period_length_ms},
     * {@code subgroup_member_count}, {@code suspect_timeout_periods}.
     */
    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (disabled) {
            map.put("disabled", true);
        }
        map.put("period_length_ms", periodLengthMs);
        map.put("subgroup_member_count", subgroupMemberCount);
        map.put("suspect_timeout_periods", suspectTimeoutPeriods);
        return map;
    }

    /**
     * Reads SWIM settings; absent keys take their defaults, unknown keys are ignored.
     *
     * @param map e.g. {@code {"period_length_ms": 1000, "disabled": false}}
     * @return new settings
     * @throws BedrockException when a value has the wrong type
     */
    public static SwimSpec fromMap(Map<String, ?> map) {
        return parse(Objects.requireNonNull(map, "map"), "");
    }

    /**
     * Reads SWIM settings from JSON text (see {@link #fromMap(Map)}).
     *
     * @param json a JSON object
     * @return new settings
     * @throws BedrockException when the text is not a valid SWIM object
     */
    public static SwimSpec fromJson(String json) {
        return parse(Json.parseObject(json, "a swim section"), "");
    }

    static SwimSpec parse(Object value, String path) {
        Fields f = new Fields(value, path, "the \"swim\" section");
        return new SwimSpec()
                .periodLengthMs(f.integer("period_length_ms", 0))
                .suspectTimeoutPeriods(f.integer("suspect_timeout_periods", -1))
                .subgroupMemberCount(f.integer("subgroup_member_count", -1))
                .disabled(f.bool("disabled", false));
    }

    @Override
    void collect(List<BedrockException> out, String path) {
        if (periodLengthMs < 0) {
            out.add(new BedrockException("Invalid SWIM period_length_ms " + periodLengthMs
                    + " (expected a number of ms ≥0)", Json.child(path, "period_length_ms")));
        }
    }
}
