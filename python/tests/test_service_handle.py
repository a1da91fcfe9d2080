"""Port of upstream's test_service_handle.py, with the legacy suite's additions (add_ssg_group,
add_abtio_instance, add_client, load_module(name, path)) and the operations the seed lists."""

import json
import os
import tempfile
import unittest

from support import module, modules
from mochi.bedrock import Client, ClientException, Server, ServiceHandle
from mochi.bedrock.spec import (AbtIOSpec, ArgobotsSpec, ClientSpec, PoolSpec, ProcSpec,
                                ProviderSpec, SSGSpec, XstreamSpec)

POOL = {"name": "my_pool", "kind": "fifo_wait", "access": "mpmc"}
XSTREAM = {"name": "my_xstream", "scheduler": {"type": "basic_wait", "pools": ["my_pool"]}}
PROVIDER = {"name": "my_provider", "type": "module_a", "provider_id": 42,
            "tags": ["my_tag_1", "my_tag_2"]}


class TestServiceHandle(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.server = Server(address="na+sm", config={"libraries": modules("a")})
        cls.client = Client("na+sm")
        cls.address = cls.server.address

    @classmethod
    def tearDownClass(cls):
        cls.client.finalize()
        cls.server.finalize()

    def setUp(self):
        self.sh = self.client.make_service_handle(self.address, 0)

    def tearDown(self):
        config = self.server.config
        for entry in config["providers"]:
            if entry["name"] == "my_provider":
                self.sh.remove_provider("my_provider")
        for entry in config.get("clients", []):
            self.sh.remove_client(entry["name"])
        if "my_xstream" in self.server.margo.xstreams:
            self.sh.remove_xstream("my_xstream")
        if "my_pool" in self.server.margo.pools:
            self.sh.remove_pool("my_pool")

    def test_make_service_handle(self):
        self.assertIsInstance(self.sh, ServiceHandle)
        self.assertEqual(self.sh.address, self.address)
        self.assertEqual(self.sh.provider_id, 0)

    def test_make_service_handle_from_address_object(self):
        sh = self.client.make_service_handle(self.server.margo.engine.address)
        self.assertEqual(sh, self.sh)

    def test_client(self):
        self.assertIs(self.sh.client, self.client)

    def test_config(self):
        config = self.sh.config
        for key in ("margo", "providers", "bedrock"):
            self.assertIn(key, config)

    def test_spec(self):
        self.assertIsInstance(self.sh.spec, ProcSpec)

    def test_query(self):
        result = self.sh.query("return $__config__.margo.argobots;")
        self.assertIsInstance(result, dict)
        ArgobotsSpec.from_dict(result)

    def test_query_error_is_a_client_exception(self):
        with self.assertRaises(ClientException):
            self.sh.query("return $__config__.margo[;")

    def test_load_module(self):
        self.sh.load_module(module("a"))
        self.sh.load_module(module("b"))
        with self.assertRaises(ClientException):
            self.sh.load_module(os.path.join(os.path.dirname(module("a")), "libModuleX.jar"))

    def test_load_module_with_name(self):
        self.sh.load_module("module_b", module("b"))
        self.assertIn(module("b"), json.dumps(self.sh.config["libraries"]))
        self.sh.add_provider({"name": "my_provider", "type": "module_b", "provider_id": 43})
        self.assertEqual(self.server.providers["my_provider"].type, "module_b")

    def _check_add_pool(self, spec):
        count = len(self.server.margo.pools)
        self.sh.add_pool(spec)
        self.assertEqual(len(self.server.margo.pools), count + 1)
        with self.assertRaises(ClientException):
            self.sh.add_pool(spec)
        self.assertEqual(len(self.server.margo.pools), count + 1)

    def test_add_pool_from_dict(self):
        self._check_add_pool(POOL)

    def test_add_pool_from_str(self):
        self._check_add_pool(json.dumps(POOL))

    def test_add_pool_from_spec(self):
        self._check_add_pool(PoolSpec(name="my_pool", kind="fifo_wait", access="mpmc"))

    def test_remove_pool(self):
        self.sh.add_pool(POOL)
        count = len(self.server.margo.pools)
        self.sh.remove_pool("my_pool")
        self.assertEqual(len(self.server.margo.pools), count - 1)
        with self.assertRaises(Exception):
            self.server.margo.pools["my_pool"]
        with self.assertRaises(ClientException):
            self.sh.remove_pool("my_pool")

    def _check_add_xstream(self, spec):
        self.sh.add_pool(POOL)
        count = len(self.server.margo.xstreams)
        self.sh.add_xstream(spec)
        self.assertEqual(len(self.server.margo.xstreams), count + 1)
        with self.assertRaises(ClientException):
            self.sh.add_xstream(spec)

    def test_add_xstream_from_dict(self):
        self._check_add_xstream(XSTREAM)

    def test_add_xstream_from_str(self):
        self._check_add_xstream(json.dumps(XSTREAM))

    def test_add_xstream_from_spec(self):
        self._check_add_xstream(XstreamSpec(name="my_xstream", scheduler={
            "type": "basic_wait", "pools": [PoolSpec(name="my_pool")]}))

    def test_remove_xstream(self):
        self._check_add_xstream(XSTREAM)
        count = len(self.server.margo.xstreams)
        self.sh.remove_xstream("my_xstream")
        self.assertEqual(len(self.server.margo.xstreams), count - 1)

    def _check_add_provider(self, spec):
        self.assertEqual(self.sh.add_provider(spec), 42)
        provider = self.server.spec.providers["my_provider"]
        self.assertEqual(provider.tags, ["my_tag_1", "my_tag_2"])
        with self.assertRaises(ClientException):
            self.sh.add_provider(spec)

    def test_add_provider_from_dict(self):
        self._check_add_provider(PROVIDER)

    def test_add_provider_from_str(self):
        self._check_add_provider(json.dumps(PROVIDER))

    def test_add_provider_from_spec(self):
        self._check_add_provider(ProviderSpec(**PROVIDER))

    def test_remove_provider(self):
        self.sh.add_provider(PROVIDER)
        self.sh.remove_provider("my_provider")
        self.assertNotIn("my_provider", self.server.providers)
        with self.assertRaises(ClientException):
            self.sh.remove_provider("my_provider")

    def test_a_bad_provider_names_the_json_path(self):
        with self.assertRaises(ClientException) as caught:
            self.sh.add_provider({"name": "my_provider", "type": "module_a", "provider_id": "x"})
        self.assertEqual(caught.exception.path, "/provider_id")
        self.assertNotIn("my_provider", self.server.providers)

    def test_change_provider_pool_reaches_the_daemon(self):
        self.sh.add_pool(POOL)
        self.sh.add_provider(PROVIDER)
        with self.assertRaises(ClientException) as caught:
            self.sh.change_provider_pool("my_provider", "my_pool")
        self.assertIn('provider "my_provider"', str(caught.exception))

    def test_migrate_snapshot_restore_reach_the_daemon(self):
        self.sh.add_provider(PROVIDER)
        for call in (lambda: self.sh.migrate("my_provider", self.address, 43),
                     lambda: self.sh.snapshot("my_provider", "/tmp/s", {"x": 1}),
                     lambda: self.sh.restore("my_provider", "/tmp/s", "{}")):
            with self.assertRaises(ClientException) as caught:
                call()
            self.assertIn("not supported", str(caught.exception))

    def test_add_client_from_dict_str_and_spec(self):
        for i, spec in enumerate(({"name": "my_client_0", "type": "module_a"},
                                  json.dumps({"name": "my_client_1", "type": "module_a"}),
                                  ClientSpec(name="my_client_2", type="module_a"))):
            self.sh.add_client(spec)
            self.assertIn(f"my_client_{i}", self.server.clients)
        self.sh.remove_client("my_client_0")
        self.assertNotIn("my_client_0", self.server.clients)

    def test_add_abtio_instance_from_dict_str_and_spec(self):
        for i, spec in enumerate(({"name": "my_abt_io_0", "pool": "__primary__"},
                                  json.dumps({"name": "my_abt_io_1", "pool": "__primary__"}),
                                  AbtIOSpec(name="my_abt_io_2", pool="__primary__"))):
            self.sh.add_abtio_instance(spec)
            self.assertIn(f"my_abt_io_{i}", self.server.abtio)
        with self.assertRaises(ClientException):
            self.sh.add_abtio_instance({"name": "my_abt_io_3", "pool": "1234"})

    def test_add_ssg_group_from_dict_str_and_spec(self):
        with tempfile.TemporaryDirectory() as tmp:
            for i, spec in enumerate((
                    {"name": "my_group_0", "bootstrap": "init"},
                    json.dumps({"name": "my_group_1", "bootstrap": "init"}),
                    SSGSpec(name="my_group_2", bootstrap="init",
                            group_file=os.path.join(tmp, "g.ssg")))):
                self.sh.add_ssg_group(spec)
                self.assertIn(f"my_group_{i}", self.server.ssg)
            self.assertEqual(self.server.ssg.resolve("ssg://my_group_2/0"), self.address)


if __name__ == "__main__":
    unittest.main()
