package bedrock.launcher.cli;

import bedrock.api.client.ServiceHandle;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bedrock-shutdown [PROTOCOL] -a ADDR... [-f GROUPFILE]}: asks every daemon to shut down,
 * in parallel. A daemon that cannot be reached or refuses prints
 * {@code Could not shutdown <address>: <reason>}, and the command exits 1 (upstream exits 0).
 */
@Command(name = "bedrock-shutdown", mixinStandardHelpOptions = true, version = "Bedrock for the JVM 1.0.0",
        description = "Shuts Bedrock daemons down.")
public final class ShutdownCommand implements Callable<Integer> {

    @Mixin
    DaemonTargets daemons = new DaemonTargets();

    private final PrintStream out;
    private final PrintStream err;

    ShutdownCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command; exits with its status. */
    public static void main(String[] args) {
        System.exit(new ShutdownCommand(System.out, System.err).run(args));
    }

    int run(String... args) {
        QuickArgs.Line line = DaemonTargets.quickArgs().parse(args);
        return line != null && daemons.take(line) ? Commands.call(this, err)
                : Commands.commandLine(this, out, err).execute(args);
    }

    @Override
    public Integer call() {
        List<String> targets;
        try {
            targets = daemons.resolve();
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return Commands.FAILURE;
        }
        try {
            int[] status = {0};
            daemons.broadcast(targets, ServiceHandle::shutdownAsync, (address, cause) -> {
                err.println("Could not shutdown " + address + ": " + reason(cause));
                status[0] = Commands.FAILURE;
            });
            return status[0];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return Commands.FAILURE;
        } catch (RuntimeException e) {
            err.println(Commands.message(e));
            return Commands.FAILURE;
        }
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
