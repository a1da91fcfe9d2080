package bedrock.api.spec;

/**
 * Type of an xstream's scheduler ({@code scheduler.type}); the default is {@link #BASIC_WAIT}. Note that {@code prio} is a scheduler type, not a pool kind.
 *
 * <p>Each constant has a JSON name ({@link #jsonName()}); {@link #fromJson(String, String)} parses
 * it. Example: {@code SchedulerType.fromJson("basic", null) == SchedulerType.BASIC}.
 */
public enum SchedulerType {
    /** JSON name {@code "default"}. */
    DEFAULT("default"),

    /** JSON name {@code "basic"}. */
    BASIC("basic"),

    /** JSON name {@code "prio"}. */
    PRIO("prio"),

    /** JSON name {@code "randws"}. */
    RANDWS("randws"),

    /** JSON name {@code "basic_wait"}. */
    BASIC_WAIT("basic_wait");

    private final String jsonName;

    SchedulerType(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * Returns the name used in JSON.
     *
     * @return the JSON name, never {@code null}
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * Parses a JSON name.
     *
     * @param value the JSON name; {@code null} is rejected like any unknown name
     * @param path JSON Pointer of the value, reported in the error (may be {@code null})
     * @return the matching constant
     * @throws bedrock.api.BedrockException when {@code value} is not one of the JSON names; the
     *         message quotes it and lists the accepted names
     */
    public static SchedulerType fromJson(String value, String path) {
        return Enums.parse(values(), SchedulerType::jsonName, value, "scheduler type", null, path);
    }

    /**
     * Returns the JSON name.
     *
     * @return {@link #jsonName()}
     */
    @Override
    public String toString() {
        return jsonName;
    }
}
