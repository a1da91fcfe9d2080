"""Port of upstream's test_margo_manager.py (one daemon for the class; each test undoes its
changes)."""

import unittest

import support  # noqa: F401
from mochi.bedrock import BedrockException, Server
from mochi.bedrock.server import MargoManager  # noqa: F401  (re-exported name)
from mochi.bedrock.spec import MargoSpec, PoolSpec, XstreamSpec

CONFIG = {
    "margo": {
        "argobots": {
            "pools": [{"name": "my_pool", "type": "fifo_wait", "access": "mpmc"}],
            "xstreams": [{"name": "my_xstream",
                          "scheduler": {"type": "basic_wait", "pools": ["my_pool"]}}],
        }
    }
}


class TestMargoManager(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.server = Server(address="na+sm", config=CONFIG)

    @classmethod
    def tearDownClass(cls):
        cls.server.finalize()

    def tearDown(self):
        for name in ("my_xstream_2",):
            if name in self.server.margo.xstreams:
                del self.server.margo.xstreams[name]
        if "my_pool_2" in self.server.margo.pools:
            del self.server.margo.pools["my_pool_2"]

    def test_margo_manager(self):
        self.assertIsInstance(self.server.margo, MargoManager)

    def test_margo_config(self):
        config = self.server.margo.config
        self.assertIn("mercury", config)
        self.assertIn("argobots", config)
        self.assertEqual(len(config["argobots"]["pools"]), 2)

    def test_margo_spec(self):
        self.assertIsInstance(self.server.margo.spec, MargoSpec)

    def test_default_handler_pool(self):
        self.assertEqual(self.server.margo.default_handler_pool.name, "__primary__")

    def test_get_pools(self):
        pools = self.server.margo.pools
        self.assertEqual(len(pools), 2)
        self.assertIn("my_pool", pools)
        self.assertNotIn("not_my_pool", pools)
        self.assertEqual(pools["my_pool"].name, "my_pool")
        self.assertEqual(pools["my_pool"].type, "pool")
        self.assertEqual(pools[0], pools[pools.config[0]["name"]])

    def test_add_pool_from_dict(self):
        pool = self.server.margo.pools.create({"name": "my_pool_2", "type": "fifo", "access": "mpmc"})
        self.assertEqual(len(self.server.margo.pools), 3)
        self.assertEqual(pool.name, "my_pool_2")
        self.assertEqual(pool.type, "pool")

    def test_add_pool_from_spec(self):
        pool = self.server.margo.pools.create(PoolSpec(name="my_pool_2", kind="fifo"))
        self.assertEqual(len(self.server.margo.pools), 3)
        self.assertEqual(pool.type, "pool")
        self.assertEqual(self.server.margo.spec.argobots.pools["my_pool_2"].kind, "fifo")

    def test_remove_pool(self):
        self.server.margo.pools.create({"name": "my_pool_2", "kind": "fifo", "access": "mpmc"})
        del self.server.margo.pools["my_pool_2"]
        self.assertEqual(len(self.server.margo.pools), 2)
        with self.assertRaises(BedrockException):
            self.server.margo.pools["my_pool_2"]

    def test_remove_pool_in_use_raises(self):
        with self.assertRaises(BedrockException):
            del self.server.margo.pools["my_pool"]
        self.assertEqual(len(self.server.margo.pools), 2)

    def test_get_xstreams(self):
        xstreams = self.server.margo.xstreams
        self.assertEqual(len(xstreams), 2)
        self.assertIn("my_xstream", xstreams)
        self.assertEqual(xstreams["my_xstream"].type, "xstream")

    def test_add_xstream_from_dict(self):
        xstream = self.server.margo.xstreams.create({
            "name": "my_xstream_2", "scheduler": {"type": "basic_wait", "pools": ["my_pool"]}})
        self.assertEqual(len(self.server.margo.xstreams), 3)
        self.assertEqual(xstream.type, "xstream")

    def test_add_xstream_from_spec(self):
        pool = self.server.margo.spec.argobots.pools["my_pool"]
        spec = XstreamSpec(name="my_xstream_2", scheduler={"type": "basic_wait", "pools": [pool]})
        xstream = self.server.margo.xstreams.create(spec)
        self.assertEqual(len(self.server.margo.xstreams), 3)
        self.assertEqual(xstream.name, "my_xstream_2")

    def test_remove_xstream(self):
        self.server.margo.xstreams.create({
            "name": "my_xstream_2", "scheduler": {"type": "basic_wait", "pools": ["my_pool"]}})
        del self.server.margo.xstreams["my_xstream_2"]
        self.assertEqual(len(self.server.margo.xstreams), 2)
        with self.assertRaises(BedrockException):
            self.server.margo.xstreams["my_xstream_2"]


if __name__ == "__main__":
    unittest.main()
