#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The cost of GET /metrics under load: search throughput over the line
protocol at 8 connections, without a scraper and with one fetching
/metrics every second (or --interval), runs alternating to even out a
shared machine's noise. Also the scrape's own latency and size.

Starts its own referatd on an index of corpus/ (bench/latency.py's
helpers), loopback only, bounded by --seconds per run.

    python3 bench/metrics.py [--bin build/bin] [--seconds 10] [--rounds 3]
"""
import argparse
import http.client
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import latency  # noqa: E402
from common import ROOT, start_daemon  # noqa: E402


def scraper(host, port, interval, stop, out):
    """Fetch /metrics every `interval` s until `stop`; (ms, bytes) each."""
    while not stop.wait(interval):
        c = http.client.HTTPConnection(host, port, timeout=10)
        t0 = time.perf_counter()
        c.request("GET", "/metrics")
        body = c.getresponse().read()
        out.append(((time.perf_counter() - t0) * 1000.0, len(body)))
        c.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bin"))
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--conc", type=int, default=8)
    ap.add_argument("--interval", type=float, default=1.0)
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="bench-metrics-")
    p, host, lport, hport = start_daemon(a.bin, tmp)
    res = {"without": [], "with": []}
    scrapes = []
    try:
        for r in range(a.rounds):
            for mode in ("without", "with"):
                stop = threading.Event()
                t = None
                if mode == "with":
                    t = threading.Thread(target=scraper,
                                         args=(host, hport, a.interval, stop, scrapes))
                    t.start()
                x = latency.run("line", host, lport, a.conc, 100000, a.seconds, False)
                stop.set()
                if t is not None:
                    t.join()
                res[mode].append(x["qps"])
                print("round %d %-7s scraper: %7.0f q/s  p50 %.2f ms  p99 %.2f ms  errors %d"
                      % (r + 1, mode, x["qps"], x["p50"], x["p99"], x["errors"]))
    finally:
        p.terminate()
        p.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)
    wo, wi = statistics.median(res["without"]), statistics.median(res["with"])
    print("median q/s: without %.0f, with a scrape every %gs %.0f (%+.1f%%)"
          % (wo, a.interval, wi, (wi - wo) / wo * 100.0))
    if scrapes:
        ms = sorted(s[0] for s in scrapes)
        print("scrapes: %d, median %.2f ms, max %.2f ms, %d bytes"
              % (len(ms), statistics.median(ms), ms[-1], scrapes[-1][1]))


if __name__ == "__main__":
    main()
