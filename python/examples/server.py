"""Starts a Bedrock service from Python: a yokan key/value provider and a group whose file
(mygroup.flock) the group example reads. Runs until shut down (e.g. by a client's shutdown()).

Usage: python3 server.py [GROUP_FILE]
"""

import sys

from mochi.bedrock import Server

group_file = sys.argv[1] if len(sys.argv) > 1 else "mygroup.flock"

config = {
    # Upstream's library name: the daemon loads <home>/modules/bedrock.module.yokan.jar.
    "libraries": {
        "yokan": "libyokan-bedrock-module.so"
    },
    "providers": [
        {
            "name": "my_database",
            "type": "yokan",
            "provider_id": 42,
            "config": {"database": {"type": "map"}},
        }
    ],
    # A group of one, written in Flock's file format.
    "ssg": [{"name": "mygroup", "bootstrap": "init", "group_file": group_file}],
}

server = Server("na+sm", config=config)
print(f"Server running at {server.margo.engine.address}", flush=True)
server.wait_for_finalize()
print("Server finalized")
