"""Runs every example of python/examples (the seed document's code, block by block) from the
distribution, as a user would: PYTHONPATH=<home>/python, one Python process per script."""

import os
import subprocess
import sys
import tempfile
import unittest

import support
from mochi.bedrock import Client

EXAMPLES = os.path.join(support.HOME, "python", "examples")
TIMEOUT = 120


def run(script, *args, cwd=None):
    """Runs an example to its end (bounded); its stdout. Fails the test on a non-zero exit."""
    env = dict(os.environ, PYTHONPATH=os.path.join(support.HOME, "python"))
    env.pop("BEDROCK_HOME", None)
    done = subprocess.run([sys.executable, os.path.join(EXAMPLES, script), *args], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0:
        raise AssertionError(f"{script} exited {done.returncode}: {done.stdout}{done.stderr}")
    return done.stdout


class TestSeedExamples(unittest.TestCase):
    """server.py runs; the other scripts work against it; a shutdown ends it."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.group_file = os.path.join(cls.tmp.name, "mygroup.flock")
        env = dict(os.environ, PYTHONPATH=os.path.join(support.HOME, "python"))
        cls.server = subprocess.Popen([sys.executable, os.path.join(EXAMPLES, "server.py"),
                                       cls.group_file], cwd=cls.tmp.name, env=env,
                                      stdout=subprocess.PIPE, text=True)
        line = cls.server.stdout.readline()
        if not line.startswith("Server running at "):
            cls.server.kill()
            cls.server.wait()
            raise AssertionError(f"server.py printed {line!r}")
        cls.address = line[len("Server running at "):].strip()

    @classmethod
    def tearDownClass(cls):
        try:
            if cls.server.poll() is None:
                with Client("tcp") as client:
                    client.make_service_handle(cls.address).shutdown()
                cls.server.wait(TIMEOUT)
        finally:
            if cls.server.poll() is None:
                cls.server.kill()
                cls.server.wait()
            cls.server.stdout.close()
            cls.tmp.cleanup()

    def test_01_client(self):
        out = run("client.py", self.address)
        self.assertIn("my_database (type yokan, id 42)", out)

    def test_02_query(self):
        out = run("query.py", self.address)
        self.assertIn("Provider names: ['my_database']", out)
        self.assertIn("Pool names: ['__primary__']", out)

    def test_03_load_module(self):
        run("load_module.py", self.address)

    def test_04_pools_xstreams(self):
        out = run("pools_xstreams.py", self.address)
        self.assertIn("Added and removed", out)
        with Client("tcp") as client:
            pools = client.make_service_handle(self.address).config["margo"]["argobots"]["pools"]
        self.assertNotIn("new_pool", [p["name"] for p in pools])

    def test_05_add_provider(self):
        self.assertIn("Created provider with ID: 99", run("add_provider.py", self.address))

    def test_06_runtime(self):
        out = run("runtime.py", self.address)
        self.assertIn("Created provider runtime_database with ID: 100", out)
        self.assertIn("'runtime_database'", out)
        self.assertIn("'dynamic_xstream'", out)

    def test_07_group(self):
        out = run("group.py", self.group_file)
        self.assertIn("Group has 1 member(s)", out)
        self.assertIn(f"member 0 at {self.address}", out)
        self.assertIn(f"{self.address} has", out)

    def test_08_libraries_as_written(self):
        # load_module.py loaded the same module under another name: the first one stays.
        with Client("tcp") as client:
            config = client.make_service_handle(self.address).config
        self.assertEqual(config["libraries"], {"yokan": "libyokan-bedrock-module.so"})

    def test_08_errors(self):
        self.assertIn("Client error: Could not reach tcp://127.0.0.1:", run("errors.py"))

    def test_09_server_ends_on_shutdown(self):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, PYTHONPATH=os.path.join(support.HOME, "python"))
            server = subprocess.Popen([sys.executable, os.path.join(EXAMPLES, "server.py")],
                                      cwd=tmp, env=env, stdout=subprocess.PIPE, text=True)
            try:
                address = server.stdout.readline().split(" at ")[-1].strip()
                self.assertTrue(os.path.exists(os.path.join(tmp, "mygroup.flock")))
                with Client("tcp") as client:
                    client.make_service_handle(address).shutdown()
                self.assertEqual(server.wait(TIMEOUT), 0)
                self.assertEqual(server.stdout.read(), "Server finalized\n")
            finally:
                if server.poll() is None:
                    server.kill()
                    server.wait()
                server.stdout.close()


class TestStandaloneExamples(unittest.TestCase):
    """The scripts that start their own server."""

    def test_proc_spec(self):
        out = run("proc_spec.py")
        self.assertIn("with providers ['my_provider']", out)

    def test_pymargo_integration(self):
        self.assertIn("Engine at tcp://127.0.0.1:", run("pymargo_integration.py"))


if __name__ == "__main__":
    unittest.main()
