"""Seed section "Error handling": a call to an address nothing serves raises ClientException.

Usage: python3 errors.py [ADDRESS]
"""

import socket
import sys

from mochi.bedrock import Client, ClientException, BedrockException

if len(sys.argv) > 1:
    address = sys.argv[1]
else:
    # A port nothing listens on.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{s.getsockname()[1]}"

client = Client("na+sm", timeout=5.0)

try:
    service = client.make_service_handle(address, 0)
    config = service.config
except ClientException as e:
    print(f"Client error: {e}")
except BedrockException as e:
    print(f"Bedrock error: {e}")

client.finalize()
