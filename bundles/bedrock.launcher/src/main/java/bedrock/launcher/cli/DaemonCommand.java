package bedrock.launcher.cli;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.launcher.BedrockHome;
import bedrock.launcher.EmbeddedServer;
import bedrock.launcher.EmbeddedServerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bedrock [ADDRESS] [options]}: boots the embedded framework, starts a server from the
 * spec, prints {@code Bedrock daemon now running at <address>} and serves until shut down
 * (remotely, by SIGTERM/SIGINT, or by {@code exit} in the shell), then exits 0.
 *
 * <p>A spec that fails prints {@code error: <message> (at <json path>)} and exits 1 (upstream
 * logs it and exits 0).
 */
@Command(name = "bedrock", mixinStandardHelpOptions = true, version = "Bedrock for the JVM 1.0.0",
        description = "Starts a Bedrock daemon from a JSON (or Jx9) spec.")
public final class DaemonCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = DEFAULT_ADDRESS, paramLabel = "ADDRESS",
            description = "Protocol (tcp, na+sm, ofi+tcp) or address (tcp://127.0.0.1:5000). Default: ${DEFAULT-VALUE}.")
    String address;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Spec file (JSON, or Jx9 with -j).")
    Path config;

    @Option(names = {"-o", "--output-config"}, paramLabel = "FILE",
            description = "Write the completed configuration there once started (with --check: the completed spec, if valid).")
    Path output;

    @Option(names = {"-v", "--verbose"}, paramLabel = "LEVEL", defaultValue = DaemonTargets.DEFAULT_LEVEL,
            description = "Log level: trace, debug, info, warning, error, critical, off. Default: ${DEFAULT-VALUE}.")
    String verbose;

    @Option(names = "--stdin", description = "Read the spec from standard input.")
    boolean stdin;

    @Option(names = {"-j", "--jx9"}, description = "The spec is a Jx9 script returning the spec.")
    boolean jx9;

    @Option(names = "--jx9-context", paramLabel = "x=1,s=\"a\"",
            description = "Jx9 script parameters, each a JSON value.")
    String jx9Context;

    @Option(names = "--shell", description = "Start the interactive Gogo shell once the daemon runs.")
    boolean shell;

    @Option(names = "--credential", paramLabel = "SECRET",
            description = "Credential that changing RPCs (add, remove, load, shutdown) must carry; reading needs none. "
                    + "The environment variable " + CREDENTIAL_ENV + " does the same without showing in ps.")
    String credential;

    @Option(names = "--http", paramLabel = "[HOST:]PORT",
            description = "Serve the live web view there (host 127.0.0.1 unless given; port 0 picks one). Off by default.")
    String http;

    @Option(names = "--exit-on-eof",
            description = "Stop when standard input reaches its end: a supervising process (e.g. Python's Server) "
                    + "holds the other end of a pipe, so the daemon never outlives it, even when it is killed.")
    boolean exitOnEof;

    @Option(names = "--check",
            description = "Check the spec without starting anything: print every problem with its JSON path, "
                    + "exit 0 if valid, 1 if not, 2 on a usage error.")
    boolean check;

    @Option(names = "--json", description = "With --check: print the outcome as one JSON object on standard output.")
    boolean json;

    /** Start, write the output, stop: a training run for the class-data archive. */
    @Option(names = "--exit-when-ready", hidden = true)
    boolean exitWhenReady;

    static final String DEFAULT_ADDRESS = "tcp";

    /** Netty's system property that turns its JFR events on or off. */
    static final String NETTY_JFR = "io.netty.jfr.enabled";

    /** Environment variable holding the credential when {@code --credential} is not given. */
    static final String CREDENTIAL_ENV = "BEDROCK_CREDENTIAL";

    /** The framework property the runtime reads the credential from (its NetSecurity). */
    static final String CREDENTIAL_PROPERTY = "bedrock.credential";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private volatile int exitStatus;

    DaemonCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Runs the daemon; exits with its status. */
    public static void main(String[] args) {
        // Netty's buffer allocator emits JFR events, and merely checking for them loads some
        // 80 jdk.jfr classes into the daemon (its first request waits for them); a recording
        // that wants them sets -Dio.netty.jfr.enabled=true (e.g. in BEDROCK_JAVA_OPTS).
        System.getProperties().putIfAbsent(NETTY_JFR, "false");
        DaemonCommand command = new DaemonCommand(System.in, System.out, System.err);
        int status = command.run(args);
        command.exitStatus = status;
        System.exit(status);
    }

    /** Parses and runs, returning the exit status. */
    int run(String... args) {
        if (takeQuickly(args)) {
            return Commands.call(this, err);
        }
        CommandLine line = Commands.commandLine(this, out, err);
        line.addSubcommand("graph", new GraphCommand(in, out, err));
        // the settings reach a subcommand only when set after it was added
        line.setOut(line.getOut()).setErr(line.getErr())
                .setExecutionExceptionHandler(line.getExecutionExceptionHandler())
                .setParameterExceptionHandler(line.getParameterExceptionHandler());
        if (java.util.Arrays.asList(args).contains("--check")) {
            // --check promises 2 for every usage error, picocli's own included
            IParameterExceptionHandler usage = line.getParameterExceptionHandler();
            line.setParameterExceptionHandler((e, a) -> usage.handleParseException(e, a) == 0 ? 0 : CheckMode.USAGE);
        }
        return line.execute(args);
    }

    /**
     * Sets the options from a plain command line without picocli ({@link QuickArgs}: about a fifth
     * of a daemon's start); false when picocli must read it (help, errors, the graph subcommand).
     */
    boolean takeQuickly(String... args) {
        QuickArgs.Line line = new QuickArgs(1).valued("c", false, "-c", "--config")
                .valued("o", false, "-o", "--output-config").valued("v", false, "-v", "--verbose")
                .valued("jx9-context", false, "--jx9-context").valued("credential", false, "--credential")
                .valued("http", false, "--http").flag("stdin", "--stdin").flag("j", "-j", "--jx9")
                .flag("shell", "--shell").flag("exit-on-eof", "--exit-on-eof").flag("check", "--check")
                .flag("json", "--json").flag("exit-when-ready", "--exit-when-ready").parse(args);
        if (line == null || line.positionals().contains("graph")) {
            return false;
        }
        address = line.positionals().isEmpty() ? DEFAULT_ADDRESS : line.positionals().get(0);
        config = line.has("c") ? Path.of(line.value("c")) : null;
        output = line.has("o") ? Path.of(line.value("o")) : null;
        verbose = line.has("v") ? line.value("v") : DaemonTargets.DEFAULT_LEVEL;
        jx9Context = line.value("jx9-context");
        credential = line.value("credential");
        http = line.value("http");
        stdin = line.has("stdin");
        jx9 = line.has("j");
        shell = line.has("shell");
        exitOnEof = line.has("exit-on-eof");
        check = line.has("check");
        json = line.has("json");
        exitWhenReady = line.has("exit-when-ready");
        return true;
    }

    @Override
    public Integer call() throws Exception {
        if (check) {
            return check();
        }
        if (json) {
            err.println("error: --json goes with --check");
            return Commands.FAILURE;
        }
        Preload.start();
        LogLevel level = LogLevel.parse(verbose);
        SpecSource spec;
        try {
            if (exitOnEof && stdin) {
                throw new UsageException("--exit-on-eof watches standard input, so the spec cannot come from --stdin");
            }
            spec = SpecSource.resolve(config, stdin, jx9, jx9Context, in);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return Commands.FAILURE;
        }
        Map<String, String> properties = frameworkProperties(level, System.getenv(CREDENTIAL_ENV));
        try {
            if (http != null) {
                properties.putAll(WebLauncher.properties(http));
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return Commands.FAILURE;
        }
        level.apply();
        EmbeddedServer server;
        try {
            Path home = BedrockHome.locate();
            spec = spec.withHome(home);
            // Serves first: the ready line does not wait for the bundles the service does not need.
            server = new EmbeddedServerFactory(home, properties, true).create(address, spec.text(), spec.options());
        } catch (BedrockException e) {
            err.println(Commands.message(e));
            return Commands.FAILURE;
        }
        closeOnExit(server);
        // The completed config is written before the ready line, so whoever waits for the line can read it.
        if (output != null && !writeOutput(server)) {
            exitStatus = Commands.FAILURE;
            server.close();
            return Commands.FAILURE;
        }
        if (http != null) {
            try {
                out.println("Web view at " + WebLauncher.start(server.framework(), BedrockHome.locate()));
            } catch (BedrockException e) {
                err.println(Commands.message(e));
                exitStatus = Commands.FAILURE;
                server.close();
                return Commands.FAILURE;
            }
        }
        out.println("Bedrock daemon now running at " + server.address());
        out.flush();
        if (!exitWhenReady) {
            WarmUp.start(server);
        }
        serve(server);
        return 0;
    }

    /** {@code --check}: validates the spec in a framework of its own, starting no service. */
    private int check() {
        SpecSource spec;
        LogLevel level;
        try {
            level = LogLevel.parse(verbose);
            if (shell || http != null || exitOnEof) {
                throw new UsageException("--check starts nothing, so it takes neither --shell, --http nor --exit-on-eof");
            }
            spec = SpecSource.resolve(config, stdin, jx9, jx9Context, in);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return CheckMode.USAGE;
        }
        level.apply();
        Path home;
        try {
            home = BedrockHome.locate();
        } catch (BedrockException e) {
            err.println(Commands.message(e));
            return CheckMode.USAGE;
        }
        return new CheckMode(out, err, json).run(home, spec, CheckMode.label(config, stdin),
                frameworkProperties(level, null), output);
    }

    /** After the ready line: serves until shut down (or not at all for a training run). */
    private void serve(EmbeddedServer server) throws InterruptedException {
        if (!exitWhenReady) {
            if (exitOnEof) {
                closeAtEndOfInput(server);
            }
            if (shell) {
                ShellLauncher.start(server.framework(), BedrockHome.locate());
            }
            server.awaitShutdown();
        } else {
            // A training run: the class-data archive also gets the bundles started after the ready
            // line, and the classes of a first request and of a remote shutdown.
            server.framework().awaitStarted(EmbeddedServerFactory.RUNTIME_TIMEOUT);
            DaemonTraining.serveRequests(server);
        }
        server.close();
    }

    /**
     * The embedded framework's properties: the log level, and the credential (option first, then
     * environment). A framework property rather than a system property, so that it belongs to this
     * daemon's framework only.
     */
    private Map<String, String> frameworkProperties(LogLevel level, String credentialFromEnv) {
        Map<String, String> properties = new HashMap<>();
        properties.put("felix.log.level", level.felixLevel());
        String secret = credential != null ? credential : credentialFromEnv;
        if (secret != null && !secret.isEmpty()) {
            properties.put(CREDENTIAL_PROPERTY, secret);
        }
        return properties;
    }

    private boolean writeOutput(EmbeddedServer server) {
        try {
            Files.writeString(output, Json.writePretty(server.config()) + "\n", StandardCharsets.UTF_8);
            return true;
        } catch (IOException | RuntimeException e) {
            err.println("error: could not write the configuration to " + output + ": " + e.getMessage());
            return false;
        }
    }

    /** Closes the server once standard input ends (or fails): whoever held the pipe is gone. */
    private void closeAtEndOfInput(EmbeddedServer server) {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException e) {
                // A broken pipe is an end too.
            }
            server.close();
        }, "bedrock-stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * On SIGTERM/SIGINT the JVM runs shutdown hooks and would exit 143/130; a stop we asked for is
     * a clean stop, so the hook closes the server and framework, then ends with our own status.
     */
    private void closeOnExit(EmbeddedServer server) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            out.flush();
            err.flush();
            Runtime.getRuntime().halt(exitStatus);
        }, "bedrock-shutdown"));
    }
}
