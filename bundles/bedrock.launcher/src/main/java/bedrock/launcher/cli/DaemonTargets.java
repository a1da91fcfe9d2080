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

    /** Defaults of the options below, shared with {@link #take}. */
    static final String DEFAULT_ID = "0";
    static final String DEFAULT_LEVEL = "info";
    static final String DEFAULT_TIMEOUT = "30";

    @Option(names = {"-i", "--provider-id"}, paramLabel = "ID", defaultValue = DEFAULT_ID,
            description = "Provider id of Bedrock on the daemons. Default: ${DEFAULT-VALUE}.")
    int providerId;

    @Option(names = {"-v", "--verbose"}, paramLabel = "LEVEL", defaultValue = DEFAULT_LEVEL,
            description = "Log level: trace, debug, info, warning, error, critical, off.")
    String verbose;

    @Option(names = "--credential", paramLabel = "C",
            description = "Credential sent to the daemons (default: the BEDROCK_CREDENTIAL environment variable).")
    String credential = System.getenv("BEDROCK_CREDENTIAL");

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", defaultValue = DEFAULT_TIMEOUT,
            description = "How long each request may take. Default: ${DEFAULT-VALUE} s.")
    double timeoutSeconds;

    /** These options, for a picocli-free reading of a plain command line ({@link QuickArgs}). */
    static QuickArgs quickArgs() {
        return new QuickArgs(1)
                .valued("a", true, "-a", "--addresses")
                .valued("f", false, "-f", "--flock-file", "--group-file")
                .valued("s", false, "-s", "--ssg-file")
                .valued("i", false, "-i", "--provider-id")
                .valued("v", false, "-v", "--verbose")
                .valued("credential", false, "--credential")
                .valued("t", false, "-t", "--timeout");
    }

    /**
     * Takes these options from a line {@link #quickArgs()} read, as picocli would have set them.
     *
     * @return false when a number is not in a plain form (picocli must read the line then)
     */
    boolean take(QuickArgs.Line line) {
        String id = line.has("i") ? line.value("i") : DEFAULT_ID;
        String timeout = line.has("t") ? line.value("t") : DEFAULT_TIMEOUT;
        if (!id.matches("0|[1-9][0-9]{0,8}") || !timeout.matches("[0-9]{1,9}(\\.[0-9]{1,9})?")) {
            return false;
        }
        protocol = line.positionals().isEmpty() ? null : line.positionals().get(0);
        addresses = line.options().get("a");
        groupFile = line.has("f") ? Path.of(line.value("f")) : null;
        ssgFile = line.has("s") ? Path.of(line.value("s")) : null;
        providerId = Integer.parseInt(id);
        verbose = line.has("v") ? line.value("v") : DEFAULT_LEVEL;
        if (line.has("credential")) {
            credential = line.value("credential");
        }
        timeoutSeconds = Double.parseDouble(timeout);
        return true;
    }

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

    /** Levels at which the full path logs nothing on success, so the one-shot path may replace it. */
    private static final java.util.Set<String> QUIET_LEVELS = java.util.Set.of("info", "warning", "error", "critical", "off");

    /**
     * The daemons of a plain {@code -a} line that {@link OneShotClient} may serve: null when a group
     * file, a bad timeout or a log level that would print more sends the command its full way.
     */
    List<String> oneShotTargets() {
        if (groupFile != null || ssgFile != null || addresses == null || addresses.isEmpty()
                || !(timeoutSeconds > 0) || !QUIET_LEVELS.contains(verbose.trim().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return Addresses.collect(protocol, addresses, null);
    }

    /** A one-shot client with these options. */
    OneShotClient oneShotClient() {
        return new OneShotClient(providerId, credential, timeoutSeconds);
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
