package bedrock.launcher;

import bedrock.api.BedrockException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The bundles of an {@link EmbeddedFramework} started on a background thread
 * ({@code bedrock-bundle-start}), in order, once {@link #begin()} is called: at once, or (when
 * deferred) when the caller is done with the bundles it needs, or as soon as someone installs a
 * bundle of their own (a module bundle needs Declarative Services, one of the bundles started
 * here), whichever comes first. On a busy machine a start that runs beside the caller's work only
 * slows that work down. Thread-safe.
 */
final class LaterStart {

    private static final System.Logger LOG = System.getLogger(LaterStart.class.getName());

    private final Framework framework;
    private final List<Bundle> bundles;
    private final Supplier<String> inactive;
    private final SynchronousBundleListener onOtherInstall;
    private final int forModules;
    private final Runnable beforeRest;
    private Thread thread;
    private boolean all;
    private volatile BedrockException failure;
    private volatile boolean closing;

    /**
     * @param bundles the bundles to start, in order
     * @param inactive names the bundles not active yet, for a timeout's message
     */
    LaterStart(Framework framework, List<Bundle> bundles, Supplier<String> inactive) {
        this(framework, bundles, inactive, bundles.size());
    }

    /**
     * @param forModules how many of the first bundles a module bundle needs (Config Admin and
     *     Declarative Services): another bundle's install starts those only, and the rest wait
     *     for {@link #begin()}
     */
    LaterStart(Framework framework, List<Bundle> bundles, Supplier<String> inactive, int forModules) {
        this(framework, bundles, inactive, forModules, () -> { });
    }

    /** @param beforeRest runs on the start thread after the bundles modules need, before the rest */
    LaterStart(Framework framework, List<Bundle> bundles, Supplier<String> inactive, int forModules,
            Runnable beforeRest) {
        this.framework = framework;
        this.beforeRest = beforeRest;
        this.bundles = List.copyOf(bundles);
        this.inactive = inactive;
        this.forModules = Math.min(forModules, this.bundles.size());
        long lastId = bundles.stream().mapToLong(Bundle::getBundleId).max().orElse(0);
        this.onOtherInstall = event -> {
            if (event.getType() == BundleEvent.INSTALLED && event.getBundle().getBundleId() > lastId) {
                // Resolved here, before the new bundle is: two threads resolving at once in Felix
                // may fail the start of one ("Unable to acquire global lock for resolve").
                beginForModules();
            }
        };
    }

    /** Defers the start until {@link #begin()}, or until a bundle is installed after ours. */
    void defer() {
        if (!bundles.isEmpty()) {
            framework.getBundleContext().addBundleListener(onOtherInstall);
        }
    }

    /**
     * Starts the bundles modules need now, as another bundle's install would, for a caller that
     * knows a module is coming; they are resolved on the caller's thread before this returns.
     */
    void beginForModules() {
        resolve();
        start(false);
    }

    /** Starts the background thread, once, for every bundle; later calls do nothing. */
    void begin() {
        start(true);
    }

    /** Starts the thread if need be; {@code everything} lets it go past the bundles modules need. */
    private synchronized void start(boolean everything) {
        if (everything && !all) {
            all = true;
            notifyAll();
        }
        if (thread != null || bundles.isEmpty() || closing) {
            return;
        }
        try {
            framework.getBundleContext().removeBundleListener(onOtherInstall);
        } catch (IllegalStateException stopped) {
            return;
        }
        thread = new Thread(this::startAll, "bedrock-bundle-start");
        // Never keeps the JVM alive: close() waits for it.
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits (from the start thread) until every bundle may start, or the start is closing; false when closing. */
    private synchronized boolean awaitAll() {
        while (!all && !closing) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !closing;
    }

    private synchronized Thread thread() {
        return thread;
    }

    /**
     * Begins the start if it was deferred, then waits until it is done.
     *
     * @throws BedrockException if one of the bundles failed to start, or after the timeout
     */
    void await(Duration timeout) {
        begin();
        Thread started = thread();
        if (started != null) {
            try {
                started.join(Math.max(1, timeout.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BedrockException("Interrupted while waiting for the bundles to start", e);
            }
            if (started.isAlive()) {
                throw new BedrockException("The bundles did not start within " + timeout.toMillis()
                        + " ms; bundles not active: " + inactive.get());
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Stops the start after its current bundle (never begins one that was deferred), waiting at most that long. */
    void close(Duration timeout) throws InterruptedException {
        Thread started;
        synchronized (this) {
            closing = true;
            started = thread;
            notifyAll();
        }
        if (started != null && started != Thread.currentThread()) {
            started.join(timeout.toMillis());
        }
    }

    /**
     * Resolves the bundles together, holding no bundle lock: a thread that resolves while it
     * starts a bundle (holding that bundle's lock) is interrupted by Felix, and fails, when
     * another thread resolves at the same time and needs that lock.
     */
    private void resolve() {
        try {
            framework.adapt(FrameworkWiring.class).resolveBundles(bundles);
        } catch (IllegalStateException | SecurityException e) {
            // Starting reports what is wrong.
        }
    }

    private void startAll() {
        resolve();
        for (int i = 0; i < bundles.size(); i++) {
            Bundle bundle = bundles.get(i);
            if (i == forModules) {
                if (!awaitAll()) {
                    return;
                }
                beforeRest.run();
            }
            if (closing || (framework.getState() & Bundle.ACTIVE) == 0) {
                return;
            }
            try {
                if ((bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) == 0) {
                    bundle.start();
                }
            } catch (BundleException | RuntimeException e) {
                if (!closing && (framework.getState() & Bundle.ACTIVE) != 0) {
                    failure = new BedrockException("Could not start " + bundle.getSymbolicName()
                            + ": " + e.getMessage(), e);
                    LOG.log(System.Logger.Level.WARNING, failure.getMessage(), e);
                }
            }
        }
    }
}
