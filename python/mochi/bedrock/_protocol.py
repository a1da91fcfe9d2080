"""The daemon's TCP frame protocol (docs/protocol.md), spoken with the standard library only.

Every frame is a 4-byte big-endian length of what follows, then a body whose first byte is its
type. A request carries an id, a provider id, an RPC name, an optional credential and a payload
(JSON for Bedrock's management RPCs); a response carries the same id, a status, an optional JSON
path and a body (the payload, or a UTF-8 error message).
"""

import json
import socket
import struct
import threading
from typing import Any, Dict, Optional, Tuple

from ._errors import ClientException

__all__ = ["Connection", "ConnectionPool", "parse_address", "encode_request", "decode_response",
           "DEFAULT_TIMEOUT"]

REQUEST = 1
RESPONSE = 2
OK, ERROR, NO_SUCH_RPC, UNAUTHORIZED, TOO_LARGE = 0, 1, 2, 3, 4
#: The default bound of one call, in seconds (the Java client's too).
DEFAULT_TIMEOUT = 30.0
#: The largest response accepted (the daemon's default frame limit).
MAX_FRAME = 16 << 20

_REQUEST_HEAD = struct.Struct(">IBqHH")  # length, type, id, provider id, name length
_RESPONSE_HEAD = struct.Struct(">BqBH")  # type, id, status, path length
_U16 = struct.Struct(">H")
_I32 = struct.Struct(">i")
# Protocols the daemon serves over TCP; na+sm addresses always mean the loopback.
_TCP_PROTOCOLS = {"tcp", "na+tcp", "ofi+tcp", "ofi+sockets", "bmi+tcp", "ucx+tcp", "na+sm", "sm"}


def parse_address(address: str) -> Tuple[str, int]:
    """The (host, port) of an address such as ``tcp://127.0.0.1:5000`` or ``tcp://[::1]:5000``.

    Raises ClientException naming the address when it has no host and port, or its protocol is
    not one the daemon serves.
    """
    text = address.strip() if isinstance(address, str) else ""
    sep = text.find("://")
    if sep < 0:
        raise ClientException(f'Address "{address}" has no protocol://host:port')
    protocol = text[:sep].split(";", 1)[0].lower()
    if protocol not in _TCP_PROTOCOLS:
        raise ClientException(f'Protocol "{protocol}" is not supported '
                              '(only TCP transports are available on the JVM)')
    rest = text[sep + 3:].split("/", 1)[0]
    if rest.startswith("["):
        end = rest.find("]")
        host, port = rest[1:end], rest[end + 2:] if end >= 0 and rest[end + 1:end + 2] == ":" else ""
    else:
        host, _, port = rest.rpartition(":")
    if not host or not port.isdigit() or int(port) > 65535:
        raise ClientException(f'Address "{address}" has no host:port to connect to')
    return host, int(port)


def encode_request(request_id: int, provider_id: int, rpc: str, payload: bytes,
                   credential: Optional[str] = None) -> bytes:
    """A whole request frame, length prefix included."""
    name = rpc.encode("utf-8")
    secret = credential.encode("utf-8") if credential else b""
    if len(name) > 0xFFFF or len(secret) > 0xFFFF:
        raise ClientException("RPC name or credential longer than 65535 bytes")
    if not 0 <= provider_id <= 0xFFFF:
        raise ClientException(f"Provider id {provider_id} is not in 0..65535")
    body = 1 + 8 + 2 + 2 + len(name) + 2 + len(secret) + 4 + len(payload)
    return b"".join((_REQUEST_HEAD.pack(body, REQUEST, request_id, provider_id, len(name)), name,
                     _U16.pack(len(secret)), secret, _I32.pack(len(payload)), payload))


def decode_response(body: bytes) -> Tuple[int, int, Optional[str], bytes]:
    """(request id, status, path or None, body) of a response frame body (length removed)."""
    try:
        kind, request_id, status, path_length = _RESPONSE_HEAD.unpack_from(body, 0)
        offset = _RESPONSE_HEAD.size
        path = body[offset:offset + path_length].decode("utf-8") if path_length else None
        offset += path_length
        (length,) = _I32.unpack_from(body, offset)
        offset += 4
    except (struct.error, UnicodeDecodeError) as e:
        raise ClientException(f"Malformed response frame: {e}") from None
    if kind != RESPONSE or length < 0 or offset + length != len(body):
        raise ClientException("Malformed response frame")
    return request_id, status, path, body[offset:offset + length]


def _error(rpc: str, status: int, message: str, path: Optional[str]) -> ClientException:
    if status == UNAUTHORIZED:
        return ClientException(f"Permission denied: this daemon requires a credential for {rpc}",
                               path)
    return ClientException(message, path)


class Connection:
    """One TCP connection to one daemon, used by one call at a time (a lock guards it)."""

    def __init__(self, address: str) -> None:
        self.address = address
        self._endpoint = parse_address(address)
        self._sock: Optional[socket.socket] = None
        self._lock = threading.Lock()
        self._next_id = 0

    def call(self, provider_id: int, rpc: str, payload: bytes, timeout: float,
             credential: Optional[str]) -> bytes:
        """Sends a request and returns the OK response body; raises ClientException otherwise."""
        with self._lock:
            reused = self._sock is not None
            try:
                return self._call(provider_id, rpc, payload, timeout, credential)
            except _Stale:
                if not reused:
                    raise ClientException(f"Could not reach {self.address}: connection closed "
                                          f"before request {rpc} was answered") from None
            # The daemon closed an idle connection (e.g. it restarted): once more on a fresh one.
            try:
                return self._call(provider_id, rpc, payload, timeout, credential)
            except _Stale:
                raise ClientException(f"Connection to {self.address} closed while request "
                                      f"{rpc} was pending") from None

    def _call(self, provider_id: int, rpc: str, payload: bytes, timeout: float,
              credential: Optional[str]) -> bytes:
        self._next_id += 1
        request_id = self._next_id
        frame = encode_request(request_id, provider_id, rpc, payload, credential)
        sock = self._connect(timeout)
        try:
            sock.settimeout(timeout)
            sock.sendall(frame)
            head = self._read(sock, 4, first=True)
            (length,) = struct.unpack(">I", head)
            if length > MAX_FRAME:
                raise ClientException(f"Response of {length} bytes from {self.address} is larger "
                                      f"than {MAX_FRAME}")
            got_id, status, path, body = decode_response(self._read(sock, length))
        except socket.timeout:
            self.close()
            raise ClientException(f"Request {rpc} to {self.address} timed out after "
                                  f"{int(timeout * 1000)} ms") from None
        except _Stale:
            self.close()
            raise
        except OSError as e:
            self.close()
            raise ClientException(f"Could not reach {self.address}: {e.strerror or e}") from None
        except ClientException:
            self.close()
            raise
        if got_id != request_id:
            self.close()
            raise ClientException(f"Response to request {got_id} from {self.address}, "
                                  f"expected {request_id}")
        if status != OK:
            raise _error(rpc, status, body.decode("utf-8", "replace"), path)
        return body

    def _connect(self, timeout: float) -> socket.socket:
        if self._sock is None:
            try:
                sock = socket.create_connection(self._endpoint, timeout=timeout)
            except socket.timeout:
                raise ClientException(f"Could not reach {self.address}: connect timed out after "
                                      f"{int(timeout * 1000)} ms") from None
            except ConnectionRefusedError:
                raise ClientException(f"Could not reach {self.address}: connection refused") \
                    from None
            except OSError as e:
                raise ClientException(f"Could not reach {self.address}: {e.strerror or e}") \
                    from None
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._sock = sock
        return self._sock

    @staticmethod
    def _read(sock: socket.socket, size: int, first: bool = False) -> bytes:
        chunks = []
        while size > 0:
            try:
                chunk = sock.recv(min(size, 1 << 20))
            except (ConnectionResetError, BrokenPipeError):
                chunk = b""
            if not chunk:
                if first and not chunks:
                    raise _Stale()
                raise ClientException("Connection closed in the middle of a response frame")
            chunks.append(chunk)
            size -= len(chunk)
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    def close(self) -> None:
        """Closes the socket; the next call opens a new one."""
        sock, self._sock = self._sock, None
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass


class _Stale(Exception):
    """The peer closed the connection before sending any byte of the response."""


class ConnectionPool:
    """One persistent Connection per address (thread-safe)."""

    def __init__(self) -> None:
        self._connections: Dict[str, Connection] = {}
        self._lock = threading.Lock()
        self._closed = False

    def call(self, address: str, provider_id: int, rpc: str, args: Any = None,
             timeout: float = DEFAULT_TIMEOUT, credential: Optional[str] = None) -> Any:
        """Sends one management RPC with JSON arguments; returns the decoded JSON answer."""
        payload = b"" if args is None else json.dumps(args, separators=(",", ":")).encode("utf-8")
        body = self.connection(address).call(provider_id, rpc, payload, timeout, credential)
        if not body:
            return None
        try:
            return json.loads(body)
        except ValueError as e:
            raise ClientException(f"Invalid JSON answer to {rpc} from {address}: {e}") from None

    def connection(self, address: str) -> Connection:
        """The connection to an address, created on first use."""
        connection = self._connections.get(address)
        if connection is None:
            with self._lock:
                if self._closed:
                    raise ClientException("The client is finalized")
                connection = self._connections.get(address)
                if connection is None:
                    connection = Connection(address)
                    self._connections[address] = connection
        return connection

    def close(self) -> None:
        """Closes every connection; later calls fail."""
        with self._lock:
            self._closed = True
            connections, self._connections = list(self._connections.values()), {}
        for connection in connections:
            connection.close()
