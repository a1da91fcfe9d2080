package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.runtime.internal.core.ModuleRegistry;
import bedrock.runtime.internal.core.Transaction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A {@code libraries} section installs every bundle before it waits for the first one's types
 * (as Declarative Services registers a module's factory some time after its bundle started), and
 * fails as a load one library after the other would: the first failing library in order is named.
 */
class LibrariesSectionTest {

    private final ModuleRegistry modules = new ModuleRegistry();
    private final List<String> events = new CopyOnWriteArrayList<>();

    /** Installs nothing but records it; the factory of a type comes (or not) from the test. */
    private final ModuleLoader loader = (location, baseDir) -> {
        if (location.startsWith("missing")) {
            throw new BedrockException("Could not install module bundle \"" + location + "\": not found");
        }
        events.add("install " + location);
        return new ModuleLoader.Loaded(location, List.of(location.replace(".jar", "")),
                () -> events.add("undo " + location), () -> { });
    };

    @Test
    void everyBundleInstallsBeforeTheFirstTypeIsAwaited() throws Exception {
        Libraries libraries = new Libraries(loader, modules, Path.of("."), Duration.ofSeconds(10));
        // The factories register once the second bundle is installed: a load that waited for the
        // first type before installing the second would wait out its 10 s and fail.
        Thread services = new Thread(() -> {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!events.contains("install b.jar") && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            modules.add("a", new TestModules.Recording("a"));
            modules.add("b", new TestModules.Recording("b"));
        });
        services.start();
        long start = System.nanoTime();
        try (Transaction tx = new Transaction()) {
            libraries.loadSection(section("a", "a.jar", "b", "b.jar"), tx);
            tx.commit();
        }
        services.join();
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "did not wait out a timeout");
        assertEquals(List.of("install a.jar", "install b.jar"), events);
    }

    @Test
    void theFirstFailingLibraryInOrderIsNamedAndNothingStays() {
        Libraries libraries = new Libraries(loader, modules, Path.of("."), Duration.ofMillis(100));
        // "a" never registers its type; "missing" cannot be installed. Loaded one after the
        // other, "a" fails first: that is the error, though "missing" fails sooner.
        BedrockException e = assertThrows(BedrockException.class, () -> {
            try (Transaction tx = new Transaction()) {
                libraries.loadSection(section("a", "a.jar", "m", "missing.jar"), tx);
                tx.commit();
            }
        });
        assertEquals("/libraries/a", e.path().orElseThrow(), e.getMessage());
        assertTrue(e.getMessage().contains("Module type \"a\" is not provided"), e.getMessage());
        assertEquals(List.of("install a.jar", "undo a.jar"), events);
    }

    @Test
    void aBundleThatCannotBeInstalledIsNamedOnceTheOnesBeforeItAreLoaded() {
        modules.add("a", new TestModules.Recording("a"));
        Libraries libraries = new Libraries(loader, modules, Path.of("."), Duration.ofMillis(100));
        BedrockException e = assertThrows(BedrockException.class, () -> {
            try (Transaction tx = new Transaction()) {
                libraries.loadSection(List.of("a.jar", "missing.jar"), tx);
                tx.commit();
            }
        });
        assertEquals("/libraries/1", e.path().orElseThrow(), e.getMessage());
        assertEquals(List.of("install a.jar", "undo a.jar"), events);
    }

    private static Map<String, Object> section(String... nameLocation) {
        Map<String, Object> section = new LinkedHashMap<>();
        for (int i = 0; i < nameLocation.length; i += 2) {
            section.put(nameLocation[i], nameLocation[i + 1]);
        }
        return section;
    }
}
