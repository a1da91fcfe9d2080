package bedrock.membership;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jgroups.Address;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.stack.MembershipChangePolicy;
import org.jgroups.util.ExtendedUUID;

/**
 * Keeps ranks where they were. On a join or leave, JGroups' own rule already does (joiners go
 * last); on a merge, JGroups would sort the subgroups' coordinators by address, which can make any
 * member rank 0: a joiner whose first discovery went unanswered forms a group of its own for a
 * moment and is merged back, or a member that hung comes back. JGroups hands a merge its subgroups
 * with their members in no particular order, so here each subgroup is ordered by the time each
 * member's channel connected (carried in its address; ties by address), and the subgroups follow
 * one another, the oldest member's first: the creator stays the coordinator, the subgroup that
 * kept it keeps its ranks, and whoever comes back takes the last ranks. (Daemons that began to
 * join at about the same time may swap ranks among themselves after a merge: the order the
 * coordinator admitted them in is not in their addresses.)
 */
final class RankKeepingPolicy implements MembershipChangePolicy {

    /** The key of a member's connect time (epoch milliseconds) in its {@link ExtendedUUID}. */
    static final String SINCE = "bedrock.since";

    private static final Comparator<Address> JOIN_ORDER = Comparator
            .comparingLong(RankKeepingPolicy::since).thenComparing(Comparator.naturalOrder());

    /** JGroups' own rule for joins and leaves, which keeps ranks already. */
    private final MembershipChangePolicy joinsAndLeaves = new GMS.DefaultMembershipPolicy();

    @Override
    public List<Address> getNewMembership(Collection<Address> current, Collection<Address> joiners,
            Collection<Address> leavers, Collection<Address> suspects) {
        return joinsAndLeaves.getNewMembership(current, joiners, leavers, suspects);
    }

    @Override
    public List<Address> getNewMembership(Collection<Collection<Address>> subviews) {
        List<List<Address>> ordered = new ArrayList<>();
        for (Collection<Address> subview : subviews) {
            if (subview != null && !subview.isEmpty()) {
                List<Address> members = new ArrayList<>(subview);
                members.sort(JOIN_ORDER);
                ordered.add(members);
            }
        }
        ordered.sort(Comparator.comparing(members -> members.get(0), JOIN_ORDER));
        Set<Address> merged = new LinkedHashSet<>();
        ordered.forEach(merged::addAll);
        return new ArrayList<>(merged);
    }

    static long since(Address a) {
        if (a instanceof ExtendedUUID x) {
            byte[] t = x.get(SINCE);
            if (t != null) {
                try {
                    return Long.parseLong(new String(t, StandardCharsets.US_ASCII));
                } catch (NumberFormatException unreadable) {
                    return Long.MAX_VALUE;
                }
            }
        }
        return Long.MAX_VALUE;
    }
}
