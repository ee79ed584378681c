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
import platform
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
REPO = os.path.dirname(BENCH)
sys.path.insert(0, HERE)
import translate  # noqa: E402

ENGINES = ("referat", "sphinx", "postgres", "sqlite", "xapian")
MB = 1024 * 1024


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


def auth_id(auth, q):
    """The authority filter as a number: 0 for none; an authority absent
    from this corpus gets an id no item has, so it matches nothing."""
    if not q["council"]:
        return 0
    return auth.get(q["council"], 999999)


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(l + "\n" for l in lines))
    return path


# ---- results ----------------------------------------------------------------

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


# ---- engines ----------------------------------------------------------------

def bench_referat(ctx):
    db = os.path.join(ctx.work, "referat-db")
    shutil.rmtree(db, ignore_errors=True)
    wall, peak, out, cpu = timed([os.path.join(ctx.bin, "referat-index"),
                                  "--db", db, "-q", ctx.corpus], timeout=7200)
    r = {"build_s": wall, "build_cpu_s": cpu, "build_peak_rss": peak,
         "index_bytes": du(db)}
    r["compact_bytes"], r["compact_s"] = compact(db, db + ".compact")
    shutil.rmtree(db + ".compact", ignore_errors=True)
    dump = subprocess.run([os.path.join(ctx.bin, "referat-index"), "--db",
                           db, "--dump"], capture_output=True, timeout=600)
    r["documents"] = dump.stdout.count(b"\n")

    reqs, reqs_facets, reqs_http, reqs_ids = [], [], [], []
    for q in ctx.queries:
        d = {"q": q["q"], "limit": 10, "facets": False}
        if q["council"]:
            d["council"] = q["council"]
        if q["y0"]:
            d["from"], d["to"] = q["y0"], q["y1"]
        reqs.append("SEARCH " + json.dumps(d, ensure_ascii=False))
        d["snippets"] = False
        reqs_ids.append("SEARCH " + json.dumps(d, ensure_ascii=False))
        del d["snippets"]
        d["facets"] = 0
        reqs_http.append("/search?" + urllib.parse.urlencode(d))
        d["facets"] = True
        reqs_facets.append("SEARCH " + json.dumps(d, ensure_ascii=False))
    rf = write_lines(os.path.join(ctx.work, "req-referat.txt"), reqs)
    rfh = write_lines(os.path.join(ctx.work, "req-referat-http.txt"),
                      reqs_http)
    rff = write_lines(os.path.join(ctx.work, "req-referat-facets.txt"),
                      reqs_facets)
    rfi = write_lines(os.path.join(ctx.work, "req-referat-ids.txt"), reqs_ids)
    logf = open(os.path.join(ctx.work, "referatd.log"), "w")
    p = subprocess.Popen([os.path.join(ctx.bin, "referatd"), "--db", db,
                          "--listen", "127.0.0.1:0", "--http",
                          "127.0.0.1:0", "--allow-root"], stdout=subprocess.PIPE,
                         stderr=logf, text=True)
    pidfile = os.path.join(ctx.work, "referatd.pid")
    with open(pidfile, "w") as f:
        f.write("%d\n" % p.pid)
    try:
        line = ""
        t = time.monotonic() + 120
        while time.monotonic() < t:
            line = p.stdout.readline()
            if line.startswith("READY") or not line:
                break
        if not line.startswith("READY"):
            raise RuntimeError("referatd did not start: %r" % line)
        port, http_port = int(line.split()[2]), int(line.split()[3])
        r["start_rss"] = proc_mem(p.pid)[0]
        with MemSampler(p.pid) as ms:
            r.update(ctx.loadgen("referat", port, rf, "referat", p.pid))
        r["daemon_peak_rss"] = ms.peak_rss
        # The peers answer ids (and a rank) only; the same work from
        # Referat is a hit list without snippets.
        r["ids"] = ctx.loadgen("referat", port, rfi, "referat-ids", p.pid)
        fac = run([os.path.join(ctx.tools, "loadgen"), "--proto", "referat",
                   "--port", str(port), "--requests", rff, "--passes", "1",
                   "--warmup", "0"], timeout=900)
        r["latency_facets"] = loadgen_json(fac.stdout)
        lg = os.path.join(ctx.tools, "loadgen")
        h1 = run([lg, "--proto", "http", "--port", str(http_port),
                  "--requests", rfh, "--passes", str(ctx.args.passes),
                  "--warmup", "1"], timeout=900)
        h8 = run([lg, "--proto", "http", "--port", str(http_port),
                  "--requests", rfh, "--clients", "8", "--duration",
                  str(ctx.args.duration)], timeout=ctx.args.duration + 120)
        r["http"] = {"latency": loadgen_json(h1.stdout),
                     "c8": loadgen_json(h8.stdout)}
    finally:
        stop_pid(p.pid)
        p.wait(timeout=30)
        logf.close()
        os.remove(pidfile)
    return r


SPHINX_CONF = """
source items
{{
    type = tsvpipe
    tsvpipe_command = cat {tsv}
    tsvpipe_field = title
    tsvpipe_field = body
    tsvpipe_attr_uint = authority_id
    tsvpipe_attr_uint = year
    tsvpipe_attr_uint = date8
}}

index items
{{
    source = items
    path = {dir}/items
    docinfo = extern
    dict = keywords
    morphology = libstemmer_da
    min_word_len = 1
    min_prefix_len = 3
    # keep Latin-1 letters (æ ø å é ...) as letters, folded to lower case
    charset_table = 0..9, A..Z->a..z, _, a..z, U+C0..U+D6->U+E0..U+F6, \\
        U+D8..U+DE->U+F8..U+FE, U+E0..U+F6, U+F8..U+FF
}}

indexer
{{
    mem_limit = 256M
}}

searchd
{{
    listen = 127.0.0.1:{port}:mysql41
    log = {dir}/searchd.log
    pid_file = {dir}/searchd.pid
    binlog_path =
    workers = threads
    max_children = 128
    listen_backlog = 256
    expansion_limit = 200
    read_timeout = 30
    client_timeout = 60
    seamless_rotate = 0
}}
"""


def bench_sphinx(ctx, auth):
    d = os.path.join(ctx.work, "sphinx")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    tsv = os.path.join(d, "items.tsv")
    with open(ctx.items, encoding="utf-8") as f, \
            open(tsv, "w", encoding="utf-8") as g:
        for line in f:
            i, aid, date8, year, title, body = line.rstrip("\n").split("\t")
            g.write("%s\t%s\t%s\t%s\t%s\t%s\n" % (i, title, body, aid, year,
                                                  date8))
    port = free_port()
    conf = os.path.join(d, "sphinx.conf")
    with open(conf, "w") as f:
        f.write(SPHINX_CONF.format(tsv=tsv, dir=d, port=port))
    wall, peak, out, cpu = timed(["indexer", "--config", conf, "--all"],
                                 timeout=7200)
    m = re.search(r"total (\d+) docs", out)
    r = {"build_s": wall, "build_cpu_s": cpu, "build_peak_rss": peak,
         "index_bytes": du(d) - os.path.getsize(tsv),
         "documents": int(m.group(1)) if m else None}
    reqs = []
    for q in ctx.queries:
        sql = "SELECT id FROM items WHERE MATCH('%s')" % \
            translate.to_sphinx(q["q"]).replace("\\", "\\\\") \
            .replace("'", "\\'")
        if q["council"]:
            sql += " AND authority_id=%d" % auth_id(auth, q)
        if q["y0"]:
            sql += " AND year BETWEEN %s AND %s" % (q["y0"], q["y1"])
        reqs.append(sql + " LIMIT 10")
    rf = write_lines(os.path.join(ctx.work, "req-sphinx.txt"), reqs)
    run(["searchd", "--config", conf], timeout=120)
    pid = None
    try:
        wait_port(port)
        pid = int(open(os.path.join(d, "searchd.pid")).read().split()[0])
        r["start_rss"] = proc_mem(pid)[0]
        with MemSampler(pid, tree=True) as ms:
            r.update(ctx.loadgen("mysql", port, rf, "sphinx", pid))
        r["daemon_peak_rss"] = ms.peak_rss
    finally:
        try:
            run(["searchd", "--config", conf, "--stopwait"], timeout=60)
        except (subprocess.SubprocessError, OSError):
            if pid:
                stop_pid(pid)
    os.remove(tsv)
    return r


def bench_postgres(ctx, auth):
    pgbin = "/usr/lib/postgresql/15/bin"
    d = os.path.join(ctx.work, "pg")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    user = "postgres"
    pw = pwd.getpwnam(user)
    os.chown(d, pw.pw_uid, pw.pw_gid)
    # The server runs as `postgres`: it must reach its folder.
    p = d
    while p not in ("/", ""):
        p = os.path.dirname(p)
        try:
            os.chmod(p, os.stat(p).st_mode | 0o001)
        except OSError:
            pass
    as_pg = ["runuser", "-u", user, "--"]
    data = os.path.join(d, "data")
    run(as_pg + [pgbin + "/initdb", "-D", data, "-U", "bench", "--auth=trust",
                 "-E", "UTF8", "--locale=C.UTF-8"], timeout=300)
    port = free_port()
    opts = ("-p %d -k %s -c listen_addresses=127.0.0.1 -c shared_buffers=256MB"
            " -c maintenance_work_mem=256MB -c max_connections=100"
            " -c default_text_search_config=pg_catalog.danish" % (port, d))
    run(as_pg + [pgbin + "/pg_ctl", "-D", data, "-o", opts, "-l",
                 os.path.join(d, "server.log"), "-w", "-t", "120", "start"],
        timeout=180)
    r = {}
    try:
        psql = [pgbin + "/psql", "-h", "127.0.0.1", "-p", str(port), "-U",
                "bench", "-v", "ON_ERROR_STOP=1", "-q"]
        run(psql + ["-d", "postgres", "-c", "CREATE DATABASE bench"], 120)
        pid = int(open(os.path.join(data, "postmaster.pid")).readline())
        load = os.path.join(d, "load.sql")
        with open(load, "w") as f:
            f.write(
                "CREATE TABLE items (id int PRIMARY KEY, authority int, "
                "date8 int, year int, title text, body text, tsv tsvector "
                "GENERATED ALWAYS AS (to_tsvector('danish', title || ' ' || "
                "body)) STORED);\n"
                "\\copy items (id, authority, date8, year, title, body) FROM "
                "'%s' WITH (FORMAT text)\n"
                "CREATE INDEX items_tsv ON items USING gin (tsv);\n"
                "CREATE INDEX items_auth ON items (authority);\n"
                "CREATE INDEX items_year ON items (year);\n"
                "VACUUM ANALYZE items;\n" % ctx.items)
        t0 = time.monotonic()
        cpu0 = tree_cpu(pid)
        with MemSampler(pid, tree=True) as ms:
            run(psql + ["-d", "bench", "-f", load], timeout=7200)
        r["build_s"] = time.monotonic() - t0
        time.sleep(0.5)
        r["build_cpu_s"] = round(tree_cpu(pid) - cpu0, 2)
        r["build_peak_rss"] = ms.peak_pss
        q = run(psql + ["-d", "bench", "-At", "-c",
                        "SELECT pg_total_relation_size('items'), "
                        "pg_relation_size('items_tsv'), count(*) FROM items"],
                120).stdout.strip().split("|")
        r["index_bytes"], r["gin_bytes"], r["documents"] = map(int, q)
        reqs = []
        for qq in ctx.queries:
            sql = ("SELECT id, ts_rank(tsv, qq.q) AS r FROM items, "
                   "(SELECT %s AS q) AS qq WHERE tsv @@ qq.q"
                   % translate.to_pg_tsquery(qq["q"]))
            if qq["council"]:
                sql += " AND authority=%d" % auth_id(auth, qq)
            if qq["y0"]:
                sql += " AND year BETWEEN %s AND %s" % (qq["y0"], qq["y1"])
            reqs.append(sql + " ORDER BY r DESC LIMIT 10")
        rf = write_lines(os.path.join(ctx.work, "req-pg.txt"), reqs)
        r["start_rss"] = sum(proc_mem(x)[1] for x in children(pid))
        with MemSampler(pid, tree=True) as ms:
            r.update(ctx.loadgen("pg", port, rf, "postgres", pid,
                                 ["--user", "bench", "--db", "bench"]))
        r["daemon_peak_rss"] = ms.peak_pss
        r["memory_note"] = "PSS summed over the server's processes"
    finally:
        run(as_pg + [pgbin + "/pg_ctl", "-D", data, "-m", "fast", "-w", "-t",
                     "60", "stop"], timeout=120)
    return r


def bench_sqlite(ctx, auth):
    db = os.path.join(ctx.work, "fts5.db")
    for x in (db, db + "-journal", db + "-wal"):
        if os.path.exists(x):
            os.remove(x)
    tool = os.path.join(HERE, "sqlite_fts5.py")
    wall, peak, out, cpu = timed([sys.executable, tool, "index", db,
                                  ctx.items], timeout=7200)
    r = {"build_s": wall, "build_cpu_s": cpu, "build_peak_rss": peak,
         "index_bytes": os.path.getsize(db),
         "documents": json.loads(out)["documents"]}
    lines = []
    for q in ctx.queries:
        lines.append("%s\t%d\t%s\t%s" % (
            translate.to_fts5(q["q"]), auth_id(auth, q), q["y0"], q["y1"]))
    qf = write_lines(os.path.join(ctx.work, "req-sqlite.tsv"), lines)
    rows = os.path.join(ctx.work, "rows-sqlite.txt")
    a = ctx.args
    p = run([sys.executable, tool, "search", db, qf, "--passes",
             str(a.passes), "--warmup", "1", "--rows-out", rows], 900)
    r["latency"] = loadgen_json(p.stdout)
    r["hits"] = rows_summary(rows, len(ctx.queries))
    for c in a.clients:
        _, _, out, cpu = timed([sys.executable, tool, "search", db, qf,
                                "--threads", str(c), "--duration",
                                str(a.duration)], a.duration + 120)
        r["c%d" % c] = loadgen_json(out)
        r["c%d" % c]["server_cpu_ms_per_query"] = round(
            cpu * 1000 / max(1, r["c%d" % c]["requests"]), 3)
    r["client_note"] = "in-process, Python threads"
    return r


def bench_xapian(ctx, auth):
    db = os.path.join(ctx.work, "xapian-db")
    shutil.rmtree(db, ignore_errors=True)
    tool = os.path.join(ctx.tools, "xapian_direct")
    wall, peak, out, cpu = timed([tool, "index", db, ctx.items],
                                 timeout=7200)
    r = {"build_s": wall, "build_cpu_s": cpu, "build_peak_rss": peak,
         "index_bytes": du(db),
         "documents": json.loads(out)["documents"]}
    r["compact_bytes"], r["compact_s"] = compact(db, db + ".compact")
    shutil.rmtree(db + ".compact", ignore_errors=True)
    lines = []
    for q in ctx.queries:
        lines.append("%s\t%d\t%s\t%s" % (
            translate.to_xapian(q["q"]), auth_id(auth, q),
            q["y0"] + "0101" if q["y0"] else "",
            q["y1"] + "1231" if q["y1"] else ""))
    qf = write_lines(os.path.join(ctx.work, "req-xapian.tsv"), lines)
    rows = os.path.join(ctx.work, "rows-xapian.txt")
    a = ctx.args
    p = run([tool, "search", db, qf, "--passes", str(a.passes), "--warmup",
             "1", "--rows-out", rows], 900)
    r["latency"] = loadgen_json(p.stdout)
    r["hits"] = rows_summary(rows, len(ctx.queries))
    for c in a.clients:
        _, _, out, cpu = timed([tool, "search", db, qf, "--threads", str(c),
                                "--duration", str(a.duration)],
                               a.duration + 120)
        r["c%d" % c] = loadgen_json(out)
        r["c%d" % c]["server_cpu_ms_per_query"] = round(
            cpu * 1000 / max(1, r["c%d" % c]["requests"]), 3)
    r["client_note"] = "in-process, C++ threads, one Database each"
    return r


# ---- report -----------------------------------------------------------------

def machine():
    cpu = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = 0
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = int(line.split()[1]) * 1024
    except OSError:
        mem = 0
    return {"nproc": os.cpu_count(), "cpu": cpu,
            "ram_gib": round(mem / 1024 ** 3, 1),
            "kernel": platform.release(),
            "load_at_start": os.getloadavg()}


def fmt_bytes(b):
    return "-" if not b else "%.1f MB" % (b / MB)


def ratio(a, b):
    return "-" if not a or not b else "%.2f" % (a / b)


def errors(r):
    """Failed requests over all the runs of an engine."""
    return sum(r.get(k, {}).get("errors", 0) for k in r
               if k == "latency" or re.fullmatch(r"c\d+", k))


def report_md(res):
    text = res["text_bytes"]
    e = res["engines"]
    ok = [n for n in ENGINES if n in e and "error" not in e[n]]
    L = []
    L.append("# Benchmark %s, %s corpus\n" % (res["date"], res["size_name"]))
    m = res["machine"]
    L.append("Machine: %d CPUs (%s), %.0f GiB RAM, kernel %s, shared with "
             "other jobs (load average at the start of each engine below). "
             "Corpus: %d files, %.1f MB of text, %d agenda items (generator "
             "seed %d); %d queries, top 10; %s, commit %s.\n" % (
                 m["nproc"], m["cpu"], m["ram_gib"], m["kernel"],
                 res["files"], text / MB, res["items"], res["seed"],
                 res["nqueries"], res.get("referat_version", ""),
                 res.get("commit", "?")))
    for n in ENGINES:
        if n in e and "error" in e[n]:
            L.append("**%s failed**: %s\n" % (n, e[n]["error"][:300]))
    L.append("## Indexing\n")
    L.append("| engine | items | wall s | CPU s | MB/s | peak memory | "
             "index | ×text | compacted | ×text |")
    L.append("|---|---|---|---|---|---|---|---|---|---|")
    for n in ok:
        r = e[n]
        L.append("| %s | %s | %.1f | %.1f | %.2f | %s | %s | %.2f | %s | %s |"
                 % (n, r.get("documents", "-"), r["build_s"],
                    r.get("build_cpu_s", 0), text / MB / r["build_s"],
                    fmt_bytes(r.get("build_peak_rss")),
                    fmt_bytes(r["index_bytes"]), r["index_bytes"] / text,
                    fmt_bytes(r.get("compact_bytes")),
                    "%.2f" % (r["compact_bytes"] / text)
                    if r.get("compact_bytes") else "-"))
    L.append("")
    L.append("## Queries\n")
    L.append("| engine | p50 ms | p90 ms | p99 ms | q/s @8 | p99 ms @8 | "
             "q/s @64 | CPU ms/query @8 | daemon peak | with hits | "
             "mean hits | errors | load |")
    L.append("|" + "---|" * 13)
    for n in ok:
        r = e[n]
        lat, c8, c64 = r["latency"], r.get("c8", {}), r.get("c64", {})
        h = r.get("hits", {})
        L.append("| %s | %.2f | %.2f | %.2f | %.0f | %.1f | %.0f | %s | %s | "
                 "%s/%s | %s | %d | %.1f |" % (
                     n, lat["p50_ms"], lat["p90_ms"], lat["p99_ms"],
                     c8.get("qps", 0), c8.get("p99_ms", 0), c64.get("qps", 0),
                     c8.get("server_cpu_ms_per_query", "-"),
                     fmt_bytes(r.get("daemon_peak_rss")),
                     h.get("with_hits", "-"), h.get("queries", "-"),
                     h.get("mean_hits", "-"), errors(r),
                     r.get("load_at_start", 0)))
        if n == "referat" and "ids" in r:
            i = r["ids"]
            lat, c8, c64 = i["latency"], i.get("c8", {}), i.get("c64", {})
            L.append("| referat, no snippets | %.2f | %.2f | %.2f | %.0f | "
                     "%.1f | %.0f | %s | | | | %d | |" % (
                         lat["p50_ms"], lat["p90_ms"], lat["p99_ms"],
                         c8.get("qps", 0), c8.get("p99_ms", 0),
                         c64.get("qps", 0),
                         c8.get("server_cpu_ms_per_query", "-"), errors(i)))
    L.append("")
    L.append("Referat, Sphinx and PostgreSQL are daemons driven over loopback "
             "by bench/peers/loadgen (C, one connection per client thread, "
             "closed loop); SQLite FTS5 runs in-process from Python threads, "
             "Xapian in-process from C++ threads (no daemon, no network). "
             "CPU ms/query: CPU time of the server process tree (of the whole "
             "tool for the in-process peers) over queries answered at 8 "
             "clients: the comparison least disturbed by other jobs on the "
             "machine. Referat's queries ask for no facets (the peers have "
             "none) but return titles, metadata and highlighted snippets; "
             "the peers return ids. 'referat, no snippets' asks for the "
             "hit list without snippets (`\"snippets\": false`): the same "
             "work as the peers'. PostgreSQL memory is PSS summed over its "
             "processes.\n")
    ref = e.get("referat")
    if ref and "error" not in ref:
        if "latency_facets" in ref:
            L.append("Referat with facets on (its default): p50 %.2f ms, "
                     "p99 %.2f ms at one client.\n" % (
                         ref["latency_facets"]["p50_ms"],
                         ref["latency_facets"]["p99_ms"]))
        if "http" in ref:
            h = ref["http"]
            L.append("Referat over HTTP (GET /search, keep-alive, facets "
                     "off): p50 %.2f ms, p99 %.2f ms at one client; %.0f q/s "
                     "at 8 clients (p99 %.1f ms), %d errors.\n" % (
                         h["latency"]["p50_ms"], h["latency"]["p99_ms"],
                         h["c8"]["qps"], h["c8"]["p99_ms"],
                         h["latency"]["errors"] + h["c8"]["errors"]))
        L.append("## Ratios Referat / peer\n")
        L.append("Above 1 means Referat is better, except for sizes.\n")
        L.append("| peer | indexing MB/s | indexing CPU | p50 | p99 | q/s @8 "
                 "| q/s @64 | CPU per query | index size | compacted size |")
        L.append("|---|---|---|---|---|---|---|---|---|---|")
        for n in ok:
            if n == "referat":
                continue
            r = e[n]
            L.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                n, ratio(r["build_s"], ref["build_s"]),
                ratio(r.get("build_cpu_s"), ref.get("build_cpu_s")),
                ratio(r["latency"]["p50_ms"], ref["latency"]["p50_ms"]),
                ratio(r["latency"]["p99_ms"], ref["latency"]["p99_ms"]),
                ratio(ref["c8"]["qps"], r["c8"]["qps"]),
                ratio(ref["c64"]["qps"], r["c64"]["qps"]),
                ratio(r["c8"].get("server_cpu_ms_per_query"),
                      ref["c8"].get("server_cpu_ms_per_query")),
                ratio(ref["index_bytes"], r["index_bytes"]),
                ratio(ref.get("compact_bytes"), r.get("compact_bytes"))))
        L.append("")
        L.append("## Targets (issue 6)\n")
        L.extend(targets(res))
        L.append("")
    return "\n".join(L) + "\n"


def targets(res):
    e, text = res["engines"], res["text_bytes"]
    ref = e["referat"]
    out = []

    def line(ok, what):
        out.append("- [%s] %s" % ("x" if ok else " ", what))

    def ok(name):
        return name in e and "error" not in e[name]

    if ok("sphinx"):
        s = e["sphinx"]
        line(s["build_s"] >= ref["build_s"],
             "indexing at least Sphinx's: %.2f vs %.2f MB/s" % (
                 text / MB / ref["build_s"], text / MB / s["build_s"]))
        runs = [("", ref)]
        if "ids" in ref:
            runs.append((", no snippets (ids, as Sphinx)", ref["ids"]))
        for tag, rr in runs:
            line(rr["c8"]["qps"] >= 1.5 * s["c8"]["qps"],
                 "q/s at 8 clients >= 1.5x Sphinx%s: %.0f vs %.0f (%.2fx)" % (
                     tag, rr["c8"]["qps"], s["c8"]["qps"],
                     rr["c8"]["qps"] / max(s["c8"]["qps"], 1e-9)))
            line(rr["latency"]["p50_ms"] <= s["latency"]["p50_ms"],
                 "p50 at 1 client no worse than Sphinx%s: %.2f vs %.2f ms" % (
                     tag, rr["latency"]["p50_ms"], s["latency"]["p50_ms"]))
    if ok("xapian"):
        x = e["xapian"]
        line(x["build_s"] / ref["build_s"] >= 0.8,
             "indexing >= 0.8x raw Xapian: %.2f vs %.2f MB/s (%.2fx)" % (
                 text / MB / ref["build_s"], text / MB / x["build_s"],
                 x["build_s"] / ref["build_s"]))
    if ok("postgres"):
        p = e["postgres"]
        line(ref["c8"]["qps"] >= 5 * p["c8"]["qps"],
             "q/s at 8 clients >= 5x PostgreSQL: %.0f vs %.0f (%.2fx)" % (
                 ref["c8"]["qps"], p["c8"]["qps"],
                 ref["c8"]["qps"] / max(p["c8"]["qps"], 1e-9)))
    line(ref["latency"]["p99_ms"] < 10,
         "p99 under 10 ms (1 client): %.2f ms" % ref["latency"]["p99_ms"])
    line(ref["c8"]["p99_ms"] < 10,
         "p99 under 10 ms (8 clients): %.2f ms" % ref["c8"]["p99_ms"])
    if ref.get("compact_bytes"):
        line(ref["compact_bytes"] <= 1.5 * text,
             "index <= 1.5x the text after compaction: %.2fx" % (
                 ref["compact_bytes"] / text))
    return out


def update_results_md(res, md_name):
    """Add this run's row to the table in bench/RESULTS.md (between the
    runs:begin / runs:end markers)."""
    path = os.path.join(BENCH, "RESULTS.md")
    if not os.path.exists(path):
        return
    e = res["engines"]
    ref = e.get("referat", {})
    if "error" in ref or "latency" not in ref:
        return
    text = res["text_bytes"]

    def vs(name):
        r = e.get(name)
        if r is None or "error" in r:
            return "-"
        return "idx %s · p50 %s · q/s %s · cpu/q %s" % (
            ratio(r["build_s"], ref["build_s"]),
            ratio(r["latency"]["p50_ms"], ref["latency"]["p50_ms"]),
            ratio(ref["c8"]["qps"], r["c8"]["qps"]),
            ratio(r["c8"].get("server_cpu_ms_per_query"),
                  ref["c8"].get("server_cpu_ms_per_query")))

    m = res["machine"]
    own = "%.2f MB/s; p50 %.2f, p99 %.2f ms; %.0f q/s @8, %.0f @64; " \
        "%.2f CPU ms/q; %.2fx text (%s compacted)" % (
            text / MB / ref["build_s"], ref["latency"]["p50_ms"],
            ref["latency"]["p99_ms"], ref["c8"]["qps"], ref["c64"]["qps"],
            ref["c8"].get("server_cpu_ms_per_query", 0),
            ref["index_bytes"] / text,
            "%.2fx" % (ref["compact_bytes"] / text)
            if ref.get("compact_bytes") else "-")
    if "ids" in ref:
        own += "; hit lists: p50 %.2f ms, %.0f q/s @8" % (
            ref["ids"]["latency"]["p50_ms"], ref["ids"]["c8"]["qps"])
    row = "| %s | %s | %d × %s, %.0f GiB, load %.1f | %s | %s | %s | %s | " \
        "%s | [%s](results/%s) |" % (
            res["date"] + " " + res.get("commit", ""), res["size_name"],
            m["nproc"], m["cpu"],
            m["ram_gib"], m["load_at_start"][0], own, vs("sphinx"),
            vs("postgres"), vs("sqlite"), vs("xapian"), md_name, md_name)
    with open(path, encoding="utf-8") as f:
        s = f.read()
    end = "<!-- runs:end -->"
    if end in s:
        s = s.replace(end, row + "\n" + end)
        with open(path, "w", encoding="utf-8") as f:
            f.write(s)


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
