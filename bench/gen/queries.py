#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""queries.py - the benchmark's query set, drawn deterministically from the
generator's vocabulary (seed and prose sentences, theme words) plus
hand-written council themes.

  python3 bench/gen/queries.py [--seed 1] > bench/queries/queries.tsv

Columns (tab-separated, no quoting): id, query, council, year_from,
year_to, kind. The query language is Referat's, restricted so every peer
can run the same query: words (OR between them, ranked), "phrases",
prefix* wildcards, and AND / OR / NOT in capitals without parentheses
(`A AND B`, `A AND B AND C`, `A OR B`, `A NOT B`, `A AND B NOT C`,
`"p q" AND B`). council is an authority ("Herning Kommune", "Region
Midtjylland") or empty; years are inclusive or empty.
"""
import argparse
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402
import pool  # noqa: E402
import vocab  # noqa: E402

# Danish stop words (Snowball's list, which PostgreSQL's `danish` uses):
# never a query word on its own.
STOP = set(
    "og i jeg det at en den til er som på de med han af for ikke der var mig "
    "sig men et har om vi min havde ham hun nu over da fra du ud sin dem os "
    "op man hans hvor eller hvad skal selv her alle vil blev kunne ind når "
    "være dog noget ville jo deres efter ned skulle denne end dette mit "
    "også under have dig anden hende mine alt meget sit sine vor mod disse "
    "hvis din nogle hos blive mange ad bliver hendes været thi jer sådan "
    "kan kun så samt mere flere ved andre både hvordan hvilke mellem uden "
    "dig enten hver".split()
)

# Hand-written council themes, as a user would type them.
THEMES = (
    "hjemløse", "rusmiddel", "bolig", "psykiatri", "frivillige",
    "misbrug", "herberg", "varmestue", "kontanthjælp", "tandpleje",
    "ensomhed", "dobbeltdiagnose", "stofindtagelsesrum", "botilbud",
    "handicap", "pårørende", "udsatte", "sundhed", "budget", "tryghed",
    "forsorgshjem", "jobcenter", "sygeplejerske", "væresteder",
    "integration", "hjemløshed", "efterværn", "alkohol", "heroin",
    "socialpsykiatri",
)
PHRASES = (
    "socialt udsatte", "Housing First", "udsatte borgere",
    "praktiserende læge", "skæve boliger", "psykisk lidelse",
    "sårbare unge", "ulighed i sundhed", "udsatte positioner",
    "almene boliger", "den gode løsladelse", "Kirkens Korshær",
    "Blå Kors", "frivillige organisationer", "det rummelige arbejdsmarked",
)
WORD = re.compile(r"[a-zæøåé]+")
TOKEN = re.compile(r"\w+")


def lower_words(s):
    """Words written in lower case (so no names), in order."""
    return [w for w in TOKEN.findall(s) if WORD.fullmatch(w)]


class Rng(generate.Rng):
    pass


def vocabulary(pools):
    """Word counts over everything the generator writes with."""
    c = collections.Counter()
    for s in pools["seed"] * 4 + pools["prose"]:
        c.update(lower_words(s))
    for words in vocab.TEMAER.values():
        for w in words:
            c.update(WORD.findall(w.lower()) * 20)
    return c


def bigrams(pools):
    c = collections.Counter()
    for s in pools["seed"]:
        ws = TOKEN.findall(s)
        for a, b in zip(ws, ws[1:]):
            if not (WORD.fullmatch(a) and WORD.fullmatch(b)):
                continue
            if a not in STOP and b not in STOP and len(a) > 3 and len(b) > 3:
                c[(a, b)] += 1
    return [" ".join(k) for k, n in sorted(c.items(),
                                             key=lambda kv: (-kv[1], kv[0]))
            if n >= 2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..",
                                                     "corpus"))
    ap.add_argument("--cache", default=os.path.join(here, "cache"))
    ap.add_argument("--no-install", action="store_true")
    args = ap.parse_args()
    pools = generate.load_pools(args)
    r = Rng(args.seed * 7919 + 17)
    counts = vocabulary(pools)
    ranked = [w for w, n in sorted(counts.items(),
                                   key=lambda kv: (-kv[1], kv[0]))
              if w not in STOP and len(w) >= 4]
    mid = ranked[40:3000]          # neither the commonest nor hapaxes
    theme_words = sorted({w for ws in vocab.TEMAER.values() for x in ws
                          for w in WORD.findall(x.lower())
                          if w not in STOP and len(w) >= 4})
    inflected = [w for w in mid if re.search(
        r"(erne|ene|en|et|ede|ernes|ets|ens|ige|ske)$", w)]
    compounds = sorted({w for w in theme_words + mid if len(w) >= 13})
    phrases = list(PHRASES) + bigrams(pools)[:120]

    rows = []

    def add(q, kind, council="", y0="", y1=""):
        rows.append((q, council, str(y0), str(y1), kind))

    def word():
        return r.pick(theme_words) if r.f() < 0.6 else r.pick(mid)

    for t in THEMES:
        add(t, "word")
    for _ in range(20):
        add(r.pick(mid), "word")
    for _ in range(30):
        add(r.pick(inflected), "inflection")
    for _ in range(40):
        add(" ".join(word() for _ in range(r.between(2, 3))), "multi")
    for _ in range(30):
        add(r.pick(compounds), "compound")
    for _ in range(40):
        add('"%s"' % r.pick(phrases), "phrase")
    for _ in range(40):
        a, b, c = word(), word(), word()
        form = r.below(6)
        q = ("%s AND %s" % (a, b), "%s AND %s AND %s" % (a, b, c),
             "%s OR %s" % (a, b), "%s NOT %s" % (a, b),
             "%s AND %s NOT %s" % (a, b, c),
             '"%s" AND %s' % (r.pick(phrases), a))[form]
        add(q, "boolean")
    for _ in range(30):
        w = r.pick(theme_words) if r.f() < 0.5 else r.pick(mid)
        k = min(len(w) - 1, r.between(4, 8))
        add(w[:k] + "*", "prefix")
    authorities = ["%s Kommune" % k for k in vocab.KOMMUNER] + \
        ["Region %s" % x for x in vocab.REGIONER]
    for i in range(45):
        q = (r.pick(THEMES), word() + " " + word(),
             '"%s"' % r.pick(phrases), r.pick(mid))[r.below(4)]
        council, y0, y1 = "", "", ""
        mode = i % 3
        if mode in (0, 2):
            council = r.pick(authorities)
        if mode in (1, 2):
            y0 = r.between(2010, 2024)
            y1 = min(2026, y0 + r.between(0, 4))
        add(q, "filter", council, y0, y1)

    seen, out = set(), []
    for q, council, y0, y1, kind in rows:
        key = (q, council, y0, y1)
        if key in seen:
            continue
        seen.add(key)
        out.append((q, council, y0, y1, kind))
    sys.stdout.write("id\tquery\tcouncil\tyear_from\tyear_to\tkind\n")
    for i, (q, council, y0, y1, kind) in enumerate(out, 1):
        sys.stdout.write("q%03d\t%s\t%s\t%s\t%s\t%s\n"
                         % (i, q, council, y0, y1, kind))
    return 0


if __name__ == "__main__":
    sys.exit(main())
