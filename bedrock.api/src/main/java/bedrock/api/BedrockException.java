package bedrock.api;

import java.util.Optional;

/**
 * Raised on the server side when a spec, a runtime change or a module operation fails.
 *
 * <p>Where the failure concerns one item of a spec, {@link #path()} gives its JSON Pointer
 * (RFC 6901), for example {@code /providers/1/pool}. The message always names the offending item
 * and quotes its value.
 */
public class BedrockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;

    /** An error with a message only. */
    public BedrockException(String message) {
        this(message, null, null);
    }

    /** An error about the item at a JSON Pointer ({@code null} when none applies). */
    public BedrockException(String message, String path) {
        this(message, path, null);
    }

    /** An error caused by another exception. */
    public BedrockException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** An error about the item at a JSON Pointer, caused by another exception. */
    public BedrockException(String message, String path, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    /** The JSON Pointer of the offending item, when the failure concerns one. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    @Override
    public String toString() {
        return path == null ? getMessage() : getMessage() + " (at " + path + ")";
    }
}
