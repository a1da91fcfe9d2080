package bedrock.launcher;

import bedrock.api.BedrockException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.util.tracker.ServiceTracker;

/**
 * An OSGi framework (Felix, found through {@link ServiceLoader}) embedded in this JVM: fresh
 * storage in a private folder ({@link FrameworkStorage}), the host's {@code bedrock.api} and
 * Jackson packages exported by the system bundle (see {@link SystemPackages}), and a given set of
 * bundles installed and started.
 *
 * <p>Each instance has its own storage and its own bundles, so two frameworks in one JVM share no
 * module state. Not thread-safe for start/stop; {@link #awaitService} may be called from any
 * thread.
 */
public final class EmbeddedFramework implements AutoCloseable {

    /** How long {@link #close()} waits for the framework to stop. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private static final System.Logger LOG = System.getLogger(EmbeddedFramework.class.getName());

    private final Framework framework;
    private final Path storage;
    private volatile LaterStart later;

    private EmbeddedFramework(Framework framework, Path storage) {
        this.framework = framework;
        this.storage = storage;
    }

    /**
     * Boots a framework, installs the jars directly inside {@code folder} (not its sub-folders),
     * and starts them.
     */
    public static EmbeddedFramework start(Path folder, Map<String, String> properties) {
        return start(jarsIn(folder), properties);
    }

    /**
     * Boots a framework, installs those bundle jars (by reference: nothing is copied) and starts
     * every one that is not a fragment.
     *
     * @param properties extra framework properties (may override the defaults)
     * @throws BedrockException if the framework or a bundle fails to start; nothing is left running
     */
    public static EmbeddedFramework start(List<Path> bundles, Map<String, String> properties) {
        return start(bundles, properties, List.of());
    }

    /**
     * As {@link #start(List, Map)}, but the bundles whose symbolic names are in {@code later} are
     * started on a background thread once the others are active, in the order of that list, so
     * that a caller that needs only the others can go on at once; {@link #awaitStarted} waits for
     * them.
     */
    public static EmbeddedFramework start(List<Path> bundles, Map<String, String> properties,
            List<String> later) {
        return start(bundles, properties, later, false);
    }

    /**
     * As {@link #start(List, Map, List)}; when {@code defer} is true the bundles named in
     * {@code later} start only once {@link #beginLater()} is called, or as soon as another bundle
     * is installed (e.g. a module bundle, which needs Declarative Services), or when someone
     * waits for them ({@link #awaitStarted}, {@link #installAndStart}).
     */
    static EmbeddedFramework start(List<Path> bundles, Map<String, String> properties,
            List<String> later, boolean defer) {
        Path storage = FrameworkStorage.create();
        Framework framework = felixFactory().newFramework(asStrings(config(storage, properties)));
        EmbeddedFramework embedded = new EmbeddedFramework(framework, storage);
        try {
            framework.init();
            List<Bundle> installed = embedded.install(bundles);
            framework.start();
            List<Bundle> deferred = installed.stream()
                    .filter(b -> later.contains(b.getSymbolicName()))
                    .sorted(Comparator.comparing(b -> later.indexOf(b.getSymbolicName()))).toList();
            int forModules = 0;
            while (forModules < deferred.size()
                    && HotDeploy.NEEDED_BY_MODULES.contains(deferred.get(forModules).getSymbolicName())) {
                forModules++;
            }
            Runnable slf4j = () -> Slf4jFirstUse.initialize(framework.getBundleContext());
            // Deferred, SLF4J starts with the bundles that use it (the bus, Jetty), after those
            // modules need: a module's start does not wait for it (about 15 ms on 2 cores).
            boolean slf4jLater = defer && forModules < deferred.size();
            if (!slf4jLater) {
                slf4j.run();
            }
            embedded.startAll(installed.stream().filter(b -> !later.contains(b.getSymbolicName())).toList());
            embedded.later = new LaterStart(framework, deferred, embedded::inactiveBundles, forModules,
                    slf4jLater ? slf4j : () -> { });
            if (defer) {
                embedded.later.defer();
            } else {
                embedded.later.begin();
            }
            return embedded;
        } catch (BundleException | RuntimeException e) {
            embedded.close();
            throw e instanceof BedrockException b ? b
                    : new BedrockException("Could not start the OSGi framework: " + e.getMessage(), e);
        }
    }

    /** The framework's configuration: ours, then the caller's properties (which win). */
    private static Map<String, Object> config(Path storage, Map<String, String> properties) {
        // slf4j-simple (the bus's and Jetty's logger) prints INFO by default: warnings and errors only.
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        // The folder is new and empty: no clean (Felix would delete it and recreate it without
        // its owner-only permissions); the lock tells FrameworkStorage the folder is in use.
        config.put("felix.cache.locking", "true");
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                SystemPackages.fromClassPath(EmbeddedFramework.class.getClassLoader()));
        // Felix's own messages: errors only, unless asked otherwise.
        config.put("felix.log.level", "1");
        config.put("felix.log.logger", new FelixLogBridge());
        // One resolver thread (the caller's): Felix's default pool keeps two idle threads for
        // the daemon's whole life, and a few bundles on 2 cores resolve no faster in parallel.
        config.put("felix.resolver.parallelism", "1");
        if (properties.containsKey(Constants.FRAMEWORK_STORAGE)) {
            // A folder of the caller's may hold an earlier framework's bundles.
            config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        }
        config.putAll(properties);
        return config;
    }

    /** Felix reads {@code felix.log.logger} as an object; the OSGi signature says strings. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, String> asStrings(Map<String, Object> config) {
        return (Map) config;
    }

    /** The {@code *.jar} files directly inside a folder, by name. */
    public static List<Path> jarsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BedrockException("No bundle folder at \"" + folder + "\"");
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.jar")) {
            dir.forEach(jars::add);
        } catch (IOException e) {
            throw new BedrockException("Could not list \"" + folder + "\": " + e, e);
        }
        jars.sort(Comparator.comparing(Path::toString));
        return jars;
    }

    /**
     * Installs more bundles into the running framework and starts those that pass the filter
     * (e.g. the shell's commands before its console), once the bundles started later are started.
     */
    public List<Bundle> installAndStart(List<Path> bundles, Predicate<Bundle> start) {
        awaitStarted(STOP_TIMEOUT);
        try {
            List<Bundle> installed = install(bundles);
            startAll(installed.stream().filter(start).toList());
            return installed;
        } catch (BundleException e) {
            throw new BedrockException("Could not start bundles " + bundles + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waits until the bundles given to start later are started (beginning their start if it
     * was deferred).
     *
     * @throws BedrockException if one of them failed to start, or after the timeout
     */
    public void awaitStarted(Duration timeout) {
        LaterStart pending = later;
        if (pending != null) {
            pending.await(timeout);
        }
    }

    /**
     * Begins the start of the bundles modules need (Config Admin, Declarative Services), if it was
     * deferred, without waiting for a module bundle's install; returns once they are resolved.
     */
    void beginForModules() {
        LaterStart pending = later;
        if (pending != null) {
            pending.beginForModules();
        }
    }

    /** Begins the start of the bundles given to start later, if it was deferred; returns at once. */
    public void beginLater() {
        LaterStart pending = later;
        if (pending != null) {
            pending.begin();
        }
    }

    /** Starts one installed bundle. */
    public void start(Bundle bundle) {
        try {
            bundle.start();
        } catch (BundleException e) {
            throw new BedrockException("Could not start " + bundle.getSymbolicName() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Waits for a service registered inside the framework, as the host class.
     *
     * @throws BedrockException after the timeout, listing the bundles that are not active
     */
    public <T> T awaitService(Class<T> type, Duration timeout) {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context(), type.getName(), null);
        tracker.open(true);
        try {
            Object service = tracker.waitForService(Math.max(1, timeout.toMillis()));
            if (service == null) {
                throw new BedrockException("No " + type.getName() + " service was registered within "
                        + timeout.toMillis() + " ms; bundles not active: " + inactiveBundles());
            }
            if (!type.isInstance(service)) {
                throw new BedrockException("The " + type.getName() + " service comes from another "
                        + "copy of its package: do not install bedrock.api inside the framework");
            }
            return type.cast(service);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BedrockException("Interrupted while waiting for " + type.getName(), e);
        } finally {
            // Closing releases our use count only; the service itself stays registered.
            tracker.close();
        }
    }

    /**
     * Felix's factory: the configuration above (its logger, its log level) is Felix's, so another
     * framework that happens to be on the class path is never picked.
     */
    private static FrameworkFactory felixFactory() {
        for (FrameworkFactory factory : ServiceLoader.load(FrameworkFactory.class,
                EmbeddedFramework.class.getClassLoader())) {
            if (factory.getClass().getName().startsWith("org.apache.felix.")) {
                return factory;
            }
        }
        throw new BedrockException("No Apache Felix framework on the class path: put "
                + "org.apache.felix.framework in lib/");
    }

    /** The system bundle's context. */
    public BundleContext context() {
        return framework.getBundleContext();
    }

    /** The framework's state, as {@link Bundle#getState()}. */
    public int state() {
        return framework.getState();
    }

    /** The framework itself (for listeners on the system bundle). */
    public Framework framework() {
        return framework;
    }

    /** Stops the framework, waiting at most {@link #STOP_TIMEOUT}, and deletes its storage. Idempotent. */
    @Override
    public void close() {
        try {
            // The background start stops after its current bundle.
            LaterStart pending = later;
            if (pending != null) {
                pending.close(STOP_TIMEOUT);
            }
            if ((framework.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0) {
                framework.stop();
            }
            FrameworkEvent event = framework.waitForStop(STOP_TIMEOUT.toMillis());
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                LOG.log(System.Logger.Level.WARNING, "The OSGi framework did not stop within {0} ms",
                        STOP_TIMEOUT.toMillis());
            }
        } catch (BundleException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not stop the OSGi framework", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            FrameworkStorage.delete(storage);
        }
    }

    private List<Bundle> install(List<Path> jars) throws BundleException {
        BundleContext context = context();
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars) {
            // "reference:" keeps Felix from copying each jar into its storage.
            Bundle bundle = context.installBundle("reference:" + jar.toAbsolutePath().toUri());
            if (SystemPackages.HOST_BUNDLES.contains(bundle.getSymbolicName())) {
                LOG.log(System.Logger.Level.WARNING, "Not installing {0}: the host provides it", jar);
                bundle.uninstall();
                continue;
            }
            installed.add(bundle);
        }
        return installed;
    }

    private void startAll(List<Bundle> bundles) throws BundleException {
        for (Bundle bundle : bundles) {
            boolean fragment = (bundle.adapt(BundleRevision.class).getTypes()
                    & BundleRevision.TYPE_FRAGMENT) != 0;
            if (!fragment) {
                bundle.start();
            }
        }
    }

    private String inactiveBundles() {
        List<String> names = new ArrayList<>();
        for (Bundle bundle : context().getBundles()) {
            boolean fragment = (bundle.adapt(BundleRevision.class).getTypes()
                    & BundleRevision.TYPE_FRAGMENT) != 0;
            if (bundle.getState() != Bundle.ACTIVE && !fragment) {
                names.add(bundle.getSymbolicName() + " (" + stateName(bundle.getState()) + ")");
            }
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed, unresolved";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.UNINSTALLED -> "uninstalled";
            default -> "active";
        };
    }
}
