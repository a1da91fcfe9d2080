package bedrock.runtime.internal.argobots;

import bedrock.api.BedrockException;

/**
 * The scheduler types Margo accepts. {@code basic} and {@code prio} take from the first non-empty
 * pool in list order; {@code randws} visits the pools in a random order each time; the waiting
 * types ({@code basic_wait}, and {@code default} which is an alias of it) park as soon as all pools
 * are empty, the others spin briefly first.
 */
public enum SchedulerType {
    BASIC("basic", false, false),
    BASIC_WAIT("basic_wait", true, false),
    PRIO("prio", false, false),
    RANDWS("randws", false, true),
    DEFAULT("default", true, false);

    private final String configName;
    private final boolean waits;
    private final boolean randomOrder;

    SchedulerType(String configName, boolean waits, boolean randomOrder) {
        this.configName = configName;
        this.waits = waits;
        this.randomOrder = randomOrder;
    }

    /** The name used in specs. */
    public String configName() {
        return configName;
    }

    /** Whether an idle xstream parks at once instead of spinning for a while first. */
    boolean waits() {
        return waits;
    }

    /** Whether pools are visited in a random order rather than list order. */
    boolean randomOrder() {
        return randomOrder;
    }

    /** The type with that spec name; a {@link BedrockException} naming the value otherwise. */
    public static SchedulerType of(String configName) {
        for (SchedulerType type : values()) {
            if (type.configName.equals(configName)) {
                return type;
            }
        }
        throw new BedrockException("Invalid scheduler type \"" + configName
                + "\" (expected default, basic, basic_wait, prio or randws)", "/scheduler/type");
    }
}
