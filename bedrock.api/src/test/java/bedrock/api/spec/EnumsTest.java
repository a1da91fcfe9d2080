package bedrock.api.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnumsTest {

    @ParameterizedTest
    @EnumSource(PoolKind.class)
    void poolKindRoundTrips(PoolKind k) {
        assertEquals(k, PoolKind.fromJson(k.jsonName(), null));
        assertEquals(k.jsonName(), k.toString());
    }

    @ParameterizedTest
    @EnumSource(PoolAccess.class)
    void poolAccessRoundTrips(PoolAccess a) {
        assertEquals(a, PoolAccess.fromJson(a.jsonName(), null));
    }

    @ParameterizedTest
    @EnumSource(SchedulerType.class)
    void schedulerTypeRoundTrips(SchedulerType t) {
        assertEquals(t, SchedulerType.fromJson(t.jsonName(), null));
    }

    @ParameterizedTest
    @EnumSource(SsgBootstrap.class)
    void bootstrapRoundTrips(SsgBootstrap b) {
        assertEquals(b, SsgBootstrap.fromJson(b.jsonName(), null));
    }

    @Test
    void jsonNames() {
        assertEquals("fifo_wait", PoolKind.FIFO_WAIT.jsonName());
        assertEquals("earliest_first", PoolKind.EARLIEST_FIRST.jsonName());
        assertEquals("private", PoolAccess.PRIVATE.jsonName());
        assertEquals("basic_wait", SchedulerType.BASIC_WAIT.jsonName());
        assertEquals("randws", SchedulerType.RANDWS.jsonName());
        assertEquals("init|join", SsgBootstrap.INIT_OR_JOIN.jsonName());
        assertEquals("pmix|join", SsgBootstrap.PMIX_OR_JOIN.jsonName());
    }

    @Test
    void unknownNamesAreRejectedWithPathAndChoices() {
        BedrockException e = assertThrows(BedrockException.class, () -> PoolKind.fromJson("fifoo", "/k"));
        assertEquals("Invalid pool kind \"fifoo\" (expected one of fifo, fifo_wait, prio_wait, earliest_first)",
                e.getMessage());
        assertEquals("/k", e.path().orElseThrow());
        assertThrows(BedrockException.class, () -> PoolKind.fromJson("prio", null));
        assertThrows(BedrockException.class, () -> PoolKind.fromJson("external", null));
        assertThrows(BedrockException.class, () -> PoolAccess.fromJson("MPMC", null));
        assertThrows(BedrockException.class, () -> SchedulerType.fromJson("prio_wait", null));
        assertThrows(BedrockException.class, () -> SsgBootstrap.fromJson("join|init", null));
        assertThrows(BedrockException.class, () -> SsgBootstrap.fromJson(null, null));
        assertTrue(assertThrows(BedrockException.class, () -> SchedulerType.fromJson("x", null))
                .getMessage().contains("default, basic, prio, randws, basic_wait"));
    }

    @Test
    void poolKindErrorNamesThePool() {
        BedrockException e = assertThrows(BedrockException.class, () -> ProcSpec.fromJson(
                "{\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"p1\",\"kind\":\"fifoo\"}]}}}"));
        assertEquals("Invalid pool kind \"fifoo\" for pool \"p1\" "
                + "(expected one of fifo, fifo_wait, prio_wait, earliest_first)", e.getMessage());
        assertEquals("/margo/argobots/pools/0/kind", e.path().orElseThrow());
    }

    @Test
    void otherEnumErrorsCarryPaths() {
        assertEquals("/margo/argobots/pools/1/access", path(
                "{\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"a\"},{\"name\":\"p\",\"access\":\"x\"}]}}}"));
        assertEquals("/margo/argobots/xstreams/0/scheduler/type", path(
                "{\"margo\":{\"argobots\":{\"xstreams\":[{\"name\":\"x\",\"scheduler\":"
                        + "{\"type\":\"fast\",\"pools\":[\"__primary__\"]}}]}}}"));
        assertEquals("/ssg/0/bootstrap", path("{\"ssg\":[{\"name\":\"g\",\"bootstrap\":\"magic\"}]}"));
    }

    private static String path(String json) {
        return assertThrows(BedrockException.class, () -> ProcSpec.fromJson(json)).path().orElseThrow();
    }
}
