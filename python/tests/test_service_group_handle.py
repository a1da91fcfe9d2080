"""Port of upstream's test_service_group_handle.py. Upstream builds its group with a Flock
provider; this port uses an ``ssg`` group ("bootstrap": "init"), which writes a group file in
Flock's format. Plus broadcasts to a group of two daemons."""

import os
import tempfile
import unittest

import support  # noqa: F401
from support import module
from mochi.bedrock import Client, ClientException, Server, ServiceGroupHandle, ServiceHandle
from mochi.bedrock.spec import ProcSpec


def group_config(group_file, bootstrap="init"):
    return {"ssg": [{"name": "my_group", "bootstrap": bootstrap, "group_file": group_file,
                     "pool": "__primary__"}]}


class TestServiceGroupHandle(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.group_file = os.path.join(cls.tmp.name, "group.flock")
        cls.server = Server("na+sm", config=group_config(cls.group_file))
        cls.client = Client("na+sm")

    @classmethod
    def tearDownClass(cls):
        cls.client.finalize()
        cls.server.finalize()
        cls.tmp.cleanup()

    def handles(self):
        return [self.client.make_service_group_handle([self.server.address]),
                self.client.make_service_group_handle_from_flock(self.group_file),
                self.client.make_service_group_handle_from_ssg(self.group_file)]

    def test_make_service_group_handle(self):
        for sgh in self.handles():
            self.assertIsInstance(sgh, ServiceGroupHandle)
            self.assertIs(sgh.client, self.client)

    def test_len(self):
        for sgh in self.handles():
            self.assertEqual(len(sgh), 1)
            self.assertEqual(sgh.size, 1)

    def test_getitem(self):
        for sgh in self.handles():
            self.assertIsInstance(sgh[0], ServiceHandle)
            self.assertEqual(sgh[0].address, self.server.address)
            with self.assertRaises(ClientException) as caught:
                sgh[1]
            self.assertEqual(str(caught.exception), "Invalid index 1")
            with self.assertRaises(IndexError):
                sgh[-2]
            self.assertEqual([h.address for h in sgh], [self.server.address])

    def test_refresh_needs_a_group_file(self):
        sgh = self.client.make_service_group_handle([self.server.address])
        with self.assertRaises(ClientException) as caught:
            sgh.refresh()
        self.assertIn("not associated with a group file", str(caught.exception))
        self.client.make_service_group_handle_from_flock(self.group_file).refresh()

    def test_config(self):
        for sgh in self.handles():
            config = sgh.config
            self.assertEqual(list(config), [self.server.address])
            for key in ("margo", "providers", "bedrock"):
                self.assertIn(key, config[self.server.address])

    def test_spec(self):
        for sgh in self.handles():
            self.assertIsInstance(sgh.spec[self.server.address], ProcSpec)

    def test_query(self):
        for sgh in self.handles():
            result = sgh.query("return $__config__.margo.argobots;")
            self.assertEqual(list(result), [self.server.address])
            self.assertIn("pools", result[self.server.address])

    def test_a_bad_group_file_is_named(self):
        path = os.path.join(self.tmp.name, "bad.flock")
        with open(path, "w") as f:
            f.write('{"members": [{"provider_id": 1}]}')
        with self.assertRaises(ClientException) as caught:
            self.client.make_service_group_handle_from_flock(path)
        self.assertIn(path, str(caught.exception))
        self.assertEqual(caught.exception.path, "/members/0/address")


class TestGroupBroadcast(unittest.TestCase):
    """Two daemons in one group file: refresh sees the second; changes go to both."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.group_file = os.path.join(cls.tmp.name, "group.flock")
        cls.first = Server("na+sm", config=group_config(cls.group_file))
        cls.client = Client("na+sm")
        cls.sgh = cls.client.make_service_group_handle_from_flock(cls.group_file)
        cls.second = Server("na+sm", config=group_config(cls.group_file, "join"))

    @classmethod
    def tearDownClass(cls):
        cls.client.finalize()
        cls.second.finalize()
        cls.first.finalize()
        cls.tmp.cleanup()

    def test_refresh_reads_the_file_again(self):
        sgh = self.client.make_service_group_handle_from_flock(self.group_file)
        self.assertEqual(len(sgh), 2)
        self.assertEqual(len(self.sgh), 1)
        self.sgh.refresh()
        self.assertEqual(self.sgh.addresses, [self.first.address, self.second.address])

    def test_broadcast_gives_one_result_per_member(self):
        sgh = self.client.make_service_group_handle_from_flock(self.group_file)
        results = sgh.add_pool({"name": "broadcast_pool"})
        self.assertEqual(results, {self.first.address: None, self.second.address: None})
        for server in (self.first, self.second):
            self.assertIn("broadcast_pool", server.margo.pools)
        with self.assertRaises(ClientException) as caught:
            sgh.add_pool({"name": "broadcast_pool"})
        self.assertIn("add_pool failed on 2 of 2 members", str(caught.exception))
        sgh.remove_pool("broadcast_pool")
        for server in (self.first, self.second):
            self.assertNotIn("broadcast_pool", server.margo.pools)

    def test_a_failure_names_the_member(self):
        sgh = self.client.make_service_group_handle_from_flock(self.group_file)
        self.second.handle.add_pool({"name": "only_second"})
        try:
            with self.assertRaises(ClientException) as caught:
                sgh.add_pool({"name": "only_second"})
            message = str(caught.exception)
            self.assertIn("failed on 1 of 2 members", message)
            self.assertIn(self.second.address, message)
            self.assertIn("only_second", self.first.margo.pools)
        finally:
            sgh.remove_pool("only_second")


class TestServiceGroupHandleFromFlockProvider(unittest.TestCase):
    """Upstream's setup: a Flock provider (bootstrap "self", static group) writes the group file."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.group_file = os.path.join(cls.tmp.name, "group.flock")
        config = {"libraries": [module("flock")],
                  "providers": [{"name": "my_group", "type": "flock", "provider_id": 1,
                                 "dependencies": {"pool": "__primary__"},
                                 "config": {"bootstrap": "self", "file": cls.group_file,
                                            "group": {"type": "static"}}}]}
        cls.server = Server("na+sm", config=config)
        cls.client = Client("na+sm")

    @classmethod
    def tearDownClass(cls):
        cls.client.finalize()
        cls.server.finalize()
        cls.tmp.cleanup()

    def test_the_flock_file_lists_the_daemon(self):
        sgh = self.client.make_service_group_handle_from_flock(self.group_file)
        self.assertEqual(len(sgh), 1)
        self.assertEqual(sgh.size, 1)
        self.assertEqual(sgh[0].address, self.server.address)
        with self.assertRaises(ClientException):
            sgh[1]
        config = sgh.config
        self.assertEqual(list(config), [self.server.address])
        self.assertIn("my_group", [p["name"] for p in config[self.server.address]["providers"]])
        argobots = sgh.query("return $__config__.margo.argobots;")
        self.assertEqual(argobots[self.server.address]["pools"][0]["name"], "__primary__")

    def test_a_bad_flock_config_names_its_path(self):
        with self.assertRaises(ClientException) as caught:
            self.client.make_service_handle(self.server.address).add_provider(
                {"name": "bad_group", "type": "flock", "provider_id": 2,
                 "config": {"bootstrap": "nowhere", "group": {"type": "static"}}})
        self.assertIn("bootstrap", str(caught.exception))
        self.assertNotIn("bad_group", [p["name"] for p in self.server.config["providers"]])


if __name__ == "__main__":
    unittest.main()
