"""Port of upstream's test_client.py, plus timeouts and errors of unreachable daemons."""

import socket
import threading
import time
import unittest

import support  # noqa: F401
from mochi.bedrock import Client, ClientException, Server, ServiceHandle


class TestClient(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.server = Server(address="na+sm")

    @classmethod
    def tearDownClass(cls):
        cls.server.finalize()

    def test_init_client_from_address(self):
        client = Client("na+sm")
        self.assertEqual(client.protocol, "na+sm")
        client.finalize()

    def test_init_client_from_engine(self):
        with Client(self.server.margo.engine) as client:
            self.assertEqual(client.protocol, "tcp")
            handle = client.make_service_handle(self.server.address)
            self.assertIsInstance(handle, ServiceHandle)
            self.assertIn("margo", handle.config)

    def test_a_client_needs_a_protocol_or_an_engine(self):
        with self.assertRaises(TypeError):
            Client(42)

    def test_a_finalized_client_refuses_calls(self):
        client = Client("tcp")
        client.finalize()
        with self.assertRaises(ClientException):
            client.make_service_handle(self.server.address).config

    def test_a_closed_port_fails_naming_the_address(self):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            address = f"tcp://127.0.0.1:{s.getsockname()[1]}"
        with Client("tcp") as client:
            with self.assertRaises(ClientException) as caught:
                client.make_service_handle(address).config
        self.assertEqual(str(caught.exception), f"Could not reach {address}: connection refused")

    def test_a_silent_daemon_fails_within_the_timeout(self):
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        accepted = []
        thread = threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True)
        thread.start()
        address = f"tcp://127.0.0.1:{listener.getsockname()[1]}"
        try:
            with Client("tcp", timeout=0.5) as client:
                start = time.monotonic()
                with self.assertRaises(ClientException) as caught:
                    client.make_service_handle(address).config
                self.assertLess(time.monotonic() - start, 20)
            self.assertEqual(str(caught.exception),
                             f"Request bedrock_get_config to {address} timed out after 500 ms")
        finally:
            thread.join(5)
            for conn, _ in accepted:
                conn.close()
            listener.close()

    def test_a_bad_address_is_refused(self):
        with Client("tcp") as client:
            with self.assertRaises(ClientException) as caught:
                client.make_service_handle("not-an-address").config
            self.assertIn("not-an-address", str(caught.exception))

    def test_the_connection_is_reused(self):
        with Client("tcp") as client:
            handle = client.make_service_handle(self.server.address)
            handle.config
            first = client._pool.connection(self.server.address)._sock
            handle.config
            self.assertIs(client._pool.connection(self.server.address)._sock, first)


if __name__ == "__main__":
    unittest.main()
