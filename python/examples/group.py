"""Works with a group of services through its group file: members, their configurations, one
query sent to all.

Usage: python3 group.py GROUP_FILE
"""

import sys

from mochi.bedrock import Client

group_file = sys.argv[1]

with Client("na+sm") as client:
    group = client.make_service_group_handle_from_flock(group_file, provider_id=0)
    print(f"Group has {group.size} member(s)")

    for i in range(len(group)):
        member = group[i]
        providers = [p["name"] for p in member.config["providers"]]
        print(f"  member {i} at {member.address}: providers {providers}")

    group.refresh()
    pools = group.query("return count($__config__.margo.argobots.pools);")
    for address, count in pools.items():
        print(f"  {address} has {count} pool(s)")
