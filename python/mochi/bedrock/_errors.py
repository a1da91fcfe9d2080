"""The exceptions of the package (kept apart so that every module can raise them cheaply)."""

from typing import Optional

__all__ = ["BedrockException", "ClientException"]


class BedrockException(RuntimeError):
    """An error reported by Bedrock: a bad spec, a refused change, a daemon that failed to start.

    ``path`` is the JSON path of the offending item (``/margo/argobots/pools/0/kind``) when
    the daemon gave one (the first one's, when the message lists several problems, one per line
    with its path), else ``None``.
    """

    def __init__(self, message: str, path: Optional[str] = None) -> None:
        plain = path is None or "(at " in message or "\n" in message
        super().__init__(message if plain else f"{message} (at {path})")
        self.message: str = message
        self.path: Optional[str] = path


class ClientException(BedrockException):
    """An error of a client call: the daemon's own message, or why it could not be reached."""
