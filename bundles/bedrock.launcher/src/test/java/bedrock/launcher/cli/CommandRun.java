package bedrock.launcher.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a command printed and returned. */
record CommandRun(int status, String out, String err) {

    interface Command {
        int run(PrintStream out, PrintStream err);
    }

    static CommandRun of(Command command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = command.run(o, e);
        }
        return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CommandRun daemon(String... args) {
        return of((o, e) -> new DaemonCommand(java.io.InputStream.nullInputStream(), o, e).run(args));
    }

    /** The daemon command reading {@code stdin} as its standard input. */
    static CommandRun daemonWithInput(String stdin, String... args) {
        return of((o, e) -> new DaemonCommand(new java.io.ByteArrayInputStream(
                stdin.getBytes(StandardCharsets.UTF_8)), o, e).run(args));
    }

    static CommandRun query(String... args) {
        return of((o, e) -> new QueryCommand(o, e).run(args));
    }

    static CommandRun shutdown(String... args) {
        return of((o, e) -> new ShutdownCommand(o, e).run(args));
    }
}
