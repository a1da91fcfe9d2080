package bedrock.api.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per validation rule, each checking the JSON Pointer of the problem. */
class ValidationTest {

    private static BedrockException invalid(Spec spec) {
        return assertThrows(BedrockException.class, spec::validate);
    }

    private static String path(Spec spec) {
        return invalid(spec).path().orElseThrow();
    }

    private static ProcSpec parse(String json) {
        return ProcSpec.fromJson(json);
    }

    private static BedrockException parseError(String json) {
        return assertThrows(BedrockException.class, () -> ProcSpec.fromJson(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1abc", "a-b", "a b", "a:b", "é"})
    void invalidNamesAreRejected(String name) {
        ProcSpec spec = new ProcSpec();
        spec.margo().argobots().add(new PoolSpec(name));
        BedrockException e = invalid(spec);
        assertEquals("/margo/argobots/pools/1/name", e.path().orElseThrow());
        assertTrue(e.getMessage().startsWith("Invalid pool name \"" + name + "\""), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "_", "A_1", "__primary__", "my_provider"})
    void validNamesAreAccepted(String name) {
        new PoolSpec(name).validate();
        new ProviderSpec(name, "t").validate();
    }

    @Test
    void namesOfEveryKindAreChecked() {
        ProcSpec spec = new ProcSpec();
        spec.margo().argobots().add(new XstreamSpec("9x", spec.margo().argobots().primaryPool()));
        spec.abtIo().add(new AbtIoSpec("a.b"));
        spec.ssg().add(new SsgSpec(""));
        spec.clients().add(new ClientSpec("c d", "t"));
        spec.providers().add(new ProviderSpec("p/q", "t"));
        List<String> paths = spec.problems().stream().map(e -> e.path().orElseThrow()).toList();
        assertEquals(List.of("/margo/argobots/xstreams/1/name", "/abt_io/0/name", "/ssg/0/name",
                "/clients/0/name", "/providers/0/name"), paths);
        assertEquals("/margo/argobots/xstreams/1/name", path(spec));
    }

    @Test
    void providerIdRange() {
        ProcSpec spec = new ProcSpec();
        spec.providers().add(new ProviderSpec("ok", "t").providerId(65535));
        spec.providers().add(new ProviderSpec("zero", "t").providerId(0));
        spec.validate();
        spec.providers().add(new ProviderSpec("big", "t").providerId(65536));
        BedrockException e = invalid(spec);
        assertEquals("/providers/2/provider_id", e.path().orElseThrow());
        assertTrue(e.getMessage().contains("65536") && e.getMessage().contains("\"big\""), e.getMessage());
        spec.providers().get("big").providerId(-1);
        assertEquals("/providers/2/provider_id", path(spec));
        assertEquals("/provider_id", path(new ProviderSpec("p", "t").providerId(70000)));
        assertEquals("/bedrock/provider_id", path(new ProcSpec().bedrock(new BedrockSpec().providerId(-3))));
    }

    @Test
    void providerIdsMustBeDistinctExceptAuto() {
        ProcSpec spec = parse("{\"providers\":[{\"name\":\"a\",\"type\":\"t\",\"provider_id\":42},"
                + "{\"name\":\"b\",\"type\":\"t\"},{\"name\":\"c\",\"type\":\"t\"},"
                + "{\"name\":\"d\",\"type\":\"u\",\"provider_id\":42}]}");
        BedrockException e = invalid(spec);
        assertEquals("/providers/3/provider_id", e.path().orElseThrow());
        assertEquals("Provider id 42 of provider \"d\" is already used by provider \"a\" "
                + "(expected distinct provider ids)", e.getMessage());
        spec.providers().remove("d");
        spec.validate();
    }

    @Test
    void stackSettings() {
        assertEquals("/abt_mem_max_num_stacks", path(new ArgobotsSpec().abtMemMaxNumStacks(-1)));
        new ArgobotsSpec().abtMemMaxNumStacks(0).validate();
        assertEquals("/abt_thread_stacksize", path(new ArgobotsSpec().abtThreadStacksize(0)));
        ProcSpec spec = new ProcSpec();
        spec.margo().argobots().abtThreadStacksize(-5);
        assertEquals("/margo/argobots/abt_thread_stacksize", path(spec));
    }

    @Test
    void schedulerNeedsAPool() {
        ProcSpec spec = new ProcSpec();
        spec.margo().argobots().xstreams().get(0).scheduler().pools().clear();
        BedrockException e = invalid(spec);
        assertEquals("/margo/argobots/xstreams/0/scheduler/pools", e.path().orElseThrow());
        assertTrue(e.getMessage().contains("no pool"), e.getMessage());
        assertEquals("/pools", path(new SchedulerSpec(SchedulerType.BASIC)));
    }

    @Test
    void schedulerPoolsMustBelongToTheArgobotsSpec() {
        ProcSpec spec = new ProcSpec();
        PoolSpec stranger = new PoolSpec("stranger");
        spec.margo().argobots().add(new XstreamSpec("x", new SchedulerSpec(SchedulerType.BASIC,
                spec.margo().argobots().primaryPool(), stranger)));
        BedrockException e = invalid(spec);
        assertEquals("/margo/argobots/xstreams/1/scheduler/pools/1", e.path().orElseThrow());
        assertTrue(e.getMessage().contains("\"stranger\""), e.getMessage());
        spec.margo().argobots().add(stranger);
        spec.validate();
    }

    @Test
    void atLeastOneXstream() {
        ProcSpec spec = new ProcSpec();
        spec.margo().argobots().xstreams().clear();
        assertEquals("/margo/argobots/xstreams", path(spec));
        assertEquals("/margo/argobots/xstreams", path(parse("{\"margo\":{\"argobots\":{\"xstreams\":[]}}}")));
    }

    @Test
    void primaryXstreamMustServeThePrimaryPoolFirst() {
        ProcSpec spec = parse("{\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"p\"},{\"name\":\"__primary__\"}],"
                + "\"xstreams\":[{\"name\":\"__primary__\",\"scheduler\":{\"pools\":[\"p\",\"__primary__\"]}}]}}}");
        assertEquals("/margo/argobots/xstreams/0/scheduler/pools/0", path(spec));
    }

    @Test
    void progressRpcAndBedrockPoolsMustBelongToTheSpec() {
        ProcSpec spec = new ProcSpec();
        spec.margo().progressPool(new PoolSpec("nope"));
        assertEquals("/margo/progress_pool", path(spec));
        spec = new ProcSpec();
        spec.margo().rpcPool(new PoolSpec("nope"));
        assertEquals("/margo/rpc_pool", path(spec));
        spec = new ProcSpec();
        spec.bedrock().pool(new PoolSpec("nope"));
        assertEquals("/bedrock/pool", path(spec));
        spec = new ProcSpec();
        spec.abtIo().add(new AbtIoSpec("io", new PoolSpec("nope")));
        assertEquals("/abt_io/0/pool", path(spec));
        spec = new ProcSpec();
        spec.ssg().add(new SsgSpec("g", new PoolSpec("nope")));
        assertEquals("/ssg/0/pool", path(spec));
        spec = new ProcSpec();
        spec.providers().add(new ProviderSpec("p", "t").pool(new PoolSpec("nope")));
        BedrockException e = invalid(spec);
        assertEquals("/providers/0/pool", e.path().orElseThrow());
        assertEquals("Pool \"nope\" used by provider \"p\" is not one of the argobots pools "
                + "(expected one of __primary__)", e.getMessage());
    }

    @Test
    void unknownPoolReferencesAreRejectedWhenParsing() {
        assertEquals("/providers/0/pool", parseError("{\"providers\":[{\"name\":\"p\",\"type\":\"t\","
                + "\"pool\":\"nope\"}]}").path().orElseThrow());
        assertEquals("/abt_io/0/pool", parseError("{\"abt_io\":[{\"name\":\"io\",\"pool\":3}]}")
                .path().orElseThrow());
        assertEquals("/margo/progress_pool", parseError("{\"margo\":{\"progress_pool\":-1}}")
                .path().orElseThrow());
        assertEquals("/margo/argobots/xstreams/0/scheduler/pools/0", parseError(
                "{\"margo\":{\"argobots\":{\"xstreams\":[{\"name\":\"x\",\"scheduler\":{\"pools\":[\"q\"]}}]}}}")
                .path().orElseThrow());
        assertEquals("/bedrock/pool", parseError("{\"bedrock\":{\"pool\":true}}").path().orElseThrow());
        assertEquals("/ssg/pool", parseError("{\"ssg\":{\"name\":\"g\",\"pool\":\"zz\"}}").path().orElseThrow());
    }

    @Test
    void poolsMayBeReferencedByIndex() {
        ProcSpec spec = parse("{\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"a\"},{\"name\":\"b\"}],"
                + "\"xstreams\":[{\"name\":\"x\",\"scheduler\":{\"pools\":[1,0]}}]},\"rpc_pool\":1},"
                + "\"providers\":[{\"name\":\"p\",\"type\":\"t\",\"pool\":1}]}");
        assertEquals("b", spec.providers().get(0).pool().name());
        assertEquals("b", spec.bedrock().pool().name());
        assertEquals(List.of("b", "a"), spec.margo().argobots().xstreams().get(0).scheduler().toMap().get("pools"));
        spec.validate();
    }

    @Test
    void uniqueNamesEverywhere() {
        assertEquals("/margo/argobots/pools/1/name", parseError(
                "{\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"p\"},{\"name\":\"p\"}]}}}").path().orElseThrow());
        assertEquals("/margo/argobots/xstreams/1/name", parseError("{\"margo\":{\"argobots\":{\"xstreams\":["
                + "{\"name\":\"x\"},{\"name\":\"x\"}]}}}").path().orElseThrow());
        assertEquals("/abt_io/1/name", parseError("{\"abt_io\":[{\"name\":\"i\"},{\"name\":\"i\"}]}")
                .path().orElseThrow());
        assertEquals("/ssg/1/name", parseError("{\"ssg\":[{\"name\":\"g\"},{\"name\":\"g\"}]}").path().orElseThrow());
        assertEquals("/clients/1/name", parseError("{\"clients\":[{\"name\":\"c\",\"type\":\"t\"},"
                + "{\"name\":\"c\",\"type\":\"u\"}]}").path().orElseThrow());
        BedrockException e = parseError("{\"providers\":[{\"name\":\"p\",\"type\":\"t\"},"
                + "{\"name\":\"p\",\"type\":\"t\"}]}");
        assertEquals("/providers/1/name", e.path().orElseThrow());
        assertEquals("Duplicate provider name \"p\" (provider names must be unique)", e.getMessage());
        ProcSpec spec = new ProcSpec();
        spec.providers().add(new ProviderSpec("p", "t"));
        assertThrows(BedrockException.class, () -> spec.providers().add(new ProviderSpec("p", "u")));
        assertThrows(BedrockException.class, () -> spec.margo().argobots().add(new PoolSpec("__primary__")));
        assertThrows(BedrockException.class, () -> spec.clients(List.of(new ClientSpec("c", "t"),
                new ClientSpec("c", "t"))));
        assertTrue(spec.clients().isEmpty());
    }

    @Test
    void joinNeedsAGroupFile() {
        ProcSpec spec = new ProcSpec();
        spec.ssg().add(new SsgSpec("g").bootstrap(SsgBootstrap.JOIN));
        BedrockException e = invalid(spec);
        assertEquals("/ssg/0/group_file", e.path().orElseThrow());
        assertTrue(e.getMessage().contains("\"join\""), e.getMessage());
        spec.ssg().get("g").groupFile("g.ssg");
        spec.validate();
        new SsgSpec("h").bootstrap(SsgBootstrap.INIT).validate();
    }

    @Test
    void dependencyValuesAreStringsOrListsOfStrings() {
        ProviderSpec p = new ProviderSpec("p", "t").dependencies(Map.of("ok", "x", "list", List.of("a", "b")));
        p.validate();
        p.dependencies().put("bad", 3L);
        assertEquals("/dependencies/bad", path(p));
        ProcSpec spec = parse("{\"clients\":[{\"name\":\"c\",\"type\":\"t\",\"dependencies\":{\"d\":[\"a\",1]}}]}");
        BedrockException e = invalid(spec);
        assertEquals("/clients/0/dependencies/d", e.path().orElseThrow());
        assertTrue(e.getMessage().contains("expected a string or an array of strings"), e.getMessage());
        assertEquals("/providers/0/dependencies/x~1y", path(parse(
                "{\"providers\":[{\"name\":\"p\",\"type\":\"t\",\"dependencies\":{\"x/y\":{}}}]}")));
    }

    @Test
    void typesMustNotBeEmpty() {
        assertEquals("/type", path(new ClientSpec("c", "")));
        assertEquals("/type", path(new ProviderSpec("p", "")));
    }

    @Test
    void margoAndMercuryNumbers() {
        assertEquals("/margo/handle_cache_size", path(new ProcSpec(new MargoSpec().handleCacheSize(-1))));
        assertEquals("/progress_timeout_ub_msec", path(new MargoSpec().progressTimeoutUbMsec(-1)));
        assertEquals("/checksum_level", path(new MercurySpec().checksumLevel("md5")));
        assertEquals("/na_addr_format", path(new MercurySpec().naAddrFormat("ipv5")));
        assertEquals("/input_eager_size", path(new MercurySpec().inputEagerSize(-1)));
        assertEquals("/dependency_resolution_timeout", path(new BedrockSpec().dependencyResolutionTimeout(-1)));
        assertEquals("/swim/period_length_ms", path(new SsgSpec("g").swim(new SwimSpec().periodLengthMs(-1))));
    }

    @Test
    void problemsListsEverythingInDocumentOrder() {
        ProcSpec spec = new ProcSpec();
        spec.margo().argobots().abtThreadStacksize(0);
        spec.providers().add(new ProviderSpec("a", "t").providerId(1));
        spec.providers().add(new ProviderSpec("b-", "t").providerId(1));
        List<String> paths = spec.problems().stream().map(e -> e.path().orElseThrow()).toList();
        assertEquals(List.of("/margo/argobots/abt_thread_stacksize", "/providers/1/name",
                "/providers/1/provider_id"), paths);
        assertThrows(UnsupportedOperationException.class, () -> spec.problems().clear());
    }

    @Test
    void implicitPrimaryPoolIsAccepted() {
        ProcSpec spec = parse("{\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"p\"}],\"xstreams\":["
                + "{\"name\":\"x\",\"scheduler\":{\"pools\":[\"p\",\"__primary__\"]}}]}},"
                + "\"providers\":[{\"name\":\"q\",\"type\":\"t\",\"pool\":\"__primary__\"}]}");
        spec.validate();
        assertEquals(List.of("p"), spec.margo().argobots().pools().names());
        assertEquals("__primary__", spec.providers().get(0).pool().name());
        assertEquals(spec, ProcSpec.fromJson(spec.toJson()));
    }
}
