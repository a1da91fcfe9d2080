package bedrock.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bedrock.api.BedrockException;
import bedrock.api.module.ModuleFactory;
import bedrock.api.server.SpecOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceEvent;

/**
 * Hot deploy in the daemon's framework (booted as the daemon boots it, by
 * {@link EmbeddedServerFactory}) on a private copy of the distribution: a module bundle copied
 * into {@code <home>/deploy/} becomes a usable module type, and deleting it takes its providers
 * away.
 */
class HotDeployIT {

    /** Bound on every wait; the target is about 100 ms. */
    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final int ROUNDS = 7;

    @TempDir
    Path tmp;
    private Path home;

    @BeforeEach
    void copyDistribution() throws IOException {
        Path dist = Distribution.home();
        home = tmp.resolve("bedrock");
        try (Stream<Path> paths = Files.walk(dist)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path rel = dist.relativize(p);
                if (rel.startsWith("deploy")) {
                    continue;
                }
                Path target = home.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        assertFalse(Files.exists(home.resolve("deploy")));
    }

    private EmbeddedServer start(String spec) {
        return new EmbeddedServerFactory(home, Map.of("bedrock.module.timeout", "5000"))
                .create("tcp", spec, SpecOptions.json().withBaseDirectory(home));
    }

    @Test
    void aCopiedModuleIsUsableAndDeletingItRemovesItsProviders() throws Exception {
        try (EmbeddedServer server = start("{}")) {
            Path deploy = home.resolve("deploy");
            assertTrue(Files.isDirectory(deploy), "the deploy folder is created at boot");
            assertThrows(BedrockException.class,
                    () -> server.providers().create(Map.of("name", "b", "type", "module_b")));
            List<Long> usable = new ArrayList<>();
            List<Long> gone = new ArrayList<>();
            // When FileInstall installed the bundle and when its factory was registered.
            AtomicLongArray marks = new AtomicLongArray(2);
            BundleContext context = server.framework().context();
            context.addBundleListener(e -> {
                if (e.getType() == BundleEvent.INSTALLED
                        && "bedrock.module.b".equals(e.getBundle().getSymbolicName())) {
                    marks.set(0, System.nanoTime());
                }
            });
            context.addServiceListener(e -> {
                if (e.getType() == ServiceEvent.REGISTERED) {
                    marks.set(1, System.nanoTime());
                }
            }, "(" + ModuleFactory.TYPE_PROPERTY + "=module_b)");
            for (int round = 0; round < ROUNDS; round++) {
                long copied = System.nanoTime();
                Path jar = deploy(deploy);
                // Waiting on the registry first keeps the polling below from competing for the CPU.
                awaitTrue("module_b factory registered", () -> marks.get(1) - copied > 0);
                awaitTrue("module_b usable after the copy", () -> {
                    try {
                        server.providers().create(Map.of("name", "b", "type", "module_b"));
                        return true;
                    } catch (BedrockException notYet) {
                        return false;
                    }
                });
                usable.add(System.nanoTime() - copied);
                System.out.printf("hot deploy round %d: copy -> installed %.1f ms, factory registered"
                        + " %.1f ms, provider created %.1f ms%n", round, (marks.get(0) - copied) / 1e6,
                        (marks.get(1) - copied) / 1e6, usable.get(round) / 1e6);
                assertEquals("module_b", server.providers().get("b").type());
                assertEquals(Bundle.ACTIVE, bundle(server, "bedrock.module.b").getState());

                long deleted = System.nanoTime();
                Files.delete(jar);
                awaitTrue("provider b removed after the delete",
                        () -> !server.providers().contains("b"));
                gone.add(System.nanoTime() - deleted);
                awaitTrue("bedrock.module.b uninstalled", () -> Arrays.stream(
                        server.framework().context().getBundles())
                        .noneMatch(b -> "bedrock.module.b".equals(b.getSymbolicName())));
                assertThrows(BedrockException.class,
                        () -> server.providers().create(Map.of("name", "b", "type", "module_b")));
            }
            System.out.printf("hot deploy, %d rounds: copy -> usable median %.1f ms %s; "
                    + "delete -> provider gone median %.1f ms %s%n", ROUNDS,
                    median(usable), millis(usable), median(gone), millis(gone));
        }
    }

    @Test
    void aBundleAlreadyInTheFolderServesNullLibrariesAtBoot() throws Exception {
        Files.createDirectories(home.resolve("deploy"));
        deploy(home.resolve("deploy"));
        try (EmbeddedServer server = start("{\"libraries\":{\"module_b\":null},"
                + "\"providers\":[{\"name\":\"b\",\"type\":\"module_b\"}]}")) {
            assertEquals("module_b", server.providers().get("b").type());
            Map<?, ?> libraries = (Map<?, ?>) server.config().get("libraries");
            assertTrue(libraries.containsKey("module_b"), libraries::toString);
            assertTrue(bundle(server, "bedrock.module.b").getLocation().contains("/deploy/"),
                    "installed by FileInstall");
        }
    }

    @Test
    void theSystemPropertyMovesOrTurnsOffTheFolder() throws Exception {
        Path elsewhere = tmp.resolve("elsewhere");
        System.setProperty(HotDeploy.PROPERTY, elsewhere.toString());
        try (EmbeddedServer server = start("{}")) {
            assertTrue(Files.isDirectory(elsewhere));
            assertFalse(Files.exists(home.resolve("deploy")));
            deploy(elsewhere);
            awaitTrue("module_b usable", () -> {
                try {
                    server.providers().create(Map.of("name", "b", "type", "module_b"));
                    return true;
                } catch (BedrockException notYet) {
                    return false;
                }
            });
        } finally {
            System.clearProperty(HotDeploy.PROPERTY);
        }
        System.setProperty(HotDeploy.PROPERTY, "none");
        try (EmbeddedServer server = start("{}")) {
            assertFalse(Files.exists(home.resolve("deploy")));
            assertTrue(Arrays.stream(server.framework().context().getBundles())
                    .noneMatch(b -> "org.apache.felix.fileinstall".equals(b.getSymbolicName())));
        } finally {
            System.clearProperty(HotDeploy.PROPERTY);
        }
    }

    @Test
    void aPlainEmbeddedFrameworkDoesNotStartFileInstall() {
        // EmbeddedFramework.start(bundles/) alone (as the shell's tests and other embedders use it)
        // does not pick FileInstall up from bundles/hotdeploy/.
        try (EmbeddedFramework framework = EmbeddedFramework.start(BedrockHome.bundles(home), Map.of())) {
            assertTrue(Arrays.stream(framework.context().getBundles())
                    .noneMatch(b -> "org.apache.felix.fileinstall".equals(b.getSymbolicName())));
        }
    }

    /** Copies module b under a name FileInstall ignores, then renames it: the jar appears whole. */
    private Path deploy(Path folder) throws IOException {
        Path part = folder.resolve("bedrock.module.b.jar.part");
        Files.copy(home.resolve("modules/bedrock.module.b.jar"), part, StandardCopyOption.REPLACE_EXISTING);
        return Files.move(part, folder.resolve("bedrock.module.b.jar"), StandardCopyOption.ATOMIC_MOVE);
    }

    private static Bundle bundle(EmbeddedServer server, String symbolicName) {
        return Arrays.stream(server.framework().context().getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(what + ": not within " + DEADLINE.toMillis() + " ms");
            }
            LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int n = sorted.size();
        double mid = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return mid / 1e6;
    }

    private static String millis(List<Long> nanos) {
        return nanos.stream().map(n -> String.format("%.0f", n / 1e6)).toList().toString();
    }
}
