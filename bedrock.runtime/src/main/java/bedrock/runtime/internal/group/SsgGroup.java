package bedrock.runtime.internal.group;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.api.module.GroupHandle;
import bedrock.membership.GroupFile;
import bedrock.membership.GroupFileKeeper;
import bedrock.membership.JGroupsMembership;
import bedrock.membership.Member;
import bedrock.membership.Membership;
import bedrock.membership.MembershipOptions;
import bedrock.membership.StaticMembership;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The group of an {@code ssg} entry, on the membership engine: ranks are positions in the agreed
 * view (the same on every member), and the group file, when there is one, is rewritten by the
 * coordinator on every view change. A group without a file cannot be found by anyone, so it is a
 * group of one without an engine. Thread-safe: every read is of the current view.
 */
public final class SsgGroup implements GroupHandle {

    /** The group file's {@code __type__} for groups of ssg entries. */
    static final String FILE_TYPE = "ssg";

    private final SsgSettings settings;
    private final Membership membership;
    private final byte[] fileBefore;

    private SsgGroup(SsgSettings settings, Membership membership, byte[] fileBefore) {
        this.settings = settings;
        this.membership = membership;
        this.fileBefore = fileBefore;
    }

    /**
     * Creates or joins the group a completed {@code ssg} entry describes. Joining waits (a bounded
     * time, on the calling thread) until the group's view includes this daemon.
     *
     * @throws BedrockException with the entry's JSON path; nothing is left running then and the
     *         group file is untouched
     */
    public static SsgGroup open(Map<String, Object> entry, String selfAddress, int bedrockId, String path) {
        SsgSettings s = SsgSettings.of(entry, path);
        GroupFile.Content joined = s.joining();
        Member self = new Member(selfAddress, bedrockId, "");
        if (s.file() == null) {
            return new SsgGroup(s, new StaticMembership(List.of(self), 0), null);
        }
        byte[] before = read(s.file());
        Membership m = start(s, self, joined);
        try {
            GroupFileKeeper.attach(m, s.file(), FILE_TYPE, s.metadata());
        } catch (BedrockException e) {
            m.close();
            throw new BedrockException(e.getMessage(), path + "/group_file", e);
        }
        return new SsgGroup(s, m, before);
    }

    private static Membership start(SsgSettings s, Member self, GroupFile.Content joined) {
        String host = MembershipOptions.hostOf(self.address());
        try {
            return JGroupsMembership.start(joined == null
                    ? MembershipOptions.create(s.name(), self, host, s.swim(), s.credential())
                    : MembershipOptions.join(s.name(), self, host, s.swim(), s.credential(), joined.endpoints()));
        } catch (BedrockException e) {
            String field = e.getMessage().contains("credential") ? "/credential" : "/group_file";
            throw new BedrockException("SSG group " + Json.write(s.name()) + ": " + e.getMessage(),
                    s.path() + field, e);
        }
    }

    /**
     * {@code $__ssg__.<group>} as this entry will see it once open, for the spec's own
     * {@code __if__} conditions: its rank and size, and the members ahead of it (its own address
     * is not known before the daemon binds).
     */
    public static Map<String, Object> predict(Map<String, Object> entry) {
        List<String> peers;
        try {
            peers = SsgSettings.of(entry, "").predictedPeers();
        } catch (BedrockException unusable) {
            peers = List.of();
        }
        return view(peers.size(), peers.size() + 1, peers);
    }

    private static Map<String, Object> view(int rank, int size, List<String> members) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rank", (long) rank);
        out.put("size", (long) size);
        out.put("members", List.copyOf(members));
        return out;
    }

    /** {@code $__ssg__.<group>}: {@code {"rank", "size", "members"}} of the current view. */
    public Map<String, Object> view() {
        List<String> members = members();
        return view(membership.rank(), members.size(), members);
    }

    /** Calls {@code listener} with the current view's addresses, then with every later view. */
    public void onView(Consumer<List<String>> listener) {
        membership.onView(view -> listener.accept(view.stream().map(Member::address).toList()));
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public List<String> members() {
        return membership.view().stream().map(Member::address).toList();
    }

    @Override
    public int rank() {
        return membership.rank();
    }

    @Override
    public int size() {
        return membership.view().size();
    }

    @Override
    public String addressOfRank(int rank) {
        List<Member> view = membership.view();
        if (rank < 0 || rank >= view.size()) {
            throw new BedrockException("Invalid rank " + rank + " in group " + Json.write(name()) + " (group has "
                    + view.size() + " members)");
        }
        return view.get(rank).address();
    }

    /**
     * Leaves the group at once; the last member empties the group file, so that nobody tries to
     * join members that are gone (and {@code init|join} creates the group anew).
     */
    public void leave() {
        boolean last = lastMember();
        membership.close();
        if (last) {
            GroupFile.write(settings.file(), List.of(), FILE_TYPE, settings.metadata());
        }
    }

    /** Leaves the group after a failed change: a group this daemon was alone in gets its file back. */
    public void abandon() {
        boolean last = lastMember();
        membership.close();
        if (!last) {
            return;
        }
        try {
            if (fileBefore == null) {
                Files.deleteIfExists(settings.file());
            } else {
                Files.write(settings.file(), fileBefore);
            }
        } catch (IOException e) {
            throw new BedrockException("Could not restore group file \"" + settings.file() + "\": " + e);
        }
    }

    private boolean lastMember() {
        return settings.file() != null && membership.rank() == 0 && membership.view().size() == 1;
    }

    private static byte[] read(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
