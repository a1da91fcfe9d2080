"""The spec classes: upstream's test_multi_engine_spec (the spec side: the daemon runs one engine
and says so), checks on set, round trips, the seed's usage, and upstream's Python bugs fixed."""

import json
import unittest

import support  # noqa: F401
from mochi.bedrock import BedrockException, Server
from mochi.bedrock.spec import (AbtIOSpec, ArgobotsSpec, BedrockSpec, ClientSpec, MargoSpec,
                                MercurySpec, PoolSpec, ProcSpec, ProviderSpec, SchedulerSpec,
                                ServiceSpec, SpecListDecorator, SSGSpec, SwimSpec, XstreamSpec)


class TestMultiEngineSpec(unittest.TestCase):

    def test_margo_as_string(self):
        spec = ProcSpec(margo="na+sm")
        self.assertIsInstance(spec.margo, MargoSpec)
        self.assertEqual(spec.margo.mercury.address, "na+sm")

    def test_margo_as_spec(self):
        margo = MargoSpec(mercury="tcp")
        self.assertIs(ProcSpec(margo=margo).margo, margo)

    def test_margo_as_list_of_strings(self):
        spec = ProcSpec(margo=["na+sm", "tcp"])
        self.assertEqual([m.mercury.address for m in spec.margo], ["na+sm", "tcp"])

    def test_margo_as_list_of_specs(self):
        spec = ProcSpec(margo=[MargoSpec(mercury="na+sm"), MargoSpec(mercury="tcp")])
        self.assertEqual(len(spec.margo), 2)

    def test_empty_margo_list_raises(self):
        with self.assertRaises(ValueError):
            ProcSpec(margo=[])

    def test_default_bedrock_pool_is_the_first_engines_rpc_pool(self):
        spec = ProcSpec(margo=[MargoSpec(mercury="na+sm"), MargoSpec(mercury="tcp")])
        self.assertIs(spec.bedrock.pool, spec.margo[0].rpc_pool)

    def test_to_dict_shapes(self):
        self.assertIsInstance(ProcSpec(margo="na+sm").to_dict()["margo"], dict)
        self.assertIsInstance(ProcSpec(margo=["na+sm", "tcp"]).to_dict()["margo"], list)

    def test_round_trips_keep_the_shape(self):
        for margo in ("na+sm", ["na+sm", "tcp"]):
            spec = ProcSpec(margo=margo)
            self.assertEqual(ProcSpec.from_dict(spec.to_dict()), spec)
            self.assertEqual(ProcSpec.from_json(spec.to_json()), spec)
            self.assertEqual(type(ProcSpec.from_json(spec.to_json()).margo), type(spec.margo))

    def test_the_daemon_runs_one_engine_and_says_so(self):
        with self.assertRaises(BedrockException) as caught:
            Server("na+sm", config={"margo": [{}, {}]})
        self.assertEqual(caught.exception.path, "/margo")

    def test_default_server_has_one_engine(self):
        with Server("na+sm") as server:
            self.assertEqual(server.margo.num_engines, 1)
            self.assertIsInstance(server.config["margo"], dict)


class TestChecks(unittest.TestCase):

    def test_bad_values_raise_value_error_naming_the_field(self):
        cases = [
            (lambda: PoolSpec(name="p", kind="bad"), "PoolSpec.kind"),
            (lambda: PoolSpec(name="p", access="everyone"), "PoolSpec.access"),
            (lambda: SchedulerSpec(type="basic", pools=[]), "SchedulerSpec.pools"),
            (lambda: ArgobotsSpec(abt_thread_stacksize=0), "ArgobotsSpec.abt_thread_stacksize"),
            (lambda: ArgobotsSpec(abt_mem_max_num_stacks=-1), "ArgobotsSpec.abt_mem_max_num_stacks"),
            (lambda: MercurySpec(address="na+sm", checksum_level="x"), "MercurySpec.checksum_level"),
            (lambda: ProviderSpec(name="p", type="t", provider_id=70000), "ProviderSpec.provider_id"),
            (lambda: SSGSpec(name="g", bootstrap="magic"), "SSGSpec.bootstrap"),
            (lambda: ProcSpec(margo=[]), "ProcSpec.margo"),
        ]
        for make, field in cases:
            with self.assertRaises(ValueError) as caught:
                make()
            self.assertNotIsInstance(caught.exception, TypeError)
            self.assertIn(field, str(caught.exception))

    def test_wrong_types_raise_type_error_naming_the_field(self):
        # As upstream's attrs instance_of validators.
        cases = [
            (lambda: MercurySpec(address=3), "MercurySpec.address"),
            (lambda: MercurySpec(address="na+sm", listening=1), "MercurySpec.listening"),
            (lambda: MercurySpec(address="na+sm", max_contexts="1"), "MercurySpec.max_contexts"),
            (lambda: PoolSpec(name=3), "PoolSpec.name"),
            (lambda: XstreamSpec(name="x", scheduler=3), "XstreamSpec.scheduler"),
            (lambda: XstreamSpec(name="x", affinity=3), "XstreamSpec.affinity"),
            (lambda: ArgobotsSpec(lazy_stack_alloc="no"), "ArgobotsSpec.lazy_stack_alloc"),
            (lambda: ArgobotsSpec(pools=3), "ArgobotsSpec.pools"),
            (lambda: ArgobotsSpec(pools=[3]), "ArgobotsSpec.pools"),
            (lambda: MargoSpec(mercury=3), "MargoSpec.mercury"),
            (lambda: MargoSpec(handle_cache_size=1.5), "MargoSpec.handle_cache_size"),
            (lambda: ProviderSpec(name="p", type=3), "ProviderSpec.type"),
            (lambda: ProviderSpec(name="p", type="t", provider_id="1"), "ProviderSpec.provider_id"),
            (lambda: ProviderSpec(name="p", type="t", config="{["), "ProviderSpec.config"),
            (lambda: ProviderSpec(name="p", type="t", tags=3), "ProviderSpec.tags"),
            (lambda: BedrockSpec(pool=3), "BedrockSpec.pool"),
            (lambda: ProcSpec(margo=3), "ProcSpec.margo"),
            (lambda: ProcSpec(libraries=3), "ProcSpec.libraries"),
            (lambda: ProcSpec(providers=3), "ProcSpec.providers"),
            (lambda: ProcSpec(bedrock=3), "ProcSpec.bedrock"),
            (lambda: SwimSpec(disabled="no"), "SwimSpec.disabled"),
            (lambda: ServiceSpec(processes=[3]), "ServiceSpec.processes"),
        ]
        for make, field in cases:
            with self.assertRaises(TypeError) as caught:
                make()
            self.assertIn(field, str(caught.exception))
        with self.assertRaises(TypeError):
            ProcSpec.from_dict([])

    def test_names_that_are_not_identifiers_raise_name_error(self):
        for make in (lambda: PoolSpec(name="not an identifier"), lambda: XstreamSpec(name="1x"),
                     lambda: ProviderSpec(name="my-provider", type="t"),
                     lambda: ClientSpec(name="", type="t"), lambda: SSGSpec(name="g g"),
                     lambda: ArgobotsSpec.from_dict({"pools": [{"name": "9"}]})):
            with self.assertRaises(NameError) as caught:
                make()
            self.assertIn("is not a valid identifier", str(caught.exception))
        xstream = XstreamSpec(name="x")
        with self.assertRaises(TypeError):
            xstream.cpubind = "2"
        self.assertEqual(xstream.cpubind, -1)

    def test_checks_apply_on_set(self):
        pool = PoolSpec(name="p")
        with self.assertRaises(ValueError):
            pool.kind = "bad"
        self.assertEqual(pool.kind, "fifo_wait")
        with self.assertRaises(AttributeError):
            pool.name = "q"
        with self.assertRaises(AttributeError):
            pool.no_such_field = 1

    def test_keyword_only(self):
        with self.assertRaises(TypeError):
            PoolSpec("p")
        with self.assertRaises(TypeError):
            PoolSpec(name="p", colour="red")
        with self.assertRaises(TypeError):
            MercurySpec()

    def test_unique_names(self):
        abt = ArgobotsSpec()
        abt.add(PoolSpec(name="p"))
        with self.assertRaises(NameError):
            abt.pools.append(PoolSpec(name="p"))
        with self.assertRaises(ValueError):
            abt.pools = [PoolSpec(name="q"), PoolSpec(name="q")]
        before = len(abt.pools)
        with self.assertRaises(NameError):
            abt.pools.extend([PoolSpec(name="r"), PoolSpec(name="p")])
        with self.assertRaises(ValueError):
            abt.pools.extend([PoolSpec(name="r"), PoolSpec(name="r")])
        self.assertEqual(len(abt.pools), before)

    def test_spec_list_decorator(self):
        pools = SpecListDecorator([PoolSpec(name="a")], PoolSpec)
        b = pools.add(name="b", kind="fifo")
        self.assertIs(pools["b"], b)
        self.assertIs(pools[1], b)
        self.assertIn("a", pools)
        self.assertEqual(pools.index("b"), 1)
        del pools["a"]
        self.assertEqual([p.name for p in pools], ["b"])
        with self.assertRaises(TypeError):
            pools.append(XstreamSpec(name="x"))

    def test_pool_equality_is_identity(self):
        self.assertNotEqual(PoolSpec(name="p"), PoolSpec(name="p"))
        pool = PoolSpec(name="p")
        self.assertEqual(pool, pool)


class TestSeedUsage(unittest.TestCase):

    def seed_spec(self):
        pool1 = PoolSpec(name="pool1", kind="fifo_wait", access="mpmc")
        pool2 = PoolSpec(name="pool2", kind="fifo_wait", access="mpmc")
        xstream1 = XstreamSpec(name="xstream1", scheduler={"type": "basic_wait", "pools": ["pool1"]})
        provider = ProviderSpec(name="my_provider", type="yokan", provider_id=42, pool="pool1",
                                config={"database": {"type": "map"}})
        spec = ProcSpec()
        spec.margo.argobots.pools = [pool1, pool2]
        spec.margo.argobots.xstreams = [xstream1]
        spec.providers = [provider]
        return spec

    def test_the_seeds_spec_converts(self):
        spec = self.seed_spec()
        config = spec.to_dict()
        self.assertEqual([p["name"] for p in config["margo"]["argobots"]["pools"]], ["pool1", "pool2"])
        self.assertEqual(config["margo"]["argobots"]["xstreams"][0]["scheduler"]["pools"], ["pool1"])
        self.assertEqual(config["providers"][0]["pool"], "pool1")
        self.assertEqual(json.loads(spec.to_json()), config)
        spec.validate()

    def test_the_seeds_spec_runs(self):
        spec = self.seed_spec()
        # The one line the seed leaves out: where the yokan module is.
        spec.libraries = [support.module("yokan")]
        with Server("na+sm", config=spec) as server:
            self.assertEqual(server.providers["my_provider"].provider_id, 42)
            self.assertEqual(server.config["providers"][0]["pool"], "pool1")
            self.assertIn("pool2", server.margo.pools)

    def test_from_dict_of_a_daemons_config_links_pools(self):
        spec = ProcSpec.from_dict(self.seed_spec().to_dict())
        abt = spec.margo.argobots
        self.assertIs(abt.xstreams["xstream1"].scheduler.pools[0], abt.pools["pool1"])


class TestUpstreamBugsFixed(unittest.TestCase):

    def test_proc_spec_validate_takes_a_libraries_list(self):
        ProcSpec(libraries=["/x/module.jar"]).validate()
        ProcSpec(libraries={"module_a": "/x/module.jar"}).validate()
        with self.assertRaises(TypeError):
            ProcSpec(libraries=[42])

    def test_validate_finds_missing_pools(self):
        abt = ArgobotsSpec()
        abt.xstreams.append(XstreamSpec(name="x", scheduler={"pools": ["nowhere"]}))
        with self.assertRaises(ValueError) as caught:
            abt.validate()
        self.assertIn("nowhere", str(caught.exception))

    def test_service_spec_from_dict_returns_a_service_spec(self):
        service = ServiceSpec(processes=[ProcSpec(), ProcSpec(margo="tcp")])
        again = ServiceSpec.from_dict(json.loads(service.to_json()))
        self.assertIsInstance(again, ServiceSpec)
        self.assertEqual(len(again.processes), 2)

    def test_service_spec_validate_checks_ranks(self):
        process = ProcSpec(providers=[ProviderSpec(name="p", type="t", provider_id=1,
                                                   dependencies={"d": "q@3"})])
        with self.assertRaises(ValueError):
            ServiceSpec(processes=[process]).validate()

    def test_other_specs_round_trip(self):
        for spec in (ClientSpec(name="c", type="module_a", tags=["x"]),
                     AbtIOSpec(name="io", pool="__primary__"),
                     SSGSpec(name="g", group_file="g.ssg", swim=SwimSpec(period_length_ms=5)),
                     BedrockSpec(pool="__primary__", provider_id=3)):
            self.assertEqual(type(spec).from_json(spec.to_json()), spec)


if __name__ == "__main__":
    unittest.main()
