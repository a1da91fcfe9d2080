"""Seed section "Integration with PyMargo". The Margo engine of a Bedrock daemon runs in the
daemon, so the ``pymargo`` module of this distribution only names it; ``server.margo.engine``
gives its address.

Usage: python3 pymargo_integration.py
"""

import pymargo
from mochi.bedrock import Server

# Start Bedrock server
server = Server("na+sm", config={})

# Access the underlying margo instance (if needed)
# Note: typically you don't need to access this directly
# as Bedrock manages the Margo instance for you
print(f"Engine at {server.margo.engine.address} ({pymargo.server} mode, in the daemon)")

server.finalize()
