"""Spec classes: build a Bedrock process configuration in Python and turn it into JSON.

Every class takes keyword arguments only and checks each value when it is set, raising what
upstream's attrs validators raise: ``TypeError`` for a value of the wrong type, ``ValueError`` for a
value out of its range or choices, ``NameError`` for a name that is not an identifier; each message
names the class and field. Every class has ``to_dict``, ``to_json``, ``from_dict``, ``from_json``
and ``validate``. Lists of named specs are ``SpecListDecorator`` objects that keep names unique.
"""

import json
import re
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple, Type, TypeVar, Union

__all__ = ["SpecListDecorator", "MercurySpec", "PlumberSpec", "PoolSpec", "SchedulerSpec",
           "XstreamSpec", "ArgobotsSpec", "MargoSpec", "ProviderSpec", "ClientSpec",
           "AbtIOSpec", "MonaSpec", "SwimSpec", "SSGSpec", "BedrockSpec", "ProcSpec",
           "ServiceSpec"]

T = TypeVar("T", bound="_Spec")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_MISSING = object()
#: What a check finds wrong: the exception class to raise and its message.
_Problem = Optional[Tuple[Type[Exception], str]]


class _Field:
    """One declared field: its default (value or factory), converter, check and frozenness."""

    def __init__(self, default: Any = _MISSING, factory: Optional[Callable[[Any], Any]] = None,
                 convert: Optional[Callable[[Any, Any], Any]] = None,
                 check: Optional[Callable[[Any], _Problem]] = None,
                 frozen: bool = False) -> None:
        self.default, self.factory, self.convert = default, factory, convert
        self.check, self.frozen = check, frozen


def _type(*types: type, what: str = "") -> Callable[[Any], _Problem]:
    names = what or " or ".join(t.__name__ for t in types)

    def check(value: Any) -> _Problem:
        bad = not isinstance(value, types) or (isinstance(value, bool) and bool not in types)
        return (TypeError, f"expected {names}, got {value!r}") if bad else None
    return check


def _one_of(*choices: str) -> Callable[[Any], _Problem]:
    def check(value: Any) -> _Problem:
        return None if value in choices else (ValueError,
                                               f"expected one of {list(choices)}, got {value!r}")
    return check


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _int_at_least(low: int) -> Callable[[Any], _Problem]:
    def check(value: Any) -> _Problem:
        if not _is_int(value):
            return TypeError, f"expected an integer, got {value!r}"
        return (ValueError, f"expected an integer >= {low}, got {value!r}") if value < low else None
    return check


def _identifier(value: Any) -> _Problem:
    if not isinstance(value, str):
        return TypeError, f"expected a str, got {value!r}"
    if not _IDENTIFIER.match(value):
        return NameError, f"{value!r} is not a valid identifier (letters, digits, _)"
    return None


def _name(value: Any) -> _Problem:
    if not isinstance(value, str):
        return TypeError, f"expected a str, got {value!r}"
    return None if value else (ValueError, "expected a non-empty string, got ''")


def _provider_id(value: Any) -> _Problem:
    if not _is_int(value):
        return TypeError, f"expected an integer, got {value!r}"
    return None if 0 <= value <= 65535 else (ValueError,
                                             f"expected an integer in 0..65535, got {value!r}")


class _Spec:
    """Base of every spec: keyword construction, checks on set, dict and JSON conversions."""

    _FIELDS: Dict[str, _Field] = {}

    def __init__(self, **kwargs: Any) -> None:
        unknown = set(kwargs) - set(self._FIELDS)
        if unknown:
            raise TypeError(f"{type(self).__name__}() got unexpected keyword argument(s) "
                            f"{sorted(unknown)}")
        for name, field in self._FIELDS.items():
            if name in kwargs:
                value = kwargs[name]
            elif field.factory is not None:
                value = field.factory(self)
            elif field.default is not _MISSING:
                value = field.default
            else:
                raise TypeError(f"{type(self).__name__}() missing required keyword argument "
                                f"{name!r}")
            self._set(name, value)

    def _set(self, name: str, value: Any) -> None:
        field = self._FIELDS[name]
        prefix = f"{type(self).__name__}."
        if field.convert is not None:
            try:
                value = field.convert(self, value)
            except (TypeError, ValueError, NameError) as e:
                if str(e).startswith(prefix):
                    raise
                raise type(e)(f"{prefix}{name}: {e}") from None
        problem = field.check(value) if field.check is not None else None
        if problem:
            raise problem[0](f"{prefix}{name}: {problem[1]}")
        object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        field = self._FIELDS.get(name)
        if field is None:
            if name.startswith("_"):
                object.__setattr__(self, name, value)
                return
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        if field.frozen and name in self.__dict__:
            raise AttributeError(f"{type(self).__name__}.{name} cannot be changed")
        self._set(name, value)

    def to_dict(self) -> Dict[str, Any]:
        """The JSON-ready dictionary of this spec."""
        return {name: _plain(getattr(self, name)) for name in self._FIELDS}

    def to_json(self, indent: Optional[int] = None) -> str:
        """The JSON text of ``to_dict()``."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: Type[T], data: Dict[str, Any]) -> T:
        """A spec from a dictionary; keys this class does not know are ignored."""
        if not isinstance(data, dict):
            raise TypeError(f"{cls.__name__}.from_dict: expected a dict, got {data!r}")
        return cls(**{k: v for k, v in data.items() if k in cls._FIELDS})

    @classmethod
    def from_json(cls: Type[T], text: str) -> T:
        """A spec from JSON text."""
        return cls.from_dict(json.loads(text))

    def validate(self) -> None:
        """Checks what single fields cannot (references between fields); raises ValueError."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.to_dict() == other.to_dict()  # type: ignore

    __hash__ = None  # type: ignore

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.to_json()})"


def _plain(value: Any) -> Any:
    if isinstance(value, _Spec):
        return value.to_dict()
    if isinstance(value, (list, SpecListDecorator)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class SpecListDecorator:
    """A list of specs of one type whose ``name`` values are unique.

    Indexable by position, slice or name (``KeyError`` when no item has it); an item of another
    type is a ``TypeError``; ``append``/``insert``/``extend`` raise ``NameError`` when an item of
    the list has the name, and ``extend`` ``ValueError`` when two new items share one (it adds
    all or nothing); ``add(**kwargs)`` builds and appends.
    """

    def __init__(self, items: Iterable[Any], item_type: type) -> None:
        self._type = item_type
        self._items: List[Any] = []
        self.extend(items)

    def _check(self, item: Any, names: Iterable[str]) -> None:
        if not isinstance(item, self._type):
            raise TypeError(f"expected a {self._type.__name__}, got {item!r}")
        if item.name in names:
            raise NameError(f"a {self._type.__name__} named {item.name!r} is already in the list")

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._items)

    def __contains__(self, key: Any) -> bool:
        if isinstance(key, str):
            return any(item.name == key for item in self._items)
        return any(item is key for item in self._items)

    def __getitem__(self, key: Union[int, slice, str]) -> Any:
        if isinstance(key, str):
            for item in self._items:
                if item.name == key:
                    return item
            raise KeyError(f"no {self._type.__name__} named {key!r}")
        return self._items[key]

    def __setitem__(self, index: int, item: Any) -> None:
        self._check(item, [x.name for i, x in enumerate(self._items) if i != index % len(self)])
        self._items[index] = item

    def __delitem__(self, key: Union[int, slice, str]) -> None:
        if isinstance(key, str):
            self._items.remove(self[key])
        else:
            del self._items[key]

    def append(self, item: Any) -> None:
        """Adds an item at the end."""
        self._check(item, [x.name for x in self._items])
        self._items.append(item)

    def insert(self, index: int, item: Any) -> None:
        """Adds an item before ``index``."""
        self._check(item, [x.name for x in self._items])
        self._items.insert(index, item)

    def extend(self, items: Iterable[Any]) -> None:
        """Adds every item, or none when one is invalid."""
        items = list(items)
        names = [x.name for x in self._items]
        new: List[str] = []
        for item in items:
            self._check(item, names)
            if item.name in new:
                raise ValueError(f"two {self._type.__name__} objects are named {item.name!r}")
            new.append(item.name)
        self._items.extend(items)

    def add(self, **kwargs: Any) -> Any:
        """Builds an item from keyword arguments, appends it and returns it."""
        item = self._type(**kwargs)
        self.append(item)
        return item

    def index(self, key: Any) -> int:
        """The position of an item (or of the item with that name)."""
        for i, item in enumerate(self._items):
            if item is key or item.name == key:
                return i
        raise ValueError(f"{key!r} is not in the list")

    def count(self, key: Any) -> int:
        """1 when the item (or name) is in the list, else 0."""
        return 1 if key in self else 0

    def remove(self, key: Any) -> None:
        """Removes an item (or the item with that name)."""
        del self._items[self.index(key)]

    def pop(self, index: int = -1) -> Any:
        """Removes and returns the item at ``index``."""
        return self._items.pop(index)

    def clear(self) -> None:
        """Removes every item."""
        self._items.clear()

    def copy(self) -> List[Any]:
        """A plain list of the items."""
        return list(self._items)

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, (list, SpecListDecorator)) else False

    def __repr__(self) -> str:
        return repr(self._items)


def _spec_of(cls: type) -> Callable[[Any, Any], Any]:
    def convert(_self: Any, value: Any) -> Any:
        if isinstance(value, str) and cls is not PoolSpec:
            try:
                value = json.loads(value)
            except ValueError:
                return value
        return cls.from_dict(value) if isinstance(value, dict) else value
    return convert


def _spec_list(cls: type) -> Callable[[Any, Any], Any]:
    def convert(_self: Any, value: Any) -> Any:
        if not isinstance(value, (list, tuple, SpecListDecorator)):
            raise TypeError(f"expected a list of {cls.__name__}, got {value!r}")
        # Setting a whole list replaces it: only names repeated inside it conflict.
        return SpecListDecorator([cls.from_dict(v) if isinstance(v, dict) else v for v in value], cls)
    return convert


def _dict_or_json(_self: Any, value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            raise TypeError(f"expected a dict or JSON text, got {value!r}") from None
    return value


def _copy_list(_self: Any, value: Any) -> Any:
    return list(value) if isinstance(value, (list, tuple)) else value


def _pool_name(pool: Any) -> Any:
    return pool.name if isinstance(pool, PoolSpec) else pool


class MercurySpec(_Spec):
    """The ``margo.mercury`` section; ``address`` is a protocol or an address."""

    _FIELDS = {
        "address": _Field(check=_name),
        "listening": _Field(True, check=_type(bool)),
        "ip_subnet": _Field("", check=_type(str)),
        "auth_key": _Field("", check=_type(str)),
        "auto_sm": _Field(False, check=_type(bool)),
        "max_contexts": _Field(1, check=_int_at_least(0)),
        "na_no_block": _Field(False, check=_type(bool)),
        "na_no_retry": _Field(False, check=_type(bool)),
        "no_bulk_eager": _Field(False, check=_type(bool)),
        "no_loopback": _Field(False, check=_type(bool)),
        "request_post_incr": _Field(256, check=_int_at_least(0)),
        "request_post_init": _Field(256, check=_int_at_least(0)),
        "stats": _Field(False, check=_type(bool)),
        "version": _Field("unknown", check=_type(str)),
        "checksum_level": _Field("none", check=_one_of("none", "rpc_headers", "rpc_payload")),
        "input_eager_size": _Field(4080, check=_int_at_least(0)),
        "output_eager_size": _Field(4080, check=_int_at_least(0)),
        "na_addr_format": _Field("unspec", check=_one_of("unspec", "ipv4", "ipv6", "native")),
        "na_max_expected_size": _Field(0, check=_int_at_least(0)),
        "na_max_unexpected_size": _Field(0, check=_int_at_least(0)),
        "na_request_mem_device": _Field(False, check=_type(bool)),
        "log_level": _Field("warning", check=_type(str)),
        "log_subsys": _Field("hg,na", check=_type(str)),
    }

    @property
    def protocol(self) -> str:
        """The address up to its first ``:`` (``tcp`` for ``tcp://127.0.0.1:5000``)."""
        return self.address.split(":", 1)[0]


class PlumberSpec(_Spec):
    """The ``margo.plumber`` section (NIC and bucket policies)."""

    _FIELDS = {
        "bucket_policy": _Field("package", check=_type(str)),
        "nic_policy": _Field("roundrobin", check=_type(str)),
    }


class PoolSpec(_Spec):
    """An Argobots pool: ``name`` (an identifier, fixed once set), ``kind`` and ``access``.

    Two PoolSpec objects are equal only when they are the same object, as upstream's are.
    """

    _FIELDS = {
        "name": _Field(check=_identifier, frozen=True),
        "kind": _Field("fifo_wait", check=_one_of("fifo", "fifo_wait", "prio_wait",
                                                  "earliest_first")),
        "access": _Field("mpmc", check=_one_of("private", "spsc", "mpsc", "spmc", "mpmc")),
    }

    def __eq__(self, other: object) -> bool:
        return self is other

    def __hash__(self) -> int:
        return id(self)


def _pool_list(_self: Any, value: Any) -> Any:
    if not isinstance(value, (list, tuple, SpecListDecorator)):
        raise TypeError(f"expected a list of pools, got {value!r}")
    return [PoolSpec.from_dict(v) if isinstance(v, dict) else v for v in value]


def _pools_check(value: Any) -> _Problem:
    if len(value) == 0:
        return ValueError, "a scheduler needs at least one pool"
    for pool in value:
        if not isinstance(pool, (PoolSpec, str, int)) or isinstance(pool, bool):
            return TypeError, f"expected PoolSpec objects, pool names or indices, got {pool!r}"
    return None


class SchedulerSpec(_Spec):
    """An xstream's scheduler: ``type`` and its ``pools`` (PoolSpec objects or pool names)."""

    _FIELDS = {
        "type": _Field("basic_wait", check=_one_of("default", "basic", "prio", "randws",
                                                   "basic_wait")),
        "pools": _Field(factory=lambda self: ["__primary__"], convert=_pool_list,
                        check=_pools_check),
    }

    def to_dict(self) -> Dict[str, Any]:
        """The scheduler with its pools by name."""
        return {"type": self.type, "pools": [_pool_name(p) for p in self.pools]}

    @classmethod
    def from_dict(cls, data: Dict[str, Any], abt_spec: Optional["ArgobotsSpec"] = None
                  ) -> "SchedulerSpec":
        """A scheduler; with ``abt_spec``, pool names and indices become its PoolSpec objects."""
        if not isinstance(data, dict):
            raise TypeError(f"SchedulerSpec.from_dict: expected a dict, got {data!r}")
        pools = data.get("pools", ["__primary__"])
        if abt_spec is not None and isinstance(pools, list):
            pools = [abt_spec.find_pool(p, lenient=True) for p in pools]
        return cls(type=data.get("type", "basic_wait"), pools=pools)


def _scheduler(_self: Any, value: Any) -> Any:
    return SchedulerSpec.from_dict(value) if isinstance(value, dict) else value


class XstreamSpec(_Spec):
    """An execution stream: ``name`` (fixed once set), ``scheduler``, ``cpubind``, ``affinity``."""

    _FIELDS = {
        "name": _Field(check=_identifier, frozen=True),
        "scheduler": _Field(factory=lambda self: SchedulerSpec(), convert=_scheduler,
                            check=_type(SchedulerSpec)),
        "cpubind": _Field(-1, check=_int_at_least(-1)),
        "affinity": _Field(factory=lambda self: [], convert=_copy_list, check=_type(list)),
    }

    @classmethod
    def from_dict(cls, data: Dict[str, Any], abt_spec: Optional["ArgobotsSpec"] = None
                  ) -> "XstreamSpec":
        """An xstream; with ``abt_spec`` its scheduler's pools resolve to PoolSpec objects."""
        if not isinstance(data, dict):
            raise TypeError(f"XstreamSpec.from_dict: expected a dict, got {data!r}")
        args = {k: v for k, v in data.items() if k in cls._FIELDS}
        if isinstance(data.get("scheduler"), dict):
            args["scheduler"] = SchedulerSpec.from_dict(data["scheduler"], abt_spec)
        return cls(**args)


class ArgobotsSpec(_Spec):
    """The ``margo.argobots`` section: pools and xstreams (unique names) and stack settings."""

    _FIELDS = {
        "abt_mem_max_num_stacks": _Field(8, check=_int_at_least(0)),
        "abt_thread_stacksize": _Field(2097152, check=_int_at_least(1)),
        "version": _Field("unknown", check=_type(str)),
        "pools": _Field(factory=lambda self: [PoolSpec(name="__primary__")],
                        convert=_spec_list(PoolSpec)),
        "xstreams": _Field(factory=lambda self: [XstreamSpec(
            name="__primary__", scheduler=SchedulerSpec(pools=[self.pools[0]]))],
            convert=_spec_list(XstreamSpec)),
        "lazy_stack_alloc": _Field(False, check=_type(bool)),
        "profiling_dir": _Field(".", check=_type(str)),
    }

    def add(self, item: Union[PoolSpec, XstreamSpec]) -> None:
        """Adds a pool or an xstream."""
        (self.pools if isinstance(item, PoolSpec) else self.xstreams).append(item)

    def find_pool(self, ref: Union[str, int, PoolSpec], lenient: bool = False
                  ) -> Union[PoolSpec, str, int]:
        """The pool a name, index or PoolSpec refers to; ValueError when there is none, unless
        ``lenient`` (then the reference itself, for ``validate`` to judge)."""
        if isinstance(ref, PoolSpec):
            return ref
        if isinstance(ref, int) and not isinstance(ref, bool) and 0 <= ref < len(self.pools):
            return self.pools[ref]
        if isinstance(ref, str) and ref in self.pools:
            return self.pools[ref]
        if lenient:
            return ref
        raise ValueError(f"ArgobotsSpec: no pool {ref!r}")

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ArgobotsSpec":
        """An Argobots section; xstream schedulers refer to its own PoolSpec objects."""
        if not isinstance(data, dict):
            raise TypeError(f"ArgobotsSpec.from_dict: expected a dict, got {data!r}")
        args = {k: v for k, v in data.items() if k in cls._FIELDS and k != "xstreams"}
        spec = cls(**args)
        if "xstreams" in data:
            spec.xstreams = [XstreamSpec.from_dict(x, spec) for x in data["xstreams"]]
        return spec

    def has_pool(self, ref: Union[str, int, PoolSpec]) -> bool:
        """Whether a pool reference resolves here; ``__primary__`` always does (the daemon adds
        the ``__primary__`` pool and xstream when a spec has none)."""
        if _pool_name(ref) == "__primary__":
            return True
        if isinstance(ref, PoolSpec):
            return ref in self.pools
        return self.find_pool(ref, lenient=True) is not ref

    def validate(self) -> None:
        """At least one xstream; every scheduler pool is one of this section's pools."""
        if len(self.xstreams) == 0:
            raise ValueError("ArgobotsSpec.xstreams: at least one xstream is needed")
        for xstream in self.xstreams:
            for pool in xstream.scheduler.pools:
                if not self.has_pool(pool):
                    raise ValueError(f"ArgobotsSpec: xstream {xstream.name!r} uses pool "
                                     f"{_pool_name(pool)!r}, which is not in the pools")


def _mercury(_self: Any, value: Any) -> Any:
    if isinstance(value, str):
        return MercurySpec(address=value)
    return MercurySpec.from_dict(value) if isinstance(value, dict) else value


class MargoSpec(_Spec):
    """The ``margo`` section: ``mercury`` (address text, dict or MercurySpec), ``argobots``,
    progress settings and the progress and RPC pools (default: the first Argobots pool)."""

    _FIELDS = {
        "mercury": _Field(factory=lambda self: MercurySpec(address="na+sm"), convert=_mercury,
                          check=_type(MercurySpec)),
        "argobots": _Field(factory=lambda self: ArgobotsSpec(), convert=_spec_of(ArgobotsSpec),
                           check=_type(ArgobotsSpec)),
        "progress_timeout_ub_msec": _Field(100, check=_int_at_least(0)),
        "progress_spindown_msec": _Field(10, check=_int_at_least(0)),
        "enable_abt_profiling": _Field(False, check=_type(bool)),
        "handle_cache_size": _Field(32, check=_int_at_least(0)),
        "progress_pool": _Field(factory=lambda self: self.argobots.pools[0],
                                check=_type(PoolSpec, str)),
        "rpc_pool": _Field(factory=lambda self: self.argobots.pools[0],
                           check=_type(PoolSpec, str)),
        "plumber": _Field(factory=lambda self: PlumberSpec(), convert=_spec_of(PlumberSpec),
                          check=_type(PlumberSpec)),
        "version": _Field("unknown", check=_type(str)),
    }

    def to_dict(self) -> Dict[str, Any]:
        """The section with the progress and RPC pools by name."""
        out = super().to_dict()
        out["progress_pool"] = _pool_name(self.progress_pool)
        out["rpc_pool"] = _pool_name(self.rpc_pool)
        return out

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "MargoSpec":
        """A Margo section; its pool references resolve to its Argobots pools."""
        if not isinstance(data, dict):
            raise TypeError(f"MargoSpec.from_dict: expected a dict, got {data!r}")
        abt = ArgobotsSpec.from_dict(data.get("argobots", {}))
        args = {k: v for k, v in data.items() if k in cls._FIELDS}
        args["argobots"] = abt
        for key in ("progress_pool", "rpc_pool"):
            if key in data:
                args[key] = abt.find_pool(data[key], lenient=True)
        return cls(**args)

    def validate(self) -> None:
        """The Argobots section is valid and holds the progress and RPC pools."""
        self.argobots.validate()
        for key in ("progress_pool", "rpc_pool"):
            pool = getattr(self, key)
            if not self.argobots.has_pool(pool):
                raise ValueError(f"MargoSpec.{key}: pool {_pool_name(pool)!r} is not in "
                                 "argobots.pools")


class _ComponentSpec(_Spec):
    """What providers and clients share: name, type, config, dependencies, tags."""

    def to_dict(self) -> Dict[str, Any]:
        """The component; optional legacy keys (``pool``, ``engine``) only when set."""
        out = super().to_dict()
        if "pool" in out:
            if self.pool is None:
                del out["pool"]
            else:
                out["pool"] = _pool_name(self.pool)
        if out.get("engine") == 0:
            del out["engine"]
        return out


def _component_fields(with_id: bool) -> Dict[str, _Field]:
    fields = {
        "name": _Field(check=_identifier, frozen=True),
        "type": _Field(check=_name, frozen=True),
    }
    if with_id:
        fields["provider_id"] = _Field(0, check=_provider_id)
    fields.update({
        "config": _Field(factory=lambda self: {}, convert=_dict_or_json, check=_type(dict)),
        "dependencies": _Field(factory=lambda self: {}, convert=_dict_or_json, check=_type(dict)),
        "tags": _Field(factory=lambda self: [], convert=_copy_list, check=_type(list)),
    })
    return fields


class ProviderSpec(_ComponentSpec):
    """A provider: ``name`` and ``type`` (fixed once set), ``provider_id`` (0..65535), ``config``,
    ``dependencies``, ``tags``, and optionally its ``pool`` (PoolSpec or name) and ``engine``.

    The default ``provider_id`` 0 is Bedrock's own: give another one to add a provider."""

    _FIELDS = dict(_component_fields(True), **{
        "pool": _Field(None, check=_type(PoolSpec, str, type(None), what="PoolSpec or str")),
        "engine": _Field(0, check=_int_at_least(0)),
    })


class ClientSpec(_ComponentSpec):
    """A client: ``name`` and ``type`` (fixed once set), ``config``, ``dependencies``, ``tags``."""

    _FIELDS = _component_fields(False)


class AbtIOSpec(_Spec):
    """An ABT-IO instance: ``name``, ``pool`` (PoolSpec or name), ``config``."""

    _FIELDS = {
        "name": _Field(check=_identifier, frozen=True),
        "pool": _Field("__primary__", check=_type(PoolSpec, str, what="PoolSpec or str")),
        "config": _Field(factory=lambda self: {}, convert=_dict_or_json, check=_type(dict)),
    }

    def to_dict(self) -> Dict[str, Any]:
        """The instance with its pool by name."""
        return dict(super().to_dict(), pool=_pool_name(self.pool))


class MonaSpec(AbtIOSpec):
    """A MoNA instance (legacy): ``name``, ``pool``, ``config``."""


class SwimSpec(_Spec):
    """The SWIM settings of an SSG group."""

    _FIELDS = {
        "period_length_ms": _Field(0, check=_int_at_least(0)),
        "suspect_timeout_periods": _Field(-1, check=_int_at_least(-1)),
        "subgroup_member_count": _Field(-1, check=_int_at_least(-1)),
        "disabled": _Field(False, check=_type(bool)),
    }


class SSGSpec(_Spec):
    """An SSG group (legacy): ``name``, ``pool``, ``credential``, ``bootstrap``, ``group_file``,
    ``swim``."""

    _FIELDS = {
        "name": _Field(check=_identifier, frozen=True),
        "pool": _Field("__primary__", check=_type(PoolSpec, str, what="PoolSpec or str")),
        "credential": _Field(-1, check=_type(int)),
        "bootstrap": _Field("init", check=_one_of("init", "join", "mpi", "pmix", "init|join",
                                                  "mpi|join", "pmix|join")),
        "group_file": _Field("", check=_type(str)),
        "swim": _Field(factory=lambda self: SwimSpec(), convert=_spec_of(SwimSpec),
                       check=_type(SwimSpec)),
    }

    def to_dict(self) -> Dict[str, Any]:
        """The group with its pool by name."""
        return dict(super().to_dict(), pool=_pool_name(self.pool))


class BedrockSpec(_Spec):
    """The ``bedrock`` section: the pool of Bedrock's RPCs and Bedrock's provider id."""

    _FIELDS = {
        "pool": _Field("__primary__", check=_type(PoolSpec, str, what="PoolSpec or str")),
        "provider_id": _Field(0, check=_provider_id),
    }

    def to_dict(self) -> Dict[str, Any]:
        """The section with its pool by name."""
        return {"pool": _pool_name(self.pool), "provider_id": self.provider_id}

    @classmethod
    def from_dict(cls, data: Dict[str, Any], abt_spec: Optional[ArgobotsSpec] = None
                  ) -> "BedrockSpec":
        """The section; with ``abt_spec`` its pool resolves to that PoolSpec."""
        if not isinstance(data, dict):
            raise TypeError(f"BedrockSpec.from_dict: expected a dict, got {data!r}")
        pool = data.get("pool", "__primary__")
        if abt_spec is not None:
            pool = abt_spec.find_pool(pool, lenient=True)
        return cls(pool=pool, provider_id=data.get("provider_id", 0))


def _margo(_self: Any, value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        if len(value) == 0:
            raise ValueError("ProcSpec.margo: an empty list of engines")
        return [_margo(_self, v) for v in value]
    if isinstance(value, str):
        return MargoSpec(mercury=value)
    return MargoSpec.from_dict(value) if isinstance(value, dict) else value


def _margo_check(value: Any) -> _Problem:
    engines = value if isinstance(value, list) else [value]
    bad = [m for m in engines if not isinstance(m, MargoSpec)]
    return (TypeError, f"expected a MargoSpec, address, dict or a list of them, got {bad[0]!r}"
            ) if bad else None


def _libraries_check(value: Any) -> _Problem:
    if isinstance(value, dict):
        bad = [k for k, v in value.items() if not isinstance(k, str) or not isinstance(v, str)]
        return (TypeError, f"library {bad[0]!r} should map to a path") if bad else None
    if isinstance(value, list):
        bad = [v for v in value if not isinstance(v, str)]
        return (TypeError, f"expected library paths, got {bad[0]!r}") if bad else None
    return TypeError, f"expected a list of paths or a dict name -> path, got {value!r}"


def _first_margo(spec: "ProcSpec") -> MargoSpec:
    return spec.margo[0] if isinstance(spec.margo, list) else spec.margo


class ProcSpec(_Spec):
    """A whole process configuration: ``margo`` (one engine, or a list), ``libraries`` (list of
    paths, or legacy dict name -> path), ``providers``, ``clients``, ``abt_io``, ``ssg``,
    ``mona`` and ``bedrock`` (default: on the first engine's RPC pool).

    ``ProcSpec()`` is a default process on ``na+sm``.
    """

    _FIELDS = {
        "margo": _Field(factory=lambda self: MargoSpec(), convert=_margo, check=_margo_check),
        "libraries": _Field(factory=lambda self: [], check=_libraries_check,
                            convert=lambda s, v: dict(v) if isinstance(v, dict) else _copy_list(s, v)),
        "providers": _Field(factory=lambda self: [], convert=_spec_list(ProviderSpec)),
        "clients": _Field(factory=lambda self: [], convert=_spec_list(ClientSpec)),
        "abt_io": _Field(factory=lambda self: [], convert=_spec_list(AbtIOSpec)),
        "ssg": _Field(factory=lambda self: [], convert=_spec_list(SSGSpec)),
        "mona": _Field(factory=lambda self: [], convert=_spec_list(MonaSpec)),
        "bedrock": _Field(factory=lambda self: BedrockSpec(pool=_first_margo(self).rpc_pool),
                          convert=_spec_of(BedrockSpec), check=_type(BedrockSpec)),
    }

    def to_dict(self) -> Dict[str, Any]:
        """The configuration; the legacy lists (clients, abt_io, ssg, mona) only when not empty."""
        out = super().to_dict()
        for key in ("clients", "abt_io", "ssg", "mona"):
            if not out[key]:
                del out[key]
        return out

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ProcSpec":
        """A process spec, e.g. from ``Server.config``; pool names resolve to the engine's pools."""
        if not isinstance(data, dict):
            raise TypeError(f"ProcSpec.from_dict: expected a dict, got {data!r}")
        spec = cls(**{k: v for k, v in data.items() if k in cls._FIELDS and k != "bedrock"})
        abt = _first_margo(spec).argobots
        if isinstance(data.get("bedrock"), dict):
            spec.bedrock = BedrockSpec.from_dict(data["bedrock"], abt)
        return spec

    def validate(self) -> None:
        """Every engine is valid; libraries are paths; names are unique; the Bedrock pool exists."""
        engines = self.margo if isinstance(self.margo, list) else [self.margo]
        for margo in engines:
            margo.validate()
        problem = _libraries_check(self.libraries)
        if problem:
            raise problem[0](f"ProcSpec.libraries: {problem[1]}")
        pool = self.bedrock.pool
        if not _first_margo(self).argobots.has_pool(pool):
            raise ValueError(f"ProcSpec.bedrock.pool: pool {_pool_name(pool)!r} is not in the "
                             "first engine's pools")


def _processes(_self: Any, value: Any) -> Any:
    if not isinstance(value, (list, tuple)):
        raise TypeError(f"expected a list of ProcSpec, got {value!r}")
    return [ProcSpec.from_dict(p) if isinstance(p, dict) else p for p in value]


def _processes_check(value: Any) -> _Problem:
    bad = [p for p in value if not isinstance(p, ProcSpec)]
    return (TypeError, f"expected ProcSpec objects or dicts, got {bad[0]!r}") if bad else None


class ServiceSpec(_Spec):
    """Several processes (one per rank) of one service; ``to_dict`` gives ``{"processes": [...]}``
    and ``to_json`` the list of process configurations."""

    _FIELDS = {
        "processes": _Field(factory=lambda self: [], convert=_processes, check=_processes_check),
    }

    def to_json(self, indent: Optional[int] = None) -> str:
        """The JSON list of the process configurations."""
        return json.dumps([p.to_dict() for p in self.processes], indent=indent)

    @classmethod
    def from_dict(cls, data: Any) -> "ServiceSpec":
        """A service from ``{"processes": [...]}`` or a list of process configurations."""
        processes = data.get("processes", []) if isinstance(data, dict) else data
        if not isinstance(processes, list):
            raise TypeError(f"ServiceSpec.from_dict: expected a list of processes, got {data!r}")
        return cls(processes=[ProcSpec.from_dict(p) for p in processes])

    def validate(self) -> None:
        """Every process is valid and every ``@<rank>`` dependency names an existing rank."""
        for process in self.processes:
            process.validate()
            for provider in process.providers:
                for value in provider.dependencies.values():
                    for ref in value if isinstance(value, list) else [value]:
                        rank = str(ref).rpartition("@")[2] if "@" in str(ref) else ""
                        if rank.isdigit() and int(rank) >= len(self.processes):
                            raise ValueError(f"ServiceSpec: provider {provider.name!r} refers to "
                                             f"rank {rank}, but there are {len(self.processes)} "
                                             "processes")
