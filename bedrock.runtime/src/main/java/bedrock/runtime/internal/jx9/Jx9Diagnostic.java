package bedrock.runtime.internal.jx9;

/**
 * One compile-time or run-time message. {@link #toString()} gives {@code "<line> <severity>: <message>"},
 * the form Jx9 writes in its compile log; {@code column} is 1-based, or -1 when unknown.
 */
public record Jx9Diagnostic(int line, int column, String severity, String message) {
    @Override
    public String toString() {
        return line + " " + severity + ": " + message;
    }
}
