"""Port of upstream's test_dependencies.py: module_c declares the dependencies it expects
(``config.expected_provider_dependencies``) and each test checks which references resolve.
Upstream's address cases forgot their f-prefix; here the addresses are real ones. Upstream's
``margo`` dependency cases are not ported: the runtime has no ``margo`` dependency type (one engine
per daemon, which modules reach through their context)."""

import unittest

from support import modules
from mochi.bedrock import BedrockException, Server

CONFIG = {
    "libraries": modules("a", "b", "c"),
    # Remote lookups of missing providers give up quickly.
    "bedrock": {"dependency_resolution_timeout": 1},
    "margo": {"argobots": {
        "pools": [{"name": "my_pool"}],
        "xstreams": [{"name": "my_xstream", "scheduler": {"type": "basic_wait", "pools": ["my_pool"]}}],
    }},
    "providers": [
        {"name": "my_provider_a", "type": "module_a", "provider_id": 1},
        {"name": "my_provider_b", "type": "module_b", "provider_id": 2},
    ],
}


class TestDependencies(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.server = Server(address="na+sm", config=CONFIG)

    @classmethod
    def tearDownClass(cls):
        cls.server.finalize()

    def tearDown(self):
        if "my_provider_C" in self.server.providers:
            del self.server.providers["my_provider_C"]

    def create(self, expected, dependencies=None):
        providers = self.server.providers
        self.assertEqual(len(providers), 2)
        providers.create(name="my_provider_C", type="module_c", provider_id=3,
                         config={"expected_provider_dependencies": expected},
                         dependencies=dependencies or {})
        self.assertEqual(len(providers), 3)

    def refused(self, expected, dependencies=None):
        with self.assertRaises(BedrockException):
            self.create(expected, dependencies)
        self.assertEqual(len(self.server.providers), 2)

    def test_no_dependencies(self):
        self.create([])

    def test_optional_dependency_not_given(self):
        self.create([{"name": "dep1", "type": "module_a", "is_required": False}])

    def test_required_provider_handle(self):
        expected = [{"name": "dep1", "type": "module_a", "is_required": True}]
        self.refused(expected)
        self.create(expected, {"dep1": "my_provider_a@local"})

    def test_pool_by_name(self):
        expected = [{"name": "dep1", "type": "pool", "is_required": True}]
        self.refused(expected)
        self.refused(expected, {"dep1": "my_pool_bad"})
        self.create(expected, {"dep1": "my_pool"})

    def test_pool_by_index(self):
        expected = [{"name": "dep1", "type": "pool", "is_required": True}]
        self.refused(expected, {"dep1": 123})
        self.create(expected, {"dep1": 1})

    def test_xstream_by_name(self):
        expected = [{"name": "dep1", "type": "xstream", "is_required": True}]
        self.refused(expected, {"dep1": "my_xstream_bad"})
        self.create(expected, {"dep1": "my_xstream"})

    def test_xstream_by_index(self):
        expected = [{"name": "dep1", "type": "xstream", "is_required": True}]
        self.refused(expected, {"dep1": 123})
        self.create(expected, {"dep1": 1})

    def test_provider_instance(self):
        expected = [{"name": "dep1", "type": "module_a", "kind": "provider", "is_required": True}]
        self.refused(expected)
        self.refused(expected, {"dep1": "my_provider_a_bad"})
        self.create(expected, {"dep1": "my_provider_a"})

    def test_provider_handle_by_id(self):
        expected = [{"name": "dep1", "type": "module_a", "is_required": True}]
        self.refused(expected, {"dep1": "module_a:999"})
        self.refused(expected, {"dep1": "module_b:2"})
        self.create(expected, {"dep1": "module_a:1"})

    def test_provider_handle_by_address(self):
        expected = [{"name": "dep1", "type": "module_a", "is_required": True}]
        address = self.server.address
        self.refused(expected, {"dep1": f"module_a:999@{address}"})
        self.refused(expected, {"dep1": f"module_b:1@{address}"})
        self.create(expected, {"dep1": f"module_a:1@{address}"})

    def test_an_undeclared_dependency_is_named(self):
        with self.assertRaises(BedrockException) as caught:
            self.create([], {"not_declared": "my_pool"})
        self.assertIn("not_declared", str(caught.exception))
        self.assertEqual(len(self.server.providers), 2)


class TestLegacyDependencies(TestDependencies):
    """The legacy suite's additions: abt_io, ssg and client dependencies, and provider handles
    located through a group (``module_a:1@ssg://my_ssg/0``). MoNA is not on the JVM."""

    @classmethod
    def setUpClass(cls):
        config = dict(CONFIG, ssg=[{"name": "my_ssg", "bootstrap": "init"}],
                      abt_io=[{"name": "my_abt_io", "pool": "__primary__"}],
                      clients=[{"name": "my_client", "type": "module_a"}])
        cls.server = Server(address="na+sm", config=config)

    def test_abt_io(self):
        expected = [{"name": "dep1", "type": "abt_io", "is_required": True}]
        self.refused(expected)
        self.refused(expected, {"dep1": "my_abt_io_bad"})
        self.create(expected, {"dep1": "my_abt_io"})

    def test_ssg_group(self):
        expected = [{"name": "dep1", "type": "ssg", "is_required": True}]
        self.refused(expected, {"dep1": "my_ssg_bad"})
        self.create(expected, {"dep1": "my_ssg"})

    def test_client(self):
        expected = [{"name": "dep1", "type": "module_a", "kind": "client", "is_required": True}]
        self.refused(expected)
        self.refused(expected, {"dep1": "my_client_bad"})
        self.create(expected, {"dep1": "my_client"})

    def test_provider_handle_through_a_group(self):
        expected = [{"name": "dep1", "type": "module_a", "is_required": True}]
        self.refused(expected, {"dep1": "module_a:1@ssg://wrong_group/0"})
        self.refused(expected, {"dep1": "module_a:1@ssg://my_ssg/123"})
        self.create(expected, {"dep1": "module_a:1@ssg://my_ssg/0"})


if __name__ == "__main__":
    unittest.main()
