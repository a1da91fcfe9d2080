"""Port of upstream's test_provider_manager.py, plus change_pool, migrate, snapshot and restore
(which module_a does not support: the daemon's error comes back)."""

import unittest

from support import modules
from mochi.bedrock import BedrockException, ClientException, Server
from mochi.bedrock.spec import ProviderSpec

CONFIG = {
    "libraries": modules("a", "b", "yokan"),
    "margo": {"argobots": {"pools": [{"name": "other_pool"}]}},
    "providers": [
        {"name": "my_provider_A", "type": "module_a", "provider_id": 1},
        {"name": "my_providerB", "type": "module_b", "provider_id": 2, "__if__": "false"},
    ],
}


class TestProviderManager(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.server = Server(address="na+sm", config=CONFIG)

    @classmethod
    def tearDownClass(cls):
        cls.server.finalize()

    def tearDown(self):
        if "my_provider_B" in self.server.providers:
            del self.server.providers["my_provider_B"]

    def test_len(self):
        self.assertEqual(len(self.server.providers), 1)

    def test_get_provider(self):
        providers = self.server.providers
        self.assertIn("my_provider_A", providers)
        self.assertEqual(providers[0], providers["my_provider_A"])
        self.assertEqual(providers[0].provider_id, 1)
        self.assertEqual(providers.lookup("module_a:1"), providers[0])
        with self.assertRaises(BedrockException):
            providers[1]
        with self.assertRaises(BedrockException):
            providers["bla"]

    def test_config(self):
        config = self.server.providers.config
        self.assertIsInstance(config, list)
        self.assertEqual(len(config), 1)
        # The daemon also reports the provider's pool.
        self.assertEqual(set(config[0]), {"name", "config", "provider_id", "dependencies", "tags",
                                          "type", "pool"})

    def test_spec(self):
        spec = self.server.providers.spec
        self.assertIsInstance(spec, list)
        self.assertIsInstance(spec[0], ProviderSpec)
        self.assertEqual(spec[0].name, "my_provider_A")

    def test_create_and_delete(self):
        provider = self.server.providers.create(name="my_provider_B", provider_id=2, type="module_b")
        self.assertEqual(len(self.server.providers), 2)
        self.assertEqual(self.server.providers[1], self.server.providers["my_provider_B"])
        self.assertEqual(provider, self.server.providers["my_provider_B"])
        del self.server.providers["my_provider_B"]
        self.assertEqual(len(self.server.providers), 1)
        with self.assertRaises(BedrockException):
            self.server.providers[1]
        with self.assertRaises(BedrockException):
            self.server.providers["my_provider_B"]

    def test_create_twice_raises(self):
        self.server.providers.create(name="my_provider_B", provider_id=2, type="module_b")
        with self.assertRaises(BedrockException):
            self.server.providers.create(name="my_provider_B", provider_id=3, type="module_b")
        self.assertEqual(len(self.server.providers), 2)

    def test_change_pool_of_a_provider_that_cannot_move_raises(self):
        # change_pool reaches the daemon (upstream's calls a method that does not exist); no
        # example module can move its RPCs, so the daemon's refusal comes back.
        with self.assertRaises(BedrockException) as caught:
            self.server.providers["my_provider_A"].change_pool("other_pool")
        self.assertIn('provider "my_provider_A"', str(caught.exception))
        self.assertIn("not supported", str(caught.exception))
        self.assertEqual(self.server.providers.config[0]["pool"], "__primary__")

    def test_migrate_snapshot_restore_report_the_daemons_refusal(self):
        providers = self.server.providers
        calls = [
            lambda: providers.migrate("my_provider_A", self.server.address, 77),
            lambda: providers.snapshot("my_provider_A", "/tmp/snapshot"),
            lambda: providers.restore("my_provider_A", "/tmp/snapshot"),
        ]
        for call in calls:
            with self.assertRaises(ClientException) as caught:
                call()
            self.assertIn('not supported by provider type "module_a"', str(caught.exception))
        self.assertEqual(len(providers), 1)
        with self.assertRaises(ClientException) as caught:
            providers.migrate("my_provider_A", self.server.address, 1)
        self.assertIn("is the provider itself", str(caught.exception))

    def test_migrate_of_an_unknown_provider_raises(self):
        with self.assertRaises(BedrockException):
            self.server.providers.migrate("nope", self.server.address, 1)


if __name__ == "__main__":
    unittest.main()
