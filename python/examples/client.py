"""Connects to a running Bedrock service and lists its providers.

Usage: python3 client.py ADDRESS
"""

import sys

from mochi.bedrock import Client

address = sys.argv[1]

client = Client("na+sm")
service = client.make_service_handle(address, provider_id=0)

config = service.config
print("Providers:")
for provider in config["providers"]:
    print(f"  {provider['name']} (type {provider['type']}, id {provider['provider_id']})")

client.finalize()
