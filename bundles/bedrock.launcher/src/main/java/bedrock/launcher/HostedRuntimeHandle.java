package bedrock.launcher;

import bedrock.api.BedrockException;
import bedrock.api.server.ServerFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Function;
import org.osgi.framework.BundleContext;

/**
 * The runtime's {@code HostedRuntime}, reached by name: the launcher is built without the runtime,
 * which is on the daemon's class path only (bin/bedrock puts {@code bundles/bedrock.runtime.jar},
 * Netty and the Typed Events API there). Not thread-safe for {@link #attach}; the rest is.
 */
final class HostedRuntimeHandle implements AutoCloseable {

    /** System property: {@code false} starts the runtime from its bundle, inside the framework, as embedders do. */
    static final String PROPERTY = "bedrock.runtime.hosted";

    private static final String CLASS = "bedrock.runtime.internal.osgi.HostedRuntime";

    /** Classes the hosted runtime needs besides its own: Netty and the bus API with what its packages use. */
    private static final List<String> NEEDED = List.of(CLASS, "io.netty.channel.Channel",
            "org.osgi.service.typedevent.TypedEventBus", "org.osgi.util.pushstream.PushStream",
            "org.osgi.util.promise.Promise", "org.osgi.util.function.Function");

    private final Object runtime;
    private final Method attach;
    private final Method attachFailed;
    private final Method close;
    private final ServerFactory servers;

    private HostedRuntimeHandle(Object runtime) throws ReflectiveOperationException {
        Class<?> type = runtime.getClass();
        this.runtime = runtime;
        this.attach = type.getMethod("attach", BundleContext.class);
        this.attachFailed = type.getMethod("attachFailed", String.class);
        this.close = type.getMethod("close");
        this.servers = (ServerFactory) type.getMethod("servers").invoke(runtime);
    }

    /** Whether that class loader sees the runtime and what it needs, and the property does not turn it off. */
    static boolean available(ClassLoader loader) {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "").trim())) {
            return false;
        }
        for (String name : NEEDED) {
            if (loader.getResource(name.replace('.', '/') + ".class") == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Starts the runtime on the host.
     *
     * @param properties the framework properties it reads (system properties are the fallback)
     * @param onDemand asks for the framework at once (a module is to be loaded)
     */
    static HostedRuntimeHandle start(ClassLoader loader, Function<String, String> properties, Runnable onDemand) {
        try {
            Constructor<?> constructor = Class.forName(CLASS, true, loader)
                    .getConstructor(Function.class, Runnable.class);
            return new HostedRuntimeHandle(constructor.newInstance(properties, onDemand));
        } catch (InvocationTargetException e) {
            throw rethrown(e);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new BedrockException("Could not start the Bedrock runtime from the class path: " + e, e);
        }
    }

    ServerFactory servers() {
        return servers;
    }

    /** The framework is up: the runtime joins it (see {@code HostedRuntime.attach}). */
    void attach(BundleContext systemContext) {
        invoke(attach, systemContext);
    }

    /** The framework will not come: waiting for it fails with that reason. */
    void attachFailed(String reason) {
        invoke(attachFailed, reason);
    }

    @Override
    public void close() {
        invoke(close);
    }

    private void invoke(Method method, Object... args) {
        try {
            method.invoke(runtime, args);
        } catch (InvocationTargetException e) {
            throw rethrown(e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuntimeException rethrown(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new BedrockException(String.valueOf(cause), cause);
    }
}
