package bedrock.launcher;

import bedrock.api.BedrockException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The framework of a server, booted on a background thread ({@code bedrock-framework-start}) once
 * {@link #begin()} is called, or known from the start. A server that serves before its framework
 * exists ({@link HostedRuntimeHandle}) holds one of these. Thread-safe.
 */
final class FrameworkBoot {

    private final CompletableFuture<EmbeddedFramework> framework = new CompletableFuture<>();
    private final Supplier<EmbeddedFramework> boot;
    private final java.util.concurrent.CountDownLatch hurry = new java.util.concurrent.CountDownLatch(1);
    private boolean begun;
    private boolean closed;

    private FrameworkBoot(Supplier<EmbeddedFramework> boot) {
        this.boot = boot;
    }

    /** A framework that is already up. */
    static FrameworkBoot of(EmbeddedFramework framework) {
        FrameworkBoot known = new FrameworkBoot(() -> framework);
        known.begun = true;
        known.framework.complete(framework);
        return known;
    }

    /** A framework that {@code boot} starts, on a thread of its own, once {@link #begin()} is called. */
    static FrameworkBoot later(Supplier<EmbeddedFramework> boot) {
        return new FrameworkBoot(boot);
    }

    /** Starts the boot, once, or hurries one that waits ({@link #beginAfter}); calls after {@link #close} do nothing. */
    void begin() {
        hurry.countDown();
        beginAfter(Duration.ZERO);
    }

    /**
     * Starts the boot after that delay, once, unless {@link #begin()} (or {@link #await}) asks for it sooner.
     * A daemon's first clients (often right after its ready line) then get both CPUs.
     */
    synchronized void beginAfter(Duration delay) {
        if (begun || closed) {
            return;
        }
        begun = true;
        Thread thread = new Thread(() -> {
            try {
                hurry.await(delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            run();
        }, "bedrock-framework-start");
        // Never keeps the JVM alive: close() waits for it.
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        synchronized (this) {
            if (closed) {
                framework.completeExceptionally(new BedrockException("The server was closed before its framework started"));
                return;
            }
        }
        EmbeddedFramework booted;
        try {
            booted = boot.get();
        } catch (RuntimeException | Error e) {
            framework.completeExceptionally(e);
            return;
        }
        boolean stopNow;
        synchronized (this) {
            stopNow = closed;
        }
        if (stopNow) {
            booted.close();
            framework.completeExceptionally(new BedrockException("The server was closed while its framework started"));
        } else {
            framework.complete(booted);
        }
    }

    /** Whether the boot has begun (or the framework was known from the start), or this was closed. */
    synchronized boolean begunOrClosed() {
        return begun || closed;
    }

    /** Runs the action with the framework once it is up (at once if it is), on the booting thread. */
    void whenBooted(Consumer<EmbeddedFramework> action) {
        framework.thenAccept(action);
    }

    /** The framework if it is up, else null. */
    EmbeddedFramework now() {
        return framework.isDone() && !framework.isCompletedExceptionally() ? framework.join() : null;
    }

    /**
     * Begins the boot if need be and waits for it.
     *
     * @throws BedrockException if it failed, or after the timeout
     */
    EmbeddedFramework await(Duration timeout) {
        begin();
        try {
            return framework.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof BedrockException b ? b
                    : new BedrockException("Could not start the OSGi framework: " + cause, cause);
        } catch (TimeoutException e) {
            throw new BedrockException("The OSGi framework did not start within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BedrockException("Interrupted while waiting for the OSGi framework", e);
        }
    }

    /** Stops the framework (waiting, bounded, for a boot under way to end first). Idempotent. */
    void close(Duration timeout) {
        boolean underWay;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            underWay = begun;
        }
        hurry.countDown();
        if (!underWay) {
            return;
        }
        try {
            framework.get(timeout.toMillis(), TimeUnit.MILLISECONDS).close();
        } catch (ExecutionException e) {
            // Nothing is running.
        } catch (TimeoutException e) {
            // The boot thread closes it when done (it sees closed).
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
