#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""sqlite_fts5.py - the SQLite FTS5 peer, through python3's sqlite3.

  sqlite_fts5.py index DB ITEMS.tsv
  sqlite_fts5.py search DB QUERIES.tsv [--passes K --warmup W]
                 [--threads N --duration S] [--rows-out FILE]

FTS5 has no Danish stemmer: the tokenizer is unicode61 with
remove_diacritics 0 (so æ, ø, å stay letters), and words match only as
written (prefix queries aside). Ranked by bm25 (ORDER BY rank), top 10.
ITEMS.tsv: id, authority_id, date (YYYYMMDD), year, title, body.
QUERIES.tsv: fts5 query, authority_id (0: none), year_from, year_to.
Prints one JSON line, as loadgen does. Threads each open their own
connection; sqlite3 releases the GIL while a statement runs, but the
Python around it does not, so 8 and 64 "clients" here measure Python
threads, not a daemon.
"""
import json
import sqlite3
import sys
import threading
import time


def index(db, items):
    t0 = time.monotonic()
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("CREATE VIRTUAL TABLE items USING fts5(title, body, "
                "authority UNINDEXED, year UNINDEXED, "
                "tokenize = 'unicode61 remove_diacritics 0')")
    n = 0
    with open(items, encoding="utf-8") as f:
        rows = []
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 6:
                continue
            rows.append((int(p[0]), p[4], p[5], int(p[1]), int(p[3])))
            if len(rows) >= 1000:
                con.executemany("INSERT INTO items(rowid, title, body, "
                                "authority, year) VALUES (?,?,?,?,?)", rows)
                n += len(rows)
                rows = []
        con.executemany("INSERT INTO items(rowid, title, body, authority, "
                        "year) VALUES (?,?,?,?,?)", rows)
        n += len(rows)
    con.commit()
    con.execute("INSERT INTO items(items) VALUES ('optimize')")
    con.commit()
    con.close()
    print(json.dumps({"documents": n,
                      "seconds": round(time.monotonic() - t0, 3)}))


def load_queries(path):
    qs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 4:
                continue
            sql = "SELECT rowid FROM items WHERE items MATCH ?"
            args = [p[0]]
            if p[1] not in ("", "0"):
                sql += " AND authority = ?"
                args.append(int(p[1]))
            if p[2]:
                sql += " AND year BETWEEN ? AND ?"
                args += [int(p[2]), int(p[3])]
            qs.append((sql + " ORDER BY rank LIMIT 10", args))
    return qs


def pct(v, p):
    if not v:
        return 0.0
    return v[min(len(v) - 1, int(p / 100.0 * (len(v) - 1) + 0.5))]


def stats(clients, lat, secs, errors=0):
    lat.sort()
    return {"clients": clients, "requests": len(lat), "errors": errors,
            "seconds": round(secs, 3),
            "qps": round(len(lat) / secs, 1) if secs > 0 else 0,
            "p50_ms": round(pct(lat, 50), 3), "p90_ms": round(pct(lat, 90), 3),
            "p99_ms": round(pct(lat, 99), 3),
            "mean_ms": round(sum(lat) / len(lat), 3) if lat else 0,
            "max_ms": round(lat[-1], 3) if lat else 0}


def search(db, qpath, opts):
    qs = load_queries(qpath)
    passes, warmup = int(opts.get("--passes", 3)), int(opts.get("--warmup", 1))
    threads = min(256, int(opts.get("--threads", 1)))
    duration = min(600.0, float(opts.get("--duration", 0)))
    if duration <= 0:
        con = sqlite3.connect(db)
        lat, rows, errors = [], [0] * len(qs), 0
        for pass_ in range(warmup + passes):
            for i, (sql, args) in enumerate(qs):
                t0 = time.perf_counter()
                try:
                    r = con.execute(sql, args).fetchall()
                except sqlite3.Error:
                    r, errors = None, errors + 1
                ms = (time.perf_counter() - t0) * 1000
                if pass_ >= warmup:
                    lat.append(ms)
                    rows[i] = -1 if r is None else len(r)
        out = stats(1, lat, sum(lat) / 1000, errors)
        if "--rows-out" in opts:
            with open(opts["--rows-out"], "w") as f:
                f.write("".join("%d\n" % r for r in rows))
        print(json.dumps(out))
        return
    lats = [[] for _ in range(threads)]
    start = time.monotonic() + 0.3
    end = start + duration

    def run(t):
        con = sqlite3.connect(db, check_same_thread=False)
        i = t * len(qs) // threads
        while time.monotonic() < start:
            time.sleep(0.01)
        while True:
            t0 = time.monotonic()
            if t0 >= end:
                break
            sql, args = qs[i]
            try:
                con.execute(sql, args).fetchall()
            except sqlite3.Error:
                pass
            t1 = time.monotonic()
            if t1 > end:
                break
            lats[t].append((t1 - t0) * 1000)
            i = (i + 1) % len(qs)
        con.close()

    ts = [threading.Thread(target=run, args=(t,)) for t in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(json.dumps(stats(threads, [x for l in lats for x in l], duration)))


def main(argv):
    if len(argv) == 4 and argv[1] == "index":
        index(argv[2], argv[3])
        return 0
    if len(argv) >= 4 and argv[1] == "search":
        opts = dict(zip(argv[4::2], argv[5::2]))
        search(argv[2], argv[3], opts)
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
