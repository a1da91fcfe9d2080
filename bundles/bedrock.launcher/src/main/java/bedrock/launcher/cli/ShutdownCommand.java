package bedrock.launcher.cli;

import bedrock.api.client.Client;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
        return Commands.commandLine(this, out, err).execute(args);
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
        try (Client client = Client.create(daemons.clientOptions())) {
            Map<String, CompletableFuture<Void>> pending = new LinkedHashMap<>();
            for (String target : targets) {
                CompletableFuture<Void> call;
                try {
                    call = client.makeServiceHandle(target, daemons.providerId).shutdownAsync();
                } catch (RuntimeException e) {
                    call = CompletableFuture.failedFuture(e);
                }
                pending.put(target, call);
            }
            int status = 0;
            for (var entry : pending.entrySet()) {
                try {
                    entry.getValue().get();
                } catch (ExecutionException e) {
                    err.println("Could not shutdown " + entry.getKey() + ": " + reason(e.getCause()));
                    status = Commands.FAILURE;
                }
            }
            return status;
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
