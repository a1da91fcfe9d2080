"""Upstream's library names (libyokan-bedrock-module.so, in any folder) stand for the module
bundles of the distribution, in a spec and in load_module; the completed configuration lists
them as written; an unknown one is refused naming it, what was looked for and its JSON path."""

import os
import unittest

from support import MODULES
from mochi.bedrock import BedrockException, Client, ClientException, Server


class TestUpstreamLibraries(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.server = Server("na+sm", config={
            "libraries": {"yokan": "libyokan-bedrock-module.so"},
            "providers": [{"name": "my_database", "type": "yokan", "provider_id": 42,
                           "config": {"database": {"type": "map"}}}]})
        cls.client = Client("na+sm")
        cls.sh = cls.client.make_service_handle(cls.server.address, 0)

    @classmethod
    def tearDownClass(cls):
        cls.client.finalize()
        cls.server.finalize()

    def test_spec_library_is_listed_as_written(self):
        self.assertEqual(self.server.config["libraries"]["yokan"], "libyokan-bedrock-module.so")
        self.assertEqual(self.server.providers["my_database"].provider_id, 42)

    def test_load_module_takes_an_upstream_name_in_any_folder(self):
        self.sh.load_module("/usr/lib/libflock-bedrock-module.so")
        self.assertEqual(self.sh.config["libraries"]["flock"], "/usr/lib/libflock-bedrock-module.so")
        self.sh.unload_module("/usr/lib/libflock-bedrock-module.so")
        self.assertNotIn("flock", self.sh.config["libraries"])

    def test_load_module_of_an_unknown_library_names_it(self):
        with self.assertRaises(ClientException) as caught:
            self.sh.load_module("libremi-bedrock-module.so")
        message = str(caught.exception)
        self.assertIn('library "libremi-bedrock-module.so" (looked for '
                      + os.path.join(os.path.realpath(MODULES), "bedrock.module.remi.jar"), message)
        self.assertNotIn("remi", str(self.sh.config["libraries"]))

    def test_unknown_library_in_a_spec_gives_its_path(self):
        with self.assertRaises(BedrockException) as caught:
            Server("na+sm", config={"libraries": {"warabi": "/opt/lib/libwarabi-bedrock-module.so"}})
        self.assertEqual(caught.exception.path, "/libraries/warabi")
        self.assertIn('"/opt/lib/libwarabi-bedrock-module.so"', caught.exception.message)
        self.assertIn("bedrock.module.warabi.jar", caught.exception.message)


if __name__ == "__main__":
    unittest.main()
