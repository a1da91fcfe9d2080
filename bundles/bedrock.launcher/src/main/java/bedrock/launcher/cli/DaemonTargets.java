package bedrock.launcher.cli;

import bedrock.api.client.Client;
import bedrock.api.client.ServiceHandle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options the client commands share: which daemons ({@code -a}, {@code -f} or {@code -s}, a default
 * protocol), Bedrock's provider id on them, the log level and the credential.
 */
final class DaemonTargets {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROTOCOL",
            description = "Protocol of addresses given without one (e.g. tcp).")
    String protocol;

    @Option(names = {"-a", "--addresses"}, paramLabel = "ADDR", description = "Address of a daemon (repeatable).")
    List<String> addresses;

    @Option(names = {"-f", "--flock-file", "--group-file"}, paramLabel = "FILE",
            description = "Group file listing the daemons ({\"members\":[{\"address\":...}]}).")
    Path groupFile;

    // Legacy (v0.14) name: the file an "ssg" group writes has the same format.
    @Option(names = {"-s", "--ssg-file"}, paramLabel = "FILE",
            description = "Group file written by an \"ssg\" group, listing the daemons.")
    Path ssgFile;

    @Option(names = {"-i", "--provider-id"}, paramLabel = "ID", defaultValue = "0",
            description = "Provider id of Bedrock on the daemons. Default: ${DEFAULT-VALUE}.")
    int providerId;

    @Option(names = {"-v", "--verbose"}, paramLabel = "LEVEL", defaultValue = "info",
            description = "Log level: trace, debug, info, warning, error, critical, off.")
    String verbose;

    @Option(names = "--credential", paramLabel = "C",
            description = "Credential sent to the daemons (default: the BEDROCK_CREDENTIAL environment variable).")
    String credential = System.getenv("BEDROCK_CREDENTIAL");

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", defaultValue = "30",
            description = "How long each request may take. Default: ${DEFAULT-VALUE} s.")
    double timeoutSeconds;

    /**
     * Applies the log level and lists the daemons' addresses.
     *
     * @throws UsageException when the options name no daemon or a bad level or group file
     */
    List<String> resolve() {
        LogLevel.parse(verbose).apply();
        if (!(timeoutSeconds > 0)) {
            throw new UsageException("invalid timeout " + timeoutSeconds + " (expected a number of seconds > 0)");
        }
        if (ssgFile == null) {
            return Addresses.collect(protocol, addresses, groupFile);
        }
        if (groupFile != null) {
            throw new UsageException("specifying -s and -f at the same time is not supported");
        }
        return Addresses.collect(protocol, addresses, ssgFile);
    }

    /** Whether daemons were named on the command line (addresses or a group file). */
    boolean named() {
        return addresses != null || groupFile != null || ssgFile != null;
    }

    /**
     * Sends one request to every daemon, all in parallel, and waits for all of them.
     *
     * @param targets the addresses {@link #resolve()} gave
     * @param request what to send through a daemon's handle
     * @param failure told the address and cause of each request that failed
     * @return the answers of the daemons that answered, in the order of {@code targets}
     */
    <T> Map<String, T> broadcast(List<String> targets, Function<ServiceHandle, CompletableFuture<T>> request,
            BiConsumer<String, Throwable> failure) throws InterruptedException {
        try (Client client = Client.create(clientOptions())) {
            Map<String, CompletableFuture<T>> pending = new LinkedHashMap<>();
            for (String target : targets) {
                CompletableFuture<T> call;
                try {
                    call = request.apply(client.makeServiceHandle(target, providerId));
                } catch (RuntimeException e) {
                    call = CompletableFuture.failedFuture(e);
                }
                pending.put(target, call);
            }
            Map<String, T> answers = new LinkedHashMap<>();
            for (var entry : pending.entrySet()) {
                try {
                    answers.put(entry.getKey(), entry.getValue().get());
                } catch (ExecutionException | CompletionException e) {
                    failure.accept(entry.getKey(), e.getCause());
                }
            }
            return answers;
        }
    }

    /** Client settings carrying the credential, if any. */
    Client.ClientOptions clientOptions() {
        Client.ClientOptions options = Client.ClientOptions.defaults()
                .withTimeout(java.time.Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
        return credential == null ? options : options.withCredential(credential);
    }
}
