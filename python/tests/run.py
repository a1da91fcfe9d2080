"""Runs every suite of this folder against the distribution and prints the totals in the form the
CI sums (``[INFO] Tests run: N, Failures: F, Errors: E, Skipped: S``); exits 1 on a failure, and
when a daemon started by a test is still running at the end.

Usage: python3 run.py [unittest name pattern...]
"""

import os
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import support  # noqa: E402  (puts the distribution's package first on sys.path)


def children() -> list:
    """Pids of live processes whose parent is this process."""
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == os.getpid() and fields[0] != "Z":
                out.append(int(entry))
    return out


def main() -> int:
    loader = unittest.TestLoader()
    if len(sys.argv) > 1:
        suite = loader.loadTestsFromNames(sys.argv[1:])
    else:
        suite = loader.discover(HERE, pattern="test_*.py", top_level_dir=HERE)
    start = time.monotonic()
    result = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run(suite)
    left = children()
    errors = len(result.errors)
    if left:
        print(f"ERROR: daemons still running after the tests: pids {left}")
        errors += 1
    level = "INFO" if result.wasSuccessful() and not left else "ERROR"
    print(f"[{level}] Python tests of {support.HOME}/python took {time.monotonic() - start:.1f} s")
    print(f"[{level}] Tests run: {result.testsRun}, Failures: {len(result.failures)}, "
          f"Errors: {errors}, Skipped: {len(result.skipped)}")
    return 0 if result.wasSuccessful() and not left else 1


if __name__ == "__main__":
    sys.exit(main())
