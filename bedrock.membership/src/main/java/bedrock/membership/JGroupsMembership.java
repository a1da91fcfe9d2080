package bedrock.membership;

import bedrock.api.BedrockException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jgroups.Address;
import org.jgroups.Event;
import org.jgroups.JChannel;
import org.jgroups.PhysicalAddress;
import org.jgroups.Receiver;
import org.jgroups.View;
import org.jgroups.util.ExtendedUUID;

/**
 * A member on JGroups. Each member's JGroups address carries its Bedrock address and provider id,
 * and the time it connected, so a view (JGroups' agreed, identically ordered member list:
 * coordinator first, then by join order, kept across merges by {@link RankKeepingPolicy}) is
 * directly the group's rank order. View changes reach listeners on a thread of this member, so a
 * slow listener (a file write) never holds up the engine.
 */
public final class JGroupsMembership implements Membership, Receiver {

    private static final Logger JGROUPS_LOG = Logger.getLogger("org.jgroups");
    private static final String RPC = "bedrock.rpc";
    private static final String PID = "bedrock.pid";

    static {
        // JGroups reports each join, merge and suspicion; the daemon's log keeps only its errors.
        JGROUPS_LOG.setLevel(Level.SEVERE);
    }

    /** Package-private for the crash test, which stops it without leaving. */
    final JChannel channel;
    private final ExecutorService notifier;
    private final List<Consumer<List<Member>>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Member>> suspectListeners = new CopyOnWriteArrayList<>();
    private volatile List<Member> view = List.of();
    private volatile Address coordinator;
    private volatile boolean closed;

    private JGroupsMembership(JChannel channel, String cluster) {
        this.channel = channel;
        this.notifier = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bedrock-group-" + cluster);
            t.setDaemon(true);
            return t;
        });
    }

    /** How many times a joiner left alone in its own view asks the seeds again. */
    private static final int JOIN_RETRIES = 2;

    /**
     * Starts a member: creates the group, or joins it through {@code seeds}.
     *
     * @throws BedrockException when the stack cannot start, the credential is refused, or (join)
     *         none of the seeds answered; nothing is left running then
     */
    public static JGroupsMembership start(MembershipOptions o) {
        JGroupsMembership[] self = new JGroupsMembership[1];
        JChannel channel;
        try {
            channel = new JChannel(Stacks.protocols(o, new SuspectTap(a -> self[0].suspected(a))));
        } catch (Exception e) {
            throw new BedrockException("Could not set up the group engine: " + e.getMessage(), e);
        }
        JGroupsMembership m = new JGroupsMembership(channel, o.cluster());
        self[0] = m;
        channel.addAddressGenerator(() -> ExtendedUUID.randomUUID(o.self().address())
                .put(RPC, o.self().address().getBytes(StandardCharsets.UTF_8))
                .put(PID, Integer.toString(o.self().providerId()).getBytes(StandardCharsets.UTF_8))
                .put(RankKeepingPolicy.SINCE,
                        Long.toString(System.currentTimeMillis()).getBytes(StandardCharsets.US_ASCII)));
        channel.setReceiver(m);
        channel.setDiscardOwnMessages(true);
        try {
            channel.connect(o.cluster());
            // A seed that answers discovery late (a loaded machine) leaves a joiner alone in a
            // view of its own: ask again, a bounded number of times, before giving up.
            for (int retry = 0; o.join() && channel.getView().size() < 2 && retry < JOIN_RETRIES
                    && anyListening(o.seeds()); retry++) {
                channel.disconnect();
                channel.connect(o.cluster());
            }
        } catch (Exception e) {
            m.close();
            throw new BedrockException("Could not join group \"" + o.cluster() + "\": " + reason(e), e);
        }
        if (o.join() && channel.getView().size() < 2) {
            m.close();
            throw new BedrockException("Could not join group \"" + o.cluster() + "\": no member answered at "
                    + String.join(", ", o.seeds()));
        }
        return m;
    }

    /** Whether one of the seeds accepts a connection at all (a dead one is not asked again). */
    private static boolean anyListening(List<String> seeds) {
        for (String seed : seeds) {
            int colon = seed.lastIndexOf(':');
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress(seed.substring(0, colon),
                        Integer.parseInt(seed.substring(colon + 1))), 500);
                return true;
            } catch (java.io.IOException | RuntimeException unreachable) {
                // The next one, if any.
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        String text = String.valueOf(e.getMessage());
        return text.toLowerCase().contains("auth") ? "its members refused this daemon's credential (" + text + ")"
                : text;
    }

    @Override
    public void viewAccepted(View v) {
        List<Member> members = new ArrayList<>();
        for (Address a : v.getMembers()) {
            members.add(member(a));
        }
        List<Member> now = List.copyOf(members);
        synchronized (this) {
            view = now;
            coordinator = v.getCoord();
        }
        for (Consumer<List<Member>> l : listeners) {
            notifier.execute(() -> l.accept(now));
        }
    }

    private void suspected(Address a) {
        if (closed || suspectListeners.isEmpty()) {
            return;
        }
        Member suspect = member(a);
        for (Consumer<Member> l : suspectListeners) {
            notifier.execute(() -> l.accept(suspect));
        }
    }

    private Member member(Address a) {
        String rpc = a.toString();
        int pid = 0;
        if (a instanceof ExtendedUUID x) {
            byte[] r = x.get(RPC);
            byte[] p = x.get(PID);
            rpc = r == null ? rpc : new String(r, StandardCharsets.UTF_8);
            pid = p == null ? 0 : Integer.parseInt(new String(p, StandardCharsets.UTF_8));
        }
        Object phys = channel.down(new Event(Event.GET_PHYSICAL_ADDRESS, a));
        String endpoint = phys instanceof PhysicalAddress pa ? pa.printIpAddress() : "";
        return new Member(rpc, pid, endpoint);
    }

    @Override
    public List<Member> view() {
        return view;
    }

    @Override
    public synchronized int rank() {
        Address self = channel.getAddress();
        if (closed || self == null) {
            return -1;
        }
        View v = channel.getView();
        return v == null ? -1 : v.getMembers().indexOf(self);
    }

    @Override
    public boolean coordinator() {
        Address c = coordinator;
        return !closed && c != null && c.equals(channel.getAddress());
    }

    @Override
    public void onView(Consumer<List<Member>> listener) {
        listeners.add(listener);
        List<Member> now = view;
        notifier.execute(() -> listener.accept(now));
    }

    @Override
    public void onSuspect(Consumer<Member> listener) {
        suspectListeners.add(listener);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        listeners.clear();
        suspectListeners.clear();
        channel.close();
        notifier.shutdown();
    }
}
