#!/usr/bin/env python3
"""Interleaved A/B of whole daemon starts: two (or more) distributions, run by run.

    python3 bench/launch/ab.py ROUNDS HOME [HOME ...]

Each round runs a JVM hello world (the floor, with the daemon's JVM flags), then for each spec
(`{}`, and two module libraries with four providers) every HOME's `bin/bedrock tcp -c SPEC`: fork ->
the line `Bedrock daemon now running at ...`, the JVM's CPU time (user + system, all threads) at
that line, then SIGTERM. The first round is dropped (it trains a missing class-data archive);
medians are printed with the ratio to the hello world of the same rounds. `HOME@OPTS` adds JVM
options to that series (through BEDROCK_JAVA_OPTS), e.g. `dist@-Dio.netty.jfr.enabled=false`.

Environment: SPECS=`{}`,mods (the specs to run); SETTLE=S also reads the CPU time and RSS S
seconds after the ready line; SHUT=1 ends each daemon with `bin/bedrock-shutdown -a ADDR` right
then (timed, fork -> exit) instead of SIGTERM. Linux only (reads /proc).
"""
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HELLO = "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }\n"
FLAGS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"]
TICK = os.sysconf("SC_CLK_TCK")


def modules_spec(home):
    a, y = home + "/modules/bedrock.module.a.jar", home + "/modules/bedrock.module.yokan.jar"
    yokan = {"database": {"type": "map"}}
    return json.dumps({"libraries": {"module_a": a, "yokan": y}, "providers": [
        {"name": "a1", "type": "module_a", "provider_id": 1}, {"name": "a2", "type": "module_a", "provider_id": 2},
        {"name": "y1", "type": "yokan", "provider_id": 3, "config": yokan},
        {"name": "y2", "type": "yokan", "provider_id": 4, "config": yokan}]})


def cpu_ms(pid):
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / TICK


def rss_mib(pid):
    for line in open("/proc/%d/status" % pid):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024.0
    return 0.0


def hello(work):
    start = time.perf_counter()
    subprocess.run(["java"] + FLAGS + ["-cp", work, "Hello"], stdout=subprocess.DEVNULL, check=True)
    return {"wall": (time.perf_counter() - start) * 1000}


def daemon(home, opts, spec, settle, shut):
    env = dict(os.environ, BEDROCK_JAVA_OPTS=opts)
    start = time.perf_counter()
    proc = subprocess.Popen([home + "/bin/bedrock", "tcp", "-c", spec], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env)
    line = b""
    for line in proc.stdout:
        if b"now running" in line:
            break
    out = {"wall": (time.perf_counter() - start) * 1000, "cpu": cpu_ms(proc.pid)}
    if settle:
        time.sleep(settle)
        out["settled cpu"], out["rss MiB"] = cpu_ms(proc.pid), rss_mib(proc.pid)
    if shut:
        begin = time.perf_counter()
        subprocess.run([home + "/bin/bedrock-shutdown", "-a", line.decode().split()[-1]],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out["shutdown"] = (time.perf_counter() - begin) * 1000
    else:
        proc.send_signal(signal.SIGTERM)
    proc.wait(30)
    return out


def main():
    rounds, homes = int(sys.argv[1]), sys.argv[2:]
    specs = os.environ.get("SPECS", "{},mods").split(",")
    settle, shut = float(os.environ.get("SETTLE", "0")), os.environ.get("SHUT") == "1"
    work = tempfile.mkdtemp(prefix="bedrock-ab-")
    open(work + "/Hello.java", "w").write(HELLO)
    subprocess.run(["javac", "-d", work, work + "/Hello.java"], check=True)
    files = {}
    for label in homes:
        home = label.split("@", 1)[0]
        for name in specs:
            path = "%s/%d-%s.json" % (work, len(files), "empty" if name == "{}" else name)
            open(path, "w").write("{}" if name == "{}" else modules_spec(home))
            files[(label, name)] = path
    series, loads = {}, [os.getloadavg()[0]]
    for r in range(rounds):
        runs = [("hello", lambda: hello(work))]
        for name in specs:
            for label in homes:
                home, _, opts = label.partition("@")
                runs.append(((label, name), lambda h=home, o=opts, s=files[(label, name)]: daemon(h, o, s, settle, shut)))
        for key, run in runs:
            result = run()
            if r > 0:
                series.setdefault(key, []).append(result)
        loads.append(os.getloadavg()[0])
    floor = statistics.median(x["wall"] for x in series.pop("hello"))
    print("%d rounds (first dropped), load average (1 min) %.2f-%.2f; JVM hello world %.1f ms"
          % (rounds, min(loads), max(loads), floor))
    for (label, name), runs in series.items():
        cells = ["%-32s %-5s" % (label, name)]
        for field in runs[0]:
            value = statistics.median(x[field] for x in runs)
            ratio = " (%.2fx)" % (value / floor) if field in ("wall", "shutdown") else ""
            cells.append("%s %.1f%s" % (field, value, ratio))
        print("  ".join(cells))


if __name__ == "__main__":
    main()
