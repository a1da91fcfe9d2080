package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bedrock-query and bedrock-shutdown: addresses, group files and option errors. */
class ClientCommandsTest {

    @TempDir
    Path dir;

    @Test
    void queryNeedsAnAddress() {
        CommandRun run = CommandRun.query("tcp");
        assertEquals(1, run.status());
        assertEquals("error: no address or flock file specified\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void shutdownNeedsAnAddress() {
        CommandRun run = CommandRun.shutdown();
        assertEquals(1, run.status());
        assertEquals("error: no address or flock file specified\n", run.err());
    }

    @Test
    void shutdownTrainingRunShutsAStandInDownThroughTheOneShotPath() {
        CommandRun run = CommandRun.shutdown(OneShotTraining.OPTION);
        assertEquals(0, run.status(), run::err);
        assertEquals("", run.err());
        assertEquals("", run.out());
    }

    @Test
    void ssgFileIsAGroupFileExclusiveWithAddressesInQueries() throws Exception {
        Path group = Files.writeString(dir.resolve("g.ssg"), "{\"members\": [{\"address\": \"tcp://127.0.0.1:1\"}]}");
        CommandRun both = CommandRun.query("tcp", "-s", group.toString(), "-a", "tcp://127.0.0.1:2");
        assertEquals(1, both.status());
        assertEquals("error: specifying -s and -a at the same time is not supported\n", both.err());
        CommandRun withFlock = CommandRun.query("tcp", "-s", group.toString(), "-f", group.toString());
        assertEquals(1, withFlock.status());
        assertEquals("error: specifying -s and -f at the same time is not supported\n", withFlock.err());
        // alone (or with -a, for bedrock-shutdown), its members are the daemons asked
        DaemonTargets targets = new DaemonTargets();
        targets.ssgFile = group;
        targets.verbose = "info";
        targets.timeoutSeconds = 30;
        assertEquals(List.of("tcp://127.0.0.1:1"), targets.resolve());
        targets.addresses = List.of("tcp://127.0.0.1:2");
        assertEquals(List.of("tcp://127.0.0.1:2", "tcp://127.0.0.1:1"), targets.resolve());
    }

    @Test
    void timeoutMustBePositive() {
        CommandRun run = CommandRun.query("-a", "tcp://127.0.0.1:1", "-t", "0");
        assertEquals(1, run.status());
        assertEquals("error: invalid timeout 0.0 (expected a number of seconds > 0)\n", run.err());
    }

    @Test
    void queryWithUnreadableScript() {
        Path missing = dir.resolve("q.jx9");
        CommandRun run = CommandRun.query("-a", "tcp://127.0.0.1:1", "-j", missing.toString());
        assertEquals(1, run.status());
        assertEquals("error: could not read Jx9 file " + missing + "\n", run.err());
    }

    @Test
    void groupFileMembersFollowAddressesWithoutDuplicates() throws Exception {
        Path group = Files.writeString(dir.resolve("group.json"), """
                {"members": [{"address": "tcp://127.0.0.1:2", "provider_id": 0},
                             {"address": "tcp://127.0.0.1:1"},
                             {"address": "tcp://127.0.0.1:2"}]}""");
        assertEquals(List.of("tcp://127.0.0.1:1", "tcp://127.0.0.1:2"),
                Addresses.collect("tcp", List.of("tcp://127.0.0.1:1"), group));
    }

    @Test
    void protocolQualifiesBareAddresses() {
        assertEquals(List.of("tcp://127.0.0.1:5000", "tcp://h:1"),
                Addresses.collect("tcp", List.of("127.0.0.1:5000", "tcp://h:1"), null));
        assertEquals(List.of("127.0.0.1:5000"), Addresses.collect(null, List.of("127.0.0.1:5000"), null));
    }

    @Test
    void groupFileWithoutMembers() throws Exception {
        Path group = Files.writeString(dir.resolve("group.json"), "{\"nodes\": []}");
        CommandRun run = CommandRun.query("-f", group.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("error: group file " + group + " has no \"members\" array"), run.err());
    }
}
