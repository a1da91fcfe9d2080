package bedrock.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/** Boots Felix with the distribution's bundles (SCR, the runtime, Netty). */
class EmbeddedFrameworkIT {

    @Test
    void startsEveryBundleAndStopsCleanly() throws Exception {
        Path storage;
        try (EmbeddedFramework framework = EmbeddedFramework.start(
                BedrockHome.bundles(Distribution.home()), Map.of())) {
            assertEquals(Bundle.ACTIVE, framework.state());
            Bundle[] bundles = framework.context().getBundles();
            for (Bundle bundle : bundles) {
                boolean fragment = (bundle.adapt(BundleRevision.class).getTypes()
                        & BundleRevision.TYPE_FRAGMENT) != 0;
                assertEquals(fragment ? Bundle.RESOLVED : Bundle.ACTIVE, bundle.getState(),
                        bundle.getSymbolicName() + " is not started");
            }
            assertTrue(Arrays.stream(bundles).anyMatch(b -> "org.apache.felix.scr".equals(b.getSymbolicName())));
            assertTrue(Arrays.stream(bundles).anyMatch(b -> "bedrock.runtime".equals(b.getSymbolicName())));
            assertFalse(Arrays.stream(bundles).anyMatch(b -> "bedrock.api".equals(b.getSymbolicName())),
                    "bedrock.api comes from the host");
            assertTrue(Arrays.stream(bundles).noneMatch(b -> b.getSymbolicName().startsWith("org.apache.felix.gogo")),
                    "the shell is only installed on request");
            storage = Path.of(framework.context().getProperty("org.osgi.framework.storage"));
            assertTrue(Files.isDirectory(storage));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(storage)));
            // A running framework holds its storage's lock: reclaiming leaves it alone.
            FrameworkStorage.reclaim(storage.getParent());
            assertTrue(Files.isDirectory(storage.resolve("bundle0")), "a running framework's storage is kept");
            assertNotNull(framework.framework().adapt(FrameworkWiring.class));
        }
        assertFalse(Files.exists(storage), "storage is deleted on stop");
    }

    @Test
    void slf4jIsInitialisedBeforeAnyBundleStartsSoNoThreadGetsItsReplayingStandIn() throws Exception {
        // Only SLF4J itself: no bundle that logs, so nothing but the framework's start can set it up.
        Path bundles = BedrockHome.bundles(Distribution.home());
        try (EmbeddedFramework framework = EmbeddedFramework.start(
                List.of(bundles.resolve("slf4j-api.jar"), bundles.resolve("slf4j-simple.jar")), Map.of())) {
            Bundle api = Arrays.stream(framework.context().getBundles())
                    .filter(b -> Slf4jFirstUse.SLF4J_API.equals(b.getSymbolicName())).findFirst().orElseThrow();
            Class<?> factory = api.loadClass("org.slf4j.LoggerFactory");
            java.lang.reflect.Field state = factory.getDeclaredField("INITIALIZATION_STATE");
            state.setAccessible(true);
            java.lang.reflect.Field successful = factory.getDeclaredField("SUCCESSFUL_INITIALIZATION");
            successful.setAccessible(true);
            assertEquals(successful.getInt(null), state.getInt(null));
            Object loggers = factory.getMethod("getILoggerFactory").invoke(null);
            assertEquals("org.slf4j.impl.SimpleLoggerFactory", loggers.getClass().getName());
        }
    }

    /** SLF4J's LoggerFactory state inside that framework: 0 before its initialisation, then its success value. */
    private static int[] slf4jState(EmbeddedFramework framework) throws Exception {
        Class<?> factory = bundle(framework, Slf4jFirstUse.SLF4J_API).loadClass("org.slf4j.LoggerFactory");
        java.lang.reflect.Field state = factory.getDeclaredField("INITIALIZATION_STATE");
        state.setAccessible(true);
        java.lang.reflect.Field successful = factory.getDeclaredField("SUCCESSFUL_INITIALIZATION");
        successful.setAccessible(true);
        return new int[] {state.getInt(null), successful.getInt(null)};
    }

    @Test
    void deferredSlf4jIsInitialisedAfterWhatModulesNeedAndBeforeTheBundlesThatLog() throws Exception {
        // As in a daemon's framework: the runtime and Netty (which logs through SLF4J when it
        // starts) come from the host's class path, not from bundles.
        List<Path> jars = EmbeddedFramework.jarsIn(BedrockHome.bundles(Distribution.home())).stream()
                .filter(jar -> !jar.getFileName().toString().matches("bedrock\\.runtime\\.jar|netty-.*"))
                .toList();
        try (EmbeddedFramework framework = EmbeddedFramework.start(jars, Map.of(), HotDeploy.STARTED_LATER, true)) {
            installModuleA(framework).start();
            assertNotNull(framework.awaitService(bedrock.api.module.ModuleFactory.class,
                    java.time.Duration.ofSeconds(20)), "the module's factory, registered by SCR");
            assertEquals(0, slf4jState(framework)[0], "a module's start does not wait for SLF4J");
            framework.beginLater();
            framework.awaitStarted(java.time.Duration.ofSeconds(20));
            int[] state = slf4jState(framework);
            assertEquals(state[1], state[0], "SLF4J is set up before the bus and FileInstall start");
            assertEquals(Bundle.ACTIVE, bundle(framework, "org.apache.aries.typedevent.bus").getState());
        }
    }

    @Test
    void beginningForModulesStartsWhatModulesNeedWithoutAnInstallAndTheRestWaits() throws Exception {
        try (EmbeddedFramework framework = deferredFramework()) {
            framework.beginForModules();
            // Resolved before it returns: a module installed now resolves alone.
            assertNotEquals(Bundle.INSTALLED, bundle(framework, "org.apache.felix.scr").getState());
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
            while (bundle(framework, "org.apache.felix.scr").getState() != Bundle.ACTIVE
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(Bundle.ACTIVE, bundle(framework, "org.apache.felix.configadmin").getState());
            assertEquals(Bundle.ACTIVE, bundle(framework, "org.apache.felix.scr").getState());
            assertAModuleStartsAndTheBusWaitsForTheBegin(framework);
        }
    }

    @Test
    void bundlesStartedLaterAreActiveOnceAwaitedAndTheRuntimeServesWithoutThem() throws Exception {
        try (EmbeddedFramework framework = EmbeddedFramework.start(
                EmbeddedFramework.jarsIn(BedrockHome.bundles(Distribution.home())), Map.of(),
                HotDeploy.STARTED_LATER)) {
            // The runtime needs no extender: its factory is registered before the later bundles start.
            assertNotNull(framework.context().getServiceReference(bedrock.api.server.ServerFactory.class));
            assertNotNull(framework.context().getServiceReference(bedrock.api.client.ClientFactory.class));
            framework.awaitStarted(java.time.Duration.ofSeconds(20));
            for (String name : List.of("org.apache.felix.scr", "org.apache.aries.typedevent.bus",
                    "org.apache.felix.configadmin")) {
                Bundle bundle = Arrays.stream(framework.context().getBundles())
                        .filter(b -> name.equals(b.getSymbolicName())).findFirst().orElseThrow();
                assertEquals(Bundle.ACTIVE, bundle.getState(), name + " is not started");
            }
        }
    }

    @Test
    void deferredBundlesWaitUntilBegunAndTheRuntimeServesWithoutThem() throws Exception {
        try (EmbeddedFramework framework = EmbeddedFramework.start(
                EmbeddedFramework.jarsIn(BedrockHome.bundles(Distribution.home())), Map.of(),
                HotDeploy.STARTED_LATER, true)) {
            assertNotNull(framework.context().getServiceReference(bedrock.api.server.ServerFactory.class));
            Thread.sleep(300);
            assertNotEquals(Bundle.ACTIVE, bundle(framework, "org.apache.felix.scr").getState(),
                    "a deferred bundle starts only when begun");
            framework.beginLater();
            framework.awaitStarted(java.time.Duration.ofSeconds(20));
            for (String name : List.of("org.apache.felix.configadmin", "org.apache.felix.scr",
                    "org.apache.aries.typedevent.bus")) {
                assertEquals(Bundle.ACTIVE, bundle(framework, name).getState(), name + " is not started");
            }
        }
    }

    /** The distribution's bundles, those of {@link HotDeploy#STARTED_LATER} deferred. */
    private static EmbeddedFramework deferredFramework() {
        return EmbeddedFramework.start(EmbeddedFramework.jarsIn(BedrockHome.bundles(Distribution.home())), Map.of(),
                HotDeploy.STARTED_LATER, true);
    }

    /** Installs (does not start) the distribution's module A. */
    private static Bundle installModuleA(EmbeddedFramework framework) throws Exception {
        Path module = Distribution.home().resolve("modules/bedrock.module.a.jar");
        return framework.context().installBundle("reference:" + module.toUri());
    }

    @Test
    void installingAModuleBundleBeginsTheDeferredStart() throws Exception {
        try (EmbeddedFramework framework = deferredFramework()) {
            Bundle bundle = installModuleA(framework);
            // Started at once, while SCR starts beside it: neither start fails.
            bundle.start();
            assertEquals(Bundle.ACTIVE, bundle.getState());
            assertNotNull(framework.awaitService(bedrock.api.module.ModuleFactory.class,
                    java.time.Duration.ofSeconds(20)), "the module's factory, registered by SCR");
            assertEquals("module_a", framework.context().getServiceReference(
                    bedrock.api.module.ModuleFactory.class).getProperty(bedrock.api.module.ModuleFactory.TYPE_PROPERTY));
            framework.awaitStarted(java.time.Duration.ofSeconds(20));
            assertEquals(Bundle.ACTIVE, bundle(framework, "org.apache.felix.scr").getState());
        }
    }

    @Test
    void aModuleInstallStartsOnlyWhatModulesNeedAndTheRestWaitsForTheBegin() throws Exception {
        try (EmbeddedFramework framework = deferredFramework()) {
            assertAModuleStartsAndTheBusWaitsForTheBegin(framework);
            assertEquals(Bundle.ACTIVE, bundle(framework, "org.apache.felix.configadmin").getState());
        }
    }

    /** Installs and starts module A, sees its factory registered while the bus waits, then begins the rest. */
    private static void assertAModuleStartsAndTheBusWaitsForTheBegin(EmbeddedFramework framework) throws Exception {
        installModuleA(framework).start();
        assertNotNull(framework.awaitService(bedrock.api.module.ModuleFactory.class,
                java.time.Duration.ofSeconds(20)), "the module's factory, registered by SCR");
        Thread.sleep(300);
        assertNotEquals(Bundle.ACTIVE, bundle(framework, "org.apache.aries.typedevent.bus").getState(),
                "the bus waits for the begin");
        framework.beginLater();
        framework.awaitStarted(java.time.Duration.ofSeconds(20));
        assertEquals(Bundle.ACTIVE, bundle(framework, "org.apache.aries.typedevent.bus").getState());
    }

    private static Bundle bundle(EmbeddedFramework framework, String name) {
        return Arrays.stream(framework.context().getBundles())
                .filter(b -> name.equals(b.getSymbolicName())).findFirst().orElseThrow();
    }

    @Test
    void systemBundleExportsTheHostsApiAndJackson() throws Exception {
        try (EmbeddedFramework framework = EmbeddedFramework.start(
                BedrockHome.bundles(Distribution.home()), Map.of())) {
            List<String> exported = framework.framework().adapt(BundleWiring.class)
                    .getCapabilities(PackageNamespace.PACKAGE_NAMESPACE).stream()
                    .map(c -> c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE) + ";"
                            + c.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE))
                    .toList();
            assertTrue(exported.contains("bedrock.api.server;1.1.0"), exported::toString);
            assertTrue(exported.contains("bedrock.api.client;1.1.0"), exported::toString);
            assertTrue(exported.stream().anyMatch(p -> p.startsWith("com.fasterxml.jackson.databind;2.")),
                    exported::toString);
            // Whatever of the API the runtime imports, it gets from the host (bundle 0).
            Bundle runtime = Arrays.stream(framework.context().getBundles())
                    .filter(b -> "bedrock.runtime".equals(b.getSymbolicName())).findFirst().orElseThrow();
            for (BundleWire wire : runtime.adapt(BundleWiring.class)
                    .getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
                String pkg = (String) wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
                if (pkg.startsWith("bedrock.api") || pkg.startsWith("com.fasterxml.jackson")) {
                    assertEquals(0, wire.getProvider().getBundle().getBundleId(), pkg);
                }
            }
        }
    }

    @Test
    void twoFrameworksHaveTheirOwnStorage() throws Exception {
        Path bundles = BedrockHome.bundles(Distribution.home());
        try (EmbeddedFramework one = EmbeddedFramework.start(bundles, Map.of());
                EmbeddedFramework two = EmbeddedFramework.start(bundles, Map.of())) {
            assertFalse(one.context().getProperty("org.osgi.framework.storage")
                    .equals(two.context().getProperty("org.osgi.framework.storage")));
            assertEquals(Bundle.ACTIVE, one.state());
            assertEquals(Bundle.ACTIVE, two.state());
        }
    }
}
