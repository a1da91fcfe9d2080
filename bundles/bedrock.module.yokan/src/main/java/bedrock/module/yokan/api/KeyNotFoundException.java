package bedrock.module.yokan.api;

import java.nio.charset.StandardCharsets;

/** Thrown by {@link YokanDatabase#get} when the key has no value. */
public class KeyNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How every message of this exception starts, also when it crossed the network. */
    public static final String MESSAGE_PREFIX = "Key not found";

    /** For a key looked up locally. */
    public KeyNotFoundException(byte[] key) {
        super(MESSAGE_PREFIX + ": " + show(key));
    }

    /** For a remote error whose message is already in this exception's form. */
    public KeyNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A key as text when it is printable ASCII, in hex otherwise, so binary keys stay readable. */
    static String show(byte[] key) {
        boolean printable = true;
        for (byte b : key) {
            printable &= b >= 0x20 && b < 0x7f;
        }
        if (printable) {
            return "\"" + new String(key, StandardCharsets.US_ASCII) + "\"";
        }
        StringBuilder hex = new StringBuilder("0x");
        for (byte b : key) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }
}
