package bedrock.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jgroups.Address;
import org.jgroups.util.ExtendedUUID;
import org.junit.jupiter.api.Test;

class RankKeepingPolicyTest {

    private final RankKeepingPolicy policy = new RankKeepingPolicy();

    private static Address member(long since) {
        return ExtendedUUID.randomUUID().put(RankKeepingPolicy.SINCE,
                Long.toString(since).getBytes(StandardCharsets.US_ASCII));
    }

    /** Members whose addresses sort in the opposite order of their connect times (1000, 1001, ...). */
    private static List<Address> addressesAgainstJoinOrder(int n) {
        List<Address> byAddress = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byAddress.add(ExtendedUUID.randomUUID());
        }
        byAddress.sort(Comparator.naturalOrder());
        List<Address> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(((ExtendedUUID) byAddress.get(n - 1 - i)).put(RankKeepingPolicy.SINCE,
                    Long.toString(1000 + i).getBytes(StandardCharsets.US_ASCII)));
        }
        return members;
    }

    @Test
    void aJoinerGoesLastAndLeaversAndSuspectsGo() {
        Address a = member(1), b = member(2), c = member(3), d = member(4);
        assertEquals(List.of(a, c, d), policy.getNewMembership(List.of(a, b, c), List.of(d), List.of(b), List.of()));
        assertEquals(List.of(b, c), policy.getNewMembership(List.of(a, b, c), List.of(), List.of(), List.of(a)));
    }

    @Test
    void aJoinerAloneForAMomentMergesBackLastAndTheCreatorStaysFirst() {
        List<Address> m = addressesAgainstJoinOrder(3);
        Address creator = m.get(0), first = m.get(1), alone = m.get(2);
        // JGroups' own rule would make the lowest coordinator address, the joiner's, rank 0.
        assertEquals(List.of(creator, first, alone),
                policy.getNewMembership(List.of(List.of(alone), List.of(creator, first))));
        assertEquals(List.of(creator, first, alone),
                policy.getNewMembership(List.of(List.of(alone), List.of(creator, first, alone))));
    }

    @Test
    void aMemberComingBackTakesTheLastRankAndTheOthersKeepTheirs() {
        List<Address> m = addressesAgainstJoinOrder(4);
        // m1 hung and was removed; the group went on as [m0, m2, m3] (JGroups hands it over unordered).
        List<Address> after = List.of(m.get(3), m.get(0), m.get(2));
        List<Address> expected = List.of(m.get(0), m.get(2), m.get(3), m.get(1));
        assertEquals(expected, policy.getNewMembership(List.of(List.of(m.get(1)), after)));
        assertEquals(expected, policy.getNewMembership(List.of(after, List.of(m.get(1)))));
    }

    @Test
    void thePartitionOfTheOldestMemberComesFirstEachByConnectTime() {
        List<Address> m = addressesAgainstJoinOrder(4);
        List<Address> withCreator = List.of(m.get(3), m.get(0));
        List<Address> other = List.of(m.get(2), m.get(1));
        assertEquals(List.of(m.get(0), m.get(3), m.get(1), m.get(2)),
                policy.getNewMembership(List.of(other, withCreator)));
    }

    @Test
    void addressesWithoutATimeComeAfterTimedOnesByAddress() {
        Address timed = member(5);
        Address x = ExtendedUUID.randomUUID(), y = ExtendedUUID.randomUUID();
        List<Address> untimed = new ArrayList<>(List.of(x, y));
        untimed.sort(Comparator.naturalOrder());
        assertEquals(List.of(timed, untimed.get(0), untimed.get(1)),
                policy.getNewMembership(List.of(List.of(untimed.get(1)), List.of(untimed.get(0)), List.of(timed))));
    }
}
