package bedrock.launcher.cli;

import bedrock.api.client.ServiceHandle;
import bedrock.api.json.Json;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/**
 * {@code bedrock-ctl -a ADDR COMMAND ...}: the changes that act on one provider or module of one
 * daemon: {@code snapshot}, {@code restore}, {@code migrate} and {@code unload}. Prints
 * {@code ok} and exits 0, or prints {@code error: <message> (at <path>)} and exits 1.
 */
@Command(name = "bedrock-ctl", mixinStandardHelpOptions = true, version = "Bedrock for the JVM 1.0.0",
        description = "Snapshots, restores and migrates providers, and unloads modules, on one Bedrock daemon.",
        subcommands = {CtlCommand.Snapshot.class, CtlCommand.Restore.class, CtlCommand.Migrate.class,
            CtlCommand.Unload.class})
public final class CtlCommand implements Callable<Integer> {

    @Mixin
    DaemonTargets daemons = new DaemonTargets();

    private final PrintStream out;
    private final PrintStream err;

    CtlCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command; exits with its status. */
    public static void main(String[] args) {
        System.exit(new CtlCommand(System.out, System.err).run(args));
    }

    int run(String... args) {
        return Commands.commandLine(this, out, err).execute(args);
    }

    @Override
    public Integer call() {
        err.println("error: missing command (snapshot, restore, migrate or unload)");
        return Commands.FAILURE;
    }

    /** Sends one request to the only daemon named, printing its outcome. */
    int send(Function<ServiceHandle, CompletableFuture<Void>> request) {
        List<String> targets;
        try {
            targets = daemons.resolve();
            if (targets.size() != 1) {
                throw new UsageException("bedrock-ctl acts on one daemon; " + targets.size() + " were given");
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return Commands.FAILURE;
        }
        try {
            boolean[] failed = {false};
            daemons.broadcast(targets, request, (address, cause) -> {
                err.println(Commands.message(cause));
                failed[0] = true;
            });
            if (!failed[0]) {
                out.println("ok");
            }
            return failed[0] ? Commands.FAILURE : 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return Commands.FAILURE;
        }
    }

    private static Map<String, Object> options(String json) {
        try {
            return Json.parseObject(json);
        } catch (RuntimeException e) {
            throw new UsageException("--options must be a JSON object, got " + json);
        }
    }

    @Command(name = "snapshot", description = "Writes a provider's state to a file on the daemon's machine.")
    static final class Snapshot implements Callable<Integer> {
        @ParentCommand CtlCommand ctl;
        @Parameters(index = "0", paramLabel = "PROVIDER", description = "Provider name or type:id.") String provider;
        @Parameters(index = "1", paramLabel = "PATH", description = "Snapshot file.") String path;
        @Option(names = {"-r", "--remove-source"}, description = "Remove the provider afterwards.") boolean remove;
        @Option(names = {"-o", "--options"}, paramLabel = "JSON", defaultValue = "{}") String options;

        @Override
        public Integer call() {
            Map<String, Object> opts = options(options);
            return ctl.send(h -> h.snapshotProviderAsync(provider, path, opts, remove));
        }
    }

    @Command(name = "restore", description = "Restores a provider's state from a file on the daemon's machine.")
    static final class Restore implements Callable<Integer> {
        @ParentCommand CtlCommand ctl;
        @Parameters(index = "0", paramLabel = "PROVIDER", description = "Provider name or type:id.") String provider;
        @Parameters(index = "1", paramLabel = "PATH", description = "Snapshot file.") String path;
        @Option(names = {"-o", "--options"}, paramLabel = "JSON", defaultValue = "{}",
                description = "e.g. {\"mode\":\"merge\"}.") String options;

        @Override
        public Integer call() {
            Map<String, Object> opts = options(options);
            return ctl.send(h -> h.restoreProviderAsync(provider, path, opts));
        }
    }

    @Command(name = "migrate", description = "Sends a provider's state to a provider of the same type on another daemon.")
    static final class Migrate implements Callable<Integer> {
        @ParentCommand CtlCommand ctl;
        @Parameters(index = "0", paramLabel = "PROVIDER", description = "Provider name or type:id.") String provider;
        @Parameters(index = "1", paramLabel = "DEST_ADDRESS", description = "Destination daemon.") String dest;
        @Parameters(index = "2", paramLabel = "DEST_ID", description = "Destination provider id.") int destId;
        @Option(names = {"-r", "--remove-source"}, description = "Remove the provider afterwards.") boolean remove;
        @Option(names = {"-o", "--options"}, paramLabel = "JSON", defaultValue = "{}",
                description = "e.g. {\"mode\":\"merge\"}.") String options;

        @Override
        public Integer call() {
            Map<String, Object> opts = options(options);
            return ctl.send(h -> h.migrateProviderAsync(provider, dest, destId, opts, remove));
        }
    }

    @Command(name = "unload", description = "Uninstalls a module bundle that no provider or client uses any more.")
    static final class Unload implements Callable<Integer> {
        @ParentCommand CtlCommand ctl;
        @Parameters(index = "0", paramLabel = "MODULE", description = "Module type or the location it was loaded from.")
        String module;

        @Override
        public Integer call() {
            return ctl.send(h -> h.unloadModuleAsync(module));
        }
    }
}
