"""Group handles follow a group's live view: three daemons in one group (an ``ssg`` entry, or a
Flock provider), one of them killed with SIGKILL; the coordinator rewrites the group file, and a
handle from that file, once refreshed, lists the survivors only, in rank order. Failure detection
with a 200 ms period and 3 suspect periods; every wait is bounded and generous (a loaded machine)."""

import os
import signal
import tempfile
import time
import unittest

import support  # noqa: F401
from support import module
from mochi.bedrock import Client, Server

#: Far above the configured detection bound (about 1 s).
DEADLINE = 30.0


def ssg_config(group_file, bootstrap):
    return {"ssg": [{"name": "g", "bootstrap": bootstrap, "group_file": group_file,
                     "swim": {"period_length_ms": 200, "suspect_timeout_periods": 3}}]}


def flock_config(group_file, bootstrap):
    return {"libraries": [module("flock")],
            "providers": [{"name": "g", "type": "flock", "provider_id": 1,
                           "config": {"bootstrap": bootstrap, "file": group_file,
                                      "group": {"type": "swim",
                                                "config": {"protocol_period_ms": 200,
                                                           "suspicion_timeout_ms": 600}}}}]}


def wait_for(what, poll, deadline=DEADLINE):
    """Calls poll() until it returns a true value; AssertionError naming ``what`` after ``deadline`` s."""
    end = time.monotonic() + deadline
    last = None
    while time.monotonic() < end:
        try:
            last = poll()
            if last:
                return last
        except Exception as e:  # noqa: BLE001 (a member may be going away while we ask)
            last = e
        time.sleep(0.05)
    raise AssertionError(f"not within {deadline} s: {what}; last seen: {last!r}")


class TestGroupHandlesFollowACrash(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.group_file = os.path.join(self.tmp.name, "g.group")
        self.servers = []
        self.client = Client("na+sm")

    def tearDown(self):
        self.client.finalize()
        for server in self.servers:
            server.finalize()
        self.tmp.cleanup()

    def form(self, config, create, join):
        self.servers.append(Server("na+sm", config=config(self.group_file, create)))
        for _ in range(2):
            self.servers.append(Server("na+sm", config=config(self.group_file, join)))
        everyone = {s.address for s in self.servers}
        return wait_for("the group file to list the three daemons",
                        lambda: self.handle_listing(everyone))

    def handle_listing(self, addresses):
        handle = self.make_handle(self.group_file)
        return handle if set(handle.addresses) == addresses and len(handle) == len(addresses) else None

    def kill_rank_1(self, sgh):
        order = list(sgh.addresses)
        self.assertEqual(order[0], self.servers[0].address, "the creator is rank 0")
        victim = next(s for s in self.servers if s.address == order[1])
        os.kill(victim._daemon.process.pid, signal.SIGKILL)
        victim._daemon.process.wait(20)
        return [a for a in order if a != victim.address]

    def refreshed_to(self, sgh, expected):
        def poll():
            sgh.refresh()
            return sgh.addresses == expected
        wait_for(f"the handle to list {expected}", poll)
        self.assertEqual(len(sgh), 2)
        self.assertEqual([sgh[r].address for r in range(2)], expected)
        self.assertEqual(list(sgh.config), expected, "every listed member answers")

    def test_ssg_group_handle_sees_the_live_view(self):
        self.make_handle = self.client.make_service_group_handle_from_ssg
        sgh = self.form(ssg_config, "init", "join")
        survivors = self.kill_rank_1(sgh)
        self.refreshed_to(sgh, survivors)
        # The file follows the coordinator's view; the other survivor installs it a moment later.
        def agreed():
            views = sgh.query("return $__ssg__.g;")
            return views if [views[a]["members"] for a in survivors] == [survivors, survivors] else None
        views = wait_for("both survivors to see the view without the killed member", agreed)
        self.assertEqual([views[a]["members"] for a in survivors], [survivors, survivors])
        self.assertEqual([views[a]["rank"] for a in survivors], [0, 1])

    def test_flock_group_handle_sees_the_live_view(self):
        self.make_handle = self.client.make_service_group_handle_from_flock
        sgh = self.form(flock_config, "self", "join")
        survivors = self.kill_rank_1(sgh)
        self.refreshed_to(sgh, survivors)


if __name__ == "__main__":
    unittest.main()
