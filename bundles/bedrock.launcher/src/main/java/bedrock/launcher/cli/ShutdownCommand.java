package bedrock.launcher.cli;

import bedrock.api.client.ServiceHandle;
import java.io.IOException;
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
        if (args.length == 1 && OneShotTraining.OPTION.equals(args[0])) {
            return train();
        }
        QuickArgs.Line line = DaemonTargets.quickArgs().parse(args);
        if (line == null || !daemons.take(line)) {
            return Commands.commandLine(this, out, err).execute(args);
        }
        try {
            return oneShot() ? 0 : Commands.call(this, err);
        } catch (OneShotClient.TimedOut e) {
            // The full path would wait as long again, then print this.
            err.println("Could not shutdown " + daemons.oneShotTargets().get(0) + ": " + e.getMessage());
            err.flush();
            return Commands.FAILURE;
        }
    }

    /** The class-data archive's training run ({@link OneShotTraining}). */
    private int train() {
        try {
            return OneShotTraining.run(this);
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return Commands.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Commands.FAILURE;
        }
    }

    /**
     * Shuts one daemon down through {@link OneShotClient}. Only one: after a failure the full path
     * runs again on every target, and a daemon already shut down would then read as unreachable.
     */
    boolean oneShot() throws OneShotClient.TimedOut {
        List<String> targets = daemons.oneShotTargets();
        return targets != null && targets.size() == 1 && daemons.oneShotClient().shutdown(targets.get(0));
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
