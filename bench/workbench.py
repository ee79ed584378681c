#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The workbench's costs (python3 stdlib, loopback, one client at a time):

  * TIMELINE of a common word (one in >= 10% of the items): p50 and p99;
  * EXPORT of every match of a word, JSON lines and CSV: items/s and the
    daemon's peak resident memory while streaming (read from /proc);
  * KWIC and TERMS of common words: p50.

Starts its own referatd on --db (an index built by referat-index, e.g. of
bench/gen/generate.py's 50 MB or 500 MB corpus) and stops it after.

    python3 bench/gen/generate.py --size 50MB --out /tmp/gen50
    build/bin/referat-index --db /tmp/db50 /tmp/gen50
    python3 bench/workbench.py --db /tmp/db50 [--runs 50] [--json OUT]
"""
import argparse
import http.client
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pct(xs, p):
    xs = sorted(xs)
    if not xs:
        return float("nan")
    return xs[min(len(xs) - 1, max(0, int(round(p / 100.0 * len(xs) + 0.5)) - 1))]


class Daemon:
    def __init__(self, binary, db, threads):
        args = [binary, "--db", db, "--listen", "off", "--http", "127.0.0.1:0",
                "--threads", str(threads), "--query-timeout", "60"]
        if os.geteuid() == 0:
            args.append("--allow-root")
        self.p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = self.p.stdout.readline().decode().split()
        if not line or line[0] != "READY":
            raise SystemExit("referatd did not start")
        self.port = int(line[3])

    def rss_kb(self):
        with open("/proc/%d/status" % self.p.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def get(self, path, **params):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
        c.request("GET", path + "?" + urllib.parse.urlencode(params))
        r = c.getresponse()
        body = r.read()
        c.close()
        if r.status != 200:
            raise RuntimeError("%s %s: %d %s" % (path, params, r.status, body[:200]))
        return body

    def stop(self):
        self.p.terminate()
        self.p.wait(30)


def timed(d, runs, path, **params):
    ms = []
    for _ in range(runs):
        t0 = time.perf_counter()
        d.get(path, **params)
        ms.append((time.perf_counter() - t0) * 1000)
    return {"p50_ms": round(pct(ms, 50), 2), "p99_ms": round(pct(ms, 99), 2),
            "runs": runs}


def export(d, q, fmt):
    peak = [d.rss_kb()]
    before = peak[0]
    done = threading.Event()

    def watch():
        while not done.is_set():
            peak[0] = max(peak[0], d.rss_kb())
            time.sleep(0.01)

    t = threading.Thread(target=watch)
    t.start()
    c = http.client.HTTPConnection("127.0.0.1", d.port, timeout=600)
    t0 = time.perf_counter()
    c.request("GET", "/export?" + urllib.parse.urlencode({"q": q, "format": fmt}))
    r = c.getresponse()
    nbytes, rows = 0, 0
    while True:
        chunk = r.read(1 << 16)
        if not chunk:
            break
        nbytes += len(chunk)
        rows += chunk.count(b"\n")
    secs = time.perf_counter() - t0
    c.close()
    done.set()
    t.join()
    if fmt == "csv":
        rows -= 1  # the header (CSV fields here hold no raw newlines)
    return {"q": q, "format": fmt, "rows": rows, "bytes": nbytes,
            "seconds": round(secs, 2), "items_per_s": round(rows / secs),
            "rss_before_mb": round(before / 1024, 1),
            "rss_peak_mb": round(peak[0] / 1024, 1)}


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bin"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--json", help="also write the figures here")
    a = ap.parse_args()
    d = Daemon(os.path.join(a.bin, "referatd"), a.db, a.threads)
    try:
        items = json.loads(d.get("/timeline", q=""))["indexed"]
        out = {"items": items}
        # common words: the share of items each is in, to pick >= 10%
        share = {}
        for w in ("kommune", "borgere", "udsatte", "hjemløse", "bolig", "møde"):
            share[w] = json.loads(d.get("/timeline", q=w))["total"] / items
        common = max(share, key=share.get)
        out["common_word"] = {"q": common, "share": round(share[common], 3)}
        d.get("/timeline", q=common)  # warm the page cache
        out["timeline_common"] = timed(d, a.runs, "/timeline", q=common)
        out["timeline_common_month"] = timed(d, a.runs, "/timeline", q=common, by="month")
        out["timeline_hjemlose"] = timed(d, a.runs, "/timeline", q="hjemløse")
        out["kwic_common"] = timed(d, max(5, a.runs // 5), "/kwic", q=common)
        out["kwic_hjemlose"] = timed(d, a.runs, "/kwic", q="hjemløse")
        out["terms_common"] = timed(d, max(5, a.runs // 5), "/terms", q=common)
        out["terms_hjemlose"] = timed(d, a.runs, "/terms", q="hjemløse")
        out["coverage"] = timed(d, max(5, a.runs // 5), "/coverage")
        out["export_common_jsonl"] = export(d, common, "jsonl")
        out["export_all_csv"] = export(d, "", "csv")
    finally:
        d.stop()
    print(json.dumps(out, indent=1, ensure_ascii=False))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    sys.exit(main())
