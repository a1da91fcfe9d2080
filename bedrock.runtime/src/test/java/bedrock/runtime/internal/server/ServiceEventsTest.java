package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.event.BedrockEvent;
import bedrock.api.event.EntityEvent;
import bedrock.api.event.MemberEvent;
import bedrock.api.event.RefusalEvent;
import bedrock.api.event.Topics;
import bedrock.api.server.SpecOptions;
import bedrock.runtime.internal.event.Published;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a service publishes: its start, every change, refusals, departures, group views, its stop. */
class ServiceEventsTest {

    private final List<Published> seen = new CopyOnWriteArrayList<>();

    private ServiceSetup setup() {
        ServiceSetup b = TestModules.setup();
        return new ServiceSetup(b.modules(), b.loader(), b.engines(), b.scripts(), b.remote(), b.publisher(),
                b.moduleTimeout(), b.started(), (topic, event) -> seen.add(new Published(topic, event)));
    }

    private List<String> topics() {
        return seen.stream().map(Published::topic).toList();
    }

    private <T extends BedrockEvent> T last(String topic, Class<T> type) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            if (seen.get(i).topic().equals(topic)) {
                return type.cast(seen.get(i).event());
            }
        }
        throw new AssertionError("no " + topic + " event in " + topics());
    }

    @Test
    void startChangesRefusalsAndStopAreEvents() {
        String spec = "{\"libraries\":{\"module_a\":\"libModuleA.so\"},\"providers\":[{\"name\":\"a\",\"type\":\"module_a\"}]}";
        try (BedrockService s = BedrockService.start("tcp", spec, SpecOptions.json(), setup())) {
            assertEquals(List.of("bedrock/module/loaded", "bedrock/pool/added", "bedrock/xstream/added",
                    "bedrock/provider/added", "bedrock/daemon/ready"), topics());
            seen.clear();
            s.pools().create(Map.of("name", "extra", "kind", "fifo_wait"));
            EntityEvent pool = last(Topics.added("pool"), EntityEvent.class);
            assertEquals(new EntityEvent(s.address(), "pool", "extra", pool.config()), pool);
            assertEquals("fifo_wait", pool.config().get("kind"));
            // The test module cannot change pools (ConfigDiffTest covers the pool_changed event).
            assertThrows(BedrockException.class, () -> s.providers().changePool("a", "extra"));
            assertEquals("change_provider_pool", last(Topics.CHANGE_REFUSED, RefusalEvent.class).operation());
            assertThrows(BedrockException.class, () -> s.pools().create(Map.of("name", "bad", "kind", "fifo_nope")));
            RefusalEvent refused = last(Topics.CHANGE_REFUSED, RefusalEvent.class);
            assertEquals("add_pool", refused.operation());
            assertTrue(refused.error().contains("fifo_nope"), refused.error());
            assertEquals("/kind", refused.path());
            // The journal holds the same events, numbered.
            assertTrue(s.journal().last() >= 8, "journal at " + s.journal().last());
        }
        assertEquals(Topics.DAEMON_STOPPING, seen.get(seen.size() - 1).topic());
    }

    @Test
    void aDepartedModuleTakesItsProvidersAndSaysSo() {
        String spec = "{\"libraries\":{\"module_a\":\"libModuleA.so\"},\"providers\":[{\"name\":\"a\",\"type\":\"module_a\"}]}";
        try (BedrockService s = BedrockService.start("tcp", spec, SpecOptions.json(), setup())) {
            seen.clear();
            var registry = s.setup.modules();
            registry.remove("module_a", registry.find("module_a").orElseThrow());
            assertEquals(List.of("bedrock/provider/removed", "bedrock/module/unloaded"), topics());
        }
    }

    @Test
    void aRejectedSpecIsAnEventWithItsPath() {
        assertThrows(BedrockException.class, () -> BedrockService.start("tcp",
                "{\"providers\":[{\"name\":\"p\",\"type\":\"module_a\",\"pool\":\"nowhere\"}]}", SpecOptions.json(), setup()));
        RefusalEvent rejected = last(Topics.SPEC_REJECTED, RefusalEvent.class);
        assertEquals("start", rejected.operation());
        assertTrue(rejected.path().startsWith("/providers/0"), rejected.path());
    }

    @Test
    void membersJoiningAndLeavingTheGroupAreEvents(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.json");
        String spec = "{\"ssg\":[{\"name\":\"g\",\"bootstrap\":\"init|join\",\"group_file\":\"" + file + "\"}]}";
        try (BedrockService s = BedrockService.start("tcp", spec, SpecOptions.json(), setup())) {
            String other;
            try (BedrockService joiner = Services.start(spec)) {
                other = joiner.address();
                awaitTopic(Topics.MEMBER_JOINED);
                assertEquals(new MemberEvent(s.address(), "g", other, 2), last(Topics.MEMBER_JOINED, MemberEvent.class));
            }
            awaitTopic(Topics.MEMBER_LEFT);
            assertEquals(new MemberEvent(s.address(), "g", other, 1), last(Topics.MEMBER_LEFT, MemberEvent.class));
        }
    }

    private void awaitTopic(String topic) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!topics().contains(topic)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + topic + " within 10 s: " + topics());
            }
            Thread.sleep(20);
        }
    }
}
