package bedrock.runtime.internal.rpc;

/** The outcome a response frame carries, with its wire code. Immutable. */
enum RpcStatus {
    /** The handler returned; the body is its payload. */
    OK(0),
    /** The handler threw, or the request could not be run; the body is the error message. */
    ERROR(1),
    /** No RPC of that name is registered for that provider id. */
    NO_SUCH_RPC(2),
    /** The RPC requires a credential and the request carried none, or a wrong one. */
    UNAUTHORIZED(3),
    /** The request or its response would not fit in one frame. */
    TOO_LARGE(4);

    private static final RpcStatus[] BY_CODE = values();

    private final byte code;

    RpcStatus(int code) {
        this.code = (byte) code;
    }

    /** The byte written on the wire. */
    public byte code() {
        return code;
    }

    /** The status with that wire code, or null when the code is unknown. */
    public static RpcStatus of(byte code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
