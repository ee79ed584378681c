#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""bench.py - Referat against its peers on one synthetic corpus, in one run.

Called by bench/run-peers.sh (which installs and compiles what is needed);
see bench/README.md. For each engine: index build time and peak memory,
index size on disk (and after xapian-compact where it applies), query
latency p50/p99 at one client, queries/s at 8 and 64 concurrent clients,
daemon memory. Everything on 127.0.0.1, bounded in time, stopping itself.
Writes bench/results/<date>-<size>.json and .md and adds a row to
bench/RESULTS.md.
"""
import argparse
import datetime
import json
import os
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
REPO = os.path.dirname(BENCH)
sys.path.insert(0, HERE)
from engines import (ENGINES, bench_postgres, bench_referat,  # noqa: E402
                     bench_sphinx, bench_sqlite, bench_xapian)
from measure import (du_txt, loadgen_json, log, rows_summary,  # noqa: E402
                     run, tree_cpu)
from report import machine, report_md, update_results_md  # noqa: E402


# ---- corpus and prepared inputs ---------------------------------------------

def flat(s):
    return " ".join(s.replace("\\", " ").split())


def prepare(corpus, prep):
    """items.tsv for the peers from MANIFEST.tsv and the files: one row per
    agenda item, exactly the items the generator wrote."""
    os.makedirs(prep, exist_ok=True)
    stamp = os.path.join(prep, ".stamp")
    want = open(os.path.join(corpus, ".generated")).read()
    if os.path.exists(stamp) and open(stamp).read() == want:
        with open(os.path.join(prep, "authorities.json")) as f:
            return json.load(f)
    auth_ids = {}
    rows = []
    cache = {}
    with open(os.path.join(corpus, "MANIFEST.tsv"), encoding="utf-8") as f:
        next(f)
        for n, line in enumerate(f, 1):
            fn, label, title, auth, council, date, start, end = \
                line.rstrip("\n").split("\t")
            if fn not in cache:
                cache.clear()
                with open(os.path.join(corpus, fn), "rb") as g:
                    cache[fn] = g.read()
            body = cache[fn][int(start):int(end)].decode("utf-8")
            aid = auth_ids.setdefault(auth, len(auth_ids) + 1)
            rows.append("%d\t%d\t%s\t%s\t%s\t%s\n" % (
                n, aid, date.replace("-", ""), date[:4], flat(title),
                flat(body)))
    with open(os.path.join(prep, "items.tsv"), "w", encoding="utf-8") as f:
        f.writelines(rows)
    with open(os.path.join(prep, "authorities.json"), "w") as f:
        json.dump(auth_ids, f, ensure_ascii=False)
    with open(stamp, "w") as f:
        f.write(want)
    return auth_ids


def load_queries(path):
    out = []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) >= 6:
                out.append(dict(id=p[0], q=p[1], council=p[2], y0=p[3],
                                y1=p[4], kind=p[5]))
    return out


class Ctx:
    def __init__(self, args):
        self.args = args
        self.work = args.work
        self.tools = args.tools
        self.bin = args.bin
        self.corpus = args.corpus
        self.prep = os.path.join(self.work, "prep")
        self.items = os.path.join(self.prep, "items.tsv")
        self.text_bytes = du_txt(self.corpus)
        self.queries = load_queries(args.queries)

    def loadgen(self, proto, port, reqfile, tag, pid, extra=()):
        """Latency at 1 client, then queries/s at each concurrency; with
        the daemon's CPU time per query (robust to other load)."""
        a = self.args
        res = {}
        rows = os.path.join(self.work, "rows-%s.txt" % tag)
        p = run([os.path.join(self.tools, "loadgen"), "--proto", proto,
                 "--port", str(port), "--requests", reqfile, "--passes",
                 str(a.passes), "--warmup", "1", "--rows-out", rows]
                + list(extra), timeout=900)
        res["latency"] = loadgen_json(p.stdout)
        res["hits"] = rows_summary(rows, len(self.queries))
        for c in a.clients:
            cpu0 = tree_cpu(pid)
            p = run([os.path.join(self.tools, "loadgen"), "--proto", proto,
                     "--port", str(port), "--requests", reqfile, "--clients",
                     str(c), "--duration", str(a.duration)] + list(extra),
                    timeout=a.duration + 120)
            time.sleep(0.5)  # let exited backends be reaped (PostgreSQL)
            r = loadgen_json(p.stdout)
            r["server_cpu_ms_per_query"] = round(
                (tree_cpu(pid) - cpu0) * 1000 / max(1, r["requests"]), 3)
            res["c%d" % c] = r
        return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--size-name", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", required=True)
    ap.add_argument("--tools", required=True, help="loadgen, xapian_direct")
    ap.add_argument("--bin", required=True, help="referat-index, referatd")
    ap.add_argument("--queries", default=os.path.join(BENCH, "queries",
                                                      "queries.tsv"))
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--duration", type=float, default=10.0)
    ap.add_argument("--clients", default="8,64")
    ap.add_argument("--results", default=os.path.join(BENCH, "results"))
    ap.add_argument("--no-results-md", action="store_true",
                    help="do not add a row to bench/RESULTS.md")
    args = ap.parse_args()
    args.clients = [int(x) for x in args.clients.split(",")]
    # On timeout's SIGTERM, unwind so every `finally` stops its daemon.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(124))
    engines = [x for x in args.engines.split(",") if x]
    for x in engines:
        if x not in ENGINES:
            ap.error("unknown engine %r" % x)
    os.makedirs(args.work, exist_ok=True)
    ctx = Ctx(args)
    log("preparing items for the peers")
    auth = prepare(args.corpus, ctx.prep)
    nitems = sum(1 for _ in open(ctx.items, encoding="utf-8"))
    res = {"date": datetime.date.today().isoformat(),
           "started": datetime.datetime.now().isoformat(timespec="seconds"),
           "size_name": args.size_name, "seed": args.seed,
           "machine": machine(), "text_bytes": ctx.text_bytes,
           "files": len([f for f in os.listdir(args.corpus)
                         if f.endswith(".txt")]),
           "items": nitems, "nqueries": len(ctx.queries),
           "params": {"passes": args.passes, "duration_s": args.duration,
                      "clients": args.clients}, "engines": {}}
    try:
        c = subprocess.run(["git", "-C", REPO, "rev-parse", "--short",
                            "HEAD"], capture_output=True, text=True,
                           timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", REPO, "status", "--porcelain",
                                "--untracked-files=no", "--", "lib",
                                "indexer", "searchd"], capture_output=True,
                               text=True, timeout=10).stdout.strip()
        res["commit"] = c + (" + local changes" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        v = subprocess.run([os.path.join(args.bin, "referatd"), "--version"],
                           capture_output=True, text=True, timeout=10)
        res["referat_version"] = v.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    fns = {"referat": lambda: bench_referat(ctx),
           "sphinx": lambda: bench_sphinx(ctx, auth),
           "postgres": lambda: bench_postgres(ctx, auth),
           "sqlite": lambda: bench_sqlite(ctx, auth),
           "xapian": lambda: bench_xapian(ctx, auth)}
    for name in engines:
        log("== %s" % name)
        t0 = time.monotonic()
        load = os.getloadavg()[0]
        try:
            res["engines"][name] = fns[name]()
        except (subprocess.SubprocessError, OSError, RuntimeError,
                ValueError, KeyError) as ex:
            msg = str(ex)
            if isinstance(ex, subprocess.CalledProcessError):
                msg += " " + (ex.stderr or "")[-500:]
            log("%s failed: %s" % (name, msg))
            res["engines"][name] = {"error": msg}
        res["engines"][name]["wall_s"] = round(time.monotonic() - t0, 1)
        res["engines"][name]["load_at_start"] = round(load, 2)
        log("%s done in %.0f s" % (name, time.monotonic() - t0))
    res["finished"] = datetime.datetime.now().isoformat(timespec="seconds")
    os.makedirs(args.results, exist_ok=True)
    base = "%s-%s" % (res["date"], args.size_name)
    if set(engines) != set(ENGINES):
        base += "-" + "-".join(engines)
    if res.get("commit"):  # runs of one day do not overwrite each other
        base += "-" + res["commit"].split()[0]
    with open(os.path.join(args.results, base + ".json"), "w") as f:
        json.dump(res, f, indent=1, ensure_ascii=False)
    md = report_md(res)
    with open(os.path.join(args.results, base + ".md"), "w") as f:
        f.write(md)
    if not args.no_results_md:
        update_results_md(res, base + ".md")
    sys.stdout.write(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
