package bedrock.runtime.internal.rpc;

import java.nio.charset.StandardCharsets;

/**
 * A decoded response.
 *
 * @param requestId the id of the request this answers
 * @param status the outcome
 * @param body the handler's payload when {@code status} is OK, else the UTF-8 error message
 * @param path a JSON Pointer naming the offending item of an error, or null
 */
record ResponseFrame(long requestId, RpcStatus status, byte[] body, String path) {

    /** The error message an unsuccessful response carries. */
    public String message() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
