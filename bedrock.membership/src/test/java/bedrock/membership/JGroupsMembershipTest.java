package bedrock.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Members in one JVM on 127.0.0.1 (the multi-process cases are the daemons' tests). */
class JGroupsMembershipTest {

    private static final Swim FAST = Swim.of(200, 3, 1, false);

    @TempDir
    Path dir;

    private final List<Membership> started = new ArrayList<>();

    @AfterEach
    void closeAll() {
        started.forEach(Membership::close);
    }

    private Membership create(String name, long credential) {
        Membership m = JGroupsMembership.start(MembershipOptions.create("g", new Member(name, 0, ""), "127.0.0.1",
                FAST, credential));
        started.add(m);
        return m;
    }

    private Membership join(String name, long credential, List<String> seeds) {
        Membership m = JGroupsMembership.start(MembershipOptions.join("g", new Member(name, 0, ""), "127.0.0.1",
                FAST, credential, seeds));
        started.add(m);
        return m;
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aCrashedMemberIsSuspectedBeforeItLeavesTheView() throws Exception {
        Path file = dir.resolve("g.json");
        Membership a = create("tcp://a", -1);
        GroupFileKeeper.attach(a, file, "swim", "{}");
        Membership b = join("tcp://b", -1, GroupFile.read(file).endpoints());
        List<String> suspects = new java.util.concurrent.CopyOnWriteArrayList<>();
        a.onSuspect(m -> suspects.add(m.address()));
        await(() -> a.view().size() == 2 && b.view().size() == 2, "both see 2");
        org.jgroups.util.Util.shutdown(((JGroupsMembership) b).channel); // a crash: no leave message
        await(() -> suspects.contains("tcp://b"), "a suspects b");
        await(() -> a.view().size() == 1, "a removes b");
        assertEquals(List.of("tcp://b"), List.copyOf(new java.util.LinkedHashSet<>(suspects)));
    }

    @Test
    void membersAgreeOnRanksAndTheFileFollowsTheView() throws Exception {
        Path file = dir.resolve("g.json");
        Membership a = create("tcp://a", -1);
        GroupFileKeeper.attach(a, file, "swim", "{}");
        List<String> seeds = GroupFile.read(file).endpoints();
        assertEquals(1, seeds.size(), "the creator wrote its endpoint");
        assertTrue(seeds.get(0).startsWith("127.0.0.1:"), seeds.get(0));
        Membership b = join("tcp://b", -1, seeds);
        GroupFileKeeper.attach(b, file, "swim", "{}");
        Membership c = join("tcp://c", -1, GroupFile.read(file).endpoints());
        GroupFileKeeper.attach(c, file, "swim", "{}");
        await(() -> a.view().size() == 3 && b.view().size() == 3 && c.view().size() == 3, "all see 3");
        assertEquals(a.view(), b.view());
        assertEquals(a.view(), c.view());
        assertEquals(List.of(0, 1, 2), List.of(a.rank(), b.rank(), c.rank()));
        await(() -> GroupFile.read(file).members().size() == 3, "the file lists 3");
        assertEquals(List.of("tcp://a", "tcp://b", "tcp://c"),
                GroupFile.read(file).members().stream().map(Member::address).toList());
        a.close();
        await(() -> b.view().size() == 2 && c.view().size() == 2, "the coordinator's leave is seen");
        assertEquals(0, b.rank());
        assertTrue(b.coordinator());
        await(() -> GroupFile.read(file).members().size() == 2, "the new coordinator rewrote the file");
        assertEquals(List.of("tcp://b", "tcp://c"), GroupFile.read(file).members().stream().map(Member::address).toList());
    }

    @Test
    void anotherCredentialCannotJoin() throws Exception {
        Path file = dir.resolve("g.json");
        Membership a = create("tcp://a", 42);
        GroupFileKeeper.attach(a, file, "swim", "{}");
        List<String> seeds = GroupFile.read(file).endpoints();
        BedrockException e = assertThrows(BedrockException.class, () -> join("tcp://x", 43, seeds));
        assertTrue(e.getMessage().startsWith("Could not join group \"g\""), e.getMessage());
        assertEquals(1, a.view().size());
        join("tcp://b", 42, seeds);
        await(() -> a.view().size() == 2, "the right credential joins");
    }

    @Test
    void joiningWhereNobodyAnswersFails() {
        BedrockException e = assertThrows(BedrockException.class, () -> join("tcp://x", -1, List.of("127.0.0.1:9")));
        assertTrue(e.getMessage().contains("no member answered at 127.0.0.1:9"), e.getMessage());
    }
}
