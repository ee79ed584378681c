#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""score.py - how well the indexer splits the layout fixtures.

Usage: score.py BIN_DIR [FIXTURE_DIR] [-v] [--check MIN] [--misses FILE]

Every fixture FILE in FIXTURE_DIR (default: tests/data/layouts) with a
FILE.expect.json beside it is parsed by BIN_DIR/referat-index (with
`--parse FILE...` when the indexer has it, 64 fixtures a run, else by
indexing it into a temporary database and reading `--dump`) and compared with what a reader
of the minutes expects:

  {"council": "Byrådet" | ["Byrådet", "Aarhus Byråd"], "authority": ...,
   "date": "YYYY-MM-DD",
   "items": [{"label": "1", "title": "...", "line": 12}, ...]}

or, for a file that holds several meetings (a year's minutes on one
page), {"meetings": [{"council": ..., "authority": ..., "date": ...,
"items": [...]}, ...]} in file order. The parsed meetings (each
"kind": "meeting" record of --parse and the items after it) are paired
with the expected ones in order; items of a meeting without a partner
count as parsed or expected but unmatched.

An expected item matches a parsed one with the same label (leading zeros
and case ignored; a null label matches any) and, for plain-text fixtures
with a "line", a first line at most LINE_SLACK lines away; with a null
label the title must match too. Boundary precision is matched / parsed
items, recall matched / expected items. A title is right when the
matched item's title equals the expected one (white space, case and a
final '.' or ':' ignored; an expected null title wants no title). The
committee is right when the parsed council equals an expected one or
starts with it followed by ", " ("Byrådet, Aarhus Kommune"). A document
is fully right when every item matches one to one, every title, the date
and the committee are right - for several meetings: as many meetings
parsed as expected, each of them fully right.

--check MIN exits 1 unless at least MIN documents are fully right (the
ctest `layouts/score` uses it as a floor on behaviour). --misses FILE
names the fixtures known not to be fully right, one a line (`#` starts a
comment): any other fixture that is not fully right exits 1, so a change
cannot trade one fixture for another under the floor; a listed fixture
that has come right is reported, to be taken off the list. python3
stdlib only.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

LINE_SLACK = 2
SKIP_SUFFIXES = (".expect.json", ".meta", ".md")


def norm_label(s):
    if s is None:
        return None
    s = str(s).strip().lower().rstrip(".")
    s = s.lstrip("0") or ("0" if s else "")
    return s


def norm_text(s):
    if s is None:
        return ""
    s = re.sub(r"\s+", " ", str(s)).strip()
    while s and s[-1] in ".:":
        s = s[:-1].rstrip()
    return s.casefold()


def has_parse(bindir):
    try:
        out = subprocess.run([os.path.join(bindir, "referat-index"), "--help"],
                             capture_output=True, text=True, timeout=60)
    except OSError:
        return False
    return "--parse" in out.stdout + out.stderr


def norm_item(i):
    label = i.get("item", i.get("label"))
    return {"label": None if label is None else str(label),
            "title": i.get("title"),
            "line": i.get("first_line", i.get("line"))}


def records_to_meetings(records):
    """Group --parse / --dump records into [(meeting fields, items)]:
    a meeting record opens a meeting, the items after it are its."""
    meetings = []
    for r in records:
        if not isinstance(r, dict):
            continue
        if isinstance(r.get("items"), list):  # one object per meeting
            meta = {k: r.get(k) for k in ("council", "authority", "date")}
            meetings.append((meta, [norm_item(i) for i in r["items"]
                                    if isinstance(i, dict)]))
            continue
        if r.get("kind") == "meeting" or r.get("type") == "meeting":
            meetings.append(({k: r.get(k) for k in
                              ("council", "authority", "date")}, []))
            continue
        if not meetings:
            meetings.append(({}, []))
        meta = meetings[-1][0]
        for k in ("council", "authority", "date"):
            if meta.get(k) is None and r.get(k) is not None:
                meta[k] = r.get(k)
        meetings[-1][1].append(norm_item(r))
    return meetings or [({}, [])]


# The scanned fixtures' items must not depend on how busy the machine is:
# under ASan on a loaded machine a page's OCR ran past the default 30
# seconds and lost items. As tests/integration/searchd_harness.py's
# OCR_ALL_THE_TIME, every run gives OCR all the time it needs.
OCR_ALL_THE_TIME = ("--ocr-seconds", "900")


def run_indexer(bindir, path, use_parse):
    exe = os.path.join(bindir, "referat-index")
    if use_parse:
        p = subprocess.run([exe, *OCR_ALL_THE_TIME, "--parse", path],
                           capture_output=True,
                           text=True, timeout=300)
        if p.returncode == 0:
            return [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    with tempfile.TemporaryDirectory(prefix="layouts-") as tmp:
        db = os.path.join(tmp, "db")
        p = subprocess.run([exe, *OCR_ALL_THE_TIME, "--db", db, "-q", "-j",
                            "1", path],
                           capture_output=True, text=True, timeout=300)
        if p.returncode != 0:
            return []
        p = subprocess.run([exe, "--db", db, "--dump"], capture_output=True,
                           text=True, timeout=300)
        return [json.loads(l) for l in p.stdout.splitlines() if l.strip()]


BATCH = 64


def parse_batches(bindir, paths):
    """--parse many fixtures per indexer run: {path: records}. One run per
    fixture spent most of the test in process start-up (and ASan's). A
    file the batch gave no records for (a failed read is reported and
    skipped) is left out; run_indexer() then reads it alone."""
    exe = os.path.join(bindir, "referat-index")
    out = {}
    for k in range(0, len(paths), BATCH):
        chunk = paths[k:k + BATCH]
        p = subprocess.run([exe, *OCR_ALL_THE_TIME, "--parse"] + chunk,
                           capture_output=True,
                           text=True, timeout=900)
        if p.returncode != 0:
            continue
        for line in p.stdout.splitlines():
            if line.strip():
                r = json.loads(line)
                out.setdefault(r.get("file"), []).append(r)
    return out


def match_items(expected, parsed, plain_text):
    """Greedy in order: pairs (expected index, parsed index)."""
    used, pairs = set(), []
    for ei, e in enumerate(expected):
        el = norm_label(e.get("label"))
        for pi, p in enumerate(parsed):
            if pi in used:
                continue
            if el is not None and norm_label(p["label"]) != el:
                continue
            if el is None and e.get("title") is not None and \
                    norm_text(p["title"]) != norm_text(e["title"]):
                continue
            if plain_text and e.get("line") is not None:
                if p["line"] is None or \
                        abs(int(p["line"]) - int(e["line"])) > LINE_SLACK:
                    continue
            used.add(pi)
            pairs.append((ei, pi))
            break
    return pairs


def committee_right(want, got):
    # A page that names no committee (an item page cut from its meeting)
    # expects null: the indexer must not invent one.
    if want is None:
        return got is None
    if got is None:
        return False
    wants = want if isinstance(want, list) else [want]
    g = norm_text(got)
    for w in wants:
        w = norm_text(w)
        if g == w or g.startswith(w + ", "):
            return True
    return False


def score_meeting(exp, meta, parsed, plain_text):
    """One expected meeting against one parsed (meta, items); either may
    be None (a meeting missing or extra)."""
    expected = exp["items"] if exp is not None else []
    parsed = parsed if parsed is not None else []
    pairs = match_items(expected, parsed, plain_text) if exp else []
    titles = sum(1 for ei, pi in pairs
                 if norm_text(expected[ei].get("title")) ==
                 norm_text(parsed[pi]["title"]))
    meta = meta or {}
    r = {"expected": len(expected), "parsed": len(parsed),
         "matched": len(pairs), "titles": titles,
         "date": exp is not None and meta.get("date") == exp.get("date"),
         "committee": exp is not None and
         committee_right(exp.get("council"), meta.get("council")),
         "authority": exp is not None and
         norm_text(meta.get("authority")) == norm_text(exp.get("authority")),
         "pairs": pairs, "exp": exp, "meta": meta, "items": parsed}
    r["right"] = (exp is not None and
                  r["matched"] == r["expected"] == r["parsed"] and
                  titles == len(expected) and r["date"] and r["committee"])
    return r


def print_meeting(name, m):
    exp = m["exp"] or {}
    meta = m["meta"]
    print("--- %s: date %s (want %s), council <%s> (want %s), "
          "authority <%s> (want %s)" % (
              name, meta.get("date"), exp.get("date"), meta.get("council"),
              exp.get("council"), meta.get("authority"),
              exp.get("authority")))
    got = {pi: ei for ei, pi in m["pairs"]}
    for pi, p in enumerate(m["items"]):
        mark = "ok " if pi in got else "XX "
        print("  %s%-5s l%-4s %s" % (mark, p["label"], p["line"],
                                     (p["title"] or "(null)")[:70]))
    matched = {ei for ei, _ in m["pairs"]}
    for ei, e in enumerate(exp.get("items", [])):
        if ei not in matched:
            print("  missing %-5s l%-4s %s" % (
                e.get("label"), e.get("line"),
                (e.get("title") or "(null)")[:70]))


def score_fixture(bindir, path, use_parse, verbose, parsed=None):
    with open(path + ".expect.json", encoding="utf-8") as f:
        exp = json.load(f)
    wanted = exp["meetings"] if "meetings" in exp else [exp]
    records = parsed.get(path) if parsed else None
    if records is None:
        records = run_indexer(bindir, path, use_parse)
    got = records_to_meetings(records)
    plain = path.endswith(".txt")
    ms = [score_meeting(wanted[k] if k < len(wanted) else None,
                        got[k][0] if k < len(got) else None,
                        got[k][1] if k < len(got) else None, plain)
          for k in range(max(len(wanted), len(got)))]
    r = {"name": os.path.basename(path),
         "meetings": "%d/%d" % (len(got), len(wanted))}
    for k in ("expected", "parsed", "matched", "titles"):
        r[k] = sum(m[k] for m in ms)
    for k in ("date", "committee", "authority", "right"):
        r[k] = len(got) == len(wanted) and all(m[k] for m in ms)
    if verbose and not r["right"]:
        for k, m in enumerate(ms):
            name = r["name"] if len(ms) == 1 else "%s meeting %d of %s" % (
                r["name"], k + 1, r["meetings"])
            print_meeting(name, m)
    return r


def fixtures(folder):
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith(SKIP_SUFFIXES) or not os.path.isfile(path):
            continue
        if os.path.exists(path + ".expect.json"):
            yield path


def main(argv):
    args, check, verbose, misses = [], None, False, None
    it = iter(argv[1:])
    for a in it:
        if a == "--check":
            check = int(next(it))
        elif a == "--misses":
            misses = read_misses(next(it))
        elif a == "-v":
            verbose = True
        else:
            args.append(a)
    if not args:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    bindir = args[0]
    here = os.path.dirname(os.path.abspath(__file__))
    folder = args[1] if len(args) > 1 else os.path.join(
        here, "..", "data", "layouts")
    use_parse = has_parse(bindir)
    paths = list(fixtures(folder))
    parsed = parse_batches(bindir, paths) if use_parse else None
    rows = [score_fixture(bindir, p, use_parse, verbose, parsed)
            for p in paths]
    if not rows:
        print("no fixtures with .expect.json in <%s>" % folder,
              file=sys.stderr)
        return 2
    yn = {True: "y", False: "-"}
    print("%-44s %5s %5s %5s %6s %4s %4s %4s %5s %4s" % (
        "fixture", "want", "got", "match", "titles", "date", "comm", "auth",
        "right", "mtg"))
    for r in rows:
        print("%-44s %5d %5d %5d %6s %4s %4s %4s %5s %4s" % (
            r["name"][:44], r["expected"], r["parsed"], r["matched"],
            "%d/%d" % (r["titles"], r["expected"]), yn[r["date"]],
            yn[r["committee"]], yn[r["authority"]], yn[r["right"]],
            r["meetings"]))
    n = len(rows)
    exp = sum(r["expected"] for r in rows)
    got = sum(r["parsed"] for r in rows)
    hit = sum(r["matched"] for r in rows)
    right = sum(r["right"] for r in rows)
    print("documents fully right %d/%d; boundaries P %.2f R %.2f; "
          "titles %d/%d; dates %d/%d; committee %d/%d; authority %d/%d%s" % (
              right, n, hit / got if got else 0.0, hit / exp if exp else 0.0,
              sum(r["titles"] for r in rows), exp,
              sum(r["date"] for r in rows), n,
              sum(r["committee"] for r in rows), n,
              sum(r["authority"] for r in rows), n,
              " (via --parse)" if use_parse else ""))
    if check is not None and right < check:
        print("FAIL: %d documents fully right, floor is %d" % (right, check),
              file=sys.stderr)
        return 1
    if misses is not None:
        wrong = [r["name"] for r in rows
                 if not r["right"] and r["name"] not in misses]
        for name in wrong:
            print("FAIL: %s is not fully right (not a known miss)" % name,
                  file=sys.stderr)
        for r in rows:
            if r["right"] and r["name"] in misses:
                print("note: %s is fully right now; take it off the misses"
                      % r["name"])
        if wrong:
            return 1
    return 0


def read_misses(path):
    """The fixture names listed in path, one a line, # comments."""
    names = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                names.add(line)
    return names


if __name__ == "__main__":
    sys.exit(main(sys.argv))
