#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Run judged queries through the real referatd and score the run.

    python3 bench/eval/run_eval.py [--queries F] [--qrels F] [--items F]
                                   [--addr HOST:HTTPPORT] [--per-query]

Without --addr it indexes corpus/ into a temporary directory with the built
referat-index, starts the built referatd on free loopback ports, runs every
query over HTTP/JSON (with the query's council and year filters), maps the
results to judged item ids (bench/eval/to_run.py: corpus file names are
mapped back to the seed names with seed-map.tsv) and prints nDCG@10, P@5,
Recall@10 and MRR per category (bench/eval/score.py). The judgments default
to the copies in bench/eval/ (the public development set); pass another
set's files to score it. Python 3 standard library only.
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r and not r[0].startswith("#")]
    head, body = rows[0], rows[1:]
    return [dict(zip(head, r)) for r in body]


def seed_map():
    m = {}
    with open(os.path.join(HERE, "seed-map.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            ours, seed = line.rstrip("\n").split("\t")
            m[ours] = seed
    return m


# The thesaurus sources referatd ships with (corpus/README.md).
THESAURI = [os.path.join(ROOT, "corpus", "thesaurus.tsv"),
            os.path.join(ROOT, "corpus", "thesaurus-mythes-da.tsv")]


def start_daemon(bindir, tmp, thesauri):
    db = os.path.join(tmp, "db")
    subprocess.run([os.path.join(bindir, "referat-index"), "--db", db, "-q",
                    os.path.join(ROOT, "corpus")], check=True)
    args = [os.path.join(bindir, "referatd"), "--db", db,
            "--listen", "127.0.0.1:0", "--http", "127.0.0.1:0"]
    for t in thesauri or ["none"]:
        args += ["--thesaurus", t]
    if os.geteuid() == 0:
        args.append("--allow-root")
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline().split()
    if len(line) < 4 or line[0] != "READY":
        proc.kill()
        sys.exit("referatd did not start: %r" % line)
    return proc, "127.0.0.1:%s" % line[3]


def search(addr, q, council, yfrom, yto, limit):
    params = {"q": q, "limit": str(limit), "facets": "0"}
    if council:
        params["council"] = council
    if yfrom:
        params["from"] = yfrom
    if yto:
        params["to"] = yto
    url = "http://%s/search?%s" % (addr, urllib.parse.urlencode(params))
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        return {"hits": [], "error": e.read().decode("utf-8", "replace")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--queries", default=os.path.join(HERE, "queries.tsv"))
    ap.add_argument("--qrels", default=os.path.join(HERE, "qrels.tsv"))
    ap.add_argument("--items", default=os.path.join(HERE, "items.tsv"))
    ap.add_argument("--addr", help="HOST:PORT of a running referatd's HTTP")
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bin"))
    ap.add_argument("--limit", type=int, default=20)
    ap.add_argument("--per-query", action="store_true")
    ap.add_argument("--out", help="keep the run file here")
    ap.add_argument("--thesaurus", action="append",
                    help="a thesaurus source (repeat; 'none' for none); "
                    "default: the shipped ones")
    a = ap.parse_args()

    smap = seed_map()
    tmp = tempfile.mkdtemp(prefix="referat-eval-")
    proc = None
    addr = a.addr
    if addr is None:
        thes = a.thesaurus if a.thesaurus is not None else THESAURI
        proc, addr = start_daemon(a.bin, tmp, [t for t in thes if t != "none"])
    try:
        eng = os.path.join(tmp, "engine.tsv")
        with open(eng, "w", encoding="utf-8") as out:
            out.write("query_id\trank\tfile\tlabel\ttitle\n")
            for q in read_tsv(a.queries):
                res = search(addr, q["query"], q.get("council", ""),
                             q.get("year_from", ""), q.get("year_to", ""),
                             a.limit)
                if "error" in res:
                    print("%s: error %s" % (q["query_id"], res["error"]),
                          file=sys.stderr)
                for rank, h in enumerate(res.get("hits", []), 1):
                    f = smap.get(h["file"], h["file"])
                    title = h.get("title", "").replace("\t", " ")
                    out.write("%s\t%d\t%s\t%s\t%s\n" % (
                        q["query_id"], rank, f, h.get("label", ""), title))
        run = a.out or os.path.join(tmp, "run.tsv")
        with open(run, "w", encoding="utf-8") as f:
            subprocess.run([sys.executable, os.path.join(HERE, "to_run.py"),
                            eng, "--items", a.items], stdout=f, check=True)
        cmd = [sys.executable, os.path.join(HERE, "score.py"), run,
               "--queries", a.queries, "--qrels", a.qrels,
               "--items", a.items, "--split", "all"]
        if a.per_query:
            cmd.append("--per-query")
        return subprocess.run(cmd).returncode
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
