"""Seed section "Adding providers at runtime" (the yokan module is loaded: server.py's config).

Usage: python3 add_provider.py ADDRESS
"""

import sys

from mochi.bedrock import Client

client = Client("na+sm")
service = client.make_service_handle(sys.argv[1], 0)

# Add a new provider
provider_config = {
    "name": "my_new_provider",
    "type": "yokan",
    "provider_id": 99,
    "pool": "__primary__",
    "config": {
        "database": {
            "type": "map"
        }
    }
}
provider_id = service.add_provider(provider_config)
print(f"Created provider with ID: {provider_id}")

client.finalize()
