package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option errors: each is reported before any framework boots. */
class DaemonCommandTest {

    @TempDir
    Path dir;

    @Test
    void configFileAndStdinConflict() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), "{}");
        CommandRun run = CommandRun.daemon("-c", spec.toString(), "--stdin");
        assertEquals(1, run.status());
        assertEquals("error: both config file and --stdin were provided\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void unreadableConfigFile() {
        Path missing = dir.resolve("missing.json");
        CommandRun run = CommandRun.daemon("tcp", "-c", missing.toString());
        assertEquals(1, run.status());
        assertEquals("error: could not read configuration file \"" + missing + "\": no such file\n", run.err());
    }

    @Test
    void nonUtf8ConfigFileSaysWhy() throws Exception {
        Path latin1 = java.nio.file.Files.write(dir.resolve("latin1.json"),
                "{\"name\": \"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CommandRun run = CommandRun.daemon("tcp", "-c", latin1.toString());
        assertEquals(1, run.status());
        assertEquals("error: could not read configuration file \"" + latin1
                + "\": it is not UTF-8 text (invalid byte 0xe9 at offset 13)\n", run.err());
    }

    @Test
    void jx9ContextNeedsJx9() {
        CommandRun run = CommandRun.daemon("--jx9-context", "x=1");
        assertEquals(1, run.status());
        assertEquals("error: passing Jx9 parameters for a JSON configuration\n", run.err());
    }

    @Test
    void jx9ContextEntryWithoutValue() throws Exception {
        Path script = Files.writeString(dir.resolve("spec.jx9"), "return {};");
        CommandRun run = CommandRun.daemon("-j", "-c", script.toString(), "--jx9-context", "x=1,y");
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("error: Invalid definition of \"y\""), run.err());
    }

    @Test
    void unknownLogLevel() {
        CommandRun run = CommandRun.daemon("-v", "loud");
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("error: invalid log level \"loud\""), run.err());
    }

    @Test
    void badHttpValueIsNamed() {
        for (String value : new String[] {"web", "127.0.0.1:99999", ":80"}) {
            CommandRun run = CommandRun.daemon("--http", value);
            assertEquals(1, run.status());
            assertEquals("error: Invalid --http value \"" + value + "\" (expected [HOST:]PORT, e.g. 8080 or "
                    + "127.0.0.1:8080; PORT 0 picks a free port)\n", run.err());
        }
    }

    @Test
    void unknownOption() {
        CommandRun run = CommandRun.daemon("--bogus");
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("error: Unknown option: '--bogus'"), run.err());
    }

    @Test
    void helpExitsZero() {
        CommandRun run = CommandRun.daemon("--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("--jx9-context"), run.out());
        assertTrue(!run.out().contains("--exit-when-ready"), "training option stays hidden");
    }
}
