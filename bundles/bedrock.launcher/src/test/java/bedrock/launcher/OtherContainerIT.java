package bedrock.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Bedrock embedded in another OSGi R7+ container, as ordinary bundles: {@code bedrock.api} and
 * Jackson are installed in the framework (not exported by the host as in the daemon), so this
 * test reaches the API only by reflection, through classes loaded from the api bundle.
 *
 * <p>Eclipse Equinox is loaded by its own class loader from {@code target/equinox/} (failsafe
 * passes {@code bedrock.test.equinox}): on the test class path its {@code FrameworkFactory}
 * would compete with Felix's in {@link EmbeddedFramework}.
 */
class OtherContainerIT {

    private static final long TIMEOUT_MS = 10_000;

    @TempDir
    Path storage;

    /** The bundles to install, in this order: exactly what the README lists. */
    static List<Path> bundles(Path home) {
        List<Path> jars = new ArrayList<>();
        for (String lib : List.of("bedrock.api", "jackson-annotations", "jackson-core", "jackson-databind")) {
            jars.add(home.resolve("lib").resolve(lib + ".jar"));
        }
        // SCR, org.osgi.util.promise/function, org.osgi.service.component, Netty, bedrock.runtime.
        jars.addAll(EmbeddedFramework.jarsIn(BedrockHome.bundles(home)));
        jars.add(home.resolve("modules/bedrock.module.a.jar"));
        jars.add(home.resolve("modules/bedrock.module.yokan.jar"));
        return jars;
    }

    @Test
    void equinox() throws Exception {
        Path jar = Path.of(System.getProperty("bedrock.test.equinox", "target/equinox/org.eclipse.osgi.jar"));
        assertTrue(Files.isRegularFile(jar), "no Equinox at " + jar.toAbsolutePath() + ": run mvn package first");
        // Parent first: org.osgi.framework.* is the test's own copy, so Framework can be used directly.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                OtherContainerIT.class.getClassLoader())) {
            FrameworkFactory factory = (FrameworkFactory) loader.loadClass("org.eclipse.osgi.launch.EquinoxFactory")
                    .getConstructor().newInstance();
            runBedrockIn(factory, "Eclipse");
        }
    }

    @Test
    void felixWithTheApiAsABundle() throws Exception {
        runBedrockIn(new org.apache.felix.framework.FrameworkFactory(), "Apache Software Foundation");
    }

    private void runBedrockIn(FrameworkFactory factory, String vendor) throws Exception {
        Framework framework = factory.newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.init();
        try {
            BundleContext context = framework.getBundleContext();
            assertEquals(vendor, context.getProperty(Constants.FRAMEWORK_VENDOR));
            List<Bundle> installed = new ArrayList<>();
            for (Path jar : bundles(Distribution.home())) {
                installed.add(context.installBundle(jar.toUri().toString()));
            }
            framework.start();
            for (Bundle bundle : installed) {
                if ((bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) == 0) {
                    bundle.start();
                }
            }
            Bundle api = bundle(context, "bedrock.api");
            Object serverFactory = await(context, "bedrock.api.server.ServerFactory");
            Class<?> serverFactoryType = api.loadClass("bedrock.api.server.ServerFactory");
            assertTrue(serverFactoryType.isInstance(serverFactory), "the runtime is wired to the api bundle");

            Class<?> specOptions = api.loadClass("bedrock.api.server.SpecOptions");
            Object json = specOptions.getMethod("json").invoke(null);
            Method create = serverFactoryType.getMethod("create", String.class, String.class, specOptions);
            Class<?> serverType = api.loadClass("bedrock.api.server.Server");
            Object server = create.invoke(serverFactory, "tcp", "{\"libraries\":{\"module_a\":null,\"yokan\":null},"
                    + "\"providers\":[{\"name\":\"a\",\"type\":\"module_a\",\"provider_id\":7}]}", json);
            try {
                String address = (String) serverType.getMethod("address").invoke(server);
                assertTrue(address.startsWith("tcp://127.0.0.1:"), address);
                Map<?, ?> config = (Map<?, ?>) serverType.getMethod("config").invoke(server);
                Map<?, ?> libraries = (Map<?, ?>) config.get("libraries");
                assertTrue(libraries.containsKey("module_a"), config::toString);
                assertNull(libraries.get("module_a"));
                List<?> providers = (List<?>) config.get("providers");
                assertEquals(1, providers.size(), config::toString);
                Map<?, ?> provider = (Map<?, ?>) providers.get(0);
                assertEquals("a", provider.get("name"));
                assertEquals("module_a", provider.get("type"));
                assertEquals(7, ((Number) provider.get("provider_id")).intValue());

                ServiceReference<?>[] refs = context.getAllServiceReferences(
                        "bedrock.api.module.ProviderInstance", "(bedrock.name=a)");
                assertNotNull(refs, "provider a is published as a ProviderInstance service");
                assertEquals(1, refs.length);
                assertEquals("module_a", refs[0].getProperty("bedrock.type"));
                assertEquals(7, refs[0].getProperty("bedrock.provider.id"));

                // A remote client over Netty, adding a yokan provider to the running service.
                Object clientFactory = await(context, "bedrock.api.client.ClientFactory");
                Class<?> clientFactoryType = api.loadClass("bedrock.api.client.ClientFactory");
                Class<?> options = api.loadClass("bedrock.api.client.Client$ClientOptions");
                Class<?> clientType = api.loadClass("bedrock.api.client.Client");
                Class<?> handleType = api.loadClass("bedrock.api.client.ServiceHandle");
                try (AutoCloseable client = (AutoCloseable) clientFactoryType.getMethod("create", options)
                        .invoke(clientFactory, options.getMethod("defaults").invoke(null))) {
                    Object handle = clientType.getMethod("makeServiceHandle", String.class, int.class)
                            .invoke(client, address, 0);
                    int id = (int) handleType.getMethod("addProvider", Object.class)
                            .invoke(handle, Map.of("name", "kv", "type", "yokan"));
                    assertNotEquals(0, id);
                    Map<?, ?> remote = (Map<?, ?>) handleType.getMethod("config").invoke(handle);
                    assertEquals(2, ((List<?>) remote.get("providers")).size(), remote::toString);
                }
                assertNotNull(context.getAllServiceReferences("bedrock.api.module.ProviderInstance",
                        "(&(bedrock.name=kv)(bedrock.type=yokan))"));
            } finally {
                ((AutoCloseable) server).close();
            }
            assertNull(context.getAllServiceReferences("bedrock.api.module.ProviderInstance", null),
                    "providers are unpublished when the server closes");
        } finally {
            framework.stop();
            FrameworkEvent stopped = framework.waitForStop(TIMEOUT_MS);
            assertEquals(FrameworkEvent.STOPPED, stopped.getType(), "the framework stops within " + TIMEOUT_MS + " ms");
            assertEquals(Bundle.RESOLVED, framework.getState());
        }
    }

    private static Bundle bundle(BundleContext context, String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    /**
     * The service registered under that class name, by whichever bundle (bounded wait); the
     * system bundle keeps using it until the framework stops.
     */
    private static Object await(BundleContext context, String className) throws InterruptedException {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, className, null);
        tracker.open(true);
        try {
            Object service = tracker.waitForService(TIMEOUT_MS);
            assertNotNull(service, "no " + className + " within " + TIMEOUT_MS + " ms; bundles: "
                    + Arrays.stream(context.getBundles())
                            .map(b -> b.getSymbolicName() + "=" + b.getState()).toList());
            return context.getService(tracker.getServiceReference());
        } finally {
            tracker.close();
        }
    }
}
