"""Server side: ``Server`` starts a Bedrock daemon as a child process and manages it.

The daemon is the distribution's ``bin/bedrock`` (found through ``BEDROCK_HOME``, else the
distribution this package sits in, else ``PATH``); it stops when ``finalize()`` is called, when
the Server is garbage-collected, at interpreter exit, and when this process dies in any way.
"""

import json
import weakref
from typing import Any, Dict, List, Optional

from ._errors import BedrockException
from ._managers import (AbtIOManager, ClientManager, MargoManager, ProviderManager, SSGManager,
                        NamedDependency, Pool, Xstream, ProviderDependency, Provider)

__all__ = ["Server", "ConfigType", "BedrockException", "NamedDependency", "Pool", "Xstream",
           "ProviderDependency", "Provider"]


class ConfigType:
    """The language of a ``Server`` configuration."""

    #: JSON text (or a dict, or a ProcSpec).
    JSON = 0
    #: A Jx9 script returning the configuration; ``jx9_params`` are its variables.
    JX9 = 1


class Server:
    """A Bedrock daemon started from this process.

    ``Server(address, config="{}", config_type=ConfigType.JSON, jx9_params={})``: ``address`` is
    any form the daemon takes (``"na+sm"``, ``"tcp"``, ``"ofi+tcp"``, ``"tcp://127.0.0.1:0"``);
    ``config`` a dict, JSON text, ``ProcSpec``, or a Jx9 script with ``ConfigType.JX9``. Returns once
    the daemon serves; a bad configuration raises BedrockException with the daemon's message and
    JSON path (``e.path``). ``timeout`` bounds the start (seconds), ``log_level`` is the daemon's,
    ``credential`` the secret its changing RPCs then require (this Server sends it).
    """

    def __init__(self, address: str = "na+sm", config: Any = "{}",
                 config_type: int = ConfigType.JSON, jx9_params: Optional[Dict[str, Any]] = None,
                 *, timeout: Optional[float] = None, log_level: str = "warning",
                 credential: Optional[str] = None) -> None:
        from ._daemon import DEFAULT_START_TIMEOUT, Daemon
        from .client import Client
        if config_type not in (ConfigType.JSON, ConfigType.JX9):
            raise ValueError(f"Server.config_type: expected ConfigType.JSON or ConfigType.JX9, "
                             f"got {config_type!r}")
        text = _config_text(config, config_type)
        env = {"BEDROCK_CREDENTIAL": credential} if credential else None
        self._daemon = Daemon(address, text, config_type == ConfigType.JX9, jx9_params or {},
                              log_level, timeout or DEFAULT_START_TIMEOUT, env)
        # Stops the daemon when this object is collected or the interpreter exits.
        self._finalizer = weakref.finalize(self, self._daemon.stop)
        self._client = Client(self._daemon.address.split("://", 1)[0], credential=credential)
        bedrock = self._daemon.config.get("bedrock")
        provider_id = bedrock.get("provider_id", 0) if isinstance(bedrock, dict) else 0
        self._handle = self._client.make_service_handle(self._daemon.address, provider_id)

    @staticmethod
    def from_spec(spec: Any, **kwargs: Any) -> "Server":
        """A server from a ``ProcSpec``, on its first engine's Mercury address."""
        margo = spec.margo[0] if isinstance(spec.margo, list) else spec.margo
        return Server(margo.mercury.address, config=spec, **kwargs)

    @staticmethod
    def from_config_file(path: str, address: str = "na+sm", **kwargs: Any) -> "Server":
        """A server from a configuration file (a ``.jx9`` file is a Jx9 script)."""
        with open(path, encoding="utf-8") as f:
            text = f.read()
        config_type = ConfigType.JX9 if str(path).endswith(".jx9") else ConfigType.JSON
        kwargs.setdefault("config_type", config_type)
        return Server(address, config=text, **kwargs)

    @property
    def address(self) -> str:
        """The address the daemon serves on (``tcp://127.0.0.1:PORT``)."""
        return self._daemon.address

    @property
    def handle(self) -> Any:
        """A ServiceHandle on this server's Bedrock provider."""
        return self._handle

    @property
    def config(self) -> Dict[str, Any]:
        """The completed configuration (a dict)."""
        return self.handle.config

    @property
    def spec(self) -> Any:
        """The completed configuration as a ``ProcSpec``."""
        from .spec import ProcSpec
        return ProcSpec.from_dict(self.config)

    @property
    def margo(self) -> MargoManager:
        """The Margo engine: its pools and xstreams."""
        return MargoManager(self)

    @property
    def providers(self) -> ProviderManager:
        """The providers."""
        return ProviderManager(self)

    @property
    def clients(self) -> ClientManager:
        """The clients (legacy)."""
        return ClientManager(self)

    @property
    def abtio(self) -> AbtIOManager:
        """The ABT-IO instances (legacy)."""
        return AbtIOManager(self)

    @property
    def ssg(self) -> SSGManager:
        """The SSG groups (legacy)."""
        return SSGManager(self)

    @property
    def running(self) -> bool:
        """Whether the daemon still runs."""
        return self._daemon.running()

    @property
    def output(self) -> List[str]:
        """The daemon's last output lines (its log)."""
        return list(self._daemon.lines)

    def finalize(self) -> None:
        """Stops the daemon (bounded) and waits for it to exit. Idempotent."""
        self._client.finalize()
        self._finalizer()

    def wait_for_finalize(self, timeout: Optional[float] = None) -> None:
        """Blocks until the daemon stops (e.g. a remote ``shutdown()``); BedrockException after
        ``timeout`` seconds, if given."""
        if self._daemon.wait(timeout) is None:
            raise BedrockException(f"The daemon at {self.address} still runs after {timeout} s")
        self.finalize()

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.finalize()

    def __repr__(self) -> str:
        return f"Server({self.address!r})"


def _config_text(config: Any, config_type: int) -> str:
    if isinstance(config, dict):
        if config_type == ConfigType.JX9:
            raise ValueError("Server.config: a Jx9 configuration must be script text")
        return json.dumps(config)
    to_json = getattr(config, "to_json", None)
    if callable(to_json):
        return to_json()
    if isinstance(config, str):
        return config
    raise ValueError(f"Server.config: expected a dict, JSON text or ProcSpec, got {config!r}")
