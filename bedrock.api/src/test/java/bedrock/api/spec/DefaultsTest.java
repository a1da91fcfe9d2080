package bedrock.api.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultsTest {

    @Test
    void pool() {
        PoolSpec p = new PoolSpec("p");
        assertEquals("p", p.name());
        assertEquals(PoolKind.FIFO_WAIT, p.kind());
        assertEquals(PoolAccess.MPMC, p.access());
        assertEquals(p, PoolSpec.fromMap(Map.of("name", "p")));
    }

    @Test
    void schedulerAndXstream() {
        PoolSpec p = new PoolSpec("p");
        XstreamSpec x = new XstreamSpec("x", p);
        assertEquals(SchedulerType.BASIC_WAIT, x.scheduler().type());
        assertEquals(List.of(p), x.scheduler().pools());
        assertEquals(-1, x.cpubind());
        assertEquals(List.of(), x.affinity());
        assertEquals(Map.of("name", "x", "scheduler", Map.of("pools", List.of("p"), "type", "basic_wait")),
                x.toMap());
    }

    @Test
    void argobots() {
        ArgobotsSpec abt = new ArgobotsSpec();
        assertEquals(8, abt.abtMemMaxNumStacks());
        assertEquals(2097152, abt.abtThreadStacksize());
        assertFalse(abt.lazyStackAlloc());
        assertEquals(".", abt.profilingDir());
        assertNull(abt.version());
        assertEquals(List.of("__primary__"), abt.pools().names());
        assertEquals(List.of("__primary__"), abt.xstreams().names());
        assertSame(abt.pools().get(0), abt.xstreams().get(0).scheduler().pools().get(0));
        assertSame(abt.pools().get(0), abt.primaryPool());
        assertEquals(abt, ArgobotsSpec.fromMap(Map.of()));
    }

    @Test
    void mercury() {
        MercurySpec m = new MercurySpec();
        assertNull(m.address());
        assertTrue(m.protocol().isEmpty());
        assertTrue(m.listening());
        assertEquals("", m.ipSubnet());
        assertEquals("", m.authKey());
        assertFalse(m.autoSm());
        assertEquals(1, m.maxContexts());
        assertEquals(256, m.requestPostIncr());
        assertEquals(256, m.requestPostInit());
        assertEquals("none", m.checksumLevel());
        assertEquals(4080, m.inputEagerSize());
        assertEquals(4080, m.outputEagerSize());
        assertEquals("unspec", m.naAddrFormat());
        assertEquals("warning", m.logLevel());
        assertEquals("hg,na", m.logSubsys());
        assertFalse(m.toMap().containsKey("address"));
        assertFalse(m.toMap().containsKey("log_level"));
        assertEquals("na+sm", new MercurySpec("na+sm://1234-0").protocol().orElseThrow());
        assertEquals("ofi+tcp", new MercurySpec("ofi+tcp").protocol().orElseThrow());
    }

    @Test
    void margo() {
        MargoSpec margo = new MargoSpec();
        assertEquals(100, margo.progressTimeoutUbMsec());
        assertEquals(10, margo.progressSpindownMsec());
        assertFalse(margo.enableAbtProfiling());
        assertEquals(32, margo.handleCacheSize());
        assertSame(margo.argobots().pools().get(0), margo.progressPool());
        assertSame(margo.argobots().pools().get(0), margo.rpcPool());
        assertFalse(margo.useProgressThread());
        assertEquals(0, margo.rpcThreadCount());
        assertFalse(margo.toMap().containsKey("progress_spindown_msec"));
        assertEquals(margo, MargoSpec.fromMap(Map.of()));
    }

    @Test
    void bedrock() {
        ProcSpec spec = new ProcSpec();
        assertSame(spec.margo().rpcPool(), spec.bedrock().pool());
        assertEquals(0, spec.bedrock().providerId());
        assertEquals(30.0, spec.bedrock().dependencyResolutionTimeout());
        assertEquals(Map.of("pool", "__primary__", "provider_id", 0L), spec.bedrock().toMap());
        BedrockSpec b = new BedrockSpec().dependencyResolutionTimeout(2.5);
        assertEquals(2.5, b.toMap().get("dependency_resolution_timeout"));
    }

    @Test
    void bedrockPoolDefaultsToTheRpcPool() {
        ProcSpec spec = ProcSpec.fromJson("{\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"p\"}],"
                + "\"xstreams\":[{\"name\":\"x\",\"scheduler\":{\"pools\":[\"p\"]}}]},\"rpc_pool\":\"p\"}}");
        assertSame(spec.margo().argobots().pools().get("p"), spec.bedrock().pool());
    }

    @Test
    void components() {
        AbtIoSpec io = new AbtIoSpec("io");
        assertEquals("__primary__", io.pool().name());
        assertEquals(Map.of(), io.config());
        SwimSpec swim = new SwimSpec();
        assertEquals(0, swim.periodLengthMs());
        assertEquals(-1, swim.suspectTimeoutPeriods());
        assertEquals(-1, swim.subgroupMemberCount());
        assertFalse(swim.disabled());
        SsgSpec ssg = new SsgSpec("g");
        assertEquals(-1, ssg.credential());
        assertEquals(SsgBootstrap.INIT, ssg.bootstrap());
        assertEquals("", ssg.groupFile());
        assertTrue(ssg.swim().isEmpty());
        assertEquals("__primary__", ssg.pool().name());
        ClientSpec c = new ClientSpec("c", "t");
        assertEquals(Map.of(), c.config());
        assertEquals(Map.of(), c.dependencies());
        assertEquals(List.of(), c.tags());
        ProviderSpec p = new ProviderSpec("p", "t");
        assertEquals(65535, p.providerId());
        assertEquals(ProviderSpec.AUTO_PROVIDER_ID, p.providerId());
        assertEquals("__primary__", p.pool().name());
    }

    @Test
    void procSpec() {
        ProcSpec spec = ProcSpec.fromMap(Map.of());
        assertEquals(new ProcSpec(), spec);
        assertTrue(spec.abtIo().isEmpty());
        assertTrue(spec.ssg().isEmpty());
        assertTrue(spec.libraries().isEmpty());
        assertFalse(spec.librariesListForm());
        assertTrue(spec.clients().isEmpty());
        assertTrue(spec.providers().isEmpty());
        assertEquals(new ProcSpec(), ProcSpec.fromJson(""));
        assertEquals(new ProcSpec(), ProcSpec.fromJson("{}"));
        spec.validate();
    }

    @Test
    void defaultSpecMatchesTheDaemonOutputApartFromMercury() {
        Map<String, Object> output = Resources.output("empty-spec.json");
        Map<String, Object> ours = new ProcSpec().toMap();
        output.remove("mona");
        Json.asObject(output.get("margo")).remove("mercury");
        Json.asObject(output.get("margo")).remove("version");
        Json.asObject(ours.get("margo")).remove("mercury");
        assertEquals(output, ours);
    }

    @Test
    void addImplicitPrimaryAppendsAndRepoints() {
        ArgobotsSpec abt = ArgobotsSpec.fromMap(Map.of("pools", List.of(Map.of("name", "p")),
                "xstreams", List.of(Map.of("name", "x",
                        "scheduler", Map.of("pools", List.of("p", "__primary__"))))));
        abt.addImplicitPrimary();
        assertEquals(List.of("p", "__primary__"), abt.pools().names());
        assertEquals(List.of("x", "__primary__"), abt.xstreams().names());
        assertSame(abt.pools().get("__primary__"), abt.xstreams().get("x").scheduler().pools().get(1));
        assertSame(abt.pools().get("__primary__"), abt.xstreams().get("__primary__").scheduler().pools().get(0));
        ArgobotsSpec plain = new ArgobotsSpec();
        assertEquals(new ArgobotsSpec(), plain.addImplicitPrimary());
    }
}
