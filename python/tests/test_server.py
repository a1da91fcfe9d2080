"""Port of upstream's test_server.py, plus what our Server adds: config files, the daemon's own
error path, and the daemon never outliving the Python process."""

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import unittest

import support
from mochi.bedrock import BedrockException, ConfigType, Server
from mochi.bedrock.spec import ProcSpec


class TestServerStart(unittest.TestCase):

    def test_init_server(self):
        server = Server(address="na+sm")
        try:
            self.assertTrue(server.running)
            self.assertTrue(server.address.startswith("tcp://127.0.0.1:"))
        finally:
            server.finalize()
        self.assertFalse(server.running)

    def test_init_server_with_json_config(self):
        with Server(address="na+sm", config=json.dumps({"margo": {"progress_timeout_ub_msec": 50}})) \
                as server:
            self.assertEqual(server.config["margo"]["progress_timeout_ub_msec"], 50)

    def test_init_server_with_jx9_config(self):
        script = 'return {"margo": {"progress_timeout_ub_msec": $t}};'
        with Server(address="na+sm", config=script, config_type=ConfigType.JX9,
                    jx9_params={"t": "42"}) as server:
            self.assertEqual(server.config["margo"]["progress_timeout_ub_msec"], 42)

    def test_jx9_params_that_are_not_json_become_strings(self):
        script = 'return {"margo": {"argobots": {"pools": [{"name": $name}]}}};'
        with Server(address="na+sm", config=script, config_type=ConfigType.JX9,
                    jx9_params={"name": "named_by_jx9"}) as server:
            self.assertIn("named_by_jx9", server.margo.pools)

    def test_a_bad_config_type_or_value_is_refused_before_starting(self):
        with self.assertRaises(ValueError):
            Server(address="na+sm", config_type=7)
        with self.assertRaises(ValueError):
            Server(address="na+sm", config=42)

    def test_init_server_from_spec(self):
        spec = ProcSpec(margo="na+sm")
        with Server.from_spec(spec) as server:
            self.assertIsInstance(server.spec, ProcSpec)

    def test_init_server_from_config_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "config.json")
            with open(path, "w") as f:
                json.dump({"margo": {"argobots": {"pools": [{"name": "file_pool"}]}}}, f)
            with Server.from_config_file(path, address="tcp://127.0.0.1:0") as server:
                self.assertIn("file_pool", server.margo.pools)

    def test_init_server_with_invalid_json_config(self):
        with self.assertRaises(BedrockException):
            Server(address="na+sm", config="{[")

    def test_init_server_with_invalid_jx9_config(self):
        with self.assertRaises(BedrockException):
            Server(address="na+sm", config="{[", config_type=ConfigType.JX9)

    def test_a_bad_spec_carries_the_daemons_message_and_json_path(self):
        config = {"margo": {"argobots": {"pools": [{"name": "p", "kind": "bad"}]}}}
        with self.assertRaises(BedrockException) as caught:
            Server(address="na+sm", config=config)
        self.assertEqual(caught.exception.path, "/margo/argobots/pools/0/kind")
        self.assertIn('"kind" should be one of', caught.exception.message)
        self.assertIn('got "bad"', str(caught.exception))

    def test_every_problem_of_a_bad_spec_is_reported(self):
        config = {"margo": {"argobots": {"pools": [{"name": "p", "kind": "bad"},
                                                   {"name": "q", "access": "x"}]}}}
        with self.assertRaises(BedrockException) as caught:
            Server(address="na+sm", config=config)
        lines = caught.exception.message.split("\n")
        self.assertEqual(lines[0], "Invalid spec: 2 problems:")
        self.assertTrue(lines[1].startswith("  /margo/argobots/pools/0/kind: "), lines)
        self.assertTrue(lines[2].startswith("  /margo/argobots/pools/1/access: "), lines)
        self.assertEqual(caught.exception.path, "/margo/argobots/pools/0/kind")

    def test_a_protocol_the_daemon_refuses_is_reported(self):
        with self.assertRaises(BedrockException) as caught:
            Server(address="ofi+verbs")
        self.assertIn("ofi+verbs", str(caught.exception))


class TestServerProperties(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.server = Server(address="na+sm")

    @classmethod
    def tearDownClass(cls):
        cls.server.finalize()

    def test_server_config(self):
        config = self.server.config
        self.assertIsInstance(config, dict)
        for key in ("margo", "bedrock", "providers", "libraries"):
            self.assertIn(key, config)

    def test_server_spec(self):
        self.assertIsInstance(self.server.spec, ProcSpec)
        self.assertEqual(self.server.spec.margo.mercury.address, self.server.address)


class TestServerLifetime(unittest.TestCase):

    def test_wait_for_finalize_returns_after_a_remote_shutdown(self):
        from mochi.bedrock import Client
        server = Server(address="na+sm")
        try:
            with Client("na+sm") as client:
                client.make_service_handle(server.address).shutdown()
            server.wait_for_finalize(timeout=60)
            self.assertFalse(server.running)
        finally:
            server.finalize()

    def test_the_daemon_does_not_outlive_a_killed_python_process(self):
        code = ("import sys; sys.path.insert(0, sys.argv[1]); from mochi.bedrock import Server;"
                "s = Server('tcp'); print(s._daemon.process.pid, flush=True);"
                "import time; time.sleep(600)")
        python = subprocess.Popen([sys.executable, "-c", code, os.path.join(support.HOME, "python")],
                                  stdout=subprocess.PIPE, text=True)
        try:
            daemon = int(python.stdout.readline())
            self.assertTrue(_alive(daemon))
            python.send_signal(signal.SIGKILL)
            python.wait(30)
            deadline = time.monotonic() + 60
            while _alive(daemon) and time.monotonic() < deadline:
                time.sleep(0.1)
            self.assertFalse(_alive(daemon), "the daemon outlived the killed Python process")
        finally:
            python.kill()
            python.wait()
            python.stdout.close()


class TestFindDaemon(unittest.TestCase):

    def setUp(self):
        self.saved = os.environ.pop("BEDROCK_HOME", None)

    def tearDown(self):
        os.environ.pop("BEDROCK_HOME", None)
        if self.saved is not None:
            os.environ["BEDROCK_HOME"] = self.saved

    def test_the_distribution_the_package_sits_in(self):
        from mochi.bedrock._daemon import find_daemon
        self.assertEqual(find_daemon(), os.path.join(support.HOME, "bin", "bedrock"))

    def test_then_bedrock_on_the_path(self):
        import shutil
        with tempfile.TemporaryDirectory() as tmp:
            # A copy of the package outside any distribution.
            shutil.copytree(os.path.join(support.HOME, "python", "mochi"), os.path.join(tmp, "mochi"))
            env = {k: v for k, v in os.environ.items() if k != "BEDROCK_HOME"}
            code = "from mochi.bedrock._daemon import find_daemon; print(find_daemon())"
            bin_dir = os.path.join(support.HOME, "bin")
            found = subprocess.run([sys.executable, "-B", "-c", code], cwd=tmp, capture_output=True,
                                   text=True, env=dict(env, PYTHONPATH=tmp,
                                                       PATH=bin_dir + os.pathsep + env["PATH"]))
            self.assertEqual(found.stdout.strip(), os.path.join(bin_dir, "bedrock"), found.stderr)
            missing = subprocess.run([sys.executable, "-B", "-c", code], cwd=tmp, capture_output=True,
                                     text=True, env=dict(env, PYTHONPATH=tmp, PATH="/nonexistent"))
            self.assertIn("Cannot find the Bedrock daemon", missing.stderr)

    def test_bedrock_home_comes_first(self):
        from mochi.bedrock._daemon import find_daemon
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["BEDROCK_HOME"] = tmp
            with self.assertRaises(BedrockException) as caught:
                find_daemon()
            self.assertIn(tmp, str(caught.exception))
            os.makedirs(os.path.join(tmp, "bin"))
            os.symlink(os.path.join(support.HOME, "bin", "bedrock"), os.path.join(tmp, "bin", "bedrock"))
            self.assertEqual(find_daemon(), os.path.join(tmp, "bin", "bedrock"))


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


if __name__ == "__main__":
    unittest.main()
