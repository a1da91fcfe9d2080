package bedrock.runtime.internal.osgi;

import bedrock.api.BedrockException;
import bedrock.api.module.ModuleFactory;
import bedrock.runtime.internal.server.ModuleLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Installs and starts module bundles. The module types a bundle provides come from its
 * {@code bedrock.module} capabilities (what {@code @BedrockModule} declares), so the service knows
 * what to wait for before the bundle's components have registered their factories.
 */
final class BundleModuleLoader implements ModuleLoader {

    /** How long a load waits for the framework of a runtime that serves before it ({@link HostedRuntime}). */
    static final Duration FRAMEWORK_TIMEOUT = Duration.ofSeconds(30);

    private final PendingContext pending;
    private final Duration typeTimeout;

    /** @param typeTimeout how long a bundle that declares no module type may take to register one */
    BundleModuleLoader(PendingContext pending, Duration typeTimeout) {
        this.pending = pending;
        this.typeTimeout = typeTimeout;
    }

    @Override
    public Loaded load(String location, Path baseDir) {
        String url = ModuleLocations.resolve(location, baseDir);
        BundleContext context = pending.await(FRAMEWORK_TIMEOUT, "load module \"" + location + "\"");
        // A local jar is used in place rather than copied into the framework's cache.
        String bundleLocation = url.startsWith("file:") ? "reference:" + url : url;
        Bundle existing = context.getBundle(bundleLocation);
        if (existing == null) {
            existing = sameBundleElsewhere(context, url);
        }
        boolean installedHere = existing == null;
        Bundle bundle;
        try {
            bundle = installedHere ? context.installBundle(bundleLocation) : existing;
        } catch (BundleException | SecurityException e) {
            throw new BedrockException("Could not install module bundle \"" + location + "\": " + explain(e), e);
        }
        try {
            bundle.start();
        } catch (BundleException e) {
            if (installedHere) {
                uninstall(bundle);
            }
            throw new BedrockException("Could not start module bundle \"" + location + "\": " + e.getMessage(), e);
        }
        Runnable undo = installedHere ? () -> uninstall(bundle) : () -> { };
        List<String> types = types(bundle);
        if (types.isEmpty()) {
            types = registeredTypes(bundle);
        }
        if (types.isEmpty()) {
            undo.run();
            throw new BedrockException("Module bundle \"" + location + "\" (" + bundle.getSymbolicName()
                    + ") provides no module type: it declares no \"" + ModuleFactory.NAMESPACE
                    + "\" capability and registered no module factory within "
                    + typeTimeout.toMillis() + " ms");
        }
        return new Loaded(location, types, undo, () -> uninstall(bundle));
    }

    /** The types of the factories the bundle registers, waiting (bounded) for the first. */
    private List<String> registeredTypes(Bundle bundle) {
        long deadline = System.nanoTime() + typeTimeout.toNanos();
        while (true) {
            List<String> found = new ArrayList<>();
            ServiceReference<?>[] refs = bundle.getState() == Bundle.ACTIVE ? bundle.getRegisteredServices() : null;
            for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
                if (ref.getProperty(ModuleFactory.TYPE_PROPERTY) instanceof String type) {
                    found.add(type);
                }
            }
            if (!found.isEmpty() || System.nanoTime() >= deadline) {
                return found;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
    }

    /** The installed bundle with the symbolic name and version of the jar at {@code url}, if any. */
    private static Bundle sameBundleElsewhere(BundleContext context, String url) {
        try (java.util.jar.JarInputStream jar = new java.util.jar.JarInputStream(new java.net.URL(url).openStream())) {
            java.util.jar.Manifest manifest = jar.getManifest();
            if (manifest == null) {
                return null;
            }
            String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            String version = manifest.getMainAttributes().getValue("Bundle-Version");
            if (name == null) {
                return null;
            }
            String symbolicName = name.split(";")[0].trim();
            org.osgi.framework.Version v = org.osgi.framework.Version.parseVersion(version);
            for (Bundle b : context.getBundles()) {
                if (symbolicName.equals(b.getSymbolicName()) && v.equals(b.getVersion())) {
                    return b;
                }
            }
            return null;
        } catch (java.io.IOException | IllegalArgumentException unreadable) {
            // Installing will report what is wrong with it.
            return null;
        }
    }

    private static String explain(Exception e) {
        String message = e.getMessage();
        if (message != null && message.startsWith("Unable to cache bundle")) {
            return "it is not a readable OSGi bundle (" + message + ")";
        }
        return message;
    }

    static List<String> types(Bundle bundle) {
        List<String> types = new ArrayList<>();
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision != null) {
            for (BundleCapability cap : revision.getDeclaredCapabilities(ModuleFactory.NAMESPACE)) {
                Object type = cap.getAttributes().get(ModuleFactory.NAMESPACE);
                if (type != null) {
                    types.add(type.toString());
                }
            }
        }
        return types;
    }

    private static void uninstall(Bundle bundle) {
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            System.getLogger(BundleModuleLoader.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not uninstall " + bundle.getLocation(), e);
        }
    }
}
