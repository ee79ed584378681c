# SPDX-License-Identifier: GPL-2.0-or-later
"""engines.py - each engine of the benchmark built, loaded and measured
on the same items and queries (bench.py's Ctx): Referat, Sphinx
(Manticore), PostgreSQL, SQLite FTS5 and Xapian used directly. The
queries in each engine's language come from translate.py; measure.py
runs and measures the processes."""
import json
import os
import pwd
import re
import shutil
import subprocess
import sys
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import translate  # noqa: E402
from measure import (MemSampler, children, compact, du,  # noqa: E402
                     free_port, loadgen_json, proc_mem, rows_summary, run,
                     stop_pid, timed, tree_cpu, wait_port)

ENGINES = ("referat", "sphinx", "postgres", "sqlite", "xapian")


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
