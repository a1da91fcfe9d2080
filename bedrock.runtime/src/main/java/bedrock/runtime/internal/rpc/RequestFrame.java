package bedrock.runtime.internal.rpc;

/**
 * A decoded request.
 *
 * @param requestId the caller's correlation id, echoed in the response
 * @param providerId 0..65535
 * @param rpcName the RPC's name
 * @param payload the request bytes, owned by the receiver
 * @param credential the caller's credential, or null when it sent none
 */
record RequestFrame(long requestId, int providerId, String rpcName, byte[] payload,
        String credential) {
}
