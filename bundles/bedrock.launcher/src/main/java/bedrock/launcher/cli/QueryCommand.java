package bedrock.launcher.cli;

import bedrock.api.client.Client;
import bedrock.api.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bedrock-query [PROTOCOL] -a ADDR... [-f GROUPFILE]}: prints one JSON object mapping each
 * daemon's address to its completed configuration, or to the result of a Jx9 script ({@code -j}).
 * With {@code --watch}, follows their events instead, one JSON line each.
 * Runs without an OSGi framework ({@link Client#create()} on a plain class path), so it starts fast.
 */
@Command(name = "bedrock-query", mixinStandardHelpOptions = true, version = "Bedrock for the JVM 1.0.0",
        description = "Prints the configuration of Bedrock daemons, or the result of a Jx9 query.")
public final class QueryCommand implements Callable<Integer> {

    @Mixin
    DaemonTargets daemons = new DaemonTargets();

    @Option(names = {"-j", "--jx9-file"}, paramLabel = "FILE", description = "Jx9 script to run instead of reading the configuration.")
    Path script;

    @Option(names = {"-p", "--pretty"}, description = "Indent the output by four spaces.")
    boolean pretty;

    @Option(names = {"-w", "--watch"}, description = "Print the daemons' events as JSON lines as they come, until Ctrl-C.")
    boolean watch;

    private final PrintStream out;
    private final PrintStream err;
    /** The one-shot path already reported a timeout: the full path must not wait again. */
    private boolean timedOut;

    QueryCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the query; exits with its status. */
    public static void main(String[] args) {
        System.exit(new QueryCommand(System.out, System.err).run(args));
    }

    int run(String... args) {
        if (!takeQuickly(args)) {
            return Commands.commandLine(this, out, err).execute(args);
        }
        if (oneShot()) {
            return 0;
        }
        return timedOut ? Commands.FAILURE : Commands.call(this, err);
    }

    /** Prints the configurations through {@link OneShotClient}; false (nothing printed) when it cannot. */
    boolean oneShot() {
        List<String> targets = watch || script != null ? null : daemons.oneShotTargets();
        String json;
        try {
            json = targets == null ? null : daemons.oneShotClient().configs(targets);
        } catch (OneShotClient.TimedOut e) {
            err.println("error: " + targets.get(0) + ": " + e.getMessage());
            err.flush();
            timedOut = true;
            return false;
        }
        if (json == null) {
            return false;
        }
        out.println(pretty ? PrettyJson.reindent(json) : json);
        out.flush();
        return true;
    }

    /** Sets the options from a plain command line without picocli; false when picocli must read it. */
    boolean takeQuickly(String... args) {
        QuickArgs.Line line = DaemonTargets.quickArgs().valued("j", false, "-j", "--jx9-file")
                .flag("p", "-p", "--pretty").flag("w", "-w", "--watch").parse(args);
        if (line == null || !daemons.take(line)) {
            return false;
        }
        script = line.has("j") ? Path.of(line.value("j")) : null;
        pretty = line.has("p");
        watch = line.has("w");
        return true;
    }

    @Override
    public Integer call() {
        List<String> targets;
        String jx9;
        try {
            if (daemons.ssgFile != null && daemons.addresses != null) {
                // upstream's bedrock-query refuses this combination (bedrock-shutdown takes both)
                throw new UsageException("specifying -s and -a at the same time is not supported");
            }
            targets = daemons.resolve();
            jx9 = script == null ? null : readScript(script);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return Commands.FAILURE;
        }
        if (watch) {
            try (Client client = Client.create(daemons.clientOptions())) {
                return new EventPrinter(out, err).follow(client, targets, daemons.providerId);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        try {
            boolean[] failed = {false};
            Map<String, Object> results = daemons.broadcast(targets, handle -> jx9 == null
                    ? handle.configAsync().thenApply(c -> (Object) c)
                    : handle.queryAsync(jx9).thenApply(r -> {
                        r.warnings().forEach(w -> err.println("warning: " + handle.address() + ": " + w));
                        // The script's own JSON text, so its numbers print as Jx9 formats them.
                        return new com.fasterxml.jackson.databind.util.RawValue(r.json());
                    }), (address, cause) -> {
                        err.println("error: " + address + ": " + Commands.message(cause).substring(7));
                        failed[0] = true;
                    });
            if (failed[0]) {
                return Commands.FAILURE;
            }
            out.println(pretty ? PrettyJson.reindent(Json.write(results)) : Json.write(results));
            out.flush();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return Commands.FAILURE;
        } catch (RuntimeException e) {
            err.println(Commands.message(e));
            return Commands.FAILURE;
        }
    }

    private static String readScript(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("could not read Jx9 file " + file);
        }
    }
}
