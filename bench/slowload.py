#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""slowload.py - how long a cheap query waits while clients send the most
expensive queries the limits allow (python3 stdlib, loopback, bounded).

Indexes corpus/ copied --copies times (default 300: ~15 MB, ~14,700
items) into a temporary folder, then for each --query-timeout given
starts the built referatd and runs, for --seconds:

* --hogs clients (default 8), each a process sending, one after another,
  a query of 64 three-letter wildcards (each just under the expansion
  cap), limit 100 at offset 900, facets and snippets on;
* one client sending a cheap one-word query ("hjemløse", top 10) one
  after another, timing each.

It prints the cheap query's p50/p90/p99/max and the hogs' answers (OK,
timed out, errors). Timing figures belong in bench/, never in tests.

    python3 bench/slowload.py [--bin build/bin] [--timeouts 0,2,0.5]
"""
import argparse
import collections
import json
import multiprocessing as mp
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")


def seeds():
    return sorted(f for f in os.listdir(CORPUS) if f.endswith(".txt"))


def costly_query():
    """64 three-letter wildcards, each expanding to 8-60 of the corpus's
    words: allowed (the cap is 200 per wildcard), and as costly as a
    query may be."""
    words = set()
    for f in seeds():
        with open(os.path.join(CORPUS, f), encoding="utf-8") as fh:
            words.update(w for w in re.findall(r"\w+", fh.read().lower())
                         if len(w) >= 4 and w.isalpha())
    pref = collections.defaultdict(set)
    for w in words:
        pref[w[:3]].add(w)
    good = sorted((p for p, s in pref.items() if 8 <= len(s) <= 60),
                  key=lambda p: (-len(pref[p]), p))[:64]
    return " ".join(p + "*" for p in good)


class Line:
    def __init__(self, port):
        self.s = socket.create_connection(("127.0.0.1", port), timeout=120)
        self.buf = b""

    def request(self, line):
        self.s.sendall(line)
        while b"\n" not in self.buf:
            chunk = self.s.recv(65536)
            if not chunk:
                raise EOFError("closed")
            self.buf += chunk
        head, self.buf = self.buf.split(b"\n", 1)
        if head.startswith(b"OK "):
            n = int(head[3:])
            while len(self.buf) < n + 1:
                chunk = self.s.recv(65536)
                if not chunk:
                    raise EOFError("closed")
                self.buf += chunk
            payload, self.buf = self.buf[:n], self.buf[n + 1:]
            return "OK", json.loads(payload)
        return "ERR", head.decode(errors="replace").split(" ")[1]


def hog(port, line, stop_at, out):
    counts = collections.Counter()
    c = Line(port)
    while time.time() < stop_at:
        try:
            kind, obj = c.request(line)
        except (OSError, EOFError):
            counts["closed"] += 1
            c = Line(port)
            continue
        if kind == "OK":
            counts["timed_out" if obj.get("timed_out") else "ok"] += 1
        else:
            counts["ERR " + obj] += 1
    out.put(dict(counts))


def percentile(ms, p):
    if not ms:
        return float("nan")
    return ms[min(len(ms) - 1, max(0, int(round(p / 100.0 * len(ms))) - 1))]


def start(binary, db, timeout):
    args = [binary, "--db", db, "--listen", "127.0.0.1:0", "--http", "off",
            "--query-timeout", timeout, "--lexicon", "none"]
    if os.geteuid() == 0:
        args.append("--allow-root")
    p = subprocess.Popen(args, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL)
    line = p.stdout.readline().decode().split()
    if len(line) != 4 or line[0] != "READY":
        p.kill()
        sys.exit("referatd did not start: %r" % line)
    return p, int(line[2])


def run(a, db, timeout, costly):
    p, port = start(os.path.join(a.bin, "referatd"), db, timeout)
    try:
        cheap = 'SEARCH {"q":"hjemløse","limit":10}\n'.encode()
        Line(port).request(cheap)  # warm
        stop_at = time.time() + a.seconds
        q = mp.Queue()
        line = ("SEARCH " + json.dumps(
            {"q": costly, "limit": 100, "offset": 900}) + "\n").encode()
        hogs = [mp.Process(target=hog, args=(port, line, stop_at, q))
                for _ in range(a.hogs)]
        for h in hogs:
            h.start()
        time.sleep(0.5)
        c = Line(port)
        ms, errs = [], collections.Counter()
        while time.time() < stop_at:
            t = time.perf_counter()
            kind, obj = c.request(cheap)
            ms.append((time.perf_counter() - t) * 1000)
            if kind != "OK":
                errs[obj] += 1
        got = collections.Counter()
        for _ in hogs:
            got.update(q.get(timeout=a.seconds + 300))
        for h in hogs:
            h.join()
    finally:
        p.send_signal(signal.SIGTERM)
        p.wait(60)
    ms.sort()
    print("--query-timeout %-5s cheap n=%d p50 %.1f p90 %.1f p99 %.1f max "
          "%.1f ms%s | hogs: %s" % (
              timeout, len(ms), percentile(ms, 50), percentile(ms, 90),
              percentile(ms, 99), ms[-1] if ms else float("nan"),
              " errors %s" % dict(errs) if errs else "",
              ", ".join("%s %d" % kv for kv in sorted(got.items()))))
    sys.stdout.flush()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bin"))
    ap.add_argument("--copies", type=int, default=300)
    ap.add_argument("--hogs", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--timeouts", default="0,2,0.5",
                    help="--query-timeout values to run, comma-separated")
    ap.add_argument("--work", help="keep the corpus and index here")
    a = ap.parse_args()
    work = a.work or tempfile.mkdtemp(prefix="slowload-")
    try:
        src, db = os.path.join(work, "src"), os.path.join(work, "db")
        if not os.path.exists(db):
            os.makedirs(src, exist_ok=True)
            for n in range(a.copies):
                for f in seeds():
                    shutil.copyfile(os.path.join(CORPUS, f),
                                    os.path.join(src, "%04d-%s" % (n, f)))
            subprocess.run([os.path.join(a.bin, "referat-index"), "--db", db,
                            src], check=True, stdout=subprocess.DEVNULL)
        costly = costly_query()
        for t in a.timeouts.split(","):
            run(a, db, t, costly)
    finally:
        if not a.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
