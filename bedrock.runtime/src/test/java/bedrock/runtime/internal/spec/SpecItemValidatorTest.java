package bedrock.runtime.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The per-item validators as the runtime uses them, against the names of a live service. */
class SpecItemValidatorTest {

    private static final List<String> POOLS = List.of("__primary__", "my_pool");

    private static Object json(String text) {
        return SpecText.parse(text);
    }

    @Test
    void addingAPoolWithAUsedNameIsRefused() {
        List<SpecProblem> problems = ItemValidator.pool(json("{\"name\": \"my_pool\"}"), "",
                Set.of("__primary__", "my_pool"));
        assertEquals(List.of(new SpecProblem("/name",
                "pool \"my_pool\": Name \"my_pool\" already used by another pool")), problems);
        assertEquals(List.of(), ItemValidator.pool(json("{}"), "", Set.of("__primary__")));
    }

    @Test
    void upstreamsNonObjectPoolIsRefused() {
        // Client.cpp: addPool("1234") throws.
        List<SpecProblem> problems = ItemValidator.pool(json("1234"), "", Set.of());
        assertEquals("", problems.get(0).path());
        assertTrue(problems.get(0).message().startsWith("new pool should be a pool object"));
    }

    @Test
    void xstreamPoolsResolveAgainstTheLivePoolOrder() {
        assertEquals(List.of(), ItemValidator.xstream(
                json("{\"name\": \"my_es1\", \"scheduler\": {\"pools\": [0, \"my_pool\"]}}"), "",
                POOLS, Set.of("__primary__")));
        List<SpecProblem> problems = ItemValidator.xstream(
                json("{\"name\": \"__primary__\", \"scheduler\": {\"pools\": [2]}}"), "", POOLS,
                Set.of("__primary__"));
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("/scheduler/pools/0", problems.get(1).path());
    }

    @Test
    void providerChecksIdsAgainstTheLiveService() {
        Object provider = json("{\"name\": \"p\", \"type\": \"module_a\", \"provider_id\": 42,"
                + " \"pool\": \"my_pool\"}");
        assertEquals(List.of(), ItemValidator.provider(provider, "", POOLS, Set.of("q"),
                Set.of(1, 2), 0));
        assertEquals("Another provider already uses provider ID 42",
                tail(ItemValidator.provider(provider, "", POOLS, Set.of(), Set.of(42), 0)));
        assertEquals("Bedrock already uses provider ID 42 (choose another \"provider_id\", or"
                + " omit it to get a free one)",
                tail(ItemValidator.provider(provider, "", POOLS, Set.of(), Set.of(), 42)));
        assertEquals("Name \"p\" already used by another provider",
                tail(ItemValidator.provider(provider, "", POOLS, Set.of("p"), Set.of(), 0)));
    }

    @Test
    void automaticProviderIdNeverConflicts() {
        Object provider = json("{\"name\": \"p\", \"type\": \"t\", \"provider_id\": 65535}");
        assertEquals(List.of(), ItemValidator.provider(provider, "", POOLS, Set.of(),
                Set.of(65535), 65535));
    }

    @Test
    void clientAbtIoAndSsgUseTheLiveNames() {
        assertEquals("Name \"c\" is already used by another client",
                tail(ItemValidator.client(json("{\"name\": \"c\", \"type\": \"t\"}"), "",
                        Set.of("c"))));
        assertEquals("Could not find pool \"1234\" (known pools, by index: 0 \"__primary__\", 1"
                + " \"my_pool\")", tail(ItemValidator.abtIo(
                        json("{\"name\": \"my_abt_io2\", \"pool\": \"1234\"}"), "", POOLS, Set.of())));
        assertEquals("SSG group name \"g\" already used",
                tail(ItemValidator.ssg(json("{\"name\": \"g\"}"), "", POOLS, Set.of("g"))));
    }

    @Test
    void unknownPoolsAreOnlyShapeChecked() {
        assertEquals(List.of(), ItemValidator.abtIo(json("{\"name\": \"io\", \"pool\": 99}"), "",
                null, Set.of()));
        assertEquals(1, ItemValidator.abtIo(json("{\"name\": \"io\", \"pool\": 1.5}"), "", null,
                Set.of()).size());
    }

    @Test
    void checkListsEveryProblem() {
        List<SpecProblem> problems = SpecValidator.validate(
                json("{\"providers\": [{\"name\": \"p\", \"type\": \"t\", \"pool\": \"abc\"},"
                        + " {\"type\": \"t\"}]}"));
        assertEquals(2, problems.size());
        var e = SpecValidator.exception(problems);
        assertEquals("/providers/0/pool", e.path().orElseThrow());
        assertEquals("Invalid spec: 2 problems:\n  " + problems.get(0) + "\n  " + problems.get(1),
                e.getMessage());
        assertTrue(e.getMessage().contains("/providers/1/name: providers[1]: missing required"),
                e.getMessage());
    }

    private static String tail(List<SpecProblem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        String message = problems.get(0).message();
        return message.substring(message.indexOf(": ") + 2);
    }

    @Test
    void labelsFallBackToPositions() {
        assertEquals("margo.argobots.pools[3]",
                Fields.label("pool", Map.of(), "/margo/argobots/pools/3"));
        assertEquals("provider \"x\"", Fields.label("provider", Map.of("name", "x"), "/providers/0"));
        assertEquals("new xstream", Fields.label("xstream", 5, ""));
    }

    @Test
    void moreXstreamsThanTheCapIsOneProblemWithItsPath() {
        List<Object> xstreams = new java.util.ArrayList<>();
        for (int i = 0; i <= SpecLimits.MAX_ITEMS; i++) {
            xstreams.add(Map.of("name", "x" + i, "scheduler", Map.of("type", "basic_wait", "pools", List.of("p"))));
        }
        Map<String, Object> spec = Map.of("margo", Map.of("argobots", Map.of(
                "pools", List.of(Map.of("name", "p", "kind", "fifo_wait", "access", "mpmc")),
                "xstreams", xstreams)));
        List<SpecProblem> problems = SpecValidator.validate(spec);
        assertEquals(List.of(new SpecProblem("/margo/argobots/xstreams", "\"margo.argobots\": 1025 xstreams"
                + " is more than the 1024 allowed")), problems);
    }
}
