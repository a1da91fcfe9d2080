"""The frame protocol as docs/protocol.md writes it: the documented bytes, and the statuses and
errors a daemon answers with, seen through raw frames and through the client."""

import json
import os
import socket
import struct
import unittest

import support  # noqa: F401
from mochi.bedrock import Client, ClientException, Server
from mochi.bedrock._protocol import decode_response, encode_request

DOC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "protocol.md")


def raw_call(address, request):
    """Sends one raw request frame and returns the decoded response."""
    host, port = address.rsplit("//", 1)[1].rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(request)
        head = _read(sock, 4)
        return decode_response(_read(sock, struct.unpack(">I", head)[0]))


def _read(sock, size):
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise AssertionError("connection closed")
        data += chunk
    return data


class TestDocumentedBytes(unittest.TestCase):

    def test_the_minimal_exchange_of_the_document(self):
        with open(DOC, encoding="utf-8") as f:
            text = f.read()
        block = text.split("## A minimal exchange", 1)[1].split("```")[1]
        # Each line: the bytes, then (after 3 spaces or more) what they are.
        documented = bytes.fromhex(" ".join(line.split("   ")[0]
                                            for line in block.strip().splitlines()))
        self.assertEqual(documented, encode_request(1, 0, "bedrock_get_config", b""))


class TestStatuses(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.server = Server("tcp", config={"libraries": support.modules("a"), "providers": [
            {"name": "pa", "type": "module_a", "provider_id": 7}]}, credential="s3cret")

    @classmethod
    def tearDownClass(cls):
        cls.server.finalize()

    def test_ok_carries_the_json_answer(self):
        request_id, status, path, body = raw_call(
            self.server.address, encode_request(9, 0, "bedrock_get_config", b""))
        self.assertEqual((request_id, status, path), (9, 0, None))
        self.assertEqual(json.loads(body)["margo"]["mercury"]["address"], self.server.address)

    def test_no_such_rpc(self):
        _, status, _, body = raw_call(self.server.address, encode_request(1, 3, "nope", b""))
        self.assertEqual(status, 2)
        self.assertEqual(body.decode(), f'No RPC "nope" registered for provider id 3 at '
                                        f'{self.server.address}')

    def test_unauthorized_without_the_credential(self):
        payload = json.dumps({"spec": {"name": "p"}}).encode()
        _, status, _, body = raw_call(self.server.address,
                                      encode_request(1, 0, "bedrock_add_pool", payload))
        self.assertEqual(status, 3)
        self.assertEqual(body.decode(), 'RPC "bedrock_add_pool" of provider id 0 requires a '
                                        'valid credential')
        with Client("tcp", credential="wrong") as client:
            handle = client.make_service_handle(self.server.address)
            self.assertIn("margo", handle.config)
            with self.assertRaises(ClientException) as caught:
                handle.add_pool({"name": "p"})
            self.assertEqual(str(caught.exception), "Permission denied: this daemon requires a "
                                                    "credential for bedrock_add_pool")
        self.assertNotIn("p", self.server.margo.pools)

    def test_with_the_credential(self):
        payload = json.dumps({"spec": {"name": "raw_pool"}}).encode()
        _, status, _, body = raw_call(self.server.address, encode_request(
            1, 0, "bedrock_add_pool", payload, credential="s3cret"))
        self.assertEqual((status, body), (0, b"null"))
        self.server.handle.remove_pool("raw_pool")

    def test_error_carries_message_and_path(self):
        payload = json.dumps({"spec": {"name": "p", "kind": "bad"}}).encode()
        _, status, path, body = raw_call(self.server.address, encode_request(
            1, 0, "bedrock_add_pool", payload, credential="s3cret"))
        self.assertEqual(status, 1)
        self.assertEqual(path, "/kind")
        self.assertIn('got "bad"', body.decode())

    def test_malformed_arguments_are_named(self):
        payload = json.dumps({"name": 42}).encode()
        _, status, _, body = raw_call(self.server.address, encode_request(
            1, 0, "bedrock_remove_pool", payload, credential="s3cret"))
        self.assertEqual(status, 1)
        self.assertEqual(body.decode(), 'Malformed bedrock_remove_pool request: "name" must be a '
                                        'string, got 42')

    def test_lookup_provider(self):
        handle = self.server.handle
        self.assertEqual(handle.lookup_provider("module_a:7"),
                         {"name": "pa", "type": "module_a", "provider_id": 7})
        self.assertEqual(handle.lookup_provider("pa")["provider_id"], 7)
        with self.assertRaises(ClientException) as caught:
            handle.lookup_provider("module_a:8", timeout=0.1)
        self.assertEqual(str(caught.exception), 'Could not find provider with spec "module_a:8"')

    def test_pipelined_requests_are_matched_by_id(self):
        host, port = self.server.address.rsplit("//", 1)[1].rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=30) as sock:
            sock.sendall(b"".join(encode_request(i, 0, "bedrock_get_config", b"")
                                  for i in (11, 12, 13)))
            ids = []
            for _ in range(3):
                length = struct.unpack(">I", _read(sock, 4))[0]
                ids.append(decode_response(_read(sock, length))[0])
        self.assertEqual(sorted(ids), [11, 12, 13])


if __name__ == "__main__":
    unittest.main()
