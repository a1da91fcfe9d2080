package bedrock.launcher.cli;

import bedrock.api.client.Client;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bedrock-shutdown [PROTOCOL] -a ADDR... [-f GROUPFILE]}: asks every daemon to shut down,
 * in parallel. A daemon that cannot be reached or refuses prints
 * {@code Could not shutdown <address>: <reason>}, and the command exits 1 (upstream exits 0).
 */
@Command(name = "bedrock-shutdown", mixinStandardHelpOptions = true, version = "Bedrock for the JVM 1.0.0",
        description = "Shuts Bedrock daemons down.")
public final class ShutdownCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROTOCOL",
            description = "Protocol of addresses given without one (e.g. tcp).")
    String protocol;

    @Option(names = {"-a", "--addresses"}, paramLabel = "ADDR", description = "Address of a daemon (repeatable).")
    List<String> addresses;

    @Option(names = {"-f", "--flock-file", "--group-file"}, paramLabel = "FILE",
            description = "Group file listing the daemons.")
    Path groupFile;

    @Option(names = {"-i", "--provider-id"}, paramLabel = "ID", defaultValue = "0",
            description = "Provider id of Bedrock on the daemons. Default: ${DEFAULT-VALUE}.")
    int providerId;

    @Option(names = {"-v", "--verbose"}, paramLabel = "LEVEL", defaultValue = "info",
            description = "Log level: trace, debug, info, warning, error, critical, off.")
    String verbose;

    @Option(names = "--credential", paramLabel = "C",
            description = "Credential sent to the daemons (default: the BEDROCK_CREDENTIAL environment variable).")
    String credential = System.getenv("BEDROCK_CREDENTIAL");

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
            LogLevel.parse(verbose).apply();
            targets = Addresses.collect(protocol, addresses, groupFile);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return Commands.FAILURE;
        }
        Client.ClientOptions options = Client.ClientOptions.defaults();
        if (credential != null) {
            options = options.withCredential(credential);
        }
        try (Client client = Client.create(options)) {
            Map<String, CompletableFuture<Void>> pending = new LinkedHashMap<>();
            for (String target : targets) {
                CompletableFuture<Void> call;
                try {
                    call = client.makeServiceHandle(target, providerId).shutdownAsync();
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
