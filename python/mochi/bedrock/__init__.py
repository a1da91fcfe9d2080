"""Bedrock's Python bindings: start daemons (``Server``), talk to them (``Client``,
``ServiceHandle``, ``ServiceGroupHandle``) and build configurations (``mochi.bedrock.spec``).

The names load on first use, so ``import mochi.bedrock`` stays cheap.
"""

from typing import Any

from ._errors import BedrockException, ClientException

__all__ = ["Server", "ConfigType", "Client", "ServiceHandle", "ServiceGroupHandle",
           "BedrockException", "ClientException", "spec"]

_LAZY = {"Server": "server", "ConfigType": "server", "Client": "client",
         "ServiceHandle": "client", "ServiceGroupHandle": "client"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        if name in ("server", "client", "spec"):
            import importlib
            return importlib.import_module(f"{__name__}.{name}")
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> Any:
    return sorted(__all__)
