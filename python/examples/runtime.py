"""Changes a running service: loads a module, adds a pool, an xstream on it and a provider on that
pool, then queries the result.

Usage: python3 runtime.py ADDRESS
"""

import sys

from mochi.bedrock import Client

address = sys.argv[1]

with Client("na+sm") as client:
    service = client.make_service_handle(address, 0)

    # Already loaded by server.py's config: loading it again does nothing.
    service.load_module("libyokan-bedrock-module.so")

    service.add_pool({"name": "dynamic_pool", "kind": "fifo_wait", "access": "mpmc"})
    service.add_xstream({
        "name": "dynamic_xstream",
        "scheduler": {"type": "basic_wait", "pools": ["dynamic_pool"]},
    })

    provider_id = service.add_provider({
        "name": "runtime_database",
        "type": "yokan",
        "provider_id": 100,
        "pool": "dynamic_pool",
        "config": {"database": {"type": "map"}},
    })
    print(f"Created provider runtime_database with ID: {provider_id}")

    result = service.query("""
        $out = {"providers": [], "xstreams": []};
        foreach ($__config__.providers as $p) { array_push($out.providers, $p.name); }
        foreach ($__config__.margo.argobots.xstreams as $x) { array_push($out.xstreams, $x.name); }
        return $out;
    """)
    print(f"Providers: {result['providers']}")
    print(f"Xstreams: {result['xstreams']}")
