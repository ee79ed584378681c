#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""bench/shards.py - one index against 4 shards served by Debian's stock
xapian-tcpsrv on 127.0.0.1, and read-replica lag (issue 15).

    nice python3 bench/shards.py --bin build/bin --corpus DIR [--work DIR]
        [--shards 4] [--seconds 10] [--clients 4] [--skip-replica]
        [--reuse] [--compare-only] [--silent K --query-timeout S]

1. Builds one index (the default: word streams, no termlist) and N shards
   (`--shards N --stub-remote`, Xapian positions) of the corpus: wall
   time, size.
2. Starts one xapian-tcpsrv per shard and referatd on the index, on one
   index built with --positions xapian (the shards' kind) and on the
   shards' remote.stub. Every query of bench/queries (as
   bench/peers/bench.py sends them: limit 10, council and year filters;
   with facets, so counts are exact) goes to each index and the shards:
   exact counts, top-10 ids and scores, facets must be identical;
   differences are listed by kind ("tie order": the same hits and scores,
   equal scores in another order).
3. Latency (one client, every query, --passes times: p50/p99) and
   throughput (--clients connections for --seconds: q/s) for both.
4. Replication: a master index (--positions xapian,
   XAPIAN_MAX_CHANGESETS=10) of all but 5 files, xapian-replicate-server
   and xapian-replicate -i 1, a referatd on the replica; then the 5 files
   are added one commit at a time, and one changed (a new generation):
   seconds from the indexer's exit until the replica's referatd serves
   the new item (ITEM <id>).

--silent K (with --reuse: the indexes of an earlier run): instead of 2.
and 3., K of the shard servers are stopped with SIGSTOP (they accept
connections but never answer) and four answers timed, with referatd's
--query-timeout (default 30 s), then the time until answers are whole
again after SIGCONT.

Everything on loopback, every wait bounded; prints a JSON summary and
Markdown lines for bench/RESULTS.md."""
import argparse
import json
import multiprocessing as mp
import os
import shutil
import signal
import socket
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
from searchd_harness import LineConn  # noqa: E402


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def du(path):
    total = 0
    for d, _, files in os.walk(path):
        for f in files:
            try:
                total += os.lstat(os.path.join(d, f)).st_size
            except OSError:
                pass
    return total


def load_queries():
    out = []
    with open(os.path.join(ROOT, "bench", "queries", "queries.tsv"),
              encoding="utf-8") as f:
        next(f)
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 6:
                continue
            d = {"q": p[1], "limit": 10, "facets": False}
            if p[2]:
                d["council"] = p[2]
            if p[3]:
                d["from"], d["to"] = p[3], p[4]
            out.append((p[0], "SEARCH " + json.dumps(d, ensure_ascii=False)))
    return out


def note(res, key, value):
    """Record a figure and say it at once (a long run shows progress)."""
    res[key] = value
    print("%s: %s" % (key, value), file=sys.stderr, flush=True)


def index(args, db, *extra, env=None):
    t = time.time()
    r = subprocess.run([os.path.join(args.bin, "referat-index"), "-q",
                        "--db", db] + list(extra), env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=7200)
    if r.returncode not in (0, 1):
        raise RuntimeError("referat-index %s: %s" % (db, r.stderr.decode()))
    return time.time() - t


class Procs:
    """Processes this run started; all stopped by their pids at the end."""

    def __init__(self):
        self.procs = []

    def spawn(self, argv, **kw):
        # a session of its own: Xapian's servers signal their process
        # group when they stop, which would end this script too
        p = subprocess.Popen(argv, start_new_session=True, **kw)
        self.procs.append(p)
        return p

    def referatd(self, args, db):
        p = self.spawn([os.path.join(args.bin, "referatd"), "--db", db,
                        "--listen", "127.0.0.1:0", "--http", "127.0.0.1:0",
                        "--allow-root", "--query-timeout",
                        args.query_timeout],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = p.stdout.readline().decode().split()
        if len(line) != 4 or line[0] != "READY":
            raise RuntimeError("referatd on %s did not start: %r" % (db, line))
        return int(line[2])

    def stop(self):
        for p in self.procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in self.procs:
            try:
                p.wait(30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def wait_port(port, within=30):
    t = time.time()
    while time.time() - t < within:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("nothing listens on %d" % port)


def exact(line):
    """The request with facets: referatd then counts every match
    (check_at_least = doccount), so totals are exact, not estimates."""
    d = json.loads(line[len("SEARCH "):])
    d["facets"] = True
    return "SEARCH " + json.dumps(d, ensure_ascii=False)


def classify(a, b):
    """None if equal; else what differs: the exact count, the top-10 set,
    the facets, or only the order of hits of equal score (ties: one index
    orders them by docid, shards by date and id)."""
    if a["total"] != b["total"]:
        return ("count", a["total"]["estimated"], b["total"]["estimated"])
    ia = [(h["id"], round(h["score"], 4)) for h in a["hits"]]
    ib = [(h["id"], round(h["score"], 4)) for h in b["hits"]]
    if ia != ib:
        sa = sorted(x[1] for x in ia)
        if sa != sorted(x[1] for x in ib):
            return ("scores", ia, ib)
        # the same scores: the lists differ only where scores tie, or a
        # tie at the page's end let a different item in
        kind = "tie order" if sorted(ia) == sorted(ib) else "tie at page end"
        return (kind, [x[0] for x in ia], [x[0] for x in ib])
    if a.get("facets") != b.get("facets"):
        return ("facets", a.get("facets"), b.get("facets"))
    return None


def compare(port_a, port_b, queries):
    diffs = []
    with LineConn("127.0.0.1", port_a, 60) as a, \
            LineConn("127.0.0.1", port_b, 60) as b:
        for qid, line in queries:
            ra, rb = a.request(exact(line)), b.request(exact(line))
            if ra[0] != "OK" or rb[0] != "OK":
                if ra[:2] != rb[:2]:
                    diffs.append((qid, "error", ra[:2], rb[:2]))
                continue
            if rb[1].get("partial"):
                diffs.append((qid, "partial", rb[1].get("missing_shards")))
            d = classify(ra[1], rb[1])
            if d is not None:
                diffs.append((qid,) + d)
    return diffs


def summary(diffs):
    kinds = {}
    for d in diffs:
        kinds[d[1]] = kinds.get(d[1], 0) + 1
    return kinds


def percentile(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(p / 100.0 * len(v)))] if v else float("nan")


def latency(port, queries, passes):
    ms = []
    with LineConn("127.0.0.1", port, 60) as c:
        for _ in range(passes):
            for _, line in queries:
                t = time.perf_counter()
                c.request(line)
                ms.append((time.perf_counter() - t) * 1e3)
    return percentile(ms, 50), percentile(ms, 99)


def _client(port, queries, seconds, k, out):
    n = 0
    end = time.time() + seconds
    with LineConn("127.0.0.1", port, 60) as c:
        i = k * 37
        while time.time() < end:
            c.request(queries[i % len(queries)][1])
            n += 1
            i += 1
    out.put(n)


def throughput(port, queries, seconds, clients):
    out = mp.Queue()
    ps = [mp.Process(target=_client, args=(port, queries, seconds, k, out))
          for k in range(clients)]
    t = time.time()
    for p in ps:
        p.start()
    total = sum(out.get(timeout=seconds + 120) for _ in ps)
    for p in ps:
        p.join(30)
    return total / (time.time() - t)


def bench_shards(args, res):
    one = os.path.join(args.work, "one")
    onex = os.path.join(args.work, "one-xapian")
    sh = os.path.join(args.work, "shards")
    if not args.reuse:
        for d in (one, onex, sh):
            shutil.rmtree(d, ignore_errors=True)
    note(res, "one_build_s", index(args, one, args.corpus))
    note(res, "one_bytes", du(one))
    note(res, "one_xapian_build_s",
         index(args, onex, "--positions", "xapian", args.corpus))
    note(res, "one_xapian_bytes", du(onex))
    procs = Procs()
    try:
        ports = [free_port() for _ in range(args.shards)]
        stub = ",".join("127.0.0.1:%d" % p for p in ports)
        # with --reuse an unchanged run: it only writes the stub anew
        note(res, "shards_build_s",
             index(args, sh, "--shards", str(args.shards), "--stub-remote",
                   stub, args.corpus))
        note(res, "shards_bytes", du(sh))
        for k, port in enumerate(ports):
            procs.spawn(["xapian-tcpsrv", "--interface", "127.0.0.1",
                         "--port", str(port),
                         os.path.join(sh, "shard-%d" % k)],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wait_port(port)
        pa = procs.referatd(args, one)
        px = procs.referatd(args, onex)
        try:
            pb = procs.referatd(args, os.path.join(sh, "remote.stub"))
            queries = load_queries()
            with LineConn("127.0.0.1", pb, 60) as c:
                r = c.request(queries[0][1])
            if r[0] != "OK":
                raise RuntimeError("%r" % (r,))
        except RuntimeError as e:  # a referatd without shard support
            note(res, "shards_referatd", "cannot search the shards: %s" % e)
            return
        note(res, "queries", len(queries))
        if args.silent:
            silent(args, res, procs.procs[:args.shards], pb)
            return
        for name, port in (("one", pa), ("one_xapian", px)):
            diffs = compare(port, pb, queries)
            note(res, name + "_vs_shards_differences",
                 len({d[0] for d in diffs}))
            note(res, name + "_vs_shards_kinds", summary(diffs))
            res[name + "_vs_shards_list"] = diffs[:60]
        if args.compare_only:
            return
        for name, port in (("one", pa), ("shards", pb)):
            p50, p99 = latency(port, queries, args.passes)
            note(res, name + "_p50_ms", p50)
            note(res, name + "_p99_ms", p99)
            note(res, name + "_qps",
                 throughput(port, queries, args.seconds, args.clients))
    finally:
        procs.stop()


def silent(args, res, servers, port):
    """--silent K: K shard servers stopped (SIGSTOP: they accept
    connections but never answer). Seconds and outcome of the first
    answers, then of the first whole answer after SIGCONT. referatd
    runs with --query-timeout 30 here: --silent-timeout is what counts."""
    q = 'SEARCH {"q": "udsatte", "limit": 10}'
    out = []
    for p in servers[:args.silent]:
        os.killpg(p.pid, signal.SIGSTOP)
    try:
        with LineConn("127.0.0.1", port, 120) as c:
            for _ in range(4):
                t = time.time()
                r = c.request(q)
                out.append((round(time.time() - t, 2), r[0],
                            r[1].get("partial") if r[0] == "OK" else r[1]))
    finally:
        for p in servers[:args.silent]:
            os.killpg(p.pid, signal.SIGCONT)
    t = time.time()
    while time.time() - t < 120:
        with LineConn("127.0.0.1", port, 120) as c:
            r = c.request(q)
        if r[0] == "OK" and not r[1].get("partial"):
            break
        time.sleep(0.05)
    note(res, "silent_%d_of_%d" % (args.silent, len(servers)), out)
    note(res, "silent_whole_again_s", round(time.time() - t, 2))


def wait_item(port, item, within=600):
    t = time.time()
    while time.time() - t < within:
        with LineConn("127.0.0.1", port, 60) as c:
            if c.request("ITEM " + item)[0] == "OK":
                return time.time() - t
        time.sleep(0.02)
    raise RuntimeError("%s not on the replica after %d s" % (item, within))


def bench_replica(args, res):
    base = os.path.join(args.work, "repl")
    shutil.rmtree(base, ignore_errors=True)
    src = os.path.join(base, "src")
    held = os.path.join(base, "held")
    os.makedirs(os.path.join(base, "master"))
    os.makedirs(os.path.join(base, "replica"))
    shutil.copytree(args.corpus, src)
    os.makedirs(held)
    names = sorted(f for f in os.listdir(src) if f.endswith(".txt"))[-5:]
    for f in names:
        os.rename(os.path.join(src, f), os.path.join(held, f))
    master = os.path.join(base, "master", "idx")
    replica = os.path.join(base, "replica", "idx")
    env = dict(os.environ, XAPIAN_MAX_CHANGESETS="10")
    note(res, "master_build_s",
         index(args, master, "--positions", "xapian", src, env=env))
    procs = Procs()
    try:
        port = free_port()
        procs.spawn(["xapian-replicate-server", "-I", "127.0.0.1", "-p",
                     str(port), os.path.dirname(master)],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_port(port)
        t = time.time()
        procs.spawn(["xapian-replicate", "-h", "127.0.0.1", "-p", str(port),
                     "-m", "idx", "-i", "1", "-r", "1", "-q", replica],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while not os.path.exists(os.path.join(replica, "XAPIANDB")) or \
                b"documents = 0\n" in subprocess.run(
                    ["xapian-delve", replica], stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL).stdout:
            if time.time() - t > 600:
                raise RuntimeError("no replica after 600 s")
            time.sleep(0.2)
        note(res, "replica_first_copy_s", time.time() - t)
        rport = procs.referatd(args, replica)
        lags = []
        for f in names:
            os.rename(os.path.join(held, f), os.path.join(src, f))
            index(args, master, src, env=env)
            lags.append(wait_item(rport, f + "#1"))
            print("commit lag: %.2f s" % lags[-1], file=sys.stderr, flush=True)
        note(res, "replica_commit_lag_s", lags)
        with open(os.path.join(src, names[0]), "a", encoding="utf-8") as f:
            f.write("\nTilføjet efter mødet: kvorlupsagen.\n")
        index(args, master, src, env=env)
        t = time.time()
        while True:  # the changed file's text: a new generation copied
            with LineConn("127.0.0.1", rport, 60) as c:
                r = c.request("SEARCH " + json.dumps(
                    {"q": "kvorlupsagen", "limit": 1}))
            if r[0] == "OK" and r[1]["total"]["estimated"] > 0:
                break
            if time.time() - t > 600:
                raise RuntimeError("new generation not on the replica")
            time.sleep(0.05)
        note(res, "replica_generation_lag_s", time.time() - t)
        note(res, "master_bytes", du(master))
    finally:
        procs.stop()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bin"))
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--work", default="/tmp/referat-bench-shards")
    ap.add_argument("--shards", type=int, default=4)
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--skip-shards", action="store_true")
    ap.add_argument("--skip-replica", action="store_true")
    ap.add_argument("--reuse", action="store_true",
                    help="keep indexes built by an earlier run")
    ap.add_argument("--compare-only", action="store_true",
                    help="no latency or throughput runs")
    ap.add_argument("--silent", type=int, default=0, metavar="K",
                    help="only: stop K shard servers, time the answers")
    ap.add_argument("--query-timeout", default="30",
                    help="referatd's --query-timeout (s)")
    args = ap.parse_args()
    args.corpus = os.path.abspath(args.corpus)
    os.makedirs(args.work, exist_ok=True)
    res = {"corpus": args.corpus, "corpus_bytes": du(args.corpus),
           "shards": args.shards}
    if not args.skip_shards:
        bench_shards(args, res)
    if not args.skip_replica:
        bench_replica(args, res)
    print(json.dumps(res, indent=1, ensure_ascii=False))
    if "one_p50_ms" in res:
        print("| one index | %.1f s | %.0f MB | %.2f | %.2f | %.0f |" %
              (res["one_build_s"], res["one_bytes"] / 1e6, res["one_p50_ms"],
               res["one_p99_ms"], res["one_qps"]))
        print("| %d shards, xapian-tcpsrv | %.1f s | %.0f MB | %.2f | %.2f | "
              "%.0f |" % (args.shards, res["shards_build_s"],
                          res["shards_bytes"] / 1e6, res["shards_p50_ms"],
                          res["shards_p99_ms"], res["shards_qps"]))
    for name in ("one", "one_xapian"):
        if name + "_vs_shards_differences" in res:
            print("%s vs shards: identical %d of %d queries; %s" %
                  (name, res["queries"] - res[name + "_vs_shards_differences"],
                   res["queries"], res[name + "_vs_shards_kinds"]))


if __name__ == "__main__":
    main()
