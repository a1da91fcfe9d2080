package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.client.ServiceGroupHandle;
import bedrock.api.event.Topics;
import bedrock.api.event.WatchedEvent;
import bedrock.api.json.Json;
import bedrock.launcher.cli.GroupViews.Reader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ssg} entries across daemon processes on 127.0.0.1: one daemon creates group "g"
 * ({@code bootstrap: init}), the others join through its {@code group_file}; swim with period
 * P = 200 ms and k = 3 suspect periods. Members are seen through {@code $__ssg__.g} in Jx9 queries;
 * each member serves a {@code module_a} provider "a1", which {@code ssg://g/<rank>} dependencies of
 * other daemons resolve to.
 */
class SsgGroupIT {

    static final Duration FORM = GroupViews.FORM;
    static final Duration DETECT = GroupViews.DETECT;
    static final long PERIOD_MS = 200;
    static final long SUSPECT_PERIODS = 3;
    private static final Reader VIEW = GroupViews.ssg("g");

    @TempDir
    Path dir;
    private DaemonFleet fleet;
    private Path file;

    @BeforeEach
    void fleet() {
        fleet = new DaemonFleet(dir);
        file = dir.resolve("g.ssg");
    }

    @AfterEach
    void stop() throws Exception {
        fleet.close();
    }

    /** A member of "g" with a module_a provider "a1" (id 1), plus {@code providers}. */
    Map<String, Object> spec(String bootstrap, Map<?, ?>... providers) {
        List<Object> all = new ArrayList<>(List.of(Map.of("name", "a1", "type", "module_a", "provider_id", 1)));
        all.addAll(List.of(providers));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("libraries", Map.of("module_a", ScriptRun.module("bedrock.module.a.jar"),
                "module_c", ScriptRun.module("bedrock.module.c.jar")));
        spec.put("ssg", List.of(Map.of("name", "g", "bootstrap", bootstrap, "group_file", file.toString(),
                "swim", Map.of("period_length_ms", PERIOD_MS, "suspect_timeout_periods", SUSPECT_PERIODS))));
        spec.put("providers", all);
        return spec;
    }

    /** A module_c provider "c1" whose dependency "dep" is provider a1 at {@code ssg://g/<rank>}. */
    static Map<String, Object> dependingOnRank(int rank) {
        Map<String, Object> dependency = Map.of("name", "dep", "type", "module_a",
                "kind", "provider_handle", "is_required", true);
        return Map.of("name", "c1", "type", "module_c",
                "config", Map.of("expected_provider_dependencies", List.of(dependency)),
                "dependencies", Map.of("dep", "a1@ssg://g/" + rank));
    }

    List<ScriptRun> form(int joiners) throws Exception {
        List<ScriptRun> members = new ArrayList<>();
        members.add(fleet.start(spec("init")));
        members.addAll(fleet.start(Collections.nCopies(joiners, spec("join"))));
        GroupViews.awaitAgreement(fleet, members, VIEW, FORM);
        return members;
    }

    @Test
    void membersAgreeAndSsgDependenciesResolveAgainstTheView() throws Exception {
        List<ScriptRun> members = form(2);
        List<String> view = GroupViews.awaitAgreement(fleet, members, VIEW, FORM);
        assertEquals(members.get(0).address(), view.get(0), "the creator is rank 0");
        GroupViews.awaitFile(file, view, 0, FORM);

        // A fourth daemon joins and resolves ssg://g/2 to the member at rank 2 of the view it joined.
        ScriptRun late = fleet.start(spec("join", dependingOnRank(2)));
        members.add(late);
        List<String> grown = GroupViews.awaitAgreement(fleet, members, VIEW, FORM);
        assertEquals(view, grown.subList(0, 3), "a joiner takes the last rank, the others keep theirs");
        assertEquals("__module_a_client__->module_a:1@" + view.get(2), dependency(late));
        GroupViews.awaitFile(file, grown, 0, FORM);

        // A rank beyond the view: a clear error with the dependency's path, and the daemon leaves the group.
        ScriptRun bad = ScriptRun.start("bedrock", "tcp", "-c",
                java.nio.file.Files.writeString(dir.resolve("bad.json"), Json.write(spec("join", dependingOnRank(9))))
                        .toString());
        try {
            assertEquals(1, bad.awaitExit(), bad::describe);
            String err = bad.stderr();
            assertTrue(err.contains("Invalid rank 9 in group \"g\""), err);
            assertTrue(err.contains("/providers/1/dependencies/dep"), err);
        } finally {
            bad.close();
        }
        assertEquals(grown, GroupViews.awaitAgreement(fleet, members, VIEW, FORM));

        ServiceGroupHandle group = fleet.client().makeServiceGroupHandleFromFile(file, 0);
        assertEquals(grown, List.copyOf(group.config().keySet()));
        ScriptRun query = ScriptRun.run("bedrock-query", "tcp", "-f", file.toString());
        assertEquals(0, query.awaitExit(), query::describe);
        assertEquals(grown, List.copyOf(Json.parseObject(query.restOfStdout()).keySet()));
    }

    @Test
    void crashedMemberThenCrashedCoordinatorLeaveAndALateJoinerComesLast() throws Exception {
        List<ScriptRun> members = form(3);
        List<String> before = GroupViews.awaitAgreement(fleet, members, VIEW, FORM);
        ServiceGroupHandle group = fleet.client().makeServiceGroupHandleFromFile(file, 0);

        ScriptRun member = GroupViews.byRank(members, before, 2);
        List<String> after = detect(members, member, "ssg: SIGKILL of rank 2", () -> DaemonFleet.crash(member));
        assertEquals(GroupViews.without(before, member), after);
        assertSuspectedThenLeft(after.get(0), member.address());
        GroupViews.awaitFile(file, after, 0, DETECT);
        group.refresh();
        assertEquals(after, List.copyOf(group.config().keySet()));

        ScriptRun coordinator = GroupViews.byRank(members, after, 0);
        List<String> left = detect(members, coordinator, "ssg: SIGKILL of the coordinator",
                () -> DaemonFleet.crash(coordinator));
        assertEquals(GroupViews.without(after, coordinator), left);
        GroupViews.awaitFile(file, left, 0, DETECT);

        // init|join: the file lists live members, so this one joins rather than creating a group.
        ScriptRun late = fleet.start(spec("init|join", dependingOnRank(0)));
        members.add(late);
        List<String> grown = GroupViews.awaitAgreement(fleet, members, VIEW, FORM);
        assertEquals(List.of(left.get(0), left.get(1), late.address()), grown);
        assertEquals("__module_a_client__->module_a:1@" + left.get(0), dependency(late),
                "ssg://g/0 is the new coordinator");
        GroupViews.awaitFile(file, grown, 0, DETECT);
    }

    @Test
    void hungMemberLeavesAndMergesBackWhenItResumes() throws Exception {
        List<ScriptRun> members = form(2);
        List<String> before = GroupViews.awaitAgreement(fleet, members, VIEW, FORM);
        ScriptRun hung = GroupViews.byRank(members, before, 1);
        List<String> after = detect(members, hung, "ssg: SIGSTOP of rank 1", () -> DaemonFleet.signal(hung, "STOP"));
        assertEquals(GroupViews.without(before, hung), after);
        GroupViews.awaitFile(file, after, 0, DETECT);

        DaemonFleet.signal(hung, "CONT");
        members.add(hung);
        List<String> merged = GroupViews.awaitAgreement(fleet, members, VIEW, FORM);
        List<String> expected = new ArrayList<>(after);
        expected.add(hung.address());
        assertEquals(expected, merged, "the resumed member merges back last, the others keep their ranks");
        GroupViews.awaitFile(file, merged, 0, DETECT);
    }

    /** The failure detector's suspicion of a crashed member is an event, before the view drops it. */
    private void assertSuspectedThenLeft(String survivor, String crashed) {
        List<String> seen = new ArrayList<>();
        for (WatchedEvent e : fleet.client().makeServiceHandle(survivor).pollEvents(0, Duration.ZERO).events()) {
            if (crashed.equals(e.data().get("member"))) {
                seen.add(e.topic());
            }
        }
        int suspected = seen.indexOf(Topics.MEMBER_SUSPECTED);
        assertTrue(suspected >= 0 && suspected < seen.indexOf(Topics.MEMBER_LEFT), "events of " + crashed + ": " + seen);
    }

    private List<String> detect(List<ScriptRun> members, ScriptRun victim, String what, GroupViews.Failure failure)
            throws Exception {
        return GroupViews.detect(fleet, members, victim, VIEW, what, failure, PERIOD_MS, SUSPECT_PERIODS);
    }

    /** The handle provider c1's dependency "dep" resolved to, from the daemon's completed config. */
    private String dependency(ScriptRun daemon) {
        for (Object p : (List<?>) fleet.client().makeServiceHandle(daemon.address()).config().get("providers")) {
            Map<?, ?> provider = (Map<?, ?>) p;
            if ("c1".equals(provider.get("name"))) {
                return (String) ((Map<?, ?>) provider.get("dependencies")).get("dep");
            }
        }
        throw new AssertionError("no provider c1 at " + daemon.address());
    }
}
