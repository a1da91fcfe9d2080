"""Seed section "Loading modules at runtime".

Usage: python3 load_module.py ADDRESS
"""

import sys

from mochi.bedrock import Client

from _paths import YOKAN

client = Client("na+sm")
service = client.make_service_handle(sys.argv[1], 0)

# Load a new module (the seed's "/path/to/libmy-module.so": here, a module bundle)
service.load_module(YOKAN)

client.finalize()
