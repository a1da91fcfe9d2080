package bedrock.launcher.cli;

import bedrock.api.BedrockException;
import bedrock.api.ClientException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * What the three commands share: one error style ({@code error: <message>}, the JSON path in
 * parentheses when there is one) and one exit status for every failure (1; upstream returns -1
 * for usage errors and 0 for a failed start).
 */
final class Commands {

    /** Exit status of every failure. */
    static final int FAILURE = 1;

    private Commands() {
    }

    /** A picocli command line printing errors to {@code err} and mapping every failure to status 1. */
    static CommandLine commandLine(Object command, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        line.setParameterExceptionHandler((e, args) -> {
            err.println("error: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandName() + " --help' for usage.");
            err.flush();
            return FAILURE;
        });
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println(message(e));
            err.flush();
            return FAILURE;
        });
        return line;
    }

    /**
     * Runs a command whose options were set without picocli ({@link QuickArgs}), with the failure
     * handling of {@link #commandLine}.
     */
    static int call(Callable<Integer> command, PrintStream err) {
        try {
            return command.call();
        } catch (Exception e) {
            err.println(message(e));
            err.flush();
            return FAILURE;
        }
    }

    /** The one-line message of a failure, {@code error: ...}. */
    static String message(Throwable e) {
        String text = e.getMessage() == null ? e.toString() : e.getMessage();
        String path = null;
        if (e instanceof BedrockException b) {
            path = b.path().orElse(null);
        } else if (e instanceof ClientException c) {
            path = c.path().orElse(null);
        }
        // A message listing several problems already gives each one's path.
        boolean listsProblems = text.contains("\n");
        return "error: " + text + (path == null || path.isEmpty() || listsProblems ? "" : " (at " + path + ")");
    }
}
