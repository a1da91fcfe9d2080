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
