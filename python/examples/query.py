"""Queries a running service's configuration: all of it, then parts of it with Jx9.

Usage: python3 query.py ADDRESS
"""

import json
import sys

from mochi.bedrock import Client

address = sys.argv[1]

with Client("na+sm") as client:
    service = client.make_service_handle(address, 0)

    config = service.config
    print(json.dumps(config["margo"]["argobots"], indent=2))

    provider_names = service.query("""
        $names = [];
        foreach ($__config__.providers as $p) { array_push($names, $p.name); }
        return $names;
    """)
    print(f"Provider names: {provider_names}")

    pool_names = service.query("""
        $names = [];
        foreach ($__config__.margo.argobots.pools as $p) { array_push($names, $p.name); }
        return $names;
    """)
    print(f"Pool names: {pool_names}")
