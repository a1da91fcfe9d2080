"""The names Bedrock scripts import from PyMargo.

Bedrock's Margo engine runs inside the daemon (a JVM process), not in Python: a script reaches it
through ``mochi.bedrock`` (``server.margo.engine.address``, ``Client``). This module exists so that
scripts written for upstream's bindings, which ``import pymargo``, run unchanged; it offers the
engine modes and nothing that would need an engine in this process.
"""

__all__ = ["client", "server"]

#: Client mode of an engine (upstream's ``pymargo.client``).
client: str = "client"
#: Server mode of an engine (upstream's ``pymargo.server``).
server: str = "server"
