#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Query torture test: generated corpora from several seeds, indexed with
the built referat-index, served by the built referatd, and thousands of
random queries made from each index's own words (pairs, triples, forms the
index lacks, typos, quoted and ~phrases, prefixes, NOT, +a -b, fields,
council and date filters, AND/OR, parentheses; random pages, facets and
snippets on or off). Every answer must be well-formed (docs/protocol.md)
or a documented error, and the daemon must live and exit 0 (under ASan:
no leak). A sample is checked against a brute force over the generated
text: exact phrases, prefixes and exact words (alone, with AND, OR, NOT,
+/-, in a field, with filters) must find exactly the items the text
says, and plain
words must compose (a AND b = a & b, a b = a | b; a NOT b lies between
A - B and A and keeps no item holding b as written: NOT drops no item
for a compound part or a near spelling).

  torture.py [--seconds S] [--seeds N] [--first-seed K] [-v]

The time budget (TORTURE_SECONDS, default 120) covers everything; it is
split between the seeds (TORTURE_SEEDS, default 3). Exit 0 if all held;
else 1, with the seed and the query to replay. Python 3 stdlib only."""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "integration"))

import gen  # noqa: E402
import searchd_harness as h  # noqa: E402

OK_ERRORS = {"bad_query", "limit"}  # what a random query may earn
HIT_KEYS = ("id", "council", "authority", "date", "label", "title", "file",
            "score")
PAGE_MAX, DEPTH_MAX = 100, 1000  # docs/protocol.md: limit, offset+limit


class Failure(Exception):
    pass


def expect(cond, what, q):
    if not cond:
        raise Failure("%s\n  query: %r" % (what, q))


# ---- answers ---------------------------------------------------------------

def check_answer(a, p, corpus):
    """An OK answer to SEARCH params `p` is as docs/protocol.md says."""
    q = p
    expect(isinstance(a, dict), "answer is not an object", q)
    t = a.get("total")
    expect(isinstance(t, dict) and all(isinstance(t.get(k), int)
                                       for k in ("estimated", "lower",
                                                 "upper")),
           "total is not {estimated, lower, upper}", q)
    expect(0 <= t["lower"] <= t["estimated"] <= t["upper"],
           "total bounds out of order: %r" % t, q)
    expect(a.get("offset") == p.get("offset", 0) and
           a.get("limit") == p.get("limit", 10), "offset/limit not echoed", q)
    expect(isinstance(a.get("took_ms"), (int, float)) and a["took_ms"] >= 0,
           "took_ms", q)
    hits = a.get("hits")
    expect(isinstance(hits, list) and len(hits) <= a["limit"], "hits", q)
    snippets = p.get("snippets", True)
    last = None
    for x in hits:
        expect(isinstance(x, dict) and all(k in x for k in HIT_KEYS),
               "hit lacks a documented key: %r" % x, q)
        expect(x["id"] in corpus.items, "unknown item id %r" % x["id"], q)
        it = corpus.items[x["id"]]
        expect(x["date"] == it.date and x["council"] == it.council,
               "hit %s: date/council %r %r" % (x["id"], x["date"],
                                               x["council"]), q)
        expect(("snippet" in x and "snippet_html" in x) == snippets,
               "snippet present: %r, asked %r" % ("snippet" in x, snippets),
               q)
        expect(isinstance(x["score"], (int, float)), "score", q)
        expect(last is None or x["score"] <= last + 1e-9,
               "scores not descending", q)
        last = x["score"]
    expect(len({x["id"] for x in hits}) == len(hits), "a hit twice", q)
    facets = a.get("facets")
    if p.get("facets", True):
        expect(isinstance(facets, dict), "facets missing", q)
        expect(t["lower"] == t["upper"], "facets on: total not exact", q)
        for k in ("council", "year"):
            expect(isinstance(facets.get(k), list), "facets.%s" % k, q)
        n = sum(f["count"] for f in facets["council"])
        expect(n == t["lower"], "council facets sum %d != total %d"
               % (n, t["lower"]), q)
        want = max(0, min(a["limit"], t["lower"] - a["offset"]))
        expect(len(hits) == want, "%d hits, expected %d" % (len(hits), want),
               q)
    else:
        expect(facets is None, "facets not null with facets off", q)
    expect(a.get("suggestion") is None or isinstance(a["suggestion"], str),
           "suggestion", q)
    expect(isinstance(a.get("corrected"), bool), "corrected", q)


class Client:
    """One line-protocol connection; reconnects after a closed one only if
    the daemon is alive."""

    def __init__(self, d):
        self.d = d
        self.c = d.connect(timeout=60)
        self.sent = 0

    def search(self, p):
        import json
        self.sent += 1
        try:
            r = self.c.request("SEARCH " + json.dumps(p, ensure_ascii=False))
        except (EOFError, OSError) as e:
            try:  # a crash closes the connection just before the exit
                self.d.proc.wait(2)
            except Exception:
                pass
            raise Failure("connection lost (%s); daemon %s\n  query: %r"
                          % (e, "alive" if self.d.alive() else "DEAD", p))
        return r

    def http_search(self, p):
        """SEARCH over HTTP: ('OK', answer) or ('ERR', code, message)."""
        import json
        import urllib.parse
        q = {k: (("1" if v else "0") if isinstance(v, bool) else str(v))
             for k, v in p.items()}
        self.sent += 1
        try:
            status, _, body = self.d.http(
                "GET", "/search?" + urllib.parse.urlencode(q), timeout=60)
        except OSError as e:
            raise Failure("HTTP: %s; daemon %s\n  query: %r" % (
                e, "alive" if self.d.alive() else "DEAD", p))
        try:
            a = json.loads(body.decode())
        except ValueError:
            raise Failure("HTTP %d: body is not JSON: %r\n  query: %r"
                          % (status, body[:200], p))
        if status == 200:
            return ("OK", a)
        err = a.get("error") if isinstance(a, dict) else None
        expect(status == 400 and isinstance(err, dict) and
               isinstance(err.get("message"), str),
               "HTTP %d %r" % (status, a), p)
        return ("ERR", err.get("code"), err["message"])

    def item(self, iid):
        self.sent += 1
        try:
            return self.c.request("ITEM " + iid)
        except (EOFError, OSError) as e:
            raise Failure("connection lost (%s) on ITEM %s" % (e, iid))

    def close(self):
        self.c.close()


def answer(cl, p, corpus, http=False):
    """('OK', answer) checked, or ('ERR', code) for a documented error."""
    r = cl.http_search(p) if http else cl.search(p)
    if r[0] == "OK":
        check_answer(r[1], p, corpus)
        return r
    expect(r[1] in OK_ERRORS, "error %s %s" % (r[1], r[2]), p)
    return r


def all_ids(cl, q, corpus, **kw):
    """Every matching id (None if more than DEPTH_MAX match), or the
    error code."""
    p = dict(q=q, limit=PAGE_MAX, offset=0, snippets=False, **kw)
    r = answer(cl, p, corpus)
    if r[0] != "OK":
        return r[1]
    total = r[1]["total"]["lower"]
    if total > DEPTH_MAX:
        return None
    ids = [x["id"] for x in r[1]["hits"]]
    while len(ids) < total:
        p = dict(p, offset=len(ids))
        r = answer(cl, p, corpus)
        expect(r[0] == "OK" and r[1]["hits"], "paging stopped", p)
        ids += [x["id"] for x in r[1]["hits"]]
    expect(len(set(ids)) == total, "paging gave %d ids for total %d"
           % (len(set(ids)), total), q)
    return set(ids)


# ---- random queries ----------------------------------------------------------

class Queries:
    def __init__(self, corpus, r):
        self.c = corpus
        self.r = r
        self.seqs = []  # runs of adjacent folded tokens, per field
        for it in corpus.items.values():
            for f, toks in it.fields.items():
                self.seqs.append((f, toks))

    def form(self):
        """A written form, or a compound's part (an exact term too)."""
        if self.r.random() < 0.1:
            return self.r.choice(self.c.lexwords)
        return self.r.choice(self.c.forms)

    def variant(self):
        """A word of the index, or a form of one of its stems the index
        may lack, or a typo, or a filler."""
        r = self.r
        k = r.random()
        if k < 0.4:
            return self.form()
        if k < 0.5:
            return r.choice(self.c.lexwords)
        if k < 0.75:
            return r.choice(self.c.stems) + r.choice(gen.SUFFIXES)
        if k < 0.9:
            w = self.form()
            i = r.randrange(len(w))
            return w[:i] + w[i + 1:] if len(w) > 3 else w + "e"
        return r.choice(gen.FILLERS)

    def adjacent(self, n):
        f, toks = self.r.choice(self.seqs)
        while len(toks) < n:
            f, toks = self.r.choice(self.seqs)
        i = self.r.randrange(len(toks) - n + 1)
        return f, toks[i:i + n]

    def phrase(self):
        n = self.r.choice((2, 2, 2, 3, 4))
        if self.r.random() < 0.6:
            return " ".join(self.adjacent(n)[1])
        return " ".join(self.variant() for _ in range(n))

    def term(self, depth=0):
        r = self.r
        k = r.random()
        if k < 0.45:
            return self.variant()
        if k < 0.6:
            return '"%s"' % self.phrase()
        if k < 0.67:
            return '~"%s"' % self.phrase()
        if k < 0.74:
            w = self.form()
            return w[:r.randint(2, max(2, len(w) - 1))] + "*"
        if k < 0.82:
            field = r.choice(("title", "beslutning", "resume", "titel"))
            t = self.variant() if r.random() < 0.5 else \
                '"%s"' % self.phrase()
            return "%s:%s" % (field, t)
        if k < 0.86:
            return "council:%s" % r.choice(gen.COUNCILS)
        if k < 0.93 and depth < 3:
            return "(%s)" % self.query(depth + 1)
        return r.choice(("+", "-")) + self.variant()

    def query(self, depth=0):
        r = self.r
        n = r.choice((1, 2, 2, 2, 3, 3, 4, 6))
        parts = [self.term(depth)]
        for _ in range(n - 1):
            op = r.choice(("", "", "", " AND", " OR", " NOT", " AND NOT"))
            parts.append(op.strip())
            parts.append(self.term(depth))
        return " ".join(p for p in parts if p)

    def params(self):
        r = self.r
        p = {"q": self.query()}
        if r.random() < 0.3:
            p["limit"] = r.choice((0, 1, 5, 10, 20, 100))
        if r.random() < 0.2:
            p["offset"] = r.choice((0, 1, 3, 10, 50))
        if r.random() < 0.5:
            p["facets"] = False
        if r.random() < 0.3:
            p["snippets"] = False
        if r.random() < 0.15:
            p["council"] = r.choice(gen.COUNCILS)
        if r.random() < 0.15:
            y = r.randint(2014, 2025)
            p["from"] = "%d" % y
            if r.random() < 0.5:
                p["to"] = "%d-%02d" % (y + r.randint(0, 3), r.randint(1, 12))
        return p


# ---- brute-force checks ----------------------------------------------------------

def same(got, want, what, q):
    """The daemon's ids equal the brute force's (or past DEPTH_MAX)."""
    expect(isinstance(got, set) or got is None, "%s: error %r" % (what, got),
           q)
    if got is None or got == want:
        return
    raise Failure("%s: %d items, brute force %d: extra %r, missing %r\n"
                  "  query: %r" % (what, len(got), len(want),
                                   sorted(got - want)[:5],
                                   sorted(want - got)[:5], q))


def brute_checks(cl, qs, corpus, r):
    """One sampled check against the generated text; returns its name."""
    c = corpus
    k = r.randrange(10)
    if k == 9:  # a prefix: exact words (and compounds' parts) it starts
        w = qs.form()
        pre = w[:r.randint(3, max(3, len(w) - 1))]
        q = pre + "*" if r.random() < 0.7 else '"%s*"' % pre
        got = all_ids(cl, q, c)
        if got == "limit":  # more than 200 words: documented
            return "skipped"
        same(got, c.prefix_ids(pre), "prefix", q)
        return "prefix"
    if k == 0 and r.random() < 0.3:  # NEAR: at least the words side by side
        words = qs.adjacent(2)[1]
        if words[0] == words[1]:  # a repeated word counts otherwise (lib/xap)
            return "skipped"
        q = "%s NEAR/%d %s" % (words[1], r.choice((2, 5, 100)), words[0])
        got = all_ids(cl, q, c)
        expect(isinstance(got, set) or got is None, "NEAR: error %r" % (got,),
               q)
        want = c.phrase_ids(words)
        if got is not None and want - got:
            raise Failure("NEAR: missing %r of the %d items with the words "
                          "side by side\n  query: %r"
                          % (sorted(want - got)[:5], len(want), q))
        return "near"
    if k == 0:  # an exact phrase, of adjacent words or any
        words = qs.adjacent(r.choice((2, 2, 3)))[1] if r.random() < 0.7 \
            else [qs.form(), qs.form()]
        want, q = c.phrase_ids(words), '"%s"' % " ".join(words)
    elif k == 1:  # a phrase in the title
        words = qs.adjacent(2)[1]
        want, q = c.phrase_ids(words, "title"), 'title:"%s"' % " ".join(words)
    elif k in (2, 3):  # exact words with AND / OR / NOT / +-
        a, b = qs.form(), qs.form()
        A, B = c.word_ids(a), c.word_ids(b)
        # NOT removes the items holding b as a word, never as a compound's
        # part (issue 14), which "b" alone finds
        Bw = c.word_ids(b, whole=True)
        q, want = r.choice(((f'"{a}" AND "{b}"', A & B),
                            (f'"{a}" OR "{b}"', A | B),
                            (f'"{a}" NOT "{b}"', A - Bw),
                            (f'+"{a}" -"{b}"', A - Bw),
                            (f'+"{a}" +"{b}"', A & B)))
    elif k == 4:  # one exact word in a field
        w = qs.form()
        field, name = r.choice((("title", "title"),
                                ("Beslutning", "beslutning"),
                                ("Indstilling", "resume")))
        want, q = c.word_ids(w, field), '%s:"%s"' % (name, w)
    elif k == 5:  # filters
        w = qs.form()
        council = r.choice(gen.COUNCILS)
        y = r.randint(2015, 2024)
        kw = {"council": council, "from": "%d" % y, "to": "%d-12" % (y + 2)}
        want = c.filtered(c.word_ids(w), council, "%d-01-01" % y,
                          "%d-12-31" % (y + 2))
        same(all_ids(cl, '"%s"' % w, c, **kw), want, "filters",
             ('"%s"' % w, kw))
        return "filter"
    else:  # plain words compose
        a, b = qs.form(), qs.form()
        A, B = all_ids(cl, a, c), all_ids(cl, b, c)
        if not isinstance(A, set) or not isinstance(B, set):
            return "skipped"
        q, want = r.choice(((f"{a} AND {b}", A & B), (f"{a} NOT {b}", A - B),
                            (f"{a} {b}", A | B)))
        got = all_ids(cl, q, c)
        if " NOT " in q and isinstance(got, set):
            # NOT removes the word itself (its inflections), never items
            # that only hold it as a compound part or a near spelling,
            # which `b` alone also finds (issue 14): A - B <= got <= A,
            # and no item holding b as a word, as written, stays (the
            # text says which: "b" would also find it as a part).
            E = c.word_ids(b, whole=True)
            if not (A - B <= got <= A) or got & E:
                raise Failure("plain words do not compose: %d items; not "
                              "in A: %r, A - B missing: %r, holding b: %r\n"
                              "  query: %r" % (len(got), sorted(got - A)[:5],
                                               sorted((A - B) - got)[:5],
                                               sorted(got & E)[:5], q))
            return "compose"
        same(got, want, "plain words do not compose", q)
        return "compose"
    if k in (0, 1):
        return quoted_phrase(cl, c, q, want)
    same(all_ids(cl, q, c), want, "exact forms", q)
    return "exact"


def quoted_phrase(cl, c, q, exact):
    """A quoted phrase finds every item with its typed forms side by side
    (the brute force) and, ranked below them, the phrase in the other
    forms the index knows (lib/query/README.md): the items of ~"..."."""
    got = all_ids(cl, q, c)
    expect(isinstance(got, set) or got is None,
           "quoted phrase: error %r" % (got,), q)
    if got is None:
        return "phrase"
    if exact - got:
        raise Failure("quoted phrase: missing %r of the %d items with the "
                      "typed forms\n  query: %r"
                      % (sorted(exact - got)[:5], len(exact), q))
    tq = q.replace(':"', ':~"', 1) if ':"' in q else "~" + q
    same(got, all_ids(cl, tq, c), "quoted phrase against " + tq, q)
    return "phrase"


# ---- one seed ---------------------------------------------------------------

def run_seed(seed, until, tmp, verbose):
    src = os.path.join(tmp, "src-%d" % seed)
    corpus = gen.Corpus(seed, src)
    db = os.path.join(tmp, "db-%d" % seed)
    r = subprocess.run([h.binary("referat-index"), "--db", db, "--lexicon",
                        corpus.lexicon, src], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=600)
    if r.returncode != 0:
        raise Failure("seed %d: referat-index failed (%d): %s" % (
            seed, r.returncode, r.stderr.decode(errors="replace")))
    d = h.Daemon(db, "--lexicon", corpus.lexicon, tmpdir=tmp,
                 external_ok=False)
    r = random.Random(seed * 7919)
    qs = Queries(corpus, r)
    stats = {"queries": 0, "requests": 0, "errors": 0, "checks": 0}
    cl = None
    failed = None
    try:
        cl = Client(d)
        sanity(cl, corpus)
        while time.time() < until:
            if stats["queries"] % 8 == 7:
                brute_checks(cl, qs, corpus, r)
                stats["checks"] += 1
            else:
                p = qs.params()
                if verbose > 1:
                    print("  %r" % p, flush=True)
                a = answer(cl, p, corpus, http=r.random() < 0.05)
                if a[0] != "OK":
                    stats["errors"] += 1
                elif a[1]["hits"] and r.random() < 0.05:
                    check_item(cl, r.choice(a[1]["hits"])["id"], corpus)
            stats["queries"] += 1
        expect(d.alive(), "daemon died", "(end)")
    except Failure as e:
        failed = str(e)
    if cl is not None:
        stats["requests"] = cl.sent
        cl.close()
    rc = d.stop()
    log = d.log()
    # UBSan reports and goes on: its report alone fails the run
    if rc != 0 or "runtime error:" in log or "Sanitizer" in log:
        failed = "%s\nreferatd exit status %r\n%s" % (
            failed or "", rc, log[-3000:])
    if failed:
        raise Failure("seed %d: %s" % (seed, failed))
    stats["items"] = len(corpus.items)
    return stats


def check_item(cl, iid, corpus):
    """ITEM of a hit: the item as generated (title words, sections)."""
    r = cl.item(iid)
    expect(r[0] == "OK", "ITEM %s: %r" % (iid, r), iid)
    it, x = corpus.items[iid], r[1]
    expect(x.get("id") == iid and isinstance(x.get("text"), str) and
           isinstance(x.get("sections"), list), "ITEM %s keys" % iid, iid)
    expect(gen.fold(x.get("title") or "").split() == it.fields["title"],
           "ITEM %s title %r" % (iid, x.get("title")), iid)
    names = [s_.get("name") for s_ in x["sections"]]
    expect(names == [f for f in gen.FIELDS[1:] if f in it.fields],
           "ITEM %s sections %r" % (iid, names), iid)


def sanity(cl, corpus):
    """The parser saw the items the generator wrote: every item is found
    by the exact words of its title, with its id."""
    for it in list(corpus.items.values())[:10]:
        title = " ".join(it.fields["title"])
        got = all_ids(cl, '"%s"' % title, corpus)
        expect(isinstance(got, set) and it.id in got,
               "item %s not found by its title" % it.id, title)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float,
                    default=float(os.environ.get("TORTURE_SECONDS", 120)))
    ap.add_argument("--seeds", type=int,
                    default=int(os.environ.get("TORTURE_SEEDS", 3)))
    ap.add_argument("--first-seed", type=int, default=1)
    ap.add_argument("-v", "--verbose", action="count", default=0)
    a = ap.parse_args()
    start = time.time()
    end = start + a.seconds
    tmp = tempfile.mkdtemp(prefix="torture-")
    total = {"queries": 0, "requests": 0, "errors": 0, "checks": 0,
             "items": 0}
    try:
        for i in range(a.seeds):
            seed = a.first_seed + i
            # this seed's share of what is left, less its start-up
            until = time.time() + (end - time.time()) / (a.seeds - i)
            s = run_seed(seed, until, tmp, a.verbose)
            print("seed %d: %d items, %d queries (%d requests), %d errors, "
                  "%d brute-force checks" % (seed, s["items"], s["queries"],
                                             s["requests"], s["errors"],
                                             s["checks"]), flush=True)
            for k in total:
                total[k] += s[k]
    except Failure as e:
        print("FAIL %s" % e, flush=True)
        return 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("torture: %d seeds, %d queries, %d requests, %d checks in %.1f s"
          % (a.seeds, total["queries"], total["requests"], total["checks"],
             time.time() - start))
    return 0


if __name__ == "__main__":
    sys.exit(main())
