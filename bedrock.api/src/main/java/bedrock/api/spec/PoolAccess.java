package bedrock.api.spec;

/**
 * Access mode of an Argobots pool ({@code access} field of a pool); the default is {@link #MPMC}.
 *
 * <p>Each constant has a JSON name ({@link #jsonName()}); {@link #fromJson(String, String)} parses
 * it. Example: {@code PoolAccess.MPMC.jsonName().equals("mpmc")}.
 */
public enum PoolAccess {
    /** JSON name {@code "private"}. */
    PRIVATE("private"),

    /** JSON name {@code "spsc"}. */
    SPSC("spsc"),

    /** JSON name {@code "mpsc"}. */
    MPSC("mpsc"),

    /** JSON name {@code "spmc"}. */
    SPMC("spmc"),

    /** JSON name {@code "mpmc"}. */
    MPMC("mpmc");

    private final String jsonName;

    PoolAccess(String jsonName) {
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
    public static PoolAccess fromJson(String value, String path) {
        return Enums.parse(values(), PoolAccess::jsonName, value, "pool access", null, path);
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
