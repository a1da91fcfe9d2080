"""What each bedrockctl command does on the selected members of the target."""

import json
import sys
from typing import Any, Callable, Dict, List, Optional

from ..client import ClientException, ServiceGroupHandle, ServiceHandle
from ._util import CtlError, parse_config, parse_dependencies

Members = List[ServiceHandle]


def select(service: ServiceGroupHandle, ranks: Optional[List[int]]) -> Members:
    """The members of ``ranks`` (all when None); CtlError naming a rank past the end."""
    if ranks is None:
        return list(service)
    for rank in ranks:
        if rank >= len(service):
            raise CtlError(f"rank {rank} out of range (the target has {len(service)} members)")
    return [service[rank] for rank in ranks]


def _print_json(value: Any) -> None:
    print(json.dumps(value, indent=4))


def _each(members: Members, what: str, call: Callable[[ServiceHandle], Any],
          stop_on_first: bool = False) -> int:
    """Applies ``call`` to every member in rank order; prints ``Error <what> in <address>: ...``
    for each failure; 255 if any failed."""
    status = 0
    for handle in members:
        try:
            call(handle)
        except ClientException as e:
            print(f"Error {what} in {handle.address}: {e}", file=sys.stderr)
            status = 255
            if stop_on_first:
                break
    return status


def status(members: Members, args, extra) -> int:
    for handle in members:
        print(handle.address)
    return 0


def show(members: Members, args, extra) -> int:
    _print_json({h.address: h.config for h in members})
    return 0


def lister(section: str):
    """A ``list`` command: ``{address: <that section of the configuration>}``."""
    def run(members: Members, args, extra) -> int:
        out: Dict[str, Any] = {}
        for handle in members:
            config = handle.config
            if section in ("pools", "xstreams"):
                out[handle.address] = config["margo"]["argobots"][section]
            else:
                out[handle.address] = config.get(section, [])
        _print_json(out)
        return 0
    return run


def refuse(reason: str):
    """A command Bedrock has no operation for."""
    def run(members: Members, args, extra) -> int:
        raise CtlError(reason)
    return run


def pool_create(members: Members, args, extra) -> int:
    spec = {"name": args.name, "kind": args.kind, "access": args.access}
    return _each(members, f'adding pool "{args.name}"', lambda h: h.add_pool(spec))


def pool_remove(members: Members, args, extra) -> int:
    return _each(members, f'removing pool "{args.name}"', lambda h: h.remove_pool(args.name))


def xstream_create(members: Members, args, extra) -> int:
    pools = [p for p in args.pools.split(",") if p]
    if not pools:
        raise CtlError(f"invalid list of pools {args.pools!r}")
    spec = {"name": args.name, "scheduler": {"type": args.scheduler, "pools": pools}}
    return _each(members, f'adding xstream "{args.name}"', lambda h: h.add_xstream(spec))


def xstream_remove(members: Members, args, extra) -> int:
    return _each(members, f'removing xstream "{args.name}"',
                 lambda h: h.remove_xstream(args.name))


def module_load(members: Members, args, extra) -> int:
    return _each(members, f'loading module "{args.name}"',
                 lambda h: h.load_module(args.name, args.path))


def module_unload(members: Members, args, extra) -> int:
    return _each(members, f'unloading module "{args.name}"',
                 lambda h: h.unload_module(args.name))


def _component(args, extra) -> Dict[str, Any]:
    """What a provider's and a client's spec share: name, type, config, dependencies, tags."""
    return {"name": args.name, "type": args.type, "config": parse_config(extra),
            "dependencies": parse_dependencies(args.dependency), "tags": args.tag}


def provider_create(members: Members, args, extra) -> int:
    spec = dict(_component(args, extra), pool=args.pool,
                provider_id=65535 if args.provider_id_ is None else args.provider_id_)
    return _each(members, f'adding provider "{args.name}"', lambda h: h.add_provider(spec))


def provider_remove(members: Members, args, extra) -> int:
    return _each(members, f'removing provider "{args.name}"',
                 lambda h: h.remove_provider(args.name))


def client_create(members: Members, args, extra) -> int:
    spec = _component(args, extra)
    return _each(members, f'adding client "{args.name}"', lambda h: h.add_client(spec))


def client_remove(members: Members, args, extra) -> int:
    return _each(members, f'removing client "{args.name}"',
                 lambda h: h.remove_client(args.name))


def abtio_create(members: Members, args, extra) -> int:
    spec = {"name": args.name, "pool": args.pool, "config": parse_config(extra)}
    return _each(members, f'adding ABT-IO instance "{args.name}"',
                 lambda h: h.add_abtio_instance(spec))


def ssg_create(members: Members, args, extra) -> int:
    """The first member creates the group, the others join it (through its group file)."""
    status = 0
    for rank, handle in enumerate(members):
        spec = {"name": args.name, "pool": args.pool, "group_file": args.file,
                "bootstrap": "init" if rank == 0 else "join"}
        try:
            handle.add_ssg_group(spec)
        except ClientException as e:
            print(f'Error adding group "{args.name}" in {handle.address}: {e}', file=sys.stderr)
            status = 255
            if rank == 0:
                break
    return status
