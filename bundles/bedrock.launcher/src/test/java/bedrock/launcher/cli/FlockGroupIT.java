package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bedrock.api.client.ServiceGroupHandle;
import bedrock.api.json.Json;
import bedrock.launcher.cli.GroupViews.Reader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flock groups across daemon processes on 127.0.0.1: one daemon creates the group
 * ({@code bootstrap: self}), the others join through the group file it writes. Failure detection
 * with period P = 200 ms and k = 3 suspect periods: a crashed (SIGKILL) or hung (SIGSTOP) member
 * should leave every survivor's view within P·k + P + the view's installation; the tests allow
 * much more (a loaded machine) and print what they saw beside that bound.
 */
class FlockGroupIT {

    static final Duration FORM = GroupViews.FORM;
    static final Duration DETECT = GroupViews.DETECT;
    static final long PERIOD_MS = 200;
    static final long SUSPECT_PERIODS = 3;
    static final int PROVIDER_ID = 1;
    private static final Reader VIEW = GroupViews.flock("group");

    @TempDir
    Path dir;
    private DaemonFleet fleet;
    private Path file;

    @BeforeEach
    void fleet() {
        fleet = new DaemonFleet(dir);
        file = dir.resolve("group.flock");
    }

    @AfterEach
    void stop() throws Exception {
        fleet.close();
    }

    /** A spec with one flock provider "group" of that backend, P = 200 ms, k = 3. */
    Map<String, Object> spec(String bootstrap, String type) {
        Map<String, Object> settings = type.equals("swim")
                ? Map.of("protocol_period_ms", PERIOD_MS, "suspicion_timeout_ms", PERIOD_MS * SUSPECT_PERIODS)
                : Map.of("ping_interval_ms", PERIOD_MS, "ping_max_num_timeouts", SUSPECT_PERIODS);
        return Map.of("libraries", Map.of("flock", ScriptRun.module("bedrock.module.flock.jar")),
                "providers", List.of(Map.of("name", "group", "type", "flock", "provider_id", PROVIDER_ID,
                        "config", Map.of("bootstrap", bootstrap, "file", file.toString(),
                                "group", Map.of("type", type, "config", settings)))));
    }

    /** One daemon creates the group, then {@code joiners} join it at once; all agree. */
    List<ScriptRun> form(int joiners, String type) throws Exception {
        List<ScriptRun> members = new ArrayList<>();
        members.add(fleet.start(spec("self", type)));
        members.addAll(fleet.start(Collections.nCopies(joiners, spec("join", type))));
        GroupViews.awaitAgreement(fleet, members, VIEW, FORM);
        return members;
    }

    @Test
    void membersAgreeOnRanksAndTheFileHandlesAndQueryFollowThem() throws Exception {
        List<ScriptRun> members = form(3, "swim");
        List<String> view = GroupViews.awaitAgreement(fleet, members, VIEW, FORM);
        assertEquals(members.get(0).address(), view.get(0), "the creator is the coordinator, rank 0");
        GroupViews.awaitFile(file, view, PROVIDER_ID, FORM);

        ServiceGroupHandle group = fleet.client().makeServiceGroupHandleFromFile(file, 0);
        assertEquals(4, group.size());
        for (int rank = 0; rank < 4; rank++) {
            assertEquals(view.get(rank), group.get(rank).address());
        }
        assertEquals(view, List.copyOf(group.config().keySet()), "every member answers, in rank order");
        assertEquals(view, List.copyOf(group.query("return 1;").keySet()));

        ScriptRun query = ScriptRun.run("bedrock-query", "tcp", "-f", file.toString());
        assertEquals(0, query.awaitExit(), query::describe);
        assertEquals(view, List.copyOf(Json.parseObject(query.restOfStdout()).keySet()));
    }

    @Test
    void crashedMemberThenCrashedCoordinatorLeaveAndALateJoinerComesLast() throws Exception {
        List<ScriptRun> members = form(3, "swim");
        List<String> before = GroupViews.awaitAgreement(fleet, members, VIEW, FORM);
        ServiceGroupHandle group = fleet.client().makeServiceGroupHandleFromFile(file, 0);
        GroupViews.awaitFile(file, before, PROVIDER_ID, FORM);

        ScriptRun member = GroupViews.byRank(members, before, 2);
        List<String> after = detect(members, member, "SIGKILL of rank 2", () -> DaemonFleet.crash(member));
        assertEquals(GroupViews.without(before, member), after, "the others keep their order");
        GroupViews.awaitFile(file, after, PROVIDER_ID, DETECT);
        group.refresh();
        assertEquals(after, List.copyOf(group.config().keySet()), "the handle sees the live members");

        ScriptRun coordinator = GroupViews.byRank(members, after, 0);
        List<String> left = detect(members, coordinator, "SIGKILL of the coordinator",
                () -> DaemonFleet.crash(coordinator));
        assertEquals(GroupViews.without(after, coordinator), left, "the next member takes over as rank 0");
        GroupViews.awaitFile(file, left, PROVIDER_ID, DETECT);

        // The file lists the live members only: a late joiner reaches the group through them.
        ScriptRun late = fleet.start(spec("join", "swim"));
        members.add(late);
        List<String> grown = GroupViews.awaitAgreement(fleet, members, VIEW, FORM);
        assertEquals(late.address(), grown.get(2), "a joiner takes the last rank");
        GroupViews.awaitFile(file, grown, PROVIDER_ID, DETECT);
        ScriptRun query = ScriptRun.run("bedrock-query", "tcp", "-f", file.toString());
        assertEquals(0, query.awaitExit(), query::describe);
        assertEquals(grown, List.copyOf(Json.parseObject(query.restOfStdout()).keySet()));
    }

    @Test
    void hungMemberLeavesAndMergesBackWhenItResumes() throws Exception {
        List<ScriptRun> members = form(2, "centralized");
        List<String> before = GroupViews.awaitAgreement(fleet, members, VIEW, FORM);
        ScriptRun hung = GroupViews.byRank(members, before, 1);
        List<String> after = detect(members, hung, "SIGSTOP of rank 1", () -> DaemonFleet.signal(hung, "STOP"));
        assertEquals(GroupViews.without(before, hung), after);
        GroupViews.awaitFile(file, after, PROVIDER_ID, DETECT);

        DaemonFleet.signal(hung, "CONT");
        members.add(hung);
        // MERGE3 finds the two views and merges them: all three agree again.
        List<String> merged = GroupViews.awaitAgreement(fleet, members, VIEW, FORM);
        List<String> expected = new ArrayList<>(after);
        expected.add(hung.address());
        assertEquals(expected, merged, "the resumed member merges back last, the others keep their ranks");
        GroupViews.awaitFile(file, merged, PROVIDER_ID, DETECT);
    }

    private List<String> detect(List<ScriptRun> members, ScriptRun victim, String what, GroupViews.Failure failure)
            throws Exception {
        return GroupViews.detect(fleet, members, victim, VIEW, what, failure, PERIOD_MS, SUSPECT_PERIODS);
    }
}
