"""Python client benchmark: ServiceHandle.config round trips from Python beside the Java
client's (same daemon, same run), the time of ``import mochi.bedrock``, and Server(...) readiness
beside the daemon's own launch time. See README.md.

Usage: python3 bench.py [--home DIST] [--calls 10000] [--warmup 2000] [--rounds 3] [--starts 5]
"""

import argparse
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_HOME = os.path.normpath(os.path.join(HERE, "..", "..", "bundles", "bedrock.launcher",
                                             "target", "bedrock"))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def python_rounds(address, calls, warmup, rounds):
    from mochi.bedrock import Client
    out = []
    with Client("tcp") as client:
        handle = client.make_service_handle(address)
        for _ in range(warmup):
            handle.config
        clock = time.perf_counter_ns
        for _ in range(rounds):
            times = []
            for _ in range(calls):
                start = clock()
                handle.config
                times.append(clock() - start)
            out.append((statistics.median(times) / 1e3, percentile(times, 0.99) / 1e3))
    return out


def java_rounds(home, address, calls, warmup, rounds):
    jars = [os.path.join(home, "lib", n) for n in (
        "bedrock.api.jar", "jackson-core.jar", "jackson-databind.jar", "jackson-annotations.jar")]
    jars += [os.path.join(home, "bundles", "bedrock.runtime.jar")]
    jars += sorted(glob.glob(os.path.join(home, "bundles", "netty-*.jar")))
    done = subprocess.run(["java", "-cp", ":".join(jars), os.path.join(HERE, "JavaConfigClient.java"),
                           address, str(calls), str(warmup), str(rounds)],
                          capture_output=True, text=True, timeout=600, check=True)
    return [tuple(float(x) for x in line.split()) for line in done.stdout.split("\n") if line]


def import_times(home, runs):
    code = ("import time; t = time.perf_counter(); import mochi.bedrock; "
            "print((time.perf_counter() - t) * 1e3)")
    env = dict(os.environ, PYTHONPATH=os.path.join(home, "python"))
    cold = [float(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                                 text=True, check=True).stdout) for _ in range(runs)]
    full = ("import time; t = time.perf_counter(); "
            "from mochi.bedrock import Server, Client, ServiceHandle, ConfigType; "
            "print((time.perf_counter() - t) * 1e3)")
    names = [float(subprocess.run([sys.executable, "-c", full], env=env, capture_output=True,
                                  text=True, check=True).stdout) for _ in range(runs)]
    return cold, names


def daemon_launch(home):
    """Seconds from spawning bin/bedrock to its ready line."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        f.write("{}")
    try:
        start = time.perf_counter()
        process = subprocess.Popen([os.path.join(home, "bin", "bedrock"), "tcp", "-c", f.name,
                                    "-v", "warning"], stdout=subprocess.PIPE, stdin=subprocess.PIPE)
        line = process.stdout.readline()
        took = time.perf_counter() - start
        assert line.startswith(b"Bedrock daemon now running at "), line
        process.terminate()
        process.wait(30)
        process.stdout.close()
        process.stdin.close()
        return took
    finally:
        os.unlink(f.name)


def server_ready():
    from mochi.bedrock import Server
    start = time.perf_counter()
    server = Server("tcp")
    took = time.perf_counter() - start
    server.finalize()
    return took


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", default=os.environ.get("BEDROCK_HOME", DEFAULT_HOME))
    parser.add_argument("--calls", type=int, default=10000)
    parser.add_argument("--warmup", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, os.path.join(args.home, "python"))
    os.environ["BEDROCK_HOME"] = args.home
    print(f"load average before: {open('/proc/loadavg').read().split()[:3]}, "
          f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")

    cold, names = import_times(args.home, 15)
    print(f"import mochi.bedrock: median {statistics.median(cold):.1f} ms "
          f"(max {max(cold):.1f}); with Server, Client, ServiceHandle, ConfigType: median "
          f"{statistics.median(names):.1f} ms   [target < 50 ms]")

    launches, readies = [], []
    for _ in range(args.starts):
        launches.append(daemon_launch(args.home))
        readies.append(server_ready())
    launch, ready = statistics.median(launches) * 1e3, statistics.median(readies) * 1e3
    print(f"daemon launch to ready line: median {launch:.0f} ms; Server(...) ready: median "
          f"{ready:.0f} ms; difference {ready - launch:+.0f} ms   [target <= +50 ms]")

    from mochi.bedrock import Server
    with Server("tcp") as server:
        python, java = [], []
        # Alternate, so that load changes hit both sides alike.
        for _ in range(2):
            python += python_rounds(server.address, args.calls, args.warmup, args.rounds)
            java += java_rounds(args.home, server.address, args.calls, args.warmup, args.rounds)
    pm, pp = statistics.median(r[0] for r in python), statistics.median(r[1] for r in python)
    jm, jp = statistics.median(r[0] for r in java), statistics.median(r[1] for r in java)
    print(f"config round trip, {args.calls} calls x {len(python)} rounds each "
          f"(medians of round medians / p99s):")
    print(f"  Python client: median {pm:.1f} us, p99 {pp:.1f} us   rounds {[round(r[0]) for r in python]}")
    print(f"  Java client:   median {jm:.1f} us, p99 {jp:.1f} us   rounds {[round(r[0]) for r in java]}")
    print(f"  Python / Java: median {pm / jm:.2f}x, p99 {pp / jp:.2f}x   [target <= 1.5x]")
    print(f"load average after: {open('/proc/loadavg').read().split()[:3]}")


if __name__ == "__main__":
    main()
