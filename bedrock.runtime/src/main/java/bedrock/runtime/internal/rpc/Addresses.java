package bedrock.runtime.internal.rpc;

import bedrock.api.BedrockException;
import java.util.Locale;
import java.util.Set;

/**
 * Parses Mercury-style addresses onto TCP endpoints and formats canonical {@code tcp://HOST:PORT}
 * addresses.
 *
 * <p>Accepted: a bare protocol ({@code tcp}, {@code na+sm}, {@code ofi+tcp}, {@code ofi+sockets},
 * {@code na+tcp}, {@code bmi+tcp}, {@code ucx+tcp}, optionally with Mercury options after
 * {@code ;}), meaning "127.0.0.1 on an ephemeral port"; {@code PROTOCOL://HOST[:PORT]} with any of
 * those protocols (no port = ephemeral); {@code na+sm://ANYTHING}, which is always the loopback on
 * an ephemeral port since shared memory is same-node only. IPv6 hosts are written in brackets.
 * Every other protocol (RDMA fabrics such as {@code ofi+verbs}, {@code ofi+cxi}, {@code ucx+rc})
 * is refused. Stateless and thread-safe.
 */
public final class Addresses {

    /** Protocols that run over TCP, or (na+sm) that we can serve over loopback TCP. */
    private static final Set<String> TCP_PROTOCOLS =
            Set.of("tcp", "na+tcp", "ofi+tcp", "ofi+sockets", "bmi+tcp", "ucx+tcp", "na+sm", "sm");

    /** Protocols whose host part is not a host (na+sm://PID-ID): they always mean the loopback. */
    private static final Set<String> SHARED_MEMORY = Set.of("na+sm", "sm");

    private Addresses() {
    }

    /**
     * Parses an address.
     *
     * @throws BedrockException naming the address when it is empty, its protocol is not a TCP one,
     *     or its port is not a number in 0..65535
     */
    public static Endpoint parse(String address) {
        if (address == null || address.isBlank()) {
            throw new BedrockException("Address \"" + address + "\" is empty");
        }
        String text = address.trim();
        int sep = text.indexOf("://");
        String protocolPart = sep < 0 ? text : text.substring(0, sep);
        String rest = sep < 0 ? "" : text.substring(sep + 3);
        // Mercury options ("ofi+tcp;ofi_rxm") select a provider flavour; they do not change TCP.
        int options = protocolPart.indexOf(';');
        String protocol = (options < 0 ? protocolPart : protocolPart.substring(0, options))
                .toLowerCase(Locale.ROOT);
        if (!TCP_PROTOCOLS.contains(protocol)) {
            throw new BedrockException("Protocol \"" + protocol
                    + "\" is not supported (only TCP transports are available on the JVM)");
        }
        if (SHARED_MEMORY.contains(protocol) || rest.isEmpty()) {
            return new Endpoint(protocol, Endpoint.LOOPBACK, 0);
        }
        return parseHostPort(address, protocol, rest);
    }

    /** Parses and re-formats an address, so equal endpoints compare equal as strings. */
    public static String normalize(String address) {
        return parse(address).format();
    }

    /** Formats {@code tcp://HOST:PORT}, bracketing IPv6 literals. */
    public static String format(String host, int port) {
        boolean ipv6 = host.indexOf(':') >= 0;
        return "tcp://" + (ipv6 ? "[" + host + "]" : host) + ":" + port;
    }

    /** Whether a host is {@code 0.0.0.0}, {@code ::} or another spelling of a wildcard. */
    public static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0")
                || host.equals("*");
    }

    private static Endpoint parseHostPort(String address, String protocol, String rest) {
        // Anything after a path or query separator is not part of the endpoint.
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            rest = rest.substring(0, slash);
        }
        String host;
        String port = null;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                throw new BedrockException("Address \"" + address + "\" has an unterminated IPv6 host");
            }
            host = rest.substring(1, close);
            String after = rest.substring(close + 1);
            if (after.startsWith(":")) {
                port = after.substring(1);
            } else if (!after.isEmpty()) {
                throw new BedrockException("Address \"" + address + "\" has text after its IPv6 host");
            }
        } else {
            int first = rest.indexOf(':');
            int last = rest.lastIndexOf(':');
            if (first >= 0 && first == last) {
                host = rest.substring(0, first);
                port = rest.substring(first + 1);
            } else {
                // No colon (host only) or several (an unbracketed IPv6 literal, no port).
                host = rest;
            }
        }
        if (host.isEmpty()) {
            host = Endpoint.LOOPBACK;
        }
        return new Endpoint(protocol, host, parsePort(address, port));
    }

    private static int parsePort(String address, String port) {
        if (port == null || port.isEmpty()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(port);
            if (value >= 0 && value <= 65535) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the address
        }
        throw new BedrockException("Port \"" + port + "\" in address \"" + address
                + "\" is not a number in 0..65535");
    }
}
