package bedrock.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hot deploy of module bundles: the framework of a daemon (and of any server made by
 * {@link EmbeddedServerFactory}) also runs Apache Felix FileInstall, which watches a folder and
 * installs and starts every bundle jar copied there, updates it when the jar changes, and
 * uninstalls it when the jar is deleted. The runtime sees the module factories come and go through
 * the service registry: a module type is usable (by {@code add_provider}, or by
 * {@code "libraries": {"type": null}}) as soon as its bundle has started, and the providers of a
 * type are removed when its bundle goes.
 *
 * <p>The folder is {@code <BEDROCK_HOME>/deploy}, created if missing, or the folder named by the
 * system property {@value #PROPERTY} (relative to the working directory); {@code none} (or the
 * empty string) turns hot deploy off; {@value #POLL_PROPERTY} sets the poll interval in
 * milliseconds (default 50). FileInstall itself is {@code bundles/hotdeploy/*.jar} in the
 * distribution; a distribution without it has no hot deploy. If the folder cannot be created, the
 * daemon starts without hot deploy and says so in a warning.
 *
 * <p>Stateless; thread-safe.
 */
public final class HotDeploy {

    /** System property naming the watched folder; {@code none} turns hot deploy off. */
    public static final String PROPERTY = "bedrock.deploy";

    /** System property: how often FileInstall scans the folder, in milliseconds. */
    public static final String POLL_PROPERTY = "bedrock.deploy.poll";

    /**
     * How often FileInstall scans the folder by default. A jar is installed on the second scan
     * that finds it unchanged, so it is usable about two polls (plus ~15 ms to install and
     * start it) after the copy: 30 ms keeps that under 100 ms, for one directory listing per scan.
     */
    public static final Duration POLL = Duration.ofMillis(30);

    /**
     * The bundles of {@code bundles/} (and FileInstall) that a Bedrock service does not need to
     * serve, started on a background thread while the service starts (see
     * {@link EmbeddedFramework#start(List, Map, List)}), in this order: Declarative Services first,
     * since module bundles use it (loading one waits, bounded, for its factory), then the Typed
     * Events bus and its DSL, and FileInstall.
     */
    public static final List<String> STARTED_LATER = List.of("org.apache.felix.configadmin",
            "org.apache.felix.scr", "org.apache.aries.component-dsl.component-dsl",
            "org.apache.aries.typedevent.bus", "org.apache.felix.fileinstall");

    /**
     * The first of {@link #STARTED_LATER}, which a module bundle needs: installing one (when the
     * start was deferred) starts these at once, and the others only once the start is begun.
     */
    static final java.util.Set<String> NEEDED_BY_MODULES = java.util.Set.of("org.apache.felix.configadmin",
            "org.apache.felix.scr");

    private static final System.Logger LOG = System.getLogger(HotDeploy.class.getName());

    private HotDeploy() {
    }

    /**
     * Boots the framework of a server of that distribution: the bundles of {@code bundles/} plus,
     * when hot deploy is on, FileInstall watching {@link #folder}; {@link #STARTED_LATER} start
     * on a background thread ({@link EmbeddedFramework#awaitStarted} waits for them).
     *
     * @param properties framework properties, which win over FileInstall's defaults set here
     */
    public static EmbeddedFramework startFramework(Path home, Map<String, String> properties) {
        return startFramework(home, properties, false);
    }

    /**
     * As {@link #startFramework(Path, Map)}; with {@code defer} the {@link #STARTED_LATER} bundles
     * wait for {@link EmbeddedFramework#beginLater()} (or for a module bundle's install).
     */
    static EmbeddedFramework startFramework(Path home, Map<String, String> properties, boolean defer) {
        return startFramework(home, properties, defer ? Start.DEFERRED : Start.BACKGROUND, jar -> true);
    }

    /** When the {@link #STARTED_LATER} bundles start. */
    enum Start {
        /** On a background thread, at once. */
        BACKGROUND,
        /** On a background thread, once begun (see {@link EmbeddedFramework#beginLater()}). */
        DEFERRED,
        /** With the others, in the caller's thread, before this returns. */
        WITH_THE_REST
    }

    /** As {@link #startFramework(Path, Map)}, installing only the jars of {@code bundles/} that pass the filter. */
    static EmbeddedFramework startFramework(Path home, Map<String, String> properties, Start start,
            java.util.function.Predicate<Path> install) {
        Path folder = prepare(home);
        List<Path> bundles = new ArrayList<>(EmbeddedFramework.jarsIn(BedrockHome.bundles(home)));
        bundles.removeIf(install.negate());
        Map<String, String> config = new HashMap<>();
        if (folder != null) {
            bundles.addAll(fileInstall(home));
            config.putAll(properties(folder));
        }
        config.putAll(properties);
        return start == Start.WITH_THE_REST ? EmbeddedFramework.start(bundles, config)
                : EmbeddedFramework.start(bundles, config, STARTED_LATER, start == Start.DEFERRED);
    }

    /**
     * The folder watched for that distribution, or null when hot deploy is turned off (by the
     * system property) or not shipped (no FileInstall in {@code bundles/hotdeploy/}).
     */
    public static Path folder(Path home) {
        if (fileInstall(home).isEmpty()) {
            return null;
        }
        String property = System.getProperty(PROPERTY);
        if (property == null) {
            return home.resolve("deploy").toAbsolutePath().normalize();
        }
        if (property.isBlank() || property.trim().equals("none")) {
            return null;
        }
        return Path.of(property.trim()).toAbsolutePath().normalize();
    }

    /** The poll interval: {@value #POLL_PROPERTY} if set to a positive number, else {@link #POLL}. */
    public static Duration poll() {
        String property = System.getProperty(POLL_PROPERTY);
        if (property != null) {
            try {
                long millis = Long.parseLong(property.trim());
                if (millis > 0) {
                    return Duration.ofMillis(millis);
                }
            } catch (NumberFormatException e) {
                // Falls through to the warning.
            }
            LOG.log(System.Logger.Level.WARNING, "Ignoring -D" + POLL_PROPERTY + "=" + property
                    + ": expected a positive number of milliseconds; polling every "
                    + POLL.toMillis() + " ms");
        }
        return POLL;
    }

    /** FileInstall's framework properties for watching that folder. */
    public static Map<String, String> properties(Path folder) {
        return Map.of(
                "felix.fileinstall.dir", folder.toString(),
                "felix.fileinstall.poll", Long.toString(poll().toMillis()),
                "felix.fileinstall.noInitialDelay", "true",
                "felix.fileinstall.bundles.new.start", "true",
                // Only bundles: no configuration files, no editor swap files.
                "felix.fileinstall.filter", ".*\\.jar",
                // Through java.util.logging to stderr (standard output carries the daemon's
                // "now running" line); "Installed"/"Started" lines are INFO.
                "felix.fileinstall.log.default", "jul",
                "felix.fileinstall.log.level", "3");
    }

    /** The FileInstall jar(s) the distribution ships, none if it ships none. */
    static List<Path> fileInstall(Path home) {
        Path dir = BedrockHome.bundles(home).resolve("hotdeploy");
        return Files.isDirectory(dir) ? EmbeddedFramework.jarsIn(dir) : List.of();
    }

    /** The folder, created if missing; null when off or when it cannot be created. */
    static Path prepare(Path home) {
        Path folder = folder(home);
        if (folder == null) {
            return null;
        }
        try {
            Files.createDirectories(folder);
            return folder;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Hot deploy is off: cannot create the folder "
                    + folder + " (" + e + "); set -D" + PROPERTY + "=<folder> to use another one");
            return null;
        }
    }
}
