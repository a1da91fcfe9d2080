package bedrock.launcher.cli;

import bedrock.api.client.Client;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options the client commands share: which daemons ({@code -a}, {@code -f}, a default
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
        return Addresses.collect(protocol, addresses, groupFile);
    }

    /** Client settings carrying the credential, if any. */
    Client.ClientOptions clientOptions() {
        Client.ClientOptions options = Client.ClientOptions.defaults()
                .withTimeout(java.time.Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
        return credential == null ? options : options.withCredential(credential);
    }
}
