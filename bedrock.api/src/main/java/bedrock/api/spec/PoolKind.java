package bedrock.api.spec;

/**
 * Kind of an Argobots pool ({@code kind} field of a pool); the default is {@link #FIFO_WAIT}.
 *
 * <p>Each constant has a JSON name ({@link #jsonName()}); {@link #fromJson(String, String)} parses
 * it. Example: {@code PoolKind.fromJson("prio_wait", null) == PoolKind.PRIO_WAIT}.
 */
public enum PoolKind {
    /** JSON name {@code "fifo"}. */
    FIFO("fifo"),

    /** JSON name {@code "fifo_wait"}. */
    FIFO_WAIT("fifo_wait"),

    /** JSON name {@code "prio_wait"}. */
    PRIO_WAIT("prio_wait"),

    /** JSON name {@code "earliest_first"}. */
    EARLIEST_FIRST("earliest_first");

    private final String jsonName;

    PoolKind(String jsonName) {
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
    public static PoolKind fromJson(String value, String path) {
        return Enums.parse(values(), PoolKind::jsonName, value, "pool kind", null, path);
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
