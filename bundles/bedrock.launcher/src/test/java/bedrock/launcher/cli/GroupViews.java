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

    static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String.class::cast).toList();
    }
}
