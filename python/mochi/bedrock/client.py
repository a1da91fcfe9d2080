"""Client side: ``Client``, ``ServiceHandle`` and ``ServiceGroupHandle``, speaking the daemon's
frame protocol (docs/protocol.md) over TCP from this process.

Every call is bounded by a timeout (``DEFAULT_TIMEOUT`` = 30 s unless the client or handle is given
another) and raises ``ClientException`` with the daemon's message (and JSON path) on failure.
"""

import json
import os
from typing import Any, Callable, Dict, Iterator, List, Optional, Union

from ._errors import BedrockException, ClientException
from ._protocol import DEFAULT_TIMEOUT, ConnectionPool

__all__ = ["Client", "ServiceHandle", "ServiceGroupHandle", "ClientException",
           "BedrockException", "DEFAULT_TIMEOUT"]

#: Environment variable holding the credential sent with changing RPCs (as the daemon's).
CREDENTIAL_ENV = "BEDROCK_CREDENTIAL"
SpecLike = Union[str, Dict[str, Any], Any]


def _spec_arg(spec: SpecLike) -> Any:
    """A spec argument as the daemon takes it: a dict or JSON text as given, a spec object as its
    dict."""
    to_dict = getattr(spec, "to_dict", None)
    return to_dict() if callable(to_dict) else spec


def _options(value: Union[str, Dict[str, Any], None]) -> Dict[str, Any]:
    if value is None:
        return {}
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError as e:
            raise ClientException(f"Invalid JSON options {value!r}: {e}") from None
    if not isinstance(value, dict):
        raise ClientException(f"Options should be a JSON object, got {value!r}")
    return value


class _OutOfRange(ClientException, IndexError):
    """An index past the end of a group (also an IndexError, so iteration stops there)."""


class Client:
    """A client of Bedrock daemons: one persistent TCP connection per daemon address.

    ``Client(protocol)`` takes a protocol (``"tcp"``, ``"na+sm"``...) or an engine object with an
    ``address`` (``server.margo.engine``); ``timeout`` bounds every call (seconds) and
    ``credential`` (default: ``$BEDROCK_CREDENTIAL``) is sent to daemons that require one.
    """

    def __init__(self, protocol: Any = "tcp", timeout: float = DEFAULT_TIMEOUT,
                 credential: Optional[str] = None) -> None:
        if isinstance(protocol, str):
            self._protocol = protocol.split("://", 1)[0]
        elif hasattr(protocol, "address"):
            self._protocol = str(protocol.address).split("://", 1)[0]
        else:
            raise TypeError(f"Client() expects a protocol string or an engine, got {protocol!r}")
        if not isinstance(timeout, (int, float)) or timeout <= 0:
            raise ValueError(f"Client.timeout: expected a positive number of seconds, got {timeout!r}")
        self.timeout: float = float(timeout)
        self.credential: Optional[str] = credential if credential is not None \
            else os.environ.get(CREDENTIAL_ENV) or None
        self._pool = ConnectionPool()

    @property
    def protocol(self) -> str:
        """The protocol this client was made for."""
        return self._protocol

    def make_service_handle(self, address: Any, provider_id: int = 0,
                            timeout: Optional[float] = None) -> "ServiceHandle":
        """A handle on the daemon at ``address`` whose Bedrock provider id is ``provider_id``."""
        return ServiceHandle(self, str(address), provider_id, timeout)

    def make_service_group_handle(self, addresses: Union[List[str], str], provider_id: int = 0,
                                  timeout: Optional[float] = None) -> "ServiceGroupHandle":
        """A handle on several daemons: a list of addresses (or one address, or a group file)."""
        if isinstance(addresses, str):
            if os.path.isfile(addresses):
                return self.make_service_group_handle_from_flock(addresses, provider_id, timeout)
            addresses = [addresses]
        members = [str(a) for a in addresses]
        return ServiceGroupHandle(self, lambda: members, provider_id, timeout, from_file=False)

    def make_service_group_handle_from_flock(self, group_file: str, provider_id: int = 0,
                                             timeout: Optional[float] = None
                                             ) -> "ServiceGroupHandle":
        """A handle on the members of a Flock group file; ``refresh()`` reads the file again."""
        path = os.fspath(group_file)
        return ServiceGroupHandle(self, lambda: read_group_file(path), provider_id, timeout)

    def make_service_group_handle_from_ssg(self, group_file: str, provider_id: int = 0,
                                           timeout: Optional[float] = None
                                           ) -> "ServiceGroupHandle":
        """A handle on the members of an SSG group file (the same format as Flock's)."""
        if not isinstance(group_file, (str, os.PathLike)):
            raise ClientException(f"Expected the path of a group file, got {group_file!r} "
                                  "(group ids are not supported)")
        return self.make_service_group_handle_from_flock(group_file, provider_id, timeout)

    def _call(self, address: str, provider_id: int, rpc: str, args: Any,
              timeout: Optional[float]) -> Any:
        return self._pool.call(address, provider_id, rpc, args, timeout or self.timeout,
                               self.credential)

    def finalize(self) -> None:
        """Closes every connection; later calls raise ClientException."""
        self._pool.close()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.finalize()

    def __repr__(self) -> str:
        return f"Client({self._protocol!r})"


def read_group_file(path: str) -> List[str]:
    """The member addresses of a group file (``{"members":[{"address":...}]}``) in order, a member
    repeating the previous one skipped; ClientException naming the file when it is bad."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise ClientException(f"Could not read group file {path}: {e}") from None
    try:
        root = json.loads(text)
    except ValueError as e:
        raise ClientException(f"Invalid group file {path}: {e}") from None
    members = root.get("members") if isinstance(root, dict) else None
    if not isinstance(members, list):
        raise ClientException(f'Invalid group file {path}: expected {{"members":[...]}}',
                              "/members")
    out: List[str] = []
    for i, member in enumerate(members):
        address = member.get("address") if isinstance(member, dict) else None
        if not isinstance(address, str):
            raise ClientException(f'Invalid group file {path}: member {i} has no "address" string',
                                  f"/members/{i}/address")
        if not out or out[-1] != address:
            out.append(address)
    return out


class ServiceHandle:
    """A handle on one daemon's Bedrock provider: query and change its configuration.

    Every method raises ClientException with the daemon's message when the daemon refuses, and
    when it cannot be reached within the timeout.
    """

    def __init__(self, client: Client, address: str, provider_id: int = 0,
                 timeout: Optional[float] = None) -> None:
        self._client = client
        self._address = address
        self._provider_id = provider_id
        self._timeout = timeout

    @property
    def client(self) -> Client:
        """The client this handle calls through."""
        return self._client

    @property
    def address(self) -> str:
        """The daemon's address."""
        return self._address

    @property
    def provider_id(self) -> int:
        """Bedrock's provider id on that daemon."""
        return self._provider_id

    def _call(self, rpc: str, args: Any = None) -> Any:
        return self._client._call(self._address, self._provider_id, rpc, args, self._timeout)

    @property
    def config(self) -> Dict[str, Any]:
        """The daemon's completed configuration."""
        value = self._call("bedrock_get_config")
        if not isinstance(value, dict):
            raise ClientException(f"Invalid configuration from {self._address}: {value!r}")
        return value

    @property
    def spec(self) -> Any:
        """The configuration as a ``ProcSpec``."""
        from .spec import ProcSpec
        return ProcSpec.from_dict(self.config)

    def query(self, script: str) -> Any:
        """Runs a Jx9 script on the configuration (``$__config__``) and returns its decoded result."""
        value = self._call("bedrock_query_config", {"script": script})
        if not isinstance(value, dict) or not isinstance(value.get("json"), str):
            raise ClientException(f"Invalid query result from {self._address}: {value!r}")
        return json.loads(value["json"])

    def lookup_provider(self, spec: str, timeout: float = 0.0) -> Dict[str, Any]:
        """The provider ``spec`` names (``name`` or ``type:id``) as ``{name, type, provider_id}``,
        waiting up to ``timeout`` seconds for it to appear."""
        value = self._call("bedrock_lookup_provider", {"spec": spec, "timeout": timeout})
        if not isinstance(value, dict):
            raise ClientException(f"Invalid lookup answer from {self._address}: {value!r}")
        return value

    def load_module(self, name_or_path: str, path: Optional[str] = None) -> None:
        """Loads a module bundle: ``load_module(path)`` or the legacy ``load_module(name, path)``."""
        if path is None:
            self._call("bedrock_load_module", {"location": name_or_path})
        else:
            self._call("bedrock_load_module", {"name": name_or_path, "location": path})

    def unload_module(self, name_or_location: str) -> None:
        """Unloads a module (by a type it provides, or the location it was loaded from) that no
        provider or client uses any more; the daemon refuses, naming what still uses it, otherwise."""
        self._call("bedrock_unload_module", {"name": name_or_location})

    def events(self, since: int = 0, poll_timeout: float = 10.0) -> Iterator[Dict[str, Any]]:
        """Yields the daemon's runtime events, oldest first, as dicts ``{seq, topic, time, data}``.

        Starts with what the daemon's bounded journal holds after ``since`` (0: all of it), then
        blocks in long polls of at most ``poll_timeout`` seconds each (``bedrock_watch_events``)
        and yields each new event as it comes; it never ends by itself: break out of the loop.
        Raises ClientException when the daemon cannot be reached.
        """
        if since < 0 or poll_timeout < 0:
            raise ValueError(f"since ({since}) and poll_timeout ({poll_timeout}) must be >= 0")
        wait_ms = int(poll_timeout * 1000)
        while True:
            answer = self._client._call(self._address, self._provider_id, "bedrock_watch_events",
                                        {"since": since, "timeout_ms": wait_ms},
                                        poll_timeout + (self._timeout or self._client.timeout))
            for event in answer.get("events", []):
                yield event
            since = answer.get("next", since)

    watch = events

    def add_pool(self, spec: SpecLike) -> None:
        """Adds an Argobots pool (dict, JSON text or PoolSpec)."""
        self._call("bedrock_add_pool", {"spec": _spec_arg(spec)})

    def remove_pool(self, name: str) -> None:
        """Removes a pool no xstream, provider or Bedrock itself uses."""
        self._call("bedrock_remove_pool", {"name": name})

    def add_xstream(self, spec: SpecLike) -> None:
        """Adds an execution stream (dict, JSON text or XstreamSpec)."""
        self._call("bedrock_add_xstream", {"spec": _spec_arg(spec)})

    def remove_xstream(self, name: str) -> None:
        """Removes an execution stream."""
        self._call("bedrock_remove_xstream", {"name": name})

    def add_provider(self, spec: SpecLike) -> int:
        """Starts a provider (dict, JSON text or ProviderSpec); returns its provider id."""
        value = self._call("bedrock_start_provider", {"spec": _spec_arg(spec)})
        if isinstance(value, bool) or not isinstance(value, int):
            raise ClientException(f"Invalid provider id from {self._address}: {value!r}")
        return value

    def remove_provider(self, name: str) -> None:
        """Stops and removes a provider, by name or ``type:id``."""
        self._call("bedrock_remove_provider", {"name": name})

    def change_provider_pool(self, provider: str, pool: str) -> None:
        """Moves a provider's RPCs onto another pool."""
        self._call("bedrock_change_provider_pool", {"provider": provider, "pool": pool})

    def add_client(self, spec: SpecLike) -> None:
        """Adds a client (legacy; dict, JSON text or ClientSpec)."""
        self._call("bedrock_add_client", {"spec": _spec_arg(spec)})

    def remove_client(self, name: str) -> None:
        """Removes a client (legacy)."""
        self._call("bedrock_remove_client", {"name": name})

    def add_abtio_instance(self, spec: SpecLike) -> None:
        """Adds an ABT-IO instance (legacy; dict, JSON text or AbtIOSpec)."""
        self._call("bedrock_add_abtio", {"spec": _spec_arg(spec)})

    def add_ssg_group(self, spec: SpecLike) -> None:
        """Adds an SSG group (legacy; dict, JSON text or SSGSpec)."""
        self._call("bedrock_add_ssg_group", {"spec": _spec_arg(spec)})

    def migrate(self, provider: str, dest_address: str, dest_provider_id: int = 0,
                migration_config: Union[str, Dict[str, Any], None] = None,
                remove_source: bool = True) -> None:
        """Migrates a provider's state to a provider of another daemon."""
        self._call("bedrock_migrate_provider", {
            "provider": provider, "dest_address": dest_address,
            "dest_provider_id": dest_provider_id, "options": _options(migration_config),
            "remove_source": bool(remove_source)})

    def snapshot(self, provider: str, dest_path: str,
                 snapshot_config: Union[str, Dict[str, Any], None] = None,
                 remove_source: bool = False) -> None:
        """Writes a snapshot of a provider's state under ``dest_path``."""
        self._call("bedrock_snapshot_provider", {
            "provider": provider, "dest_path": dest_path, "options": _options(snapshot_config),
            "remove_source": bool(remove_source)})

    def restore(self, provider: str, src_path: str,
                restore_config: Union[str, Dict[str, Any], None] = None) -> None:
        """Restores a provider's state from a snapshot at ``src_path``."""
        self._call("bedrock_restore_provider", {
            "provider": provider, "src_path": src_path, "options": _options(restore_config)})

    def shutdown(self) -> None:
        """Asks the daemon to shut down (it answers first, then stops)."""
        self._call("bedrock_shutdown")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ServiceHandle) and other._client is self._client \
            and other._address == self._address and other._provider_id == self._provider_id

    def __hash__(self) -> int:
        return hash((self._address, self._provider_id))

    def __repr__(self) -> str:
        return f"ServiceHandle({self._address!r}, provider_id={self._provider_id})"


class ServiceGroupHandle:
    """A handle on a group of daemons (a list of addresses, or a group file's members).

    ``len``/``size`` and ``[i]`` give the members; ``config``, ``spec`` and ``query`` give
    ``{address: result}``; every changing operation of ServiceHandle is sent to all members in
    parallel and returns ``{address: result}``, or raises ClientException naming each member that
    failed (the others have applied it).
    """

    def __init__(self, client: Client, members: Callable[[], List[str]], provider_id: int = 0,
                 timeout: Optional[float] = None, from_file: bool = True) -> None:
        self._client = client
        self._source = members
        self._from_file = from_file
        self._provider_id = provider_id
        self._timeout = timeout
        self._handles: List[ServiceHandle] = []
        self._load()

    @property
    def client(self) -> Client:
        """The client this handle calls through."""
        return self._client

    def refresh(self) -> None:
        """Reads the group file again; ClientException for a handle made from addresses."""
        if not self._from_file:
            raise ClientException("ServiceGroupHandle not associated with a group file "
                                  "(it was made from a list of addresses)")
        self._load()

    def _load(self) -> None:
        self._handles = [ServiceHandle(self._client, address, self._provider_id, self._timeout)
                         for address in self._source()]

    @property
    def size(self) -> int:
        """The number of members."""
        return len(self._handles)

    def __len__(self) -> int:
        return len(self._handles)

    def __getitem__(self, index: int) -> ServiceHandle:
        if not isinstance(index, int) or not -len(self._handles) <= index < len(self._handles):
            raise _OutOfRange(f"Invalid index {index}")
        return self._handles[index]

    def __iter__(self) -> Iterator[ServiceHandle]:
        return iter(list(self._handles))

    @property
    def addresses(self) -> List[str]:
        """The members' addresses."""
        return [h.address for h in self._handles]

    def _broadcast(self, operation: str, call: Callable[[ServiceHandle], Any]) -> Dict[str, Any]:
        handles = list(self._handles)
        results: Dict[str, Any] = {}
        errors: List[str] = []
        if len(handles) <= 1:
            outcomes = [_attempt(call, h) for h in handles]
        else:
            from concurrent.futures import ThreadPoolExecutor
            with ThreadPoolExecutor(max_workers=min(16, len(handles))) as pool:
                outcomes = list(pool.map(lambda h: _attempt(call, h), handles))
        for handle, (ok, value) in zip(handles, outcomes):
            if ok:
                results[handle.address] = value
            else:
                errors.append(f"{handle.address}: {value}")
        if errors:
            raise ClientException(f"{operation} failed on {len(errors)} of {len(handles)} "
                                  "members: " + "; ".join(errors))
        return results

    @property
    def config(self) -> Dict[str, Dict[str, Any]]:
        """``{address: configuration}`` of every member."""
        return self._broadcast("config", lambda h: h.config)

    @property
    def spec(self) -> Dict[str, Any]:
        """``{address: ProcSpec}`` of every member."""
        return self._broadcast("spec", lambda h: h.spec)

    def query(self, script: str) -> Dict[str, Any]:
        """``{address: result}`` of a Jx9 query on every member."""
        return self._broadcast("query", lambda h: h.query(script))

    def lookup_provider(self, spec: str, timeout: float = 0.0) -> Dict[str, Dict[str, Any]]:
        """``{address: {name, type, provider_id}}`` of the provider ``spec`` names on every member."""
        return self._broadcast("lookup_provider", lambda h: h.lookup_provider(spec, timeout))

    def load_module(self, name_or_path: str, path: Optional[str] = None) -> Dict[str, None]:
        """Loads a module on every member."""
        return self._broadcast("load_module", lambda h: h.load_module(name_or_path, path))

    def unload_module(self, name_or_location: str) -> Dict[str, None]:
        """Unloads a module on every member."""
        return self._broadcast("unload_module", lambda h: h.unload_module(name_or_location))

    def add_pool(self, spec: SpecLike) -> Dict[str, None]:
        """Adds a pool on every member."""
        return self._broadcast("add_pool", lambda h: h.add_pool(spec))

    def remove_pool(self, name: str) -> Dict[str, None]:
        """Removes a pool on every member."""
        return self._broadcast("remove_pool", lambda h: h.remove_pool(name))

    def add_xstream(self, spec: SpecLike) -> Dict[str, None]:
        """Adds an xstream on every member."""
        return self._broadcast("add_xstream", lambda h: h.add_xstream(spec))

    def remove_xstream(self, name: str) -> Dict[str, None]:
        """Removes an xstream on every member."""
        return self._broadcast("remove_xstream", lambda h: h.remove_xstream(name))

    def add_provider(self, spec: SpecLike) -> Dict[str, int]:
        """Starts a provider on every member; ``{address: provider id}``."""
        return self._broadcast("add_provider", lambda h: h.add_provider(spec))

    def remove_provider(self, name: str) -> Dict[str, None]:
        """Removes a provider on every member."""
        return self._broadcast("remove_provider", lambda h: h.remove_provider(name))

    def change_provider_pool(self, provider: str, pool: str) -> Dict[str, None]:
        """Moves a provider onto another pool on every member."""
        return self._broadcast("change_provider_pool",
                               lambda h: h.change_provider_pool(provider, pool))

    def add_client(self, spec: SpecLike) -> Dict[str, None]:
        """Adds a client on every member (legacy)."""
        return self._broadcast("add_client", lambda h: h.add_client(spec))

    def remove_client(self, name: str) -> Dict[str, None]:
        """Removes a client on every member (legacy)."""
        return self._broadcast("remove_client", lambda h: h.remove_client(name))

    def add_abtio_instance(self, spec: SpecLike) -> Dict[str, None]:
        """Adds an ABT-IO instance on every member (legacy)."""
        return self._broadcast("add_abtio_instance", lambda h: h.add_abtio_instance(spec))

    def add_ssg_group(self, spec: SpecLike) -> Dict[str, None]:
        """Adds an SSG group on every member (legacy)."""
        return self._broadcast("add_ssg_group", lambda h: h.add_ssg_group(spec))

    def migrate(self, provider: str, dest_address: str, dest_provider_id: int = 0,
                migration_config: Union[str, Dict[str, Any], None] = None,
                remove_source: bool = True) -> Dict[str, None]:
        """Migrates a provider of every member to one destination."""
        return self._broadcast("migrate", lambda h: h.migrate(
            provider, dest_address, dest_provider_id, migration_config, remove_source))

    def snapshot(self, provider: str, dest_path: str,
                 snapshot_config: Union[str, Dict[str, Any], None] = None,
                 remove_source: bool = False) -> Dict[str, None]:
        """Snapshots a provider on every member."""
        return self._broadcast("snapshot", lambda h: h.snapshot(provider, dest_path,
                                                                snapshot_config, remove_source))

    def restore(self, provider: str, src_path: str,
                restore_config: Union[str, Dict[str, Any], None] = None) -> Dict[str, None]:
        """Restores a provider on every member."""
        return self._broadcast("restore", lambda h: h.restore(provider, src_path, restore_config))

    def shutdown(self) -> Dict[str, None]:
        """Shuts every member down."""
        return self._broadcast("shutdown", lambda h: h.shutdown())

    def __repr__(self) -> str:
        return f"ServiceGroupHandle({self.addresses!r}, provider_id={self._provider_id})"


def _attempt(call: Callable[[ServiceHandle], Any], handle: ServiceHandle) -> Any:
    try:
        return True, call(handle)
    except BedrockException as e:
        return False, str(e)
