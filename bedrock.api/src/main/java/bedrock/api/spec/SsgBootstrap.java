package bedrock.api.spec;

/**
 * Bootstrap method of an SSG group; the default is {@link #INIT}. {@code X|join} means: join when the group file exists, otherwise bootstrap with X.
 *
 * <p>Each constant has a JSON name ({@link #jsonName()}); {@link #fromJson(String, String)} parses
 * it. Example: {@code SsgBootstrap.fromJson("mpi|join", null) == SsgBootstrap.MPI_OR_JOIN}.
 */
public enum SsgBootstrap {
    /** JSON name {@code "init"}. */
    INIT("init"),

    /** JSON name {@code "join"}. */
    JOIN("join"),

    /** JSON name {@code "mpi"}. */
    MPI("mpi"),

    /** JSON name {@code "pmix"}. */
    PMIX("pmix"),

    /** JSON name {@code "init|join"}. */
    INIT_OR_JOIN("init|join"),

    /** JSON name {@code "mpi|join"}. */
    MPI_OR_JOIN("mpi|join"),

    /** JSON name {@code "pmix|join"}. */
    PMIX_OR_JOIN("pmix|join");

    private final String jsonName;

    SsgBootstrap(String jsonName) {
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
    public static SsgBootstrap fromJson(String value, String path) {
        return Enums.parse(values(), SsgBootstrap::jsonName, value, "SSG bootstrap method", null, path);
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
