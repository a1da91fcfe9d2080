package bedrock.api.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** toMap/fromMap and toJson/fromJson round trips for every spec class. */
class RoundTripTest {

    private static <T extends Spec> void roundTrips(T spec, Function<Map<String, Object>, T> fromMap,
            Function<String, T> fromJson) {
        assertEquals(spec, fromMap.apply(spec.toMap()));
        assertEquals(spec.toMap(), fromMap.apply(spec.toMap()).toMap());
        assertEquals(spec, fromJson.apply(spec.toJson()));
        assertEquals(spec, fromJson.apply(spec.toJson(true)));
        assertEquals(spec.hashCode(), fromJson.apply(spec.toJson()).hashCode());
        assertEquals(spec.toJson(), spec.toString());
        assertTrue(spec.toJson(true).contains("\n"));
    }

    @Test
    void pool() {
        roundTrips(new PoolSpec("p", PoolKind.EARLIEST_FIRST, PoolAccess.SPSC), PoolSpec::fromMap, PoolSpec::fromJson);
        assertEquals("{\"access\":\"mpmc\",\"kind\":\"fifo\",\"name\":\"p1\"}",
                new PoolSpec("p1").kind(PoolKind.FIFO).toJson());
        assertNotEquals(new PoolSpec("p"), new PoolSpec("p").access(PoolAccess.PRIVATE));
        assertNotEquals(new PoolSpec("p"), new PoolSpec("q"));
    }

    @Test
    void schedulerAndXstream() {
        PoolSpec p = new PoolSpec("p");
        SchedulerSpec s = new SchedulerSpec(SchedulerType.PRIO, p, new PoolSpec("q"));
        roundTrips(s, SchedulerSpec::fromMap, SchedulerSpec::fromJson);
        XstreamSpec x = new XstreamSpec("x", s).cpubind(3).affinity(List.of(1, 2));
        roundTrips(x, XstreamSpec::fromMap, XstreamSpec::fromJson);
        assertEquals(List.of(1L, 2L), x.toMap().get("affinity"));
        assertEquals(3L, x.toMap().get("cpubind"));
        ArgobotsSpec abt = new ArgobotsSpec().add(p);
        XstreamSpec parsed = XstreamSpec.fromMap(Map.of("name", "y", "scheduler", Map.of("pools", List.of(1))), abt);
        assertTrue(parsed.scheduler().pools().get(0) == p);
        assertThrows(BedrockException.class,
                () -> SchedulerSpec.fromMap(Map.of("pools", List.of(0))));
    }

    @Test
    void argobots() {
        ArgobotsSpec abt = new ArgobotsSpec().abtMemMaxNumStacks(0).abtThreadStacksize(65536)
                .lazyStackAlloc(true).profilingDir("/tmp").version("1.2");
        PoolSpec p = new PoolSpec("p", PoolKind.PRIO_WAIT, PoolAccess.MPSC);
        abt.add(p).add(new XstreamSpec("x", new SchedulerSpec(SchedulerType.RANDWS, p, abt.primaryPool())));
        roundTrips(abt, ArgobotsSpec::fromMap, ArgobotsSpec::fromJson);
        assertEquals("1.2", abt.toMap().get("version"));
    }

    @Test
    void mercury() {
        MercurySpec m = new MercurySpec("ofi+tcp://1.2.3.4:5678").listening(false).ipSubnet("10.0")
                .authKey("k").autoSm(true).maxContexts(4).naNoBlock(true).naNoRetry(true)
                .noBulkEager(true).noLoopback(true).requestPostIncr(1).requestPostInit(2).stats(true)
                .version("2.4.0").checksumLevel("rpc_payload").inputEagerSize(1).outputEagerSize(2)
                .naAddrFormat("ipv6").naMaxExpectedSize(3).naMaxUnexpectedSize(4)
                .naRequestMemDevice(true).logLevel("debug").logSubsys("hg");
        roundTrips(m, MercurySpec::fromMap, MercurySpec::fromJson);
        assertEquals(25 - 2, m.toMap().size());
        assertEquals("ofi+tcp", m.protocol().orElseThrow());
    }

    @Test
    void margo() {
        MargoSpec margo = new MargoSpec().progressTimeoutUbMsec(5).progressSpindownMsec(0)
                .enableAbtProfiling(true).handleCacheSize(0).useProgressThread(true).rpcThreadCount(-1)
                .version("0.18.1").mercury(new MercurySpec("na+sm"));
        PoolSpec rpc = new PoolSpec("rpc");
        margo.argobots().add(rpc).add(new XstreamSpec("rpc_es", rpc));
        margo.rpcPool(rpc);
        roundTrips(margo, MargoSpec::fromMap, MargoSpec::fromJson);
        Map<String, Object> map = margo.toMap();
        assertEquals(0L, map.get("progress_spindown_msec"));
        assertEquals(-1L, map.get("rpc_thread_count"));
        assertEquals("rpc", map.get("rpc_pool"));
        assertEquals("na+sm", MargoSpec.fromJson("{\"mercury\":\"na+sm\"}").mercury().address());
    }

    @Test
    void bedrock() {
        roundTrips(new BedrockSpec(new PoolSpec("p")).providerId(7).dependencyResolutionTimeout(1.5),
                BedrockSpec::fromMap, BedrockSpec::fromJson);
        assertEquals(12.0, BedrockSpec.fromJson("{\"dependency_resolution_timeout\":12}")
                .dependencyResolutionTimeout());
    }

    @Test
    void abtIo() {
        AbtIoSpec io = new AbtIoSpec("io", new PoolSpec("p"))
                .config(Map.of("num_urings", 2, "flags", List.of("a", "b"), "nested", Map.of("x", 1.5)));
        roundTrips(io, AbtIoSpec::fromMap, AbtIoSpec::fromJson);
        assertEquals(2L, Json.asObject(io.toMap().get("config")).get("num_urings"));
    }

    @Test
    void ssgAndSwim() {
        SwimSpec swim = new SwimSpec().periodLengthMs(1000).suspectTimeoutPeriods(5).subgroupMemberCount(3)
                .disabled(true);
        roundTrips(swim, SwimSpec::fromMap, SwimSpec::fromJson);
        assertEquals("{\"period_length_ms\":0,\"subgroup_member_count\":-1,\"suspect_timeout_periods\":-1}",
                new SwimSpec().toJson());
        SsgSpec ssg = new SsgSpec("g", new PoolSpec("p")).bootstrap(SsgBootstrap.MPI_OR_JOIN).groupFile("g.ssg")
                .credential(42).swim(swim);
        roundTrips(ssg, SsgSpec::fromMap, SsgSpec::fromJson);
        roundTrips(new SsgSpec("h"), SsgSpec::fromMap, SsgSpec::fromJson);
        assertEquals("{\"bootstrap\":\"init\",\"credential\":-1,\"group_file\":\"\",\"name\":\"h\","
                + "\"pool\":\"__primary__\"}", new SsgSpec("h").toJson());
    }

    @Test
    void client() {
        ClientSpec c = new ClientSpec("c", "module_a").config(Map.of("k", "v"))
                .dependencies(Map.of("one", "x@local", "many", List.of("a", "b"))).tags(List.of("t1", "t2"));
        roundTrips(c, ClientSpec::fromMap, ClientSpec::fromJson);
        assertEquals("{\"config\":{},\"dependencies\":{},\"name\":\"c\",\"tags\":[],\"type\":\"t\"}",
                new ClientSpec("c", "t").toJson());
    }

    @Test
    void provider() {
        ProviderSpec p = new ProviderSpec("p", "yokan").providerId(42).pool(new PoolSpec("pool1"))
                .config(Map.of("database", Map.of("type", "map"))).dependency("db", "ca").tags(List.of("x"));
        roundTrips(p, ProviderSpec::fromMap, ProviderSpec::fromJson);
        assertEquals("{\"config\":{},\"dependencies\":{},\"name\":\"p\",\"pool\":\"__primary__\","
                + "\"provider_id\":65535,\"tags\":[],\"type\":\"t\"}", new ProviderSpec("p", "t").toJson());
    }

    @Test
    void procSpec() {
        ProcSpec spec = ProcSpecExampleTest.example();
        spec.abtIo().add(new AbtIoSpec("io", spec.margo().argobots().pools().get("pool2")));
        spec.ssg().add(new SsgSpec("g").bootstrap(SsgBootstrap.JOIN).groupFile("f").swim(new SwimSpec()));
        spec.addLibrary("yokan", "libyokan-bedrock.so").addLibrary("builtin", null);
        spec.clients().add(new ClientSpec("c", "yokan").tags(List.of("a")));
        spec.bedrock().providerId(3).dependencyResolutionTimeout(5);
        spec.validate();
        roundTrips(spec, ProcSpec::fromMap, ProcSpec::fromJson);
    }

    @Test
    void mutatingAParsedSpecChangesEquality() {
        ProcSpec a = ProcSpecExampleTest.example();
        ProcSpec b = ProcSpec.fromJson(a.toJson());
        b.margo().argobots().pools().get("pool2").kind(PoolKind.FIFO);
        assertNotEquals(a, b);
        assertNotEquals(a, null);
        assertNotEquals(a.margo(), a);
    }

    @Test
    void toMapIsACopy() {
        ProcSpec spec = new ProcSpec();
        spec.toMap().put("extra", 1);
        Json.asObject(spec.toMap().get("margo")).clear();
        assertEquals(new ProcSpec(), spec);
    }
}
