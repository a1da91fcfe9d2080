"""The command line of bedrockctl: argparse sub-commands over ``_commands``."""

import argparse
import sys
from typing import List, Optional

from ..client import Client, ClientException
from . import _commands
from ._util import CtlError, open_service, parse_ranks, protocol_of, resolve_target

POOL_KINDS = ["fifo", "fifo_wait", "prio", "prio_wait", "earliest_first"]
POOL_ACCESS = ["private", "spsc", "mpsc", "spmc", "mpmc"]
SCHEDULERS = ["default", "basic", "prio", "randws", "basic_wait"]


def _targeting() -> argparse.ArgumentParser:
    """Options every command takes: which daemons, which ranks, how long to wait."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--target", help="address(es), comma-separated, or a group file "
                        "(default: $BEDROCKCTL_CONNECTION)")
    common.add_argument("--ranks", help="only these members of the target, e.g. 0,2-4")
    common.add_argument("--provider-id", type=int, default=0,
                        help="provider id of Bedrock on the daemons (default 0)")
    common.add_argument("--timeout", type=float, default=30.0,
                        help="seconds each request may take (default 30)")
    return common


def _group(sub, name: str, help_text: str):
    parser = sub.add_parser(name, help=help_text, description=help_text)
    commands = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    return commands


def _command(sub, name: str, help_text: str, run, common, config: bool = False):
    parser = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
    parser.set_defaults(run=run, takes_config=config)
    if config:
        parser.epilog = "Configuration fields: --config.FIELD[.SUBFIELD...] VALUE (repeatable)."
    return parser


def _components(sub, common) -> None:
    """The create / list / remove groups of pools, xstreams, clients, abt-io, mona and ssg."""
    pool = _group(sub, "pool", "Access and modify pools")
    p = _command(pool, "create", "Create a pool on the target daemons", _commands.pool_create, common)
    p.add_argument("name")
    p.add_argument("-k", "--kind", choices=POOL_KINDS, default="fifo_wait")
    p.add_argument("-a", "--access", choices=POOL_ACCESS, default="mpmc")
    _command(pool, "list", "List the pools of the target daemons", _commands.lister("pools"), common)
    _command(pool, "remove", "Remove a pool", _commands.pool_remove, common).add_argument("name")

    xstream = _group(sub, "xstream", "Access and modify execution streams")
    x = _command(xstream, "create", "Create an xstream", _commands.xstream_create, common)
    x.add_argument("name")
    x.add_argument("-p", "--pools", required=True, help="comma-separated pool names")
    x.add_argument("-s", "--scheduler", choices=SCHEDULERS, default="basic_wait")
    _command(xstream, "list", "List the xstreams", _commands.lister("xstreams"), common)
    _command(xstream, "remove", "Remove an xstream", _commands.xstream_remove,
             common).add_argument("name")

    client = _group(sub, "client", "Access and modify clients")
    c = _command(client, "create", "Create a client", _commands.client_create, common, config=True)
    c.add_argument("name")
    c.add_argument("-t", "--type", required=True)
    c.add_argument("-d", "--dependency", action="append", default=[], help="NAME:VALUE")
    c.add_argument("-a", "--tag", action="append", default=[])
    _command(client, "list", "List the clients", _commands.lister("clients"), common)
    _command(client, "remove", "Remove a client", _commands.client_remove,
             common).add_argument("name")

    abtio = _group(sub, "abtio", "Access and modify ABT-IO instances")
    a = _command(abtio, "create", "Create an ABT-IO instance", _commands.abtio_create, common,
                 config=True)
    a.add_argument("name")
    a.add_argument("-p", "--pool", default="__primary__")
    _command(abtio, "list", "List the ABT-IO instances", _commands.lister("abt_io"), common)
    _command(abtio, "remove", "Remove an ABT-IO instance (not supported by Bedrock)",
             _commands.refuse("ABT-IO instances cannot be removed from a running daemon"),
             common).add_argument("name")

    mona = _group(sub, "mona", "Access MoNA instances (not supported: no MoNA here)")
    _command(mona, "create", "Create a MoNA instance (not supported)",
             _commands.refuse("MoNA instances are not supported by this Bedrock"),
             common).add_argument("name")
    _command(mona, "list", "List the MoNA instances", _commands.lister("mona"), common)

    ssg = _group(sub, "ssg", "Access and modify groups")
    s = _command(ssg, "create", "Create a group: the first target member creates it, the "
                 "others join", _commands.ssg_create, common)
    s.add_argument("name")
    s.add_argument("-f", "--file", required=True, help="group file the group writes")
    s.add_argument("-p", "--pool", default="__primary__")
    _command(ssg, "list", "List the groups", _commands.lister("ssg"), common)
    _command(ssg, "remove", "Remove a group (not supported by Bedrock)",
             _commands.refuse("groups cannot be removed from a running daemon"),
             common).add_argument("name")


def _modules_and_providers(sub, common) -> None:
    module = _group(sub, "module", "Access and modify modules")
    m = _command(module, "load", "Load a module", _commands.module_load, common)
    m.add_argument("name", help="module name (or the library's path when -p is not given)")
    m.add_argument("-p", "--path", help="the module's library or bundle")
    _command(module, "list", "List the loaded modules", _commands.lister("libraries"), common)
    _command(module, "unload", "Unload a module no provider or client uses any more",
             _commands.module_unload, common).add_argument("name")

    provider = _group(sub, "provider", "Access and modify providers")
    p = _command(provider, "create", "Create a provider", _commands.provider_create, common,
                 config=True)
    p.add_argument("name")
    p.add_argument("-t", "--type", required=True)
    p.add_argument("-i", "--id", type=int, dest="provider_id_", default=None, metavar="ID",
                   help="provider id (default: the lowest free one)")
    p.add_argument("-p", "--pool", default="__primary__")
    p.add_argument("-d", "--dependency", action="append", default=[], help="NAME:VALUE")
    p.add_argument("-a", "--tag", action="append", default=[])
    _command(provider, "list", "List the providers", _commands.lister("providers"), common)
    _command(provider, "remove", "Remove a provider", _commands.provider_remove,
             common).add_argument("name")


def build_parser() -> argparse.ArgumentParser:
    common = _targeting()
    parser = argparse.ArgumentParser(
        prog="bedrockctl", description="Bedrock CLI: inspect and change running daemons.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _command(sub, "status", "Print the addresses bedrockctl is set to interact with",
             _commands.status, common)
    _command(sub, "show", "Show the current configuration of the service", _commands.show, common)
    for name in ("activate", "deactivate"):
        shell = sub.add_parser(name, help=f"{name.capitalize()} a connection (a shell function "
                               "of bedrockctl-setup.sh)")
        shell.add_argument("connection", nargs="?")
        shell.set_defaults(run=None, takes_config=False)
    _components(sub, common)
    _modules_and_providers(sub, common)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and not args.takes_config:
        parser.error("unrecognized arguments: " + " ".join(extra))
    try:
        if args.run is None:
            raise CtlError(f"{args.command} changes your shell's environment: run "
                           "`source <bedrock>/python/bedrockctl-setup.sh` once, then "
                           f"`bedrockctl {args.command} ...`")
        connection = resolve_target(args.target)
        ranks = parse_ranks(args.ranks)
        with Client(protocol_of(connection), timeout=args.timeout) as client:
            service = open_service(client, connection, args.provider_id)
            members = _commands.select(service, ranks)
            return args.run(members, args, extra)
    except (CtlError, ClientException) as e:
        print(f"Error: {e}", file=sys.stderr)
        return 255
