package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The picocli-free reading of plain client command lines sets what picocli sets, or declines. */
class QuickArgsTest {

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void plainLinesSetWhatPicocliSets() {
        List<String[]> lines = List.of(
                new String[] {"-a", "tcp://127.0.0.1:1"},
                new String[] {"tcp", "-a", "127.0.0.1:1", "--addresses", "127.0.0.1:2", "-i", "7"},
                new String[] {"-f", "group.json", "-p", "-t", "2.5", "-v", "off", "--credential", "s3"},
                new String[] {"--ssg-file", "g.ssg", "--jx9-file", "q.jx9", "--pretty", "--timeout", "10"},
                new String[] {"-w", "-a", "x", "--provider-id", "0", "--verbose", "debug", "--group-file", "f"},
                new String[] {"--flock-file", "f", "-s", "g", "-j", "", "na+sm"},
                new String[] {});
        for (String[] line : lines) {
            QueryCommand quick = new QueryCommand(NOWHERE, NOWHERE);
            assertTrue(quick.takeQuickly(line), Arrays.toString(line));
            QueryCommand picocli = new QueryCommand(NOWHERE, NOWHERE);
            new CommandLine(picocli).parseArgs(line);
            assertEquals(fields(picocli), fields(quick), Arrays.toString(line));
        }
    }

    @Test
    void otherLinesAreLeftToPicocli() {
        List<String[]> lines = List.of(
                new String[] {"--help"}, new String[] {"-V"}, new String[] {"-h", "-a", "x"},
                new String[] {"--addresses=x"}, new String[] {"-pw"}, new String[] {"-ax"},
                new String[] {"-a"}, new String[] {"-a", "-p"}, new String[] {"-i", "1", "-i", "2"},
                new String[] {"-p", "-p"}, new String[] {"tcp", "na+sm"}, new String[] {"@args.txt"},
                new String[] {"-a", "@x"}, new String[] {"--", "-a"}, new String[] {"-x"},
                new String[] {"-i", "0x10"}, new String[] {"-i", "007"}, new String[] {"-t", "1e3"},
                new String[] {"-t", "-1"}, new String[] {"-i", "99999999999"});
        for (String[] line : lines) {
            assertFalse(new QueryCommand(NOWHERE, NOWHERE).takeQuickly(line), Arrays.toString(line));
        }
    }

    @Test
    void shutdownReadsItsOptionsOnly() {
        assertTrue(DaemonTargets.quickArgs().parse(new String[] {"tcp", "-a", "x", "-t", "3"}) != null);
        assertEquals(null, DaemonTargets.quickArgs().parse(new String[] {"-a", "x", "-p"}));
        CommandRun run = CommandRun.shutdown("-a", "tcp://127.0.0.1:1", "-p");
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("error: Unknown option: '-p'"), run.err());
    }

    @Test
    void daemonLinesSetWhatPicocliSets() {
        List<String[]> lines = List.of(
                new String[] {}, new String[] {"--exit-when-ready", "-v", "off"},
                new String[] {"tcp://127.0.0.1:0", "-c", "s.json", "-o", "out.json", "--credential", "s"},
                new String[] {"na+sm", "--stdin", "-j", "--jx9-context", "x=1", "--shell", "--exit-on-eof"},
                new String[] {"--config", "s.jx9", "--jx9", "--output-config", "o", "--verbose", "debug"},
                new String[] {"--check", "--json", "-c", "f", "--http", "0"});
        for (String[] line : lines) {
            DaemonCommand quick = new DaemonCommand(java.io.InputStream.nullInputStream(), NOWHERE, NOWHERE);
            assertTrue(quick.takeQuickly(line), Arrays.toString(line));
            DaemonCommand picocli = new DaemonCommand(java.io.InputStream.nullInputStream(), NOWHERE, NOWHERE);
            new CommandLine(picocli).parseArgs(line);
            assertEquals(fields(picocli), fields(quick), Arrays.toString(line));
        }
        for (String[] line : List.of(new String[] {"graph", "-c", "f"}, new String[] {"--help"},
                new String[] {"-c"}, new String[] {"--config=f"}, new String[] {"tcp", "na+sm"})) {
            DaemonCommand command = new DaemonCommand(java.io.InputStream.nullInputStream(), NOWHERE, NOWHERE);
            assertFalse(command.takeQuickly(line), Arrays.toString(line));
        }
    }

    private static List<Object> fields(DaemonCommand c) {
        return Arrays.asList(c.address, c.config, c.output, c.verbose, c.jx9Context, c.credential, c.http,
                c.stdin, c.jx9, c.shell, c.exitOnEof, c.check, c.json, c.exitWhenReady);
    }

    private static List<Object> fields(QueryCommand c) {
        DaemonTargets d = c.daemons;
        return Arrays.asList(d.protocol, d.addresses, d.groupFile, d.ssgFile, d.providerId, d.verbose,
                d.credential, d.timeoutSeconds, c.script, c.pretty, c.watch);
    }
}
