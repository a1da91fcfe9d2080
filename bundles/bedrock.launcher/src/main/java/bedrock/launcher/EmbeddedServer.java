package bedrock.launcher;

import bedrock.api.server.AbtIoManager;
import bedrock.api.server.ClientManager;
import bedrock.api.server.PoolManager;
import bedrock.api.server.ProviderManager;
import bedrock.api.server.QueryResult;
import bedrock.api.server.Server;
import bedrock.api.server.SsgManager;
import bedrock.api.server.XstreamManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * A server created inside its own {@link EmbeddedFramework}: every call goes to the runtime's
 * server; {@link #close()} also stops the framework; {@link #awaitShutdown()} returns when either
 * the server shuts down (e.g. a remote shutdown) or the framework stops (e.g. the shell's
 * {@code exit}). Thread-safe.
 */
public final class EmbeddedServer implements Server {

    /** How long {@link #framework()} waits for a framework that boots after the server serves. */
    static final Duration FRAMEWORK_TIMEOUT = Duration.ofSeconds(30);

    private final Server delegate;
    private final FrameworkBoot framework;
    private final Runnable afterServer;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    EmbeddedServer(Server delegate, EmbeddedFramework framework) {
        this(delegate, FrameworkBoot.of(framework), () -> { });
    }

    /**
     * A server whose framework may still be booting.
     *
     * @param afterServer what {@link #close()} runs after the server closes and before the
     *     framework stops (the hosted runtime's close)
     */
    EmbeddedServer(Server delegate, FrameworkBoot framework, Runnable afterServer) {
        this.delegate = delegate;
        this.framework = framework;
        this.afterServer = afterServer;
        SynchronousBundleListener onFrameworkStop = event -> {
            if (event.getBundle().getBundleId() == 0 && event.getType() == BundleEvent.STOPPING) {
                stopped.countDown();
            }
        };
        framework.whenBooted(booted -> booted.context().addBundleListener(onFrameworkStop));
        Thread watcher = new Thread(() -> {
            try {
                delegate.awaitShutdown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                stopped.countDown();
            }
        }, "bedrock-server-watcher");
        // Must not keep the JVM alive once the program is done with the server.
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * The framework hosting this server (to install more bundles, e.g. the shell), waiting for it
     * when it boots after the server serves (as a daemon's does).
     *
     * @throws bedrock.api.BedrockException if it could not start
     */
    public EmbeddedFramework framework() {
        return framework.await(FRAMEWORK_TIMEOUT);
    }

    /** The framework if it is up, without booting it or waiting for it (a daemon boots it only once needed). */
    public java.util.Optional<EmbeddedFramework> frameworkIfUp() {
        return java.util.Optional.ofNullable(framework.now());
    }

    @Override
    public String address() {
        return delegate.address();
    }

    @Override
    public Map<String, Object> config() {
        return delegate.config();
    }

    @Override
    public String configJson() {
        return delegate.configJson();
    }

    @Override
    public QueryResult query(String script) {
        return delegate.query(script);
    }

    @Override
    public void loadModule(String location) {
        delegate.loadModule(location);
    }

    @Override
    public void loadModule(String name, String location) {
        delegate.loadModule(name, location);
    }

    @Override
    public void unloadModule(String nameOrLocation) {
        delegate.unloadModule(nameOrLocation);
    }

    @Override
    public PoolManager pools() {
        return delegate.pools();
    }

    @Override
    public XstreamManager xstreams() {
        return delegate.xstreams();
    }

    @Override
    public ProviderManager providers() {
        return delegate.providers();
    }

    @Override
    public ClientManager clients() {
        return delegate.clients();
    }

    @Override
    public AbtIoManager abtIo() {
        return delegate.abtIo();
    }

    @Override
    public SsgManager ssg() {
        return delegate.ssg();
    }

    @Override
    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    @Override
    public boolean isRunning() {
        EmbeddedFramework booted = framework.now();
        return stopped.getCount() > 0 && (booted == null || booted.state() == Bundle.ACTIVE) && delegate.isRunning();
    }

    /** Closes the server, then stops the framework (bounded) and deletes its storage. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            delegate.close();
            afterServer.run();
        } finally {
            framework.close(EmbeddedFramework.STOP_TIMEOUT);
            stopped.countDown();
        }
    }
}
