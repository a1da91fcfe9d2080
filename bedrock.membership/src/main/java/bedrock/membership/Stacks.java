package bedrock.membership;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import bedrock.api.BedrockException;
import org.jgroups.PhysicalAddress;
import org.jgroups.protocols.AUTH;
import org.jgroups.protocols.FD_ALL3;
import org.jgroups.protocols.FD_SOCK2;
import org.jgroups.protocols.FRAG2;
import org.jgroups.protocols.MERGE3;
import org.jgroups.protocols.TCP;
import org.jgroups.protocols.TCPPING;
import org.jgroups.protocols.UNICAST3;
import org.jgroups.protocols.VERIFY_SUSPECT2;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.protocols.pbcast.NAKACK2;
import org.jgroups.protocols.pbcast.STABLE;
import org.jgroups.stack.IpAddress;
import org.jgroups.stack.Protocol;

/**
 * The JGroups stack of a member, as Protocol objects (JGroups never reads a configuration file of
 * ours): TCP bound to the daemon's interface on an ephemeral port, discovery from the given
 * endpoints only (no multicast), merging after partitions, failure detection per {@link SwimMapping},
 * reliable delivery, the credential check (AUTH) and the membership service (GMS).
 */
final class Stacks {

    private Stacks() {
    }

    static List<Protocol> protocols(MembershipOptions o) {
        return protocols(o, null);
    }

    /** The stack, with {@code tap} (when not null) told of each suspicion the failure detectors raise. */
    static List<Protocol> protocols(MembershipOptions o, Protocol tap) {
        InetAddress bind = address(o.bindHost());
        List<Protocol> stack = new ArrayList<>();
        // JGroups takes no port 0 with static discovery: start from a port the system just handed out
        // and let it try the next ones, should another process take that port meanwhile.
        stack.add(new TCP().setValue("bind_addr", bind).setValue("bind_port", freePort(bind))
                .setValue("port_range", 20));
        stack.add(new TCPPING().setInitialHosts2(seeds(o.seeds())).setPortRange(0));
        stack.add(new MERGE3().setMinInterval(1000).setMaxInterval(3000));
        SwimMapping fd = o.swim().mapping();
        if (fd.failureDetection()) {
            stack.add(new FD_SOCK2().setBindAddress(bind).setPortRange(50));
            stack.add(new FD_ALL3().setInterval(fd.heartbeatIntervalMs()).setTimeout(fd.heartbeatTimeoutMs()));
            if (tap != null) {
                stack.add(tap);
            }
            stack.add(new VERIFY_SUSPECT2().setTimeout(fd.verifyTimeoutMs())
                    .setValue("num_msgs", fd.verifyNumMsgs()).setValue("use_mcast_rsps", fd.verifyAskGroup()));
        }
        stack.add(new NAKACK2());
        stack.add(new UNICAST3());
        stack.add(new STABLE());
        if (o.credential() >= 0) {
            stack.add(new AUTH().setAuthToken(new CredentialToken(o.cluster(), o.credential())));
        }
        stack.add(new GMS().setJoinTimeout(o.joinTimeoutMs()).setLeaveTimeout(1000).setMaxJoinAttempts(2)
                .printLocalAddress(false).setMembershipChangePolicy(new RankKeepingPolicy()));
        stack.add(new FRAG2());
        return stack;
    }

    private static List<PhysicalAddress> seeds(List<String> endpoints) {
        List<PhysicalAddress> out = new ArrayList<>();
        for (String e : endpoints) {
            int colon = e.lastIndexOf(':');
            try {
                out.add(new IpAddress(address(e.substring(0, colon)), Integer.parseInt(e.substring(colon + 1))));
            } catch (RuntimeException bad) {
                throw new BedrockException("Invalid group endpoint \"" + e + "\" (expected host:port)");
            }
        }
        return out;
    }

    private static int freePort(InetAddress bind) {
        try (ServerSocket probe = new ServerSocket(0, 1, bind)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new BedrockException("Could not find a free port on " + bind.getHostAddress() + ": " + e);
        }
    }

    static InetAddress address(String host) {
        try {
            InetAddress a = InetAddress.getByName(host);
            if (a.isAnyLocalAddress()) {
                throw new BedrockException("A group cannot bind the wildcard address \"" + host + "\"");
            }
            return a;
        } catch (UnknownHostException e) {
            throw new BedrockException("Unknown host \"" + host + "\" for the group endpoint", e);
        }
    }
}
