"""Seed section "Adding pools and execution streams".

Usage: python3 pools_xstreams.py ADDRESS
"""

import sys

from mochi.bedrock import Client

client = Client("na+sm")
service = client.make_service_handle(sys.argv[1], 0)

# Add a new Argobots pool
pool_config = {
    "name": "new_pool",
    "kind": "fifo_wait",
    "access": "mpmc"
}
service.add_pool(pool_config)

# Add a new execution stream
xstream_config = {
    "name": "new_xstream",
    "scheduler": {
        "type": "basic_wait",
        "pools": ["new_pool"]
    }
}
service.add_xstream(xstream_config)

# new_pool is in use by new_xstream until that xstream goes.
service.remove_xstream("new_xstream")

# Remove a pool (must not be in use)
service.remove_pool("new_pool")

print("Added and removed new_pool and new_xstream")
client.finalize()
