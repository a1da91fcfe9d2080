package bedrock.runtime.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.ClientException;
import bedrock.api.client.Client;
import bedrock.api.client.ServiceGroupHandle;
import bedrock.api.client.ServiceHandle;
import bedrock.api.server.QueryResult;
import bedrock.runtime.internal.server.BedrockService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Upstream's python test_service_group_handle.py, plus refresh and broadcast failures. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NetServiceGroupHandleTest {

    @TempDir
    Path dir;

    private BedrockService server;
    private Client client;

    @BeforeEach
    void start() {
        server = NetFixtures.start("{}");
        client = NetFixtures.client();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private Path groupFile(String... addresses) throws IOException {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < addresses.length; i++) {
            members.append(i == 0 ? "" : ",").append("{\"address\":\"").append(addresses[i])
                    .append("\",\"provider_id\":1}");
        }
        Path file = dir.resolve("group.flock");
        Files.writeString(file, "{\"members\":[" + members + "]}");
        return file;
    }

    private void checkGroupOfOne(ServiceGroupHandle group) {
        assertEquals(1, group.size());
        ServiceHandle first = assertInstanceOf(ServiceHandle.class, group.get(0));
        assertEquals(server.address(), first.address());
        ClientException e = assertThrows(ClientException.class, () -> group.get(1));
        assertEquals("Invalid index 1", e.getMessage());
        Map<String, Map<String, Object>> configs = group.config();
        assertEquals(List.of(server.address()), List.copyOf(configs.keySet()));
        assertTrue(configs.get(server.address()).keySet().containsAll(List.of("margo", "providers", "bedrock")));
        Map<String, QueryResult> results = group.query("return $__config__.margo.argobots;");
        assertEquals(List.of(server.address()), List.copyOf(results.keySet()));
        assertInstanceOf(Map.class, results.get(server.address()).value());
    }

    @Test
    void groupFromAddresses() {
        ServiceGroupHandle group = client.makeServiceGroupHandle(List.of(server.address()), 0);
        checkGroupOfOne(group);
        assertThrows(ClientException.class, group::refresh);
    }

    @Test
    void groupFromFileSkipsConsecutiveDuplicatesAndRefreshes() throws IOException {
        Path file = groupFile(server.address(), server.address());
        ServiceGroupHandle group = client.makeServiceGroupHandleFromFile(file, 0);
        checkGroupOfOne(group);
        try (BedrockService other = NetFixtures.start("{}")) {
            groupFile(server.address(), other.address());
            group.refresh();
            assertEquals(2, group.size());
            assertEquals(List.of(server.address(), other.address()), List.copyOf(group.config().keySet()));
        }
    }

    @Test
    void broadcastRaisesTheFirstFailureAfterAllComplete() {
        String dead;
        try (BedrockService other = NetFixtures.start("{}")) {
            dead = other.address();
        }
        ServiceGroupHandle group = client.makeServiceGroupHandle(List.of(server.address(), dead), 0);
        ClientException e = assertThrows(ClientException.class, group::config);
        assertTrue(e.getMessage().contains(dead), e.getMessage());
        ClientException q = assertThrows(ClientException.class, () -> group.query("return 1;"));
        assertTrue(q.getMessage().contains(dead), q.getMessage());
    }

    @Test
    void badGroupFileIsReported() throws IOException {
        Path file = dir.resolve("bad.flock");
        Files.writeString(file, "{\"members\":[{\"provider_id\":1}]}");
        ClientException e = assertThrows(ClientException.class, () -> client.makeServiceGroupHandleFromFile(file, 0));
        assertEquals("/members/0/address", e.path().orElse(null));
        assertThrows(ClientException.class, () -> client.makeServiceGroupHandleFromFile(dir.resolve("none"), 0));
    }
}
