# SPDX-License-Identifier: GPL-2.0-or-later
"""measure.py - how bench.py runs and measures the engines' processes:
commands bounded in time (under /usr/bin/time -v for peak memory and
CPU), CPU and memory of a process tree from /proc, ports, stopping a
daemon, index sizes, and loadgen's results. Apart from engines.py, which
says what each engine runs, and report.py, which writes the results."""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time


def log(msg):
    sys.stderr.write("[bench %s] %s\n" % (time.strftime("%H:%M:%S"), msg))
    sys.stderr.flush()


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def du(path):
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_size
            except OSError:
                pass
    return total


def run(cmd, timeout, **kw):
    """Run a command, bounded in time; CalledProcessError on failure."""
    log("run: %s" % " ".join(cmd)[:200])
    return subprocess.run(cmd, timeout=timeout, check=True,
                          capture_output=True, text=True, **kw)


def timed(cmd, timeout, **kw):
    """Run under /usr/bin/time -v: (wall seconds, peak RSS bytes, stdout,
    CPU seconds user+system)."""
    t0 = time.monotonic()
    p = run(["/usr/bin/time", "-v"] + cmd, timeout, **kw)
    wall = time.monotonic() - t0
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    cpu = sum(float(x) for x in re.findall(
        r"(?:User|System) time \(seconds\): ([\d.]+)", p.stderr))
    return wall, int(m.group(1)) * 1024 if m else 0, p.stdout, cpu


def tree_cpu(pid):
    """CPU seconds used by a process, its live children and its reaped
    ones (utime+stime+cutime+cstime), from /proc."""
    hz = os.sysconf("SC_CLK_TCK")
    total = 0
    for p in children(pid):
        try:
            with open("/proc/%d/stat" % p) as f:
                st = f.read()
            v = st[st.rindex(")") + 2:].split()
            total += int(v[11]) + int(v[12])
            if p == pid:
                total += int(v[13]) + int(v[14])
        except (OSError, ValueError, IndexError):
            pass
    return total / hz


def proc_mem(pid):
    """(RSS, PSS) of a process in bytes, 0 if gone."""
    rss = pss = 0
    try:
        with open("/proc/%d/smaps_rollup" % pid) as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1]) * 1024
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1]) * 1024
    except OSError:
        pass
    return rss, pss


def children(pid):
    out = [pid]
    try:
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    with open("/proc/%s/stat" % d) as f:
                        st = f.read()
                    ppid = int(st[st.rindex(")") + 2:].split()[1])
                    if ppid == pid:
                        out.append(int(d))
                except (OSError, ValueError):
                    pass
    except OSError:
        pass
    return out


class MemSampler:
    """Peak of the summed RSS and PSS of a process tree, sampled."""

    def __init__(self, pid, tree=False, period=0.2):
        self.pid, self.tree, self.period = pid, tree, period
        self.peak_rss = self.peak_pss = 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            pids = children(self.pid) if self.tree else [self.pid]
            rss = pss = 0
            for p in pids:
                r, s = proc_mem(p)
                rss += r
                pss += s
            self.peak_rss = max(self.peak_rss, rss)
            self.peak_pss = max(self.peak_pss, pss)
            self._stop.wait(self.period)

    def __enter__(self):
        self._t.start()
        return self

    def __exit__(self, *a):
        self._stop.set()
        self._t.join()


def rows_summary(path, n):
    try:
        rows = [int(x) for x in open(path).read().split()]
    except OSError:
        return {}
    return {"queries": n, "with_hits": sum(1 for r in rows if r > 0),
            "errors": sum(1 for r in rows if r < 0),
            "mean_hits": round(sum(max(r, 0) for r in rows) / max(1, n), 2)}


def loadgen_json(out):
    for line in out.splitlines()[::-1]:
        line = line.strip()
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError("no JSON in output: %r" % out[-500:])


def du_txt(corpus):
    return sum(os.path.getsize(os.path.join(corpus, f))
               for f in os.listdir(corpus) if f.endswith(".txt"))


def stop_pid(pid, grace=15):
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    t = time.monotonic() + grace
    while time.monotonic() < t:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def wait_port(port, timeout=60):
    t = time.monotonic() + timeout
    while time.monotonic() < t:
        try:
            socket.create_connection(("127.0.0.1", port), 0.5).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("nothing listening on 127.0.0.1:%d" % port)


def compact(src, dst):
    shutil.rmtree(dst, ignore_errors=True)
    t0 = time.monotonic()
    run(["xapian-compact", "--multipass", src, dst], timeout=3600)
    return du(dst), time.monotonic() - t0
