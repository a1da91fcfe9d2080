package bedrock.runtime.internal.osgi;

import bedrock.api.BedrockException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.osgi.framework.BundleContext;

/**
 * The bundle context a runtime works in: known at once for the runtime bundle, known only once the
 * framework is up for a runtime started from the host's class path ({@link HostedRuntime}), which
 * serves before any framework exists. Actions queued before then run in the order they were
 * queued, on the thread that attaches the context. Thread-safe.
 */
final class PendingContext {

    private final List<Consumer<BundleContext>> queued = new ArrayList<>();
    private BundleContext context;
    private Runnable onDemand;
    private String failure;

    /** A context to come; the first {@link #await} before it comes runs {@code onDemand} (e.g. to boot the framework now). */
    static PendingContext awaiting(Runnable onDemand) {
        PendingContext pending = new PendingContext();
        pending.onDemand = onDemand;
        return pending;
    }

    /** A context known from the start. */
    static PendingContext of(BundleContext context) {
        PendingContext known = new PendingContext();
        known.context = context;
        return known;
    }

    /** The context, or null while there is none. */
    synchronized BundleContext now() {
        return context;
    }

    /** Runs the action now if the context is known, else once it is (in order). */
    void whenAttached(Consumer<BundleContext> action) {
        BundleContext known;
        synchronized (this) {
            known = context;
            if (known == null) {
                queued.add(action);
                return;
            }
        }
        // Outside the lock: a registration calls other bundles' listeners.
        action.accept(known);
    }

    /**
     * Sets the context, once, and runs what was queued for it. Holds this object's lock meanwhile,
     * so that an action queued later never runs before an earlier one.
     */
    synchronized void attach(BundleContext bundleContext) {
        if (context != null) {
            throw new IllegalStateException("already attached");
        }
        for (Consumer<BundleContext> action : queued) {
            action.accept(bundleContext);
        }
        queued.clear();
        context = bundleContext;
        notifyAll();
    }

    /**
     * Waits for the context.
     *
     * @throws BedrockException naming {@code what} if there is none within the timeout
     */
    BundleContext await(Duration timeout, String what) {
        Runnable demand;
        synchronized (this) {
            demand = context == null ? onDemand : null;
            onDemand = null;
        }
        if (demand != null) {
            demand.run();
        }
        return awaitAttached(timeout, what);
    }

    /** The context will never come: waiting for it fails at once with that reason. */
    synchronized void fail(String reason) {
        if (context == null) {
            failure = reason;
            queued.clear();
            notifyAll();
        }
    }

    private synchronized BundleContext awaitAttached(Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (context == null) {
            if (failure != null) {
                throw new BedrockException("Cannot " + what + ": " + failure);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new BedrockException("Cannot " + what + ": the OSGi framework did not start within "
                        + timeout.toMillis() + " ms");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BedrockException("Interrupted while waiting for the OSGi framework to " + what, e);
            }
        }
        return context;
    }
}
