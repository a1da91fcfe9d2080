package bedrock.runtime.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.ClientException;
import bedrock.api.client.Client;
import bedrock.api.client.ServiceGroupHandle;
import bedrock.api.client.ServiceHandle;
import bedrock.api.json.Json;
import bedrock.runtime.internal.server.BedrockService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Groups of daemons on 127.0.0.1 seen through Bedrock's RPCs: add_ssg_group from the Java client,
 * {@code $__ssg__} in remote queries, {@code ssg://} locations naming another daemon, and group
 * handles following the live group file.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NetSsgGroupTest {

    @TempDir
    Path dir;

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 15 s: " + what);
            }
            Thread.sleep(20);
        }
    }

    private static Map<String, Object> view(BedrockService service) {
        return Json.parseObject(service.query("return $__ssg__.g;").json());
    }

    private String group(Path file, String bootstrap) {
        return "{\"name\":\"g\",\"bootstrap\":\"" + bootstrap + "\",\"group_file\":\"" + file + "\","
                + "\"swim\":{\"period_length_ms\":200,\"suspect_timeout_periods\":3}}";
    }

    @Test
    void addSsgGroupOverRpcJoinsAndQueriesSeeTheLiveView() throws Exception {
        Path file = dir.resolve("g.json");
        try (BedrockService first = NetFixtures.start("{\"ssg\":[" + group(file, "init") + "]}");
                BedrockService second = NetFixtures.start("{}");
                Client client = NetFixtures.client()) {
            ServiceHandle handle = client.makeServiceHandle(second.address(), 0);
            handle.addSsgGroup(group(file, "init|join"));
            List<String> both = List.of(first.address(), second.address());
            assertEquals(Map.of("rank", 1L, "size", 2L, "members", both),
                    Json.parseObject(handle.query("return $__ssg__.g;").json()));
            await("the first daemon sees the joiner", () -> view(first).get("size").equals(2L));
            assertEquals(0L, ((Number) Json.parseObject(client.makeServiceHandle(first.address(), 0)
                    .query("return $__ssg__.g;").json()).get("rank")).longValue());
            ClientException dup = assertThrows(ClientException.class, () -> handle.addSsgGroup(group(file, "join")));
            assertTrue(dup.getMessage().contains("SSG group name \"g\" already used"), dup.getMessage());
            assertEquals(1, ((List<?>) second.config().get("ssg")).size(), "the refused group left nothing");
        }
    }

    @Test
    void ssgLocationsNameTheMemberOfThatRank() throws Exception {
        Path file = dir.resolve("g.json");
        String modules = "\"libraries\":{\"module_a\":\"libModuleA.so\",\"module_c\":\"libModuleC.so\"},";
        try (BedrockService first = NetFixtures.start("{\"ssg\":[" + group(file, "init") + "]," + modules
                + "\"providers\":[{\"name\":\"a\",\"type\":\"module_a\",\"provider_id\":1}]}");
                BedrockService second = NetFixtures.start("{\"ssg\":[" + group(file, "join") + "]," + modules
                        + "\"clients\":[{\"name\":\"ca\",\"type\":\"module_a\"}]}")) {
            second.providers().create(providerC("c", "module_a:1@ssg://g/0"));
            Map<?, ?> deps = (Map<?, ?>) second.providers().config().get(0).get("dependencies");
            assertEquals("ca->module_a:1@" + first.address(), deps.get("dep"));
            BedrockException e = assertThrows(BedrockException.class,
                    () -> second.providers().create(providerC("d", "module_a:1@ssg://g/2")));
            assertEquals("/dependencies/dep", e.path().orElse(null), e.getMessage());
            assertTrue(e.getMessage().contains("Invalid rank 2 in group \"g\" (group has 2 members)"), e.getMessage());
            BedrockException unknown = assertThrows(BedrockException.class,
                    () -> second.providers().create(providerC("d", "module_a:1@ssg://h/0")));
            assertTrue(unknown.getMessage().contains("Could not find ssg group \"h\""), unknown.getMessage());
            assertEquals(1, second.providers().size());
        }
    }

    private static Map<String, Object> providerC(String name, String location) {
        return Map.of("name", name, "type", "module_c", "provider_id", name.equals("c") ? 3 : 4,
                "config", Map.of("expected_provider_dependencies",
                        List.of(Map.of("name", "dep", "type", "module_a", "kind", "provider_handle",
                                "is_required", true))),
                "dependencies", Map.of("dep", location));
    }

    @Test
    void groupHandlesFollowTheGroupFile() throws Exception {
        Path file = dir.resolve("g.json");
        try (BedrockService first = NetFixtures.start("{\"ssg\":[" + group(file, "init") + "]}");
                Client client = NetFixtures.client()) {
            ServiceGroupHandle handle = client.makeServiceGroupHandleFromFile(file, 0);
            assertEquals(1, handle.size());
            try (BedrockService second = NetFixtures.start("{\"ssg\":[" + group(file, "join") + "]}")) {
                await("the file lists the joiner", () -> {
                    handle.refresh();
                    return handle.size() == 2;
                });
                assertEquals(second.address(), handle.get(1).address());
                assertEquals(2, handle.config().size(), "both members answer");
            }
            await("the file drops the member that left", () -> {
                handle.refresh();
                return handle.size() == 1;
            });
            assertEquals(first.address(), handle.get(0).address());
        }
    }
}
