#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""addlines.py - fill in the "line" of expected items of plain-text fixtures.

Usage: addlines.py FIXTURE.txt [--write]

For each expected item without a "line", take the last line of the
fixture holding the start of its title with the label on that line or a
neighbouring one (the heading, not the agenda list above it). Prints what
it found, with the line, for a human to check; --write stores it.
"""
import json
import re
import sys


def find(lines, label, title):
    want = title[:30].casefold()
    hits = [i for i, l in enumerate(lines) if want in l.casefold()]
    if label is not None:
        lab = re.compile(r"(?<![0-9])0*%s(?![0-9])" % re.escape(label),
                         re.IGNORECASE)
        near = [i for i in hits
                if any(lab.search(lines[j])
                       for j in range(max(0, i - 2), min(len(lines), i + 3)))]
        if near:
            return near[-1] + 1
    return hits[-1] + 1 if hits else None


def main(argv):
    path = argv[1]
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    with open(path + ".expect.json", encoding="utf-8") as f:
        exp = json.load(f)
    for it in exp["items"]:
        if it.get("line") is None and it.get("title"):
            it["line"] = find(lines, it.get("label"), it["title"])
        n = it.get("line")
        print("%5s %-5s %s" % (n, it.get("label"),
                               lines[n - 1][:70] if n else "NOT FOUND"))
    if "--write" in argv:
        with open(path + ".expect.json", "w", encoding="utf-8") as f:
            f.write(json.dumps(exp, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
