"""Finding and launching the Bedrock daemon (``bin/bedrock``) as a child process."""

import collections
import os
import re
import shutil
import subprocess
import tempfile
import threading
from typing import Deque, Dict, Optional

from ._errors import BedrockException

READY = "Bedrock daemon now running at "
_ERROR = re.compile(r"^error: (.*?)(?: \(at (/[^()]*)\))?$")
_PROBLEM = re.compile(r"^  (/\S*): ")
#: How long a daemon may take to become ready (its first run builds a class-data archive).
DEFAULT_START_TIMEOUT = 120.0


def find_daemon() -> str:
    """The daemon's launcher: ``$BEDROCK_HOME/bin/bedrock``, else the one of the distribution this
    package sits in (``<home>/python/mochi/bedrock``), else ``bedrock`` on ``PATH``."""
    home = os.environ.get("BEDROCK_HOME")
    if home:
        candidate = os.path.join(home, "bin", "bedrock")
        if not os.access(candidate, os.X_OK):
            raise BedrockException(f"BEDROCK_HOME is {home!r}, which holds no bin/bedrock")
        return candidate
    here = os.path.dirname(os.path.abspath(__file__))
    candidate = os.path.join(here, "..", "..", "..", "bin", "bedrock")
    if os.access(candidate, os.X_OK):
        return os.path.normpath(candidate)
    found = shutil.which("bedrock")
    if found:
        return found
    raise BedrockException("Cannot find the Bedrock daemon: set BEDROCK_HOME to the distribution "
                           "(the folder holding bin/bedrock), or put bedrock on PATH")


def jx9_context(params: Dict[str, object]) -> str:
    """The daemon's ``--jx9-context`` text: ``name=json`` entries; a string that is not JSON
    text is passed as a JSON string."""
    import json
    entries = []
    for name, value in params.items():
        if isinstance(value, str):
            try:
                json.loads(value)
                text = value
            except ValueError:
                text = json.dumps(value)
        else:
            text = json.dumps(value)
        entries.append(f"{name}={text}")
    return ",".join(entries)


class Daemon:
    """A running daemon child: its address, its output lines, and how to stop it.

    The daemon runs with ``--exit-on-eof`` and this process holds its standard input, so it stops
    as soon as this process is gone, however this process ends.
    """

    def __init__(self, address: str, config_text: str, jx9: bool, params: Dict[str, object],
                 log_level: str, timeout: float, env: Optional[Dict[str, str]] = None) -> None:
        fd, path = tempfile.mkstemp(prefix="bedrock-", suffix=".jx9" if jx9 else ".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(config_text)
        out_path = path + ".out"
        command = [find_daemon(), address, "-c", path, "-o", out_path, "-v", log_level,
                   "--exit-on-eof"]
        if jx9:
            command.append("--jx9")
            if params:
                command += ["--jx9-context", jx9_context(params)]
        self.lines: Deque[str] = collections.deque(maxlen=200)
        self.address: Optional[str] = None
        #: The completed configuration the daemon wrote at start.
        self.config: Dict[str, object] = {}
        self._ready = threading.Event()
        try:
            self.process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT, env=dict(os.environ, **(env or {})), close_fds=True)
            self._reader = threading.Thread(target=self._read, name="bedrock-daemon-output",
                                            daemon=True)
            self._reader.start()
            self._await_ready(timeout)
            import json
            with open(out_path, encoding="utf-8") as f:
                self.config = json.load(f)
        finally:
            for name in (path, out_path):
                if os.path.exists(name):
                    os.unlink(name)

    def _read(self) -> None:
        for raw in iter(self.process.stdout.readline, b""):
            line = raw.decode("utf-8", "replace").rstrip("\n")
            self.lines.append(line)
            if self.address is None and line.startswith(READY):
                self.address = line[len(READY):].strip()
                self._ready.set()
        self._ready.set()

    def _await_ready(self, timeout: float) -> None:
        if self._ready.wait(timeout) and self.address is not None:
            return
        if self.address is None and self.process.poll() is None and not self._ready.is_set():
            self.stop()
            raise BedrockException(f"The Bedrock daemon was not ready within {timeout:g} s")
        self.process.wait(10)
        raise self._failure()

    def _failure(self) -> BedrockException:
        lines = list(self.lines)
        for i in range(len(lines) - 1, -1, -1):
            found = _ERROR.match(lines[i])
            if found:
                # A spec with several problems lists them below, one per line: "  /path: ...".
                listed = [line for line in lines[i + 1:] if line.startswith("  ")]
                if listed:
                    first = _PROBLEM.match(listed[0])
                    return BedrockException("\n".join([lines[i][len("error: "):]] + listed),
                                            first.group(1) if first else None)
                return BedrockException(found.group(1), found.group(2))
        tail = "; ".join(lines[-5:])
        return BedrockException(f"The Bedrock daemon exited with status "
                                f"{self.process.returncode} before it was ready: {tail}")

    def running(self) -> bool:
        """Whether the daemon process still runs."""
        return self.process.poll() is None

    def wait(self, timeout: Optional[float] = None) -> Optional[int]:
        """Waits for the daemon to end; its exit status, or None on timeout."""
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self, timeout: float = 20.0) -> None:
        """Stops the daemon: end of its input, then SIGTERM, then SIGKILL, each bounded."""
        if self.process.stdin is not None and not self.process.stdin.closed:
            try:
                self.process.stdin.close()
            except OSError:
                pass
        if self.wait(timeout) is None:
            self.process.terminate()
            if self.wait(5) is None:
                self.process.kill()
                self.process.wait()
        self._reader.join(5)
        if self.process.stdout is not None and not self._reader.is_alive():
            self.process.stdout.close()
