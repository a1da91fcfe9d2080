package bedrock.runtime.internal.rpc;

/**
 * A parsed address: the protocol the user wrote, and the TCP host and port it maps onto.
 *
 * <p>Immutable and thread-safe.
 *
 * @param protocol the protocol as given, lower-cased and without Mercury options ({@code tcp},
 *     {@code ofi+tcp}, {@code na+sm}...); informational only, every endpoint is reached over TCP
 * @param host an IP literal or host name, never empty ({@code 127.0.0.1} when none was given)
 * @param port 0..65535; 0 means "an ephemeral port" and is only meaningful for binding
 */
public record Endpoint(String protocol, String host, int port) {

    /** The loopback host used whenever an address names no host. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Whether the host is the IPv4 or IPv6 wildcard, which may be bound but never advertised. */
    public boolean isWildcard() {
        return Addresses.isWildcard(host);
    }

    /** This endpoint in canonical form, {@code tcp://HOST:PORT}. */
    public String format() {
        return Addresses.format(host, port);
    }

    @Override
    public String toString() {
        return format();
    }
}
