package bedrock.launcher.cli;

import bedrock.api.BedrockException;
import bedrock.api.check.CheckReport;
import bedrock.api.client.Client;
import bedrock.api.graph.DependencyGraph;
import bedrock.api.json.Json;
import bedrock.launcher.BedrockHome;
import java.io.IOException;
import java.io.InputStream;
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
 * {@code bedrock graph -c SPEC | -a ADDR [--svg] [-o FILE]}: the dependency graph, in DOT (or SVG),
 * of a spec as the runtime would complete it (its modules loaded only to read their dependency
 * declarations, as {@code --check} does) or of a running daemon's completed configuration. The
 * problems of a spec are printed as warnings: the graph still shows what the spec says.
 */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Prints the dependency graph of a spec (-c) or of a running daemon (-a) in DOT, or SVG.")
final class GraphCommand implements Callable<Integer> {

    @Mixin
    DaemonTargets daemons = new DaemonTargets();

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Spec file (JSON, or Jx9 with -j).")
    Path config;

    @Option(names = "--stdin", description = "Read the spec from standard input.")
    boolean stdin;

    @Option(names = {"-j", "--jx9"}, description = "The spec is a Jx9 script returning the spec.")
    boolean jx9;

    @Option(names = "--jx9-context", paramLabel = "x=1,s=\"a\"", description = "Jx9 script parameters.")
    String jx9Context;

    @Option(names = "--svg", description = "Print SVG instead of DOT.")
    boolean svg;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the graph there instead of standard output.")
    Path output;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    GraphCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Map<String, Object> configuration;
        try {
            boolean remote = daemons.named();
            boolean fromSpec = config != null || stdin;
            if (remote == fromSpec) {
                throw new UsageException("give either a spec (-c FILE or --stdin) or a daemon (-a ADDRESS)");
            }
            configuration = remote ? remoteConfig() : specConfig();
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return Commands.FAILURE;
        } catch (RuntimeException e) {
            err.println(Commands.message(e));
            return Commands.FAILURE;
        }
        DependencyGraph graph = DependencyGraph.of(configuration);
        return print(svg ? graph.toSvg() : graph.toDot());
    }

    private Map<String, Object> remoteConfig() {
        List<String> targets = daemons.resolve();
        if (targets.size() != 1) {
            throw new UsageException("graph draws one daemon; " + targets.size() + " were given");
        }
        try (Client client = ClientLoader.create(daemons.clientOptions())) {
            return client.makeServiceHandle(targets.get(0), daemons.providerId).config();
        }
    }

    /** The completed spec, else (when its structure is broken) the spec as written, if it is JSON. */
    private Map<String, Object> specConfig() {
        LogLevel level = LogLevel.parse(daemons.verbose);
        SpecSource spec = SpecSource.resolve(config, stdin, jx9, jx9Context, in);
        level.apply();
        Path home = BedrockHome.locate();
        CheckReport report = SpecChecks.check(home, spec, Map.of("felix.log.level", level.felixLevel()));
        report.problems().forEach(p -> err.println("warning: " + p));
        if (!report.completed().isEmpty()) {
            return report.completed();
        }
        if (!spec.options().jx9()) {
            try {
                return Json.parseObject(spec.text());
            } catch (RuntimeException notJson) {
                // the problems printed above say why
            }
        }
        throw new BedrockException("cannot draw the spec: it could not be read (see above)");
    }

    private int print(String text) {
        if (output == null) {
            out.print(text.endsWith("\n") ? text : text + "\n");
            out.flush();
            return 0;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
            return 0;
        } catch (IOException e) {
            err.println("error: could not write the graph to " + output + ": " + e.getMessage());
            return Commands.FAILURE;
        }
    }
}
