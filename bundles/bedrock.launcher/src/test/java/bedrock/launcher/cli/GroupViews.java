package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import bedrock.api.client.Client;
import bedrock.api.client.ServiceHandle;
import bedrock.api.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the members of a group say about it, over RPC, and what its group file lists; bounded
 * waits until they agree. A member's view is read by a {@link Reader} (a Flock provider's
 * config, or an {@code ssg} group through a Jx9 query).
 */
final class GroupViews {

    /** One member's view: its rank and the members' addresses in rank order. */
    record View(long rank, List<String> members) {
    }

    /** Reads the view of the member a handle points at. */
    interface Reader extends Function<ServiceHandle, View> {
    }

    /** Formation of a few JVMs on a loaded 2-core machine. */
    static final Duration FORM = Duration.ofSeconds(60);
    /** Far above the bounds configured in the tests (about 1 s): the machine is shared. */
    static final Duration DETECT = Duration.ofSeconds(30);

    private GroupViews() {
    }

    /** The view the Flock provider named {@code provider} reports in its config. */
    static Reader flock(String provider) {
        return handle -> {
            for (Object p : (List<?>) handle.config().get("providers")) {
                Map<?, ?> entry = (Map<?, ?>) p;
                if (provider.equals(entry.get("name"))) {
                    Map<?, ?> view = (Map<?, ?>) ((Map<?, ?>) entry.get("config")).get("view");
                    return new View(((Number) view.get("rank")).longValue(), strings(view.get("members")));
                }
            }
            throw new AssertionError("no provider \"" + provider + "\" at " + handle.address());
        };
    }

    /** Each daemon's view, by address. */
    static Map<String, View> read(Client client, List<ScriptRun> daemons, Reader reader) {
        Map<String, View> views = new LinkedHashMap<>();
        for (ScriptRun d : daemons) {
            views.put(d.address(), reader.apply(client.makeServiceHandle(d.address())));
        }
        return views;
    }

    /**
     * Waits until every one of {@code members} reports the same view, listing exactly them, and
     * each is at its own position in it.
     *
     * @return the agreed members in rank order
     */
    static List<String> awaitAgreement(DaemonFleet fleet, List<ScriptRun> members, Reader reader, Duration bound)
            throws Exception {
        Set<String> expected = Set.copyOf(members.stream().map(ScriptRun::address).toList());
        Map<String, View> views = DaemonFleet.await(bound, "the views of " + expected + " to agree",
                () -> read(fleet.client(), members, reader), v -> agree(v, expected));
        return views.values().iterator().next().members();
    }

    private static boolean agree(Map<String, View> views, Set<String> expected) {
        List<String> first = views.values().iterator().next().members();
        if (first.size() != expected.size() || !Set.copyOf(first).equals(expected)) {
            return false;
        }
        return views.entrySet().stream().allMatch(e -> e.getValue().members().equals(first)
                && e.getValue().rank() == first.indexOf(e.getKey()));
    }

    /** Waits until the group file lists exactly {@code view}, in order; checks the members' fields. */
    static void awaitFile(Path file, List<String> view, int providerId, Duration bound) throws Exception {
        List<?> members = DaemonFleet.await(bound, file + " to list " + view,
                () -> (List<?>) Json.parseObject(Files.readString(file)).get("members"),
                m -> view.equals(m.stream().map(e -> ((Map<?, ?>) e).get("address")).toList()));
        for (Object m : members) {
            Map<?, ?> entry = (Map<?, ?>) m;
            assertEquals((long) providerId, entry.get("provider_id"), entry::toString);
            assertFalse(String.valueOf(entry.get("endpoint")).isEmpty(), "a group endpoint: " + entry);
        }
    }

    /** The view an {@code ssg} group shows to Jx9 queries: {@code $__ssg__.<group>}. */
    static Reader ssg(String group) {
        return handle -> {
            Map<?, ?> v = (Map<?, ?>) handle.query("return $__ssg__." + group + ";").value();
            List<String> members = strings(v.get("members"));
            assertEquals((long) members.size(), v.get("size"), () -> "size and members of " + v);
            return new View(((Number) v.get("rank")).longValue(), members);
        };
    }

    static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String.class::cast).toList();
    }

    /** A failure done to a member: a signal, a crash. */
    interface Failure {
        void run() throws Exception;
    }

    /**
     * Runs {@code failure} on {@code victim} (which leaves {@code members}) and waits for every
     * other member to agree on a view without it; prints the time taken beside the bound of
     * period {@code periodMs} and {@code suspectPeriods}.
     *
     * @return the survivors' agreed view
     */
    static List<String> detect(DaemonFleet fleet, List<ScriptRun> members, ScriptRun victim, Reader reader,
            String what, Failure failure, long periodMs, long suspectPeriods) throws Exception {
        members.remove(victim);
        long start = System.nanoTime();
        failure.run();
        List<String> view = awaitAgreement(fleet, members, reader, DETECT);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s: every survivor's view dropped it after %d ms (bound P*k + P = %d ms "
                + "+ view installation)%n", what, ms, periodMs * (suspectPeriods + 1));
        assertFalse(view.contains(victim.address()), view::toString);
        return view;
    }

    /** The member at that rank of a view. */
    static ScriptRun byRank(List<ScriptRun> members, List<String> view, int rank) {
        return members.stream().filter(m -> m.address().equals(view.get(rank))).findFirst().orElseThrow();
    }

    /** The view without that member. */
    static List<String> without(List<String> view, ScriptRun gone) {
        return view.stream().filter(a -> !a.equals(gone.address())).toList();
    }
}
