package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bedrock.api.BedrockException;
import bedrock.api.event.Topics;
import bedrock.api.module.Pool;
import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ProviderInstance;
import bedrock.api.server.SpecOptions;
import bedrock.runtime.internal.core.ModuleRegistry;
import bedrock.runtime.internal.event.ConfigDiff;
import bedrock.runtime.internal.event.Published;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A change compares only the providers it touched with their committed state: its events and the
 * committed configuration (what readers get while a change holds the service) must equal those
 * computed from whole configurations built from scratch, before and after, for every kind of change.
 */
class IncrementalConfigTest {

    private static final String SPEC = "{\"libraries\":{\"module_a\":\"libModuleA.so\"},"
            + "\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"p1\"},{\"name\":\"p2\"}]}},"
            + "\"clients\":[{\"name\":\"c\",\"type\":\"module_a\"}],\"providers\":["
            + "{\"name\":\"a1\",\"type\":\"module_a\"},{\"name\":\"a2\",\"type\":\"module_a\",\"pool\":\"p1\"},"
            + "{\"name\":\"a3\",\"type\":\"module_a\",\"provider_id\":9},{\"name\":\"a4\",\"type\":\"module_a\"},"
            + "{\"name\":\"a5\",\"type\":\"module_a\",\"pool\":\"p2\"}]}";

    private final List<Published> seen = new CopyOnWriteArrayList<>();

    /** Module A whose providers can change pool (and report it in their config). */
    private static final class Movable extends TestModules.Recording {
        Movable() {
            super("module_a");
        }

        @Override
        public ProviderInstance createProvider(ProviderArgs args) {
            if (args.config().containsKey("fail")) {
                throw new IllegalStateException("provider asked to fail");
            }
            String initial = args.pool().name();
            return new TestModules.Recorded("provider", args) {
                private String pool = initial;

                @Override
                public Map<String, Object> config() {
                    return Map.of("on", pool);
                }

                @Override
                public void changePool(Pool to) {
                    pool = to.name();
                }
            };
        }
    }

    private BedrockService start(String spec) {
        ModuleRegistry modules = new ModuleRegistry();
        modules.add("module_a", new Movable());
        ServiceSetup b = TestModules.setup();
        ServiceSetup setup = new ServiceSetup(modules, TestModules.loader(modules), b.engines(), b.scripts(),
                b.remote(), b.publisher(), b.moduleTimeout(), b.started(),
                (topic, event) -> seen.add(new Published(topic, event)));
        return BedrockService.start("tcp", spec, SpecOptions.json(), setup);
    }

    @Test
    void eachChangeHasTheEventsAndConfigOfWholeComparisons() throws Exception {
        try (BedrockService s = start(SPEC)) {
            checkCommitted(s);
            step(s, () -> s.providers().create(Map.of("name", "a6", "type", "module_a")));
            step(s, () -> s.providers().create(Map.of("name", "a7", "type", "module_a", "pool", "p2")));
            step(s, () -> s.providers().remove("a3"));
            step(s, () -> s.providers().changePool("a2", "p2"));
            int id = s.providers().get("a1").providerId();
            step(s, () -> s.providers().remove("module_a:" + id));
            // Refused changes: nothing committed, nothing published but the refusal.
            step(s, () -> s.providers().create(Map.of("name", "a4", "type", "module_a")));
            step(s, () -> s.providers().create(Map.of("name", "bad", "type", "module_a", "config",
                    Map.of("fail", true))));
            // Several providers in one change: removed and added again under one name (on another
            // pool), added and removed again, several removed, all of it rolled back once.
            step(s, () -> s.change("test", tx -> {
                s.components.removeProvider("a6");
                s.components.createProvider(spec("a6", "p1"), "", tx);
                s.components.createProvider(spec("gone", "p2"), "", tx);
                s.components.removeProvider("gone");
                s.components.removeProvider("a4");
                s.components.removeProvider("a2");
                return null;
            }));
            step(s, () -> s.change("test", tx -> {
                s.components.createProvider(spec("rolled", "p1"), "", tx);
                s.components.createProvider(spec("rolled2", "p2"), "", tx);
                throw new BedrockException("refused on purpose");
            }));
            step(s, () -> s.pools().create(Map.of("name", "p3")));
            step(s, () -> s.providers().create(Map.of("name", "a8", "type", "module_a", "pool", "p3")));
            step(s, () -> s.clients().create(Map.of("name", "c2", "type", "module_a")));
            assertEquals(List.of("a5", "a7", "a6", "a8"), names(s.config()));
            sameAsFromScratch(s);
            // The module leaves: every provider goes, as the whole comparison says, then the module.
            Map<String, Object> before = s.config();
            seen.clear();
            s.setup.modules().remove("module_a", s.setup.modules().find("module_a").orElseThrow());
            List<Published> expected = new ArrayList<>(ConfigDiff.between(s.address(), before, s.config()));
            assertEquals(expected, seen.subList(0, seen.size() - 1));
            assertEquals(Topics.MODULE_UNLOADED, seen.get(seen.size() - 1).topic());
            assertEquals(List.of(), names(s.config()));
            checkCommitted(s);
        }
    }

    private static Map<String, Object> spec(String name, String pool) {
        return new LinkedHashMap<>(Map.of("name", name, "type", "module_a", "pool", pool));
    }

    /** Runs a change (refused or not): its events are those of comparing the whole configurations. */
    private void step(BedrockService s, Runnable change) throws Exception {
        Map<String, Object> before = s.config();
        seen.clear();
        try {
            change.run();
        } catch (BedrockException refused) {
            assertFalse(seen.isEmpty(), "a refusal is an event");
        }
        List<Published> events = seen.stream().filter(p -> !p.topic().equals(Topics.CHANGE_REFUSED)).toList();
        assertEquals(ConfigDiff.between(s.address(), before, s.config()), events);
        checkCommitted(s);
    }

    /** While a change holds the service, a reader gets the committed configuration: the same as a fresh one. */
    private static void checkCommitted(BedrockService s) throws Exception {
        Map<String, Object> fresh = s.config();
        try (HeldChange held = new HeldChange(s, "hold")) {
            assertEquals(fresh, CompletableFuture.supplyAsync(s::config).get(10, TimeUnit.SECONDS));
            held.assertStillHeld();
        }
    }

    /** A service started from a spec listing the same providers has the same providers section. */
    private void sameAsFromScratch(BedrockService s) {
        List<Map<String, Object>> providers = providers(s.config());
        List<Map<String, Object>> spec = providers.stream().map(p -> Map.of("name", p.get("name"),
                "type", p.get("type"), "pool", p.get("pool"), "provider_id", p.get("provider_id"))).toList();
        String text = SPEC.substring(0, SPEC.indexOf("\"providers\":")) + "\"providers\":"
                + bedrock.api.json.Json.write(spec) + "}";
        try (BedrockService scratch = start(text.replace("{\"name\":\"p2\"}]", "{\"name\":\"p2\"},{\"name\":\"p3\"}]"))) {
            assertEquals(providers, providers(scratch.config()));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> providers(Map<String, Object> config) {
        return (List<Map<String, Object>>) config.get("providers");
    }

    private static List<Object> names(Map<String, Object> config) {
        return providers(config).stream().map(p -> p.get("name")).toList();
    }

    @Test
    void aRemovalAtStopIsNotAChange() {
        BedrockService s = start(SPEC);
        seen.clear();
        s.close();
        assertEquals(List.of(Topics.DAEMON_STOPPING), seen.stream().map(Published::topic).toList());
        assertThrows(BedrockException.class, () -> s.providers().create(Map.of("name", "late", "type", "module_a")));
    }
}
