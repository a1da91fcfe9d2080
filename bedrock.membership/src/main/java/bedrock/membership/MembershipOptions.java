package bedrock.membership;

import java.util.List;
import java.util.Objects;

/**
 * How to start a member: the group ({@code cluster}), this daemon ({@code self}: its Bedrock address
 * and provider id), the interface to bind ({@code bindHost}, never a wildcard), failure detection,
 * the group's credential ({@code -1}: none), and either nothing to contact (create the group) or the
 * endpoints of existing members ({@code seeds}, with {@code join}: fail unless one of them answers).
 */
public record MembershipOptions(String cluster, Member self, String bindHost, Swim swim, long credential,
        List<String> seeds, boolean join, long joinTimeoutMs) {

    /** Checks the fields. */
    public MembershipOptions {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(swim, "swim");
        seeds = List.copyOf(seeds);
    }

    /** Options to create a new group of one. */
    public static MembershipOptions create(String cluster, Member self, String bindHost, Swim swim, long credential) {
        return new MembershipOptions(cluster, self, bindHost, swim, credential, List.of(), false, 300);
    }

    /**
     * Options to join the group whose members answer at {@code seeds}. A member that just started
     * on a loaded machine can take seconds to answer, hence 5 s per join attempt (two attempts).
     */
    public static MembershipOptions join(String cluster, Member self, String bindHost, Swim swim, long credential,
            List<String> seeds) {
        return new MembershipOptions(cluster, self, bindHost, swim, credential, seeds, true, 5000);
    }

    /**
     * The interface a member binds: the host of the daemon's address ({@code tcp://HOST:PORT}), or
     * 127.0.0.1 for an address without a network host (in-process transports).
     */
    public static String hostOf(String bedrockAddress) {
        int scheme = bedrockAddress.indexOf("://");
        String rest = scheme < 0 ? "" : bedrockAddress.substring(scheme + 3);
        int colon = rest.lastIndexOf(':');
        String host = colon < 0 ? rest : rest.substring(0, colon);
        host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bedrockAddress.startsWith("tcp://") && !host.isEmpty() ? host : "127.0.0.1";
    }
}
