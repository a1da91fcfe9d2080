package bedrock.api.wire;

/** A frame body that is not a well-formed frame of the expected type; the message says why. */
public final class MalformedFrameException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the frame */
    public MalformedFrameException(String message) {
        super(message);
    }
}
