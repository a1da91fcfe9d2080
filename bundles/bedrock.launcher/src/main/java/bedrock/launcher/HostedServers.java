package bedrock.launcher;

import bedrock.api.BedrockException;
import bedrock.api.server.Server;
import bedrock.api.server.SpecOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.osgi.framework.Constants;

/**
 * A daemon's server with its runtime on the host's class path ({@link HostedRuntimeHandle}): the
 * service serves first, and the framework boots on a background thread once something needs it
 * (a module to load, the shell, the web view, a jar in the hot-deploy folder; at once, beside the
 * service's start, for a spec that names {@code "libraries"}), without the bundles the class path
 * already carries (the runtime, Netty, the Typed Events API and the OSGi utilities it uses), whose
 * packages the system bundle exports instead. The runtime then joins the framework as its bundle
 * would have.
 */
final class HostedServers {

    private static final System.Logger LOG = System.getLogger(HostedServers.class.getName());

    /** System property: boot the framework that many milliseconds after the ready line (see {@link #bootDelay()}). */
    static final String DELAY_PROPERTY = "bedrock.framework.delay";

    private HostedServers() {
    }

    /** Whether servers can start this way from the launcher's class path. */
    static boolean available() {
        return HostedRuntimeHandle.available(HostedServers.class.getClassLoader());
    }

    /** Starts the service; it is running when this returns, its framework booted or not (see the class). */
    static EmbeddedServer create(Path home, Map<String, String> frameworkProperties, String address,
            String spec, SpecOptions options) {
        ClassLoader loader = HostedServers.class.getClassLoader();
        CompletableFuture<HostedRuntimeHandle> runtime = new CompletableFuture<>();
        CompletableFuture<Void> serving = new CompletableFuture<>();
        boolean modulesFirst = spec.contains("\"libraries\"");
        FrameworkBoot boot = FrameworkBoot.later(() -> boot(home, frameworkProperties, loader, runtime, serving,
                modulesFirst));
        if (modulesFirst) {
            // Its modules need the framework: booting it beside the runtime's and the service's
            // own start saves most of the wait.
            boot.begin();
        }
        HostedRuntimeHandle started;
        try {
            started = HostedRuntimeHandle.start(loader, frameworkProperties::get, boot::begin);
        } catch (RuntimeException | Error e) {
            runtime.completeExceptionally(e);
            boot.close(EmbeddedFramework.STOP_TIMEOUT);
            throw e;
        }
        runtime.complete(started);
        Server inner;
        try {
            inner = started.servers().create(address, spec, options);
        } catch (RuntimeException | Error e) {
            started.close();
            boot.close(EmbeddedFramework.STOP_TIMEOUT);
            throw e;
        }
        serving.complete(null);
        EmbeddedServer server = new EmbeddedServer(inner, boot, started::close);
        Duration delay = bootDelay();
        if (delay != null) {
            boot.beginAfter(delay);
        } else {
            // On demand: a module to load, the shell, the web view, a jar in the deploy folder.
            DeployWatch.start(home, boot::begunOrClosed, boot::begin);
        }
        return server;
    }

    /**
     * When the framework of a service that needs none boots: {@value #DELAY_PROPERTY}
     * milliseconds after the ready line when that property is set, else (null) only once
     * something needs it (a module to load, the shell, the web view, a bundle jar in the
     * hot-deploy folder): an idle daemon that needs no bundle runs no framework.
     */
    static Duration bootDelay() {
        String value = System.getProperty(DELAY_PROPERTY);
        if (value == null) {
            return null;
        }
        try {
            long millis = Long.parseLong(value.trim());
            if (millis >= 0) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException e) {
            // Falls through to the warning.
        }
        LOG.log(System.Logger.Level.WARNING, "Ignoring -D" + DELAY_PROPERTY + "=" + value
                + ": expected a number of milliseconds; the framework boots when something needs it");
        return null;
    }

    private static EmbeddedFramework boot(Path home, Map<String, String> frameworkProperties, ClassLoader loader,
            CompletableFuture<HostedRuntimeHandle> runtimeToCome, CompletableFuture<Void> serving,
            boolean modulesFirst) {
        EmbeddedFramework framework;
        try {
            // The bundles the class path carries, by file: no jar is opened to find them.
            Map<Path, String> carried = SystemPackages.bundleJarsOnClassPath(loader);
            Set<Path> skipped = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (Path jar : EmbeddedFramework.jarsIn(BedrockHome.bundles(home))) {
                String name = carried.get(jar.toAbsolutePath().normalize());
                if (name != null) {
                    skipped.add(jar);
                    names.add(name);
                }
            }
            Map<String, String> properties = new HashMap<>(frameworkProperties);
            properties.putIfAbsent(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.fromClassPath(loader, names));
            // Config Admin and Declarative Services start as soon as a module bundle is installed
            // (which needs them), the bus and hot deploy once the service serves: a module waits
            // for the framework, not for every bundle in it.
            framework = HotDeploy.startFramework(home, properties, HotDeploy.Start.DEFERRED,
                    jar -> !skipped.contains(jar));
        } catch (RuntimeException | Error e) {
            runtimeToCome.thenAccept(runtime -> runtime.attachFailed(String.valueOf(e.getMessage())));
            // One line: whatever waited for the framework reports the rest.
            LOG.log(System.Logger.Level.WARNING, "Could not start the OSGi framework: " + e.getMessage());
            throw e;
        }
        if (modulesFirst) {
            // A module comes next: Config Admin and Declarative Services start beside the
            // runtime's joining and the module's install instead of after them.
            framework.beginForModules();
        }
        HostedRuntimeHandle runtime;
        try {
            runtime = runtimeToCome.join();
        } catch (RuntimeException e) {
            // The runtime did not start: the server's creation reports why.
            framework.close();
            throw e;
        }
        try {
            runtime.attach(framework.context());
        } catch (RuntimeException | Error e) {
            runtime.attachFailed(String.valueOf(e.getMessage()));
            framework.close();
            throw e;
        }
        // The bus and hot deploy once the service serves: beside a module's start they only slow it.
        serving.thenRun(framework::beginLater);
        return framework;
    }
}
