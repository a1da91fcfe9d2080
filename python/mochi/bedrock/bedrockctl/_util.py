"""What every bedrockctl command shares: the connection, rank lists and the parsing of
``--config.*`` and ``-d name:value`` arguments."""

import os
import re
from typing import Any, Dict, List, Optional

from ..client import Client, ClientException, ServiceGroupHandle

#: The environment variable ``bedrockctl activate`` sets.
CONNECTION_ENV = "BEDROCKCTL_CONNECTION"


class CtlError(Exception):
    """A usage or connection error: printed as ``Error: ...``, exit status 255."""


def resolve_target(target: Optional[str]) -> str:
    """The target given, else the activated connection; CtlError when there is neither."""
    connection = target if target is not None else os.environ.get(CONNECTION_ENV)
    if not connection:
        raise CtlError(f"bedrockctl not connected (give --target, or set {CONNECTION_ENV} "
                       "with `bedrockctl activate ADDRESS|GROUPFILE`)")
    return connection


def open_service(client: Client, connection: str, provider_id: int) -> ServiceGroupHandle:
    """A group handle on the daemons a connection names: addresses (comma-separated) or a group
    file."""
    if "://" in connection:
        addresses = [a.strip() for a in connection.split(",") if a.strip()]
        return client.make_service_group_handle(addresses, provider_id)
    if os.path.isfile(connection):
        return client.make_service_group_handle_from_flock(connection, provider_id)
    raise CtlError(f"could not find file or address {connection}")


def protocol_of(connection: str) -> str:
    """The protocol of the first address of a connection (tcp for a group file)."""
    return connection.split("://", 1)[0] if "://" in connection else "tcp"


def parse_ranks(text: Optional[str]) -> Optional[List[int]]:
    """``"0,2-4"`` as ``[0, 2, 3, 4]``; None for all members."""
    if text is None:
        return None
    if re.fullmatch(r"\d+(-\d+)?(,\d+(-\d+)?)*", text) is None:
        raise CtlError(f"invalid rank list {text!r} (expected e.g. 0,2-4)")
    ranks: List[int] = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        start, end = int(first), int(last or first)
        if start > end:
            raise CtlError(f"invalid range in rank list: {start} > {end}")
        ranks.extend(r for r in range(start, end + 1) if r not in ranks)
    return ranks


def parse_value(text: str) -> Any:
    """A ``--config.*`` value: true/false, an integer, a decimal number, else the text."""
    if text in ("true", "True"):
        return True
    if text in ("false", "False"):
        return False
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?", text):
        return float(text)
    return text


def parse_config(args: List[str]) -> Dict[str, Any]:
    """``--config.a.b VALUE`` pairs (or ``--config.a.b=VALUE``) as ``{"a": {"b": VALUE}}``."""
    config: Dict[str, Any] = {}
    pending = list(args)
    while pending:
        arg = pending.pop(0)
        if not arg.startswith("--config."):
            raise CtlError(f"unknown argument {arg!r} (configuration fields are given as "
                           "--config.FIELD VALUE)")
        key, equals, value = arg.partition("=")
        if not equals:
            if not pending:
                raise CtlError(f"configuration argument {arg} has no value")
            value = pending.pop(0)
        fields = key.split(".")[1:]
        if not all(fields):
            raise CtlError(f"invalid configuration argument {arg!r}")
        section = config
        for field in fields[:-1]:
            child = section.setdefault(field, {})
            if not isinstance(child, dict):
                raise CtlError(f"configuration field {field!r} is both a value and a section")
            section = child
        section[fields[-1]] = parse_value(value)
    return config


def parse_dependencies(items: List[str]) -> Dict[str, str]:
    """``name:value`` items (the value may hold colons, as addresses do) as a dict."""
    dependencies: Dict[str, str] = {}
    for item in items:
        name, colon, value = item.partition(":")
        if not colon or not name or not value:
            raise CtlError(f"ill-formatted dependency {item!r} (expected NAME:VALUE)")
        if name in dependencies:
            raise CtlError(f"dependency {name} specified multiple times")
        dependencies[name] = value
    return dependencies


__all__ = ["CtlError", "ClientException", "CONNECTION_ENV", "resolve_target", "open_service",
           "protocol_of", "parse_ranks", "parse_config", "parse_dependencies"]
