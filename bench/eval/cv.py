#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Choose ranking weights by k-fold cross-validation on the judged queries.

    python3 bench/eval/cv.py [--folds 4] [--repeats 3] [--quick | --bm25]
                             [--queries F --qrels F]... [--markdown OUT.md]
                             [--bin build/bin]

Indexes corpus/ once, then for each setting of the grid (BM25 k1, b and
min_normlen,
the exact-form bonus, the side-by-side bonus, the compound-part weight,
the attendance weight:
referatd --rank, lib/query/rank.c) starts the built referatd on that
index, runs every judged query over HTTP and keeps each query's nDCG@10.
The queries are split into --folds folds, --repeats times with different
shuffles; for each fold the setting with the best mean over the other
folds (training) is scored on the fold (test). Ties go to the setting
nearest the current defaults, so a weight moves only when the training
queries ask for it. The setting to ship has the best mean training
score over all folds averaged with its k1/b neighbours in the grid (a
plateau, not a peak that suits a few queries). Prints the folds table (as
Markdown with --markdown). The queries default to the public set; give
--queries/--qrels once per set to pool several (public and bench/eval/dev).
--bm25 varies k1, b and min_normlen only, the rest at their defaults.
Python 3 standard library only.
"""
import argparse
import collections
import itertools
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import run_eval  # noqa: E402
import score  # noqa: E402

# The grid; the first value of each is not special, DEFAULTS are.
GRID = collections.OrderedDict([
    ("k1", [0.6, 0.9, 1.2, 1.5, 2.0]),
    ("b", [0.3, 0.5, 0.75, 0.9]),
    ("min_normlen", [0.5, 0.8]),
    ("exact", [0.1, 0.25]),
    ("adjacent", [0.5, 1.0]),
    ("parts", [0.4, 0.6]),
    ("attend", [0.1, 0.3]),
])
QUICK = collections.OrderedDict([
    ("k1", [0.9, 1.2]), ("b", [0.5, 0.75]), ("min_normlen", [0.5]),
    ("exact", [0.25]),
    ("adjacent", [1.0]), ("parts", [0.6]), ("attend", [0.1]),
])
BM25 = collections.OrderedDict([
    ("k1", GRID["k1"]), ("b", GRID["b"]), ("min_normlen", GRID["min_normlen"]),
    ("exact", [0.25]), ("adjacent", [1.0]), ("parts", [0.6]), ("attend", [0.3]),
])
# lib/query/rank.c's qry_rank_default (ties go to the nearest setting)
DEFAULTS = {"k1": 1.2, "b": 0.75, "min_normlen": 0.5, "exact": 0.25, "adjacent": 1.0,
            "parts": 0.6, "attend": 0.3}


def spec(s):
    return ",".join("%s=%g" % kv for kv in s)


def distance(s):
    """How far a setting is from the defaults, each weight relative."""
    return sum(abs(v - DEFAULTS[k]) / max(DEFAULTS[k], 0.1) for k, v in s)


def start(bindir, db, rank):
    args = [os.path.join(bindir, "referatd"), "--db", db,
            "--listen", "off", "--http", "127.0.0.1:0", "--threads", "1",
            "--rank", rank]
    for t in run_eval.THESAURI:  # the sources referatd ships with
        args += ["--thesaurus", t]
    if os.geteuid() == 0:
        args.append("--allow-root")
    proc = subprocess.Popen(args, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline().split()
    if len(line) < 4 or line[0] != "READY":
        proc.kill()
        sys.exit("referatd did not start with --rank %s: %r" % (rank, line))
    return proc, "127.0.0.1:%s" % line[3]


def per_query(bindir, db, rank, queries, qrels, items, smap, tmp):
    """nDCG@10 of every query with weights `rank`."""
    proc, addr = start(bindir, db, rank)
    try:
        eng = os.path.join(tmp, "engine.tsv")
        with open(eng, "w", encoding="utf-8") as out:
            out.write("query_id\trank\tfile\tlabel\ttitle\n")
            for q in queries.values():
                res = run_eval.search(addr, q["query"], q.get("council", ""),
                                      q.get("year_from", ""),
                                      q.get("year_to", ""), 20)
                for n, h in enumerate(res.get("hits", []), 1):
                    f = smap.get(h["file"], h["file"])
                    out.write("%s\t%d\t%s\t%s\t%s\n" % (
                        q["query_id"], n, f, h.get("label", ""),
                        h.get("title", "").replace("\t", " ")))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    run = os.path.join(tmp, "run.tsv")
    with open(run, "w", encoding="utf-8") as f:
        subprocess.run([sys.executable, os.path.join(HERE, "to_run.py"), eng,
                        "--items", os.path.join(HERE, "items.tsv")],
                       stdout=f, check=True)
    r, _ = score.load_run(run)
    pq, _, _, _ = score.score_run(r, queries, qrels, items, 10, "exp")
    return {qid: m["nDCG@10"] for qid, m in pq.items()}


def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bin"))
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="a 4-setting grid")
    ap.add_argument("--bm25", action="store_true",
                    help="k1, b and min_normlen only")
    ap.add_argument("--queries", action="append",
                    help="a queries.tsv (repeat, with --qrels in step)")
    ap.add_argument("--qrels", action="append")
    ap.add_argument("--markdown", help="also write the tables here")
    a = ap.parse_args()

    qfiles = a.queries or [os.path.join(HERE, "queries.tsv")]
    rfiles = a.qrels or [os.path.join(HERE, "qrels.tsv")]
    if len(qfiles) != len(rfiles):
        sys.exit("cv.py: give --queries and --qrels as many times")
    queries, qrels = {}, {}
    for qf, rf in zip(qfiles, rfiles):
        queries.update(score.load_queries(qf, "all"))
        qrels.update(score.load_qrels(rf))
    items = score.load_items(os.path.join(HERE, "items.tsv"))
    smap = run_eval.seed_map()
    grid = QUICK if a.quick else BM25 if a.bm25 else GRID
    names = list(grid)
    settings = [tuple(zip(names, vals))
                for vals in itertools.product(*grid.values())]

    tmp = tempfile.mkdtemp(prefix="referat-cv-")
    db = os.path.join(tmp, "db")
    subprocess.run([os.path.join(a.bin, "referat-index"), "--db", db, "-q",
                    os.path.join(ROOT, "corpus")], check=True)
    scores = {}
    for i, s in enumerate(settings):
        scores[s] = per_query(a.bin, db, spec(s), queries, qrels, items,
                              smap, tmp)
        print("%3d/%d %-48s %.3f" % (i + 1, len(settings), spec(s),
                                      mean(list(scores[s].values()))),
              file=sys.stderr)

    # The surface is flat and noisy over 16 queries: a setting is judged
    # with its neighbourhood (one step of k1 or b either way), in each
    # fold and for the setting to ship (the best over all folds), so a
    # lone peak that happens to suit a few queries is not taken.
    index = {s: i for i, s in enumerate(settings)}

    def neighbours(s):
        out = [s]
        for axis in ("k1", "b"):
            vals = grid[axis]
            d = dict(s)
            at = vals.index(d[axis])
            for step in (-1, 1):
                if 0 <= at + step < len(vals):
                    d2 = dict(d)
                    d2[axis] = vals[at + step]
                    t = tuple((k, d2[k]) for k in names)
                    if t in index:
                        out.append(t)
        return out

    qids = [q for q in queries if q in scores[settings[0]]]
    rows, chosen = [], collections.Counter()
    train_means = collections.defaultdict(list)
    for rep in range(a.repeats):
        order = qids[:]
        random.Random(rep + 1).shuffle(order)
        folds = [order[f::a.folds] for f in range(a.folds)]
        for f, test in enumerate(folds):
            train = [q for q in qids if q not in test]
            tr = {s: mean([scores[s][q] for q in train]) for s in settings}
            for s in settings:
                train_means[s].append(tr[s])
            sm = {s: mean([tr[n] for n in neighbours(s)]) for s in settings}
            best = max(settings, key=lambda s: (round(sm[s], 6), -distance(s)))
            chosen[best] += 1
            rows.append((rep + 1, f + 1, spec(best), tr[best],
                         mean([scores[best][q] for q in test]),
                         " ".join(sorted(test))))
    smooth = {s: mean([mean(train_means[n]) for n in neighbours(s)])
              for s in settings}
    final = max(settings, key=lambda s: (round(smooth[s], 6), chosen[s],
                                         -distance(s)))
    dflt = tuple((k, DEFAULTS[k]) for k in names)
    if dflt not in scores:
        scores[dflt] = per_query(a.bin, db, spec(dflt), queries, qrels, items,
                                 smap, tmp)

    out = []
    out.append("| repeat | fold | chosen on training folds | train nDCG@10 "
               "| test nDCG@10 | test queries |")
    out.append("| ---: | ---: | --- | ---: | ---: | --- |")
    for r in rows:
        out.append("| %d | %d | `%s` | %.3f | %.3f | %s |" % r)
    out.append("")
    out.append("Mean test nDCG@10 over %d folds: **%.3f** (each query is "
               "tested once per repeat)." % (len(rows),
                                             mean([r[4] for r in rows])))
    often = max(settings, key=lambda s: (chosen[s], -distance(s)))
    out.append("Chosen most often (%d of %d folds): `%s`." % (
        chosen[often], len(rows), spec(often)))
    out.append("Shipped (best mean training score over all folds, averaged "
               "with its k1/b grid neighbours: %.3f): `%s`, chosen in %d "
               "folds; on all %d queries %.3f." % (
                   smooth[final], spec(final), chosen[final], len(qids),
                   mean(list(scores[final].values()))))
    if dflt in scores:
        out.append("The defaults of lib/query/rank.c `%s`: %.3f on all queries." % (
            spec(dflt), mean(list(scores[dflt].values()))))
    best_all = max(settings, key=lambda s: mean(list(scores[s].values())))
    out.append("Best on all %d at once (not used): `%s`, %.3f." % (
        len(qids), spec(best_all), mean(list(scores[best_all].values()))))
    text = "\n".join(out)
    print(text)
    if a.markdown:
        with open(a.markdown, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
