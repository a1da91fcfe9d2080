package bedrock.api;

import java.util.Optional;

/**
 * Raised on the client side when a request to a daemon fails: the daemon refused it (the message
 * and JSON path are the server's), it timed out, or the daemon could not be reached.
 */
public class ClientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;

    /** An error with a message only. */
    public ClientException(String message) {
        this(message, null, null);
    }

    /** An error about the item at a JSON Pointer ({@code null} when none applies). */
    public ClientException(String message, String path) {
        this(message, path, null);
    }

    /** An error caused by another exception. */
    public ClientException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** An error about the item at a JSON Pointer, caused by another exception. */
    public ClientException(String message, String path, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    /** The JSON Pointer of the offending item, when the server named one. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    @Override
    public String toString() {
        return path == null ? getMessage() : getMessage() + " (at " + path + ")";
    }
}
