"""The managers behind ``Server.margo``, ``.providers``, ``.clients``, ``.abtio`` and ``.ssg``.

Each reads the daemon's current configuration when asked, and changes it through the daemon's
management RPCs, so what they show is always what the daemon runs.
"""

import json
from typing import Any, Dict, Iterator, List, Optional, Union

from ._errors import BedrockException

Key = Union[int, str]


class NamedDependency:
    """A named resource of a server (pool, xstream, client, ABT-IO instance, group)."""

    def __init__(self, name: str, type: str) -> None:
        self.name: str = name
        self.type: str = type

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NamedDependency) and vars(other) == vars(self)

    def __hash__(self) -> int:
        return hash((self.name, self.type))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, type={self.type!r})"


class Pool(NamedDependency):
    """An Argobots pool of a server (``type`` is ``"pool"``)."""

    def __init__(self, name: str) -> None:
        super().__init__(name, "pool")


class Xstream(NamedDependency):
    """An execution stream of a server (``type`` is ``"xstream"``)."""

    def __init__(self, name: str) -> None:
        super().__init__(name, "xstream")


class ProviderDependency(NamedDependency):
    """A provider of a server: ``name``, ``type`` (its module's), ``provider_id``."""

    def __init__(self, server: Any, name: str, type: str, provider_id: int) -> None:
        super().__init__(name, type)
        self.provider_id: int = provider_id
        self._server = server

    def change_pool(self, pool: Union[str, NamedDependency]) -> None:
        """Moves this provider's RPCs onto another pool of its server."""
        self._server.handle.change_provider_pool(self.name, getattr(pool, "name", pool))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ProviderDependency) and (other.name, other.type, other.provider_id) \
            == (self.name, self.type, self.provider_id)

    def __hash__(self) -> int:
        return hash((self.name, self.type, self.provider_id))

    def __repr__(self) -> str:
        return f"Provider(name={self.name!r}, type={self.type!r}, provider_id={self.provider_id})"


Provider = ProviderDependency


def _spec_arg(spec: Any) -> Any:
    to_dict = getattr(spec, "to_dict", None)
    return to_dict() if callable(to_dict) else spec


def _name_of(spec: Any) -> Any:
    """The ``name`` of a spec given as object, dict or JSON text (None when it has none)."""
    spec = _spec_arg(spec)
    if isinstance(spec, str):
        try:
            spec = json.loads(spec)
        except ValueError:
            return None
    return spec.get("name") if isinstance(spec, dict) else None


class _NamedList:
    """A read-through list of named entries of the daemon's configuration."""

    _what = "entry"

    def __init__(self, server: Any) -> None:
        self._server = server

    def _entries(self) -> List[Dict[str, Any]]:
        raise NotImplementedError

    def _wrap(self, entry: Dict[str, Any]) -> Any:
        raise NotImplementedError

    def _find(self, key: Key) -> Dict[str, Any]:
        entries = self._entries()
        if isinstance(key, bool) or not isinstance(key, (int, str)):
            raise BedrockException(f"Expected a {self._what} name or index, got {key!r}")
        if isinstance(key, int):
            if 0 <= key < len(entries):
                return entries[key]
            raise BedrockException(f"No {self._what} at index {key} (there are {len(entries)})")
        for entry in entries:
            if entry.get("name") == key:
                return entry
        raise BedrockException(f'No {self._what} named "{key}"')

    def __len__(self) -> int:
        return len(self._entries())

    def __contains__(self, name: object) -> bool:
        return any(entry.get("name") == name for entry in self._entries())

    def __getitem__(self, key: Key) -> Any:
        return self._wrap(self._find(key))

    def __iter__(self) -> Iterator[Any]:
        return iter([self._wrap(entry) for entry in self._entries()])

    @property
    def config(self) -> List[Dict[str, Any]]:
        """The entries' configurations."""
        return self._entries()


class PoolList(_NamedList):
    """The pools of a server: ``len``, ``in`` (by name), ``[int|str]``, ``create``, ``del``."""

    _what = "pool"

    def _entries(self) -> List[Dict[str, Any]]:
        return self._server.config["margo"]["argobots"]["pools"]

    def _wrap(self, entry: Dict[str, Any]) -> Pool:
        return Pool(entry["name"])

    def create(self, config: Any) -> Pool:
        """Adds a pool (dict, JSON text or PoolSpec) and returns it."""
        self._server.handle.add_pool(config)
        return Pool(_name_of(config)) if _name_of(config) else self[-1 + len(self)]

    def __delitem__(self, key: Key) -> None:
        self._server.handle.remove_pool(self._find(key)["name"])


class XstreamList(_NamedList):
    """The xstreams of a server: ``len``, ``in`` (by name), ``[int|str]``, ``create``, ``del``."""

    _what = "xstream"

    def _entries(self) -> List[Dict[str, Any]]:
        return self._server.config["margo"]["argobots"]["xstreams"]

    def _wrap(self, entry: Dict[str, Any]) -> Xstream:
        return Xstream(entry["name"])

    def create(self, config: Any) -> Xstream:
        """Adds an xstream (dict, JSON text or XstreamSpec) and returns it."""
        self._server.handle.add_xstream(config)
        return Xstream(_name_of(config)) if _name_of(config) else self[len(self) - 1]

    def __delitem__(self, key: Key) -> None:
        self._server.handle.remove_xstream(self._find(key)["name"])


class Engine:
    """What this process knows of a server's Margo engine: its ``address``."""

    def __init__(self, address: str) -> None:
        self.address: str = address

    def __repr__(self) -> str:
        return f"Engine({self.address!r})"


class MargoManager:
    """A server's Margo engine(s): ``config``, ``spec``, ``pools``, ``xstreams``, ``engine``."""

    def __init__(self, server: Any) -> None:
        self._server = server

    @property
    def config(self) -> Any:
        """The ``margo`` section (a dict, or a list with several engines)."""
        return self._server.config["margo"]

    @property
    def spec(self) -> Any:
        """The ``margo`` section as a MargoSpec (or a list of them)."""
        from .spec import MargoSpec
        config = self.config
        if isinstance(config, list):
            return [MargoSpec.from_dict(c) for c in config]
        return MargoSpec.from_dict(config)

    @property
    def num_engines(self) -> int:
        """How many engines the server runs."""
        config = self.config
        return len(config) if isinstance(config, list) else 1

    @property
    def engine(self) -> Engine:
        """The engine (its address), e.g. for ``Client(server.margo.engine)``."""
        return Engine(self._server.address)

    @property
    def address(self) -> str:
        """The engine's address."""
        return self._server.address

    @property
    def pools(self) -> PoolList:
        """The Argobots pools."""
        return PoolList(self._server)

    @property
    def xstreams(self) -> XstreamList:
        """The execution streams."""
        return XstreamList(self._server)

    @property
    def default_handler_pool(self) -> Pool:
        """The pool RPC handlers run on by default (``rpc_pool``)."""
        config = self.config
        return Pool((config[0] if isinstance(config, list) else config)["rpc_pool"])


class ProviderManager(_NamedList):
    """A server's providers: ``len``, ``in``, ``[int|str]``, ``lookup``, ``create``, ``del``,
    ``migrate``, ``snapshot``, ``restore``."""

    _what = "provider"

    def _entries(self) -> List[Dict[str, Any]]:
        return self._server.config.get("providers", [])

    def _wrap(self, entry: Dict[str, Any]) -> Provider:
        return Provider(self._server, entry["name"], entry["type"], entry["provider_id"])

    @property
    def spec(self) -> List[Any]:
        """The providers as ProviderSpec objects."""
        from .spec import ProviderSpec
        return [ProviderSpec.from_dict(e) for e in self._entries()]

    def lookup(self, locator: str) -> Provider:
        """The provider named ``locator``, or of ``type:id``."""
        type_, sep, id_ = locator.rpartition(":")
        for entry in self._entries():
            if entry.get("name") == locator or (sep and entry.get("type") == type_
                                                and str(entry.get("provider_id")) == id_):
                return self._wrap(entry)
        raise BedrockException(f'No provider "{locator}"')

    def create(self, name: str, type: str, provider_id: Optional[int] = None,
               config: Union[str, Dict[str, Any]] = "{}", dependencies: Optional[Dict[str, Any]] = None,
               tags: Optional[List[str]] = None, pool: Optional[str] = None) -> Provider:
        """Starts a provider (``provider_id`` None: the daemon picks one) and returns it."""
        spec: Dict[str, Any] = {"name": name, "type": type,
                                "config": json.loads(config) if isinstance(config, str) else config,
                                "dependencies": dependencies or {}, "tags": tags or []}
        if provider_id is not None:
            spec["provider_id"] = provider_id
        if pool is not None:
            spec["pool"] = getattr(pool, "name", pool)
        provider_id = self._server.handle.add_provider(spec)
        return Provider(self._server, name, type, provider_id)

    def __delitem__(self, key: Any) -> None:
        name = key.name if isinstance(key, ProviderDependency) else self._locate(key)
        self._server.handle.remove_provider(name)

    def _locate(self, key: Key) -> str:
        if isinstance(key, str) and key not in self:
            return self.lookup(key).name
        return self._find(key)["name"]

    def _provider_name(self, provider: Any) -> str:
        return provider.name if isinstance(provider, ProviderDependency) else self._locate(provider)

    def migrate(self, provider: Any, dest_addr: str, dest_provider_id: int = 0,
                migration_config: Union[str, Dict[str, Any]] = "{}",
                remove_source: bool = True) -> None:
        """Migrates a provider's state to another daemon's provider."""
        self._server.handle.migrate(self._provider_name(provider), dest_addr, dest_provider_id,
                                    migration_config, remove_source)

    def snapshot(self, provider: Any, dest_path: str,
                 snapshot_config: Union[str, Dict[str, Any]] = "{}",
                 remove_source: bool = True) -> None:
        """Writes a snapshot of a provider's state under ``dest_path``."""
        self._server.handle.snapshot(self._provider_name(provider), dest_path, snapshot_config,
                                     remove_source)

    def restore(self, provider: Any, src_path: str,
                restore_config: Union[str, Dict[str, Any]] = "{}") -> None:
        """Restores a provider's state from ``src_path``."""
        self._server.handle.restore(self._provider_name(provider), src_path, restore_config)


class ClientManager(_NamedList):
    """A server's clients (legacy): ``len``, ``in``, ``[int|str]``, ``create``, ``del``,
    ``get_or_create_anonymous``."""

    _what = "client"

    def _entries(self) -> List[Dict[str, Any]]:
        return self._server.config.get("clients", [])

    def _wrap(self, entry: Dict[str, Any]) -> NamedDependency:
        return NamedDependency(entry["name"], entry["type"])

    def create(self, name: str, type: str, config: Union[str, Dict[str, Any]] = "{}",
               dependencies: Optional[Dict[str, Any]] = None,
               tags: Optional[List[str]] = None) -> NamedDependency:
        """Adds a client and returns it."""
        self._server.handle.add_client({
            "name": name, "type": type,
            "config": json.loads(config) if isinstance(config, str) else config,
            "dependencies": dependencies or {}, "tags": tags or []})
        return NamedDependency(name, type)

    def get_or_create_anonymous(self, type: str) -> NamedDependency:
        """The first client of that type, created (``__<type>_client__``) when there is none."""
        for entry in self._entries():
            if entry.get("type") == type:
                return self._wrap(entry)
        return self.create(f"__{type}_client__", type)

    def __delitem__(self, key: Key) -> None:
        self._server.handle.remove_client(self._find(key)["name"])


class AbtIOManager(_NamedList):
    """A server's ABT-IO instances (legacy): ``len``, ``in``, ``[int|str]``, ``create``."""

    _what = "ABT-IO instance"

    def _entries(self) -> List[Dict[str, Any]]:
        return self._server.config.get("abt_io", [])

    def _wrap(self, entry: Dict[str, Any]) -> NamedDependency:
        return NamedDependency(entry["name"], "abt_io")

    def create(self, name: str, pool: Any = "__primary__",
               config: Union[str, Dict[str, Any]] = "{}") -> NamedDependency:
        """Adds an ABT-IO instance and returns it."""
        self._server.handle.add_abtio_instance({
            "name": name, "pool": getattr(pool, "name", pool),
            "config": json.loads(config) if isinstance(config, str) else config})
        return NamedDependency(name, "abt_io")


class SSGManager(_NamedList):
    """A server's SSG groups (legacy): ``len``, ``in``, ``[int|str]``, ``create``, ``resolve``."""

    _what = "SSG group"

    def _entries(self) -> List[Dict[str, Any]]:
        return self._server.config.get("ssg", [])

    def _wrap(self, entry: Dict[str, Any]) -> NamedDependency:
        return NamedDependency(entry["name"], "ssg")

    @property
    def spec(self) -> List[Any]:
        """The groups as SSGSpec objects."""
        from .spec import SSGSpec
        return [SSGSpec.from_dict(e) for e in self._entries()]

    def create(self, name: str, pool: Any = "__primary__",
               config: Union[str, Dict[str, Any]] = "{}", bootstrap: str = "init",
               group_file: str = "", credential: int = -1) -> NamedDependency:
        """Adds a group (``bootstrap`` init, join or init|join) and returns it."""
        swim = json.loads(config) if isinstance(config, str) else config
        spec: Dict[str, Any] = {"name": name, "pool": getattr(pool, "name", pool),
                                "bootstrap": bootstrap, "group_file": group_file,
                                "credential": credential}
        if swim:
            spec["swim"] = swim
        self._server.handle.add_ssg_group(spec)
        return NamedDependency(name, "ssg")

    def resolve(self, location: str) -> str:
        """The address of ``ssg://<group>/<rank>``: the rank-th member of the group's file."""
        prefix = "ssg://"
        group, _, rank = location[len(prefix):].partition("/") if location.startswith(prefix) \
            else ("", "", "")
        if not group or not rank.isdigit():
            raise BedrockException(f'Invalid group location "{location}" (expected ssg://group/rank)')
        entry = self._find(group) if group in self else None
        if entry is None:
            raise BedrockException(f'No SSG group named "{group}"')
        members = [self._server.address]
        if entry.get("group_file"):
            from .client import read_group_file
            members = read_group_file(entry["group_file"])
        if int(rank) >= len(members):
            raise BedrockException(f'Rank {rank} is out of range in group "{group}" of '
                                   f"{len(members)} members")
        return members[int(rank)]
