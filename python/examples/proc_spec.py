"""Seed section "Using ProcSpec for configuration": build a configuration in Python, start a
server with it.

Usage: python3 proc_spec.py
"""

from mochi.bedrock import Server
from mochi.bedrock.spec import ProcSpec, PoolSpec, XstreamSpec, ProviderSpec

# Create pool specifications
pool1 = PoolSpec(name="pool1", kind="fifo_wait", access="mpmc")
pool2 = PoolSpec(name="pool2", kind="fifo_wait", access="mpmc")

# Create xstream specifications
xstream1 = XstreamSpec(
    name="xstream1",
    scheduler={"type": "basic_wait", "pools": ["pool1"]}
)

# Create provider specification
provider = ProviderSpec(
    name="my_provider",
    type="yokan",
    provider_id=42,
    pool="pool1",
    config={"database": {"type": "map"}}
)

# Build complete process specification
spec = ProcSpec()
spec.margo.argobots.pools = [pool1, pool2]
spec.margo.argobots.xstreams = [xstream1]
spec.providers = [provider]
# The yokan module (the seed leaves it out).
spec.libraries = ["libyokan-bedrock-module.so"]

# Convert to dictionary or JSON
config_dict = spec.to_dict()
config_json = spec.to_json()

# Start server with this configuration
server = Server("na+sm", config=spec)
print(f"Server running at {server.address} with providers "
      f"{[p['name'] for p in server.config['providers']]}")
server.finalize()
