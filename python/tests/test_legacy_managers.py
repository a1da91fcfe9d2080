"""Ports of the legacy (v0.14) suites test_abtio_manager, test_client_manager and
test_ssg_manager: the seeds' era managers on Server."""

import os
import tempfile
import unittest

from support import modules
from mochi.bedrock import BedrockException, Server
from mochi.bedrock.spec import SSGSpec


class TestAbtIOManager(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.server = Server("na+sm", config={"abt_io": [{"name": "my_abt_io", "pool": "__primary__"}]})

    @classmethod
    def tearDownClass(cls):
        cls.server.finalize()

    def test_len(self):
        self.assertEqual(len(self.server.abtio), 1)

    def test_get(self):
        self.assertIn("my_abt_io", self.server.abtio)
        self.assertEqual(self.server.abtio[0].name, "my_abt_io")
        self.assertEqual(self.server.abtio["my_abt_io"], self.server.abtio[0])
        with self.assertRaises(BedrockException):
            self.server.abtio[1]
        with self.assertRaises(BedrockException):
            self.server.abtio["nope"]

    def test_config(self):
        config = self.server.abtio.config[0]
        self.assertEqual(config["name"], "my_abt_io")
        self.assertEqual(config["pool"], "__primary__")
        self.assertIsInstance(config["config"], dict)

class TestAbtIOCreate(unittest.TestCase):
    """Creation on a daemon of its own: there is no removal to undo it."""

    def setUp(self):
        self.server = Server("na+sm")

    def tearDown(self):
        self.server.finalize()

    def test_create(self):
        instance = self.server.abtio.create("my_abt_io_2", pool="__primary__", config={})
        self.assertEqual(instance.name, "my_abt_io_2")
        self.assertIn("my_abt_io_2", self.server.abtio)
        with self.assertRaises(BedrockException):
            self.server.abtio.create("my_abt_io_3", pool="1234")
        self.assertNotIn("my_abt_io_3", self.server.abtio)


class TestClientManager(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.server = Server("na+sm", config={
            "libraries": modules("a", "b"),
            "clients": [{"name": "my_client_A", "type": "module_a"},
                        {"name": "my_client_B", "type": "module_b", "__if__": "false"}]})

    @classmethod
    def tearDownClass(cls):
        cls.server.finalize()

    def tearDown(self):
        for name in ("my_client_B", "__module_b_client__"):
            if name in self.server.clients:
                del self.server.clients[name]

    def test_len_and_filter(self):
        self.assertEqual(len(self.server.clients), 1)
        self.assertNotIn("my_client_B", self.server.clients)

    def test_get(self):
        clients = self.server.clients
        self.assertEqual(clients[0].name, "my_client_A")
        self.assertEqual(clients["my_client_A"].type, "module_a")
        with self.assertRaises(BedrockException):
            clients[1]
        with self.assertRaises(BedrockException):
            clients["nope"]

    def test_config(self):
        self.assertEqual(self.server.clients.config[0], {
            "config": {}, "dependencies": {}, "name": "my_client_A", "tags": [], "type": "module_a"})

    def test_create_and_delete(self):
        self.server.clients.create("my_client_B", "module_b", config="{}", tags=["t"])
        self.assertEqual(len(self.server.clients), 2)
        self.assertEqual(self.server.clients["my_client_B"].type, "module_b")
        del self.server.clients["my_client_B"]
        self.assertEqual(len(self.server.clients), 1)
        with self.assertRaises(BedrockException):
            self.server.clients["my_client_B"]

    def test_get_or_create_anonymous(self):
        self.assertEqual(self.server.clients.get_or_create_anonymous("module_a").name, "my_client_A")
        anonymous = self.server.clients.get_or_create_anonymous("module_b")
        self.assertEqual(anonymous.type, "module_b")
        self.assertEqual(self.server.clients.get_or_create_anonymous("module_b"), anonymous)
        self.assertEqual(len(self.server.clients), 2)


class TestSSGManager(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.group_file = os.path.join(cls.tmp.name, "my_group.ssg")
        cls.server = Server("na+sm", config={
            "libraries": modules("a"),
            "ssg": [{"name": "my_group", "bootstrap": "init", "group_file": cls.group_file}],
            "providers": [
                {"name": "A1", "type": "module_a", "provider_id": 1,
                 "__if__": "$__ssg__.my_group.rank == 0"},
                {"name": "A2", "type": "module_a", "provider_id": 2,
                 "__if__": "$__ssg__.my_group.rank == 1"}]})

    @classmethod
    def tearDownClass(cls):
        cls.server.finalize()
        cls.tmp.cleanup()

    def test_conditions_on_the_rank(self):
        self.assertIn("A1", self.server.providers)
        self.assertNotIn("A2", self.server.providers)

    def test_get(self):
        self.assertEqual(len(self.server.ssg), 1)
        self.assertIn("my_group", self.server.ssg)
        self.assertEqual(self.server.ssg[0].name, "my_group")
        with self.assertRaises(BedrockException):
            self.server.ssg["nope"]

    def test_config_and_spec(self):
        config = self.server.ssg.config[0]
        # As upstream's ValidConfigs: "swim" only when given.
        self.assertEqual(set(config), {"name", "pool", "credential", "bootstrap", "group_file"})
        self.assertEqual(config["group_file"], self.group_file)
        self.assertIsInstance(self.server.ssg.spec[0], SSGSpec)

    def test_resolve(self):
        self.assertEqual(self.server.ssg.resolve("ssg://my_group/0"), self.server.address)
        for bad in ("ssg://my_group/1", "ssg://wrong_group/0", "my_group/0"):
            with self.assertRaises(BedrockException):
                self.server.ssg.resolve(bad)



class TestSSGCreate(unittest.TestCase):
    """Creation on a daemon of its own: there is no removal to undo it."""

    def setUp(self):
        self.server = Server("na+sm")

    def tearDown(self):
        self.server.finalize()

    def test_create(self):
        group = self.server.ssg.create("my_group_2", pool="__primary__", bootstrap="init")
        self.assertEqual(group.name, "my_group_2")
        self.assertEqual(self.server.ssg.resolve("ssg://my_group_2/0"), self.server.address)
        with self.assertRaises(BedrockException):
            self.server.ssg.create("my_group_2")


if __name__ == "__main__":
    unittest.main()
