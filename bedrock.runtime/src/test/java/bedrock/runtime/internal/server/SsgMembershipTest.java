package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.membership.GroupFile;
import bedrock.membership.Member;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ssg} groups of several services of this JVM on the membership engine: agreed ranks, the
 * group file following the view, leaving at once, the credential, and bad entries refused with
 * their path and nothing left behind.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class SsgMembershipTest {

    @TempDir
    Path dir;

    private static String spec(Path file, String bootstrap, String extra) {
        return "{\"ssg\":[{\"name\":\"g\",\"bootstrap\":\"" + bootstrap + "\",\"group_file\":\"" + file + "\""
                + extra + "}]}";
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 15 s: " + what);
            }
            Thread.sleep(20);
        }
    }

    private static Map<String, Object> view(BedrockService s) {
        return Json.parseObject(s.query("return $__ssg__.g;").json());
    }

    private static List<String> fileMembers(Path file) {
        return GroupFile.read(file).members().stream().map(Member::address).toList();
    }

    @Test
    void ranksAreAgreedAndTheFileFollowsTheView() throws Exception {
        Path file = dir.resolve("g.json");
        try (BedrockService a = Services.start(spec(file, "init", ""));
                BedrockService b = Services.start(spec(file, "join", ""));
                BedrockService c = Services.start(spec(file, "init|join", ""))) {
            List<String> all = List.of(a.address(), b.address(), c.address());
            await("every member sees three", () -> List.of(a, b, c).stream().allMatch(s -> view(s).get("size").equals(3L)));
            for (int r = 0; r < 3; r++) {
                BedrockService s = List.of(a, b, c).get(r);
                assertEquals(Map.of("rank", (long) r, "size", 3L, "members", all), view(s));
                assertEquals(all.get(2), s.resources.group("g").orElseThrow().addressOfRank(2));
            }
            await("the file lists three", () -> fileMembers(file).equals(all));
            GroupFile.Content content = GroupFile.read(file);
            assertEquals(3, content.endpoints().size(), "each member's group endpoint is beside its address");
            assertTrue(content.endpoints().stream().allMatch(e -> e.startsWith("127.0.0.1:")), content.endpoints().toString());
            b.close();
            List<String> left = List.of(a.address(), c.address());
            await("the others see the member that left at once",
                    () -> view(a).get("members").equals(left) && view(c).get("members").equals(left));
            assertEquals(1L, view(c).get("rank"));
            await("the file drops it", () -> fileMembers(file).equals(left));
            a.close();
            await("the coordinator's successor writes the file", () -> fileMembers(file).equals(List.of(c.address())));
            assertEquals(Map.of("rank", 0L, "size", 1L, "members", List.of(c.address())), view(c));
        }
        assertEquals(List.of(), fileMembers(file), "the last member empties the file");
        try (BedrockService again = Services.start(spec(file, "init|join", ""))) {
            assertEquals(0L, view(again).get("rank"), "init|join creates the group when nobody is listed");
        }
    }

    @Test
    void specConditionsSeeTheRankThisDaemonWillHave() {
        Path file = dir.resolve("g.json");
        String providers = ",\"libraries\":{\"module_a\":\"libModuleA.so\"},\"providers\":["
                + "{\"name\":\"first\",\"type\":\"module_a\",\"__if__\":\"$__ssg__.g.rank == 0\"},"
                + "{\"name\":\"second\",\"type\":\"module_a\",\"provider_id\":2,"
                + "\"__if__\":\"$__ssg__.g.size == 2 && count($__ssg__.g.members) == 1\"}]}";
        String a = spec(file, "init", "");
        String b = spec(file, "init|join", "");
        try (BedrockService first = Services.start(a.substring(0, a.length() - 1) + providers);
                BedrockService second = Services.start(b.substring(0, b.length() - 1) + providers)) {
            assertEquals(List.of("first"), first.providers().list().stream().map(p -> p.name()).toList());
            assertEquals(List.of("second"), second.providers().list().stream().map(p -> p.name()).toList());
        }
    }

    @Test
    void anotherCredentialCannotJoin() throws Exception {
        Path file = dir.resolve("g.json");
        try (BedrockService a = Services.start(spec(file, "init", ",\"credential\":7"))) {
            byte[] before = Files.readAllBytes(file);
            BedrockException e = assertThrows(BedrockException.class,
                    () -> Services.start(spec(file, "join", ",\"credential\":8")));
            assertEquals("/ssg/0/credential", e.path().orElse(null), e.getMessage());
            assertTrue(e.getMessage().contains("credential"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file));
            assertEquals(1L, view(a).get("size"));
            try (BedrockService same = Services.start(spec(file, "join", ",\"credential\":7"))) {
                assertEquals(1L, view(same).get("rank"));
            }
        }
    }

    @Test
    void badEntriesAreRefusedWithTheirPath() throws Exception {
        Path missing = dir.resolve("missing.json");
        refused("{\"ssg\":[{\"name\":\"g\",\"bootstrap\":\"join\"}]}", "/ssg/0/bootstrap", "requires a group file");
        refused(spec(missing, "join", ""), "/ssg/0/group_file", "does not exist");
        refused("{\"ssg\":[{\"name\":\"g\",\"bootstrap\":\"mpi\"}]}", "/ssg/0/bootstrap", "mpi");
        refused("{\"ssg\":[{\"name\":\"g\",\"bootstrap\":\"pmix\"}]}", "/ssg/0/bootstrap", "pmix");
        refused("{\"ssg\":[{\"name\":\"g\",\"bootstrap\":\"elect\"}]}", "/ssg/0/bootstrap", "elect");
        refused("{\"ssg\":[{\"name\":\"g\"},{\"name\":\"g\"}]}", "/ssg/1/name", "already used");
        refused("{\"ssg\":[{\"name\":\"g\",\"swim\":{\"period_length_ms\":-5}}]}", "/ssg/0/swim/period_length_ms", "-5");
        refused("{\"ssg\":[{\"name\":\"g\",\"swim\":{\"suspect_timeout_periods\":-2}}]}",
                "/ssg/0/swim/suspect_timeout_periods", "-2");
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "not json");
        refused(spec(garbage, "join", ""), "/ssg/0/group_file", "garbage.json");
        assertEquals("not json", Files.readString(garbage));
        assertFalse(Files.exists(missing));
    }

    @Test
    void aFileWhoseMembersAreGoneIsAClearJoinError() throws Exception {
        Path file = dir.resolve("stale.json");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        GroupFile.write(file, List.of(new Member("tcp://127.0.0.1:1", 0, "127.0.0.1:" + port)), "ssg", "{}");
        byte[] before = Files.readAllBytes(file);
        refused(spec(file, "join", ""), "/ssg/0/group_file", "no member answered");
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFailedStartLeavesTheGroupAndRestoresItsFile() throws Exception {
        Path file = dir.resolve("g.json");
        String bad = ",\"libraries\":{\"module_a\":\"libModuleA.so\"},"
                + "\"providers\":[{\"name\":\"p\",\"type\":\"module_a\",\"pool\":\"nowhere\"}]}";
        String alone = spec(file, "init", "");
        assertThrows(BedrockException.class, () -> Services.start(alone.substring(0, alone.length() - 1) + bad));
        assertFalse(Files.exists(file), "the group created by the failed start is gone with its file");
        try (BedrockService a = Services.start(alone)) {
            String joiner = spec(file, "join", "");
            assertThrows(BedrockException.class, () -> Services.start(joiner.substring(0, joiner.length() - 1) + bad));
            await("the failed joiner left", () -> view(a).get("size").equals(1L) && fileMembers(file).size() == 1);
            assertThrows(BedrockException.class, () -> a.ssg().create(Map.of("name", "h", "bootstrap", "join",
                    "group_file", dir.resolve("none.json").toString())));
            assertEquals(List.of("g"), a.ssg().list().stream().map(n -> n.name()).toList());
        }
    }

    private static void refused(String spec, String path, String text) {
        BedrockException e = assertThrows(BedrockException.class, () -> Services.start(spec));
        assertEquals(path, e.path().orElse(null), e.getMessage());
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }
}
