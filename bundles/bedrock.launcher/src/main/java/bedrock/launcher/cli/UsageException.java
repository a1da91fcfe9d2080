package bedrock.launcher.cli;

/** A mistake in what the user typed or pointed at; printed as {@code error: <message>}, exit 1. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
