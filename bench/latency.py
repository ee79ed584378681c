#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Latency and throughput of referatd for one-word queries, over the line
protocol and over HTTP, at 1 and 8 concurrent connections (python3 stdlib).

Starts its own referatd on an index of corpus/ built into a temporary
directory (or targets --addr HOST:LINEPORT:HTTPPORT), loopback only, and
is bounded: at most --queries requests and --seconds seconds per run.
Each concurrent connection is its own process (no GIL between clients),
keeps its connection open and sends one request at a time.

    python3 bench/latency.py [--bin build/bin] [--queries 4000] [--seconds 20]
"""
import argparse
import http.client
import multiprocessing as mp
import os
import shutil
import signal
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (ROOT, WORDS, line_connect, parse_addr,  # noqa: E402
                    percentile, read_reply, search_line, start_daemon)


def line_client(host, port, n, deadline, facets, out):
    s, f = line_connect(host, port)
    lat, errors = [], 0
    for i in range(n):
        if time.time() > deadline:
            break
        line = search_line(WORDS[i % len(WORDS)], facets=facets)
        t0 = time.perf_counter()
        s.sendall(line)
        if read_reply(f)[1] is None:
            errors += 1
        lat.append((time.perf_counter() - t0) * 1000.0)
    s.close()
    out.put((lat, errors))


def http_client(host, port, n, deadline, facets, out):
    c = http.client.HTTPConnection(host, port, timeout=30)
    lat, errors = [], 0
    for i in range(n):
        if time.time() > deadline:
            break
        q = WORDS[i % len(WORDS)]
        path = "/search?" + urllib.parse.urlencode({"q": q, "facets": int(facets)})
        t0 = time.perf_counter()
        c.request("GET", path)
        r = c.getresponse()
        r.read()
        if r.status != 200:
            errors += 1
        lat.append((time.perf_counter() - t0) * 1000.0)
    c.close()
    out.put((lat, errors))


def run(proto, host, port, conc, total, seconds, facets):
    per = max(1, total // conc)
    out = mp.Queue()
    target = line_client if proto == "line" else http_client
    # Warm up: caches, first-touch allocations.
    target(host, port, 50, time.time() + 5, facets, out)
    out.get()
    deadline = time.time() + seconds
    procs = [mp.Process(target=target, args=(host, port, per, deadline, facets, out))
             for _ in range(conc)]
    t0 = time.perf_counter()
    for p in procs:
        p.start()
    lat, errors = [], 0
    for _ in procs:
        l_, e = out.get()
        lat += l_
        errors += e
    wall = time.perf_counter() - t0
    for p in procs:
        p.join()
    lat.sort()
    return {"proto": proto, "conc": conc, "n": len(lat), "errors": errors,
            "p50": percentile(lat, 50), "p99": percentile(lat, 99),
            "qps": len(lat) / wall if wall > 0 else 0.0}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bin"))
    ap.add_argument("--addr", help="HOST:LINEPORT:HTTPPORT of a running referatd")
    ap.add_argument("--queries", type=int, default=4000, help="per run (max 100000)")
    ap.add_argument("--seconds", type=float, default=20, help="per run (max 120)")
    ap.add_argument("--conc", default="1,8", help="concurrent connections, e.g. 1,8")
    ap.add_argument("--threads", type=int, default=0, help="referatd --threads")
    ap.add_argument("--no-facets", action="store_true", help="facets off")
    a = ap.parse_args()
    total = max(1, min(a.queries, 100000))
    seconds = max(1.0, min(a.seconds, 120.0))
    tmp = tempfile.mkdtemp(prefix="referat-bench-")
    proc = None
    try:
        if a.addr:
            host, lp, hp = parse_addr(a.addr)
        else:
            extra = ["--threads", str(a.threads)] if a.threads else []
            proc, host, lp, hp = start_daemon(a.bin, tmp, extra)
        facets = not a.no_facets
        print("referatd one-word queries, facets %s, %d queries max per run, "
              "%d CPUs" % ("on" if facets else "off", total, os.cpu_count()))
        print("%-6s %5s %7s %6s %9s %9s %9s" %
              ("proto", "conns", "queries", "errors", "p50 ms", "p99 ms", "q/s"))
        for proto, port in (("line", lp), ("http", hp)):
            if not port:
                continue
            for conc in [int(x) for x in a.conc.split(",")]:
                r = run(proto, host, port, conc, total, seconds, facets)
                print("%-6s %5d %7d %6d %9.3f %9.3f %9.0f" %
                      (r["proto"], r["conc"], r["n"], r["errors"], r["p50"],
                       r["p99"], r["qps"]))
    finally:
        if proc is not None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(30)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
