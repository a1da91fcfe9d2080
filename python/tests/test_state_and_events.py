"""Provider state (snapshot, restore, migrate with yokan), module unload and the event watch."""

import os
import tempfile
import unittest

from support import modules
from mochi.bedrock import Client, ClientException, Server

YOKAN = {"name": "db", "type": "yokan", "provider_id": 7, "config": {"database": {"type": "map"}}}


class TestProviderState(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        config = {"libraries": modules("a", "yokan"), "providers": [YOKAN]}
        cls.source = Server("na+sm", config=config)
        cls.dest = Server("na+sm", config=config)
        cls.client = Client("na+sm")

    @classmethod
    def tearDownClass(cls):
        cls.client.finalize()
        cls.source.finalize()
        cls.dest.finalize()

    def test_snapshot_then_restore(self):
        sh = self.client.make_service_handle(self.source.address)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "db.snapshot")
            sh.snapshot("db", path, remove_source=False)
            self.assertTrue(os.path.getsize(path) > 0)
            sh.restore("db", path)
            with self.assertRaises(ClientException):
                sh.restore("db", os.path.join(tmp, "missing.snapshot"))
        self.assertIn("db", self.source.providers)

    def test_migrate_to_another_daemon_keeps_the_source_when_asked(self):
        sh = self.client.make_service_handle(self.source.address)
        sh.migrate("db", self.dest.address, 7, remove_source=False)
        self.assertIn("db", self.source.providers)
        with self.assertRaises(ClientException) as caught:
            sh.migrate("nowhere", self.dest.address, 7)
        self.assertIn("nowhere", str(caught.exception))


class TestUnloadAndEvents(unittest.TestCase):

    def setUp(self):
        self.server = Server("na+sm", config={"libraries": modules("a")})
        self.client = Client("na+sm")
        self.sh = self.client.make_service_handle(self.server.address)

    def tearDown(self):
        self.client.finalize()
        self.server.finalize()

    def test_unload_refused_while_used_then_done(self):
        self.sh.add_provider({"name": "pa", "type": "module_a", "provider_id": 3})
        with self.assertRaises(ClientException) as caught:
            self.sh.unload_module("module_a")
        self.assertIn('"pa"', str(caught.exception))
        self.sh.remove_provider("pa")
        self.sh.unload_module("module_a")
        self.assertEqual(self.server.config["libraries"], [])
        with self.assertRaises(ClientException):
            self.sh.add_provider({"name": "pb", "type": "module_a", "provider_id": 4})

    def test_events_yield_a_pool_added_after_the_watch_began(self):
        watch = self.sh.events(poll_timeout=2.0)
        seen = []
        self.sh.add_pool({"name": "watched_pool"})
        for _ in range(200):
            event = next(watch)
            seen.append(event["topic"])
            if event["topic"] == "bedrock/pool/added" and event["data"].get("name") == "watched_pool":
                break
        else:
            self.fail(f"no pool event among {seen}")
        self.assertIn("bedrock/daemon/ready", seen)
        with self.assertRaises(ValueError):
            next(self.sh.events(since=-1))


if __name__ == "__main__":
    unittest.main()
