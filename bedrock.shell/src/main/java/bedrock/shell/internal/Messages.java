package bedrock.shell.internal;

import bedrock.api.BedrockException;
import bedrock.api.ClientException;
import java.util.function.Supplier;

/**
 * Shells print only the message of a failed command (Karaf's prints {@code Error executing command:
 * MESSAGE}): this puts the JSON path of the offending item into that message, as the command line does.
 */
final class Messages {

    private Messages() {
    }

    /** Runs a command's action; a failure about a spec item is rethrown with its path in the message. */
    static <T> T withPath(Supplier<T> action) {
        try {
            return action.get();
        } catch (BedrockException e) {
            if (e.path().isEmpty()) {
                throw e;
            }
            throw new BedrockException(e.getMessage() + " (at " + e.path().get() + ")", e);
        } catch (ClientException e) {
            if (e.path().isEmpty()) {
                throw e;
            }
            throw new ClientException(e.getMessage() + " (at " + e.path().get() + ")", e);
        }
    }
}
