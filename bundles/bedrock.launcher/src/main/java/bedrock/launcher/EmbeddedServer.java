package bedrock.launcher;

import bedrock.api.server.AbtIoManager;
import bedrock.api.server.ClientManager;
import bedrock.api.server.PoolManager;
import bedrock.api.server.ProviderManager;
import bedrock.api.server.QueryResult;
import bedrock.api.server.Server;
import bedrock.api.server.SsgManager;
import bedrock.api.server.XstreamManager;
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

    private final Server delegate;
    private final EmbeddedFramework framework;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    EmbeddedServer(Server delegate, EmbeddedFramework framework) {
        this.delegate = delegate;
        this.framework = framework;
        SynchronousBundleListener onFrameworkStop = event -> {
            if (event.getBundle().getBundleId() == 0 && event.getType() == BundleEvent.STOPPING) {
                stopped.countDown();
            }
        };
        framework.context().addBundleListener(onFrameworkStop);
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

    /** The framework hosting this server (to install more bundles, e.g. the shell). */
    public EmbeddedFramework framework() {
        return framework;
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
        return stopped.getCount() > 0 && framework.state() == Bundle.ACTIVE && delegate.isRunning();
    }

    /** Closes the server, then stops the framework (bounded) and deletes its storage. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            delegate.close();
        } finally {
            framework.close();
            stopped.countDown();
        }
    }
}
