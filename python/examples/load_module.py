"""Seed section "Loading modules at runtime".

Usage: python3 load_module.py ADDRESS
"""

import sys

from mochi.bedrock import Client

client = Client("na+sm")
service = client.make_service_handle(sys.argv[1], 0)

# Load a new module (an upstream library name, in any folder, stands for the module bundle
# <home>/modules/bedrock.module.<name>.jar)
service.load_module("/path/to/libyokan-bedrock-module.so")

client.finalize()
