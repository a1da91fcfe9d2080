"""bedrockctl (``python3 -m mochi.bedrock.bedrockctl``) as a user runs it: a separate process
against two daemons, its output, its exit status and the daemons' state after it."""

import json
import os
import subprocess
import sys
import tempfile
import unittest

import support
from support import module, modules
from mochi.bedrock import Server
from mochi.bedrock.bedrockctl import _util

PACKAGE_ROOT = os.path.join(support.HOME, "python")


def bedrockctl(*args, connection=None, timeout=60):
    """Runs bedrockctl; returns (exit status, stdout, stderr)."""
    env = dict(os.environ, PYTHONPATH=PACKAGE_ROOT)
    env.pop(_util.CONNECTION_ENV, None)
    if connection is not None:
        env[_util.CONNECTION_ENV] = connection
    done = subprocess.run([sys.executable, "-m", "mochi.bedrock.bedrockctl", *args], env=env,
                          capture_output=True, text=True, timeout=timeout)
    return done.returncode, done.stdout, done.stderr


class TestBedrockctl(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        config = {"libraries": modules("a")}
        cls.servers = [Server("na+sm", config=config)]
        cls.servers.append(Server("na+sm", config=config))
        cls.both = ",".join(s.address for s in cls.servers)

    @classmethod
    def tearDownClass(cls):
        for server in cls.servers:
            server.finalize()

    def test_without_a_connection_it_says_so(self):
        status, out, err = bedrockctl("status")
        self.assertEqual(status, 255)
        self.assertIn("Error: bedrockctl not connected", err)

    def test_a_missing_group_file_is_named(self):
        status, _, err = bedrockctl("show", "--target", "/nonexistent/group.flock")
        self.assertEqual(status, 255)
        self.assertIn("could not find file or address /nonexistent/group.flock", err)

    def test_status_lists_the_connection_members(self):
        status, out, _ = bedrockctl("status", connection=self.both)
        self.assertEqual(status, 0)
        self.assertEqual(out.split(), [s.address for s in self.servers])

    def test_show_prints_every_member_configuration(self):
        status, out, _ = bedrockctl("show", connection=self.both)
        self.assertEqual(status, 0)
        shown = json.loads(out)
        self.assertEqual(list(shown), [s.address for s in self.servers])
        self.assertEqual(shown[self.servers[0].address]["libraries"], modules("a"))

    def test_pool_and_xstream_lifecycle_on_every_member(self):
        self.assertEqual(bedrockctl("pool", "create", "ctl_pool", "-k", "fifo",
                                    connection=self.both)[0], 0)
        self.assertEqual(bedrockctl("xstream", "create", "ctl_es", "-p", "ctl_pool",
                                    connection=self.both)[0], 0)
        status, out, _ = bedrockctl("pool", "list", connection=self.both)
        for server in self.servers:
            pools = {p["name"]: p for p in json.loads(out)[server.address]}
            self.assertEqual(pools["ctl_pool"]["kind"], "fifo")
        status, out, _ = bedrockctl("xstream", "list", "--target", self.servers[1].address)
        xstreams = {x["name"]: x for x in json.loads(out)[self.servers[1].address]}
        self.assertEqual(xstreams["ctl_es"]["scheduler"]["pools"], ["ctl_pool"])
        self.assertEqual(bedrockctl("xstream", "remove", "ctl_es", connection=self.both)[0], 0)
        self.assertEqual(bedrockctl("pool", "remove", "ctl_pool", connection=self.both)[0], 0)
        status, out, _ = bedrockctl("pool", "list", connection=self.both)
        for server in self.servers:
            self.assertNotIn("ctl_pool", [p["name"] for p in json.loads(out)[server.address]])

    def test_module_load_list_and_unload(self):
        target = self.servers[0].address
        status, _, err = bedrockctl("module", "load", module("b"), "--target", target)
        self.assertEqual(status, 0, err)
        listed = json.loads(bedrockctl("module", "list", "--target", target)[1])[target]
        self.assertIn(module("b"), listed)
        status, _, err = bedrockctl("module", "unload", "module_b", "--target", target)
        self.assertEqual(status, 0, err)
        listed = json.loads(bedrockctl("module", "list", "--target", target)[1])[target]
        self.assertNotIn(module("b"), listed)

    def test_unloading_a_module_in_use_is_refused(self):
        target = self.servers[0].address
        self.assertEqual(bedrockctl("provider", "create", "user_of_a", "-t", "module_a",
                                    "--target", target)[0], 0)
        try:
            status, _, err = bedrockctl("module", "unload", "module_a", "--target", target)
            self.assertEqual(status, 255)
            self.assertIn(f'Error unloading module "module_a" in {target}: ', err)
            self.assertIn("user_of_a", err)
        finally:
            bedrockctl("provider", "remove", "user_of_a", "--target", target)
        listed = json.loads(bedrockctl("module", "list", "--target", target)[1])[target]
        self.assertIn(module("a"), listed)

    def test_ranks_select_the_members_changed(self):
        status, _, _ = bedrockctl("provider", "create", "ranked", "-t", "module_a", "-a", "x",
                                  "--ranks", "1", connection=self.both)
        self.assertEqual(status, 0)
        try:
            listed = json.loads(bedrockctl("provider", "list", connection=self.both)[1])
            names = {a: [p["name"] for p in ps] for a, ps in listed.items()}
            self.assertNotIn("ranked", names[self.servers[0].address])
            self.assertIn("ranked", names[self.servers[1].address])
            mine = [p for p in listed[self.servers[1].address] if p["name"] == "ranked"][0]
            self.assertEqual(mine["tags"], ["x"])
        finally:
            bedrockctl("provider", "remove", "ranked", "--ranks", "1", connection=self.both)
        listed = json.loads(bedrockctl("provider", "list", connection=self.both)[1])
        self.assertNotIn("ranked", [p["name"] for p in listed[self.servers[1].address]])

    def test_a_rank_past_the_end_is_refused(self):
        status, _, err = bedrockctl("pool", "create", "p", "--ranks", "0,5", connection=self.both)
        self.assertEqual(status, 255)
        self.assertIn("rank 5 out of range (the target has 2 members)", err)

    def test_a_daemon_error_names_the_member_and_fails(self):
        status, _, err = bedrockctl("provider", "create", "bad", "-t", "no_such_type",
                                    "--target", self.servers[0].address)
        self.assertEqual(status, 255)
        self.assertIn(f'Error adding provider "bad" in {self.servers[0].address}: ', err)
        self.assertIn('"no_such_type"', err)

    def test_unknown_arguments_are_refused(self):
        status, _, err = bedrockctl("pool", "list", "--nope", connection=self.both)
        self.assertEqual(status, 2)
        self.assertIn("unrecognized arguments: --nope", err)
        status, _, err = bedrockctl("provider", "create", "p", "-t", "module_a", "stray",
                                    connection=self.both)
        self.assertEqual(status, 255)
        self.assertIn("unknown argument 'stray'", err)

    def test_abtio_create_carries_config_fields(self):
        target = self.servers[0].address
        status, _, err = bedrockctl("abtio", "create", "ctl_io", "--config.trace_io", "true",
                                    "--target", target)
        self.assertEqual(status, 0, err)
        listed = json.loads(bedrockctl("abtio", "list", "--target", target)[1])[target]
        io = [i for i in listed if i["name"] == "ctl_io"][0]
        self.assertIs(io["config"]["trace_io"], True)
        status, _, err = bedrockctl("abtio", "remove", "ctl_io", "--target", target)
        self.assertEqual(status, 255)
        self.assertIn("cannot be removed", err)

    def test_group_created_then_used_as_the_connection(self):
        with tempfile.TemporaryDirectory() as folder:
            group_file = os.path.join(folder, "ctl.flock")
            status, _, err = bedrockctl("ssg", "create", "ctl_group", "-f", group_file,
                                        "--target", self.servers[0].address)
            self.assertEqual(status, 0, err)
            status, out, _ = bedrockctl("status", connection=group_file)
            self.assertEqual(out.split(), [self.servers[0].address])

    def test_activate_needs_the_shell_function(self):
        status, _, err = bedrockctl("activate", self.both)
        self.assertEqual(status, 255)
        self.assertIn("bedrockctl-setup.sh", err)

    def test_setup_script_activates_a_connection(self):
        script = os.path.join(PACKAGE_ROOT, "bedrockctl-setup.sh")
        line = (f"source {script} && bedrockctl activate {self.servers[1].address} && "
                "bedrockctl status && bedrockctl deactivate && bedrockctl status")
        done = subprocess.run(["bash", "-c", line], capture_output=True, text=True, timeout=60)
        self.assertEqual(done.stdout.split(), [self.servers[1].address])
        self.assertIn("not connected", done.stderr)


class TestArgumentParsing(unittest.TestCase):

    def test_config_fields_nest_and_take_types(self):
        config = _util.parse_config(["--config.db.type", "map", "--config.db.size", "3",
                                     "--config.ratio=0.5", "--config.on", "false"])
        self.assertEqual(config, {"db": {"type": "map", "size": 3}, "ratio": 0.5, "on": False})

    def test_a_config_field_without_value_is_refused(self):
        with self.assertRaisesRegex(_util.CtlError, "--config.x has no value"):
            _util.parse_config(["--config.x"])

    def test_dependency_values_may_hold_colons(self):
        self.assertEqual(_util.parse_dependencies(["db:yk@tcp://127.0.0.1:4000"]),
                         {"db": "yk@tcp://127.0.0.1:4000"})
        with self.assertRaisesRegex(_util.CtlError, "dependency db specified multiple times"):
            _util.parse_dependencies(["db:a", "db:b"])
        with self.assertRaisesRegex(_util.CtlError, "ill-formatted dependency 'db'"):
            _util.parse_dependencies(["db"])

    def test_rank_lists(self):
        self.assertEqual(_util.parse_ranks("0,2-4,3"), [0, 2, 3, 4])
        self.assertIsNone(_util.parse_ranks(None))
        with self.assertRaisesRegex(_util.CtlError, "invalid rank list"):
            _util.parse_ranks("1,,2")
        with self.assertRaisesRegex(_util.CtlError, "4 > 2"):
            _util.parse_ranks("4-2")


if __name__ == "__main__":
    unittest.main()
