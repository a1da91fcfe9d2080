package bedrock.launcher.cli;

import bedrock.launcher.BedrockHome;
import bedrock.launcher.EmbeddedFramework;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Starts the Gogo shell in a running daemon: installs {@code bundles/shell/} and starts it, the
 * console last, so that every command (Gogo's and {@code bedrock:*}) is registered before the
 * first prompt. Typing {@code exit} stops the framework, which ends the daemon.
 */
final class ShellLauncher {

    /** The console bundles: only JLine's is started; both would read standard input. */
    private static final String JLINE_CONSOLE = "org.apache.felix.gogo.jline";
    private static final Set<String> CONSOLES = Set.of(JLINE_CONSOLE, "org.apache.felix.gogo.shell");

    private ShellLauncher() {
    }

    static void start(EmbeddedFramework framework, Path home) {
        List<Path> jars = EmbeddedFramework.jarsIn(BedrockHome.shellBundles(home));
        // Commands first, then the console.
        framework.installAndStart(jars, bundle -> !CONSOLES.contains(bundle.getSymbolicName()));
        for (var bundle : framework.context().getBundles()) {
            if (JLINE_CONSOLE.equals(bundle.getSymbolicName())) {
                framework.start(bundle);
            }
        }
    }
}
