#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""make_scan_pdf.py - scanned minutes for the OCR path: plain-text layout
fixtures printed as Word PDFs (make_word_pdf.build), then each page
rendered and written back as an image-only PDF, as a council's scanner
gives them (no text layer; the indexer must OCR every page).

  make_scan_pdf.py --out DIR [--every N] [--list]   draw a sample
  make_scan_pdf.py --out DIR NAME [NAME ...]         scan the named ones

The sample: the .txt fixtures whose .expect.json gives a "line" for
every item (a heading a line: flattened transcripts, a heading line over
200 characters, left out), not Greenland's `du-`, not the news `cm-`,
`co-`, `ct-`, not a known miss (known_misses.txt), at most about four
printed pages (the text under 4 x 2800 characters: a Word page at 11 pt
holds about that much); every Nth (20) of them in sorted order.  A print
of more than four pages is dropped (said on stdout).

Each page: `pdftoppm -r 200 -gray`; every second document of the draw
(the 2nd, 4th, ...) is "fed crooked": turned 0.5 degrees (two shears:
rows shifted sideways, column bands up or down, whole pixels) and
speckled (dark specks on the paper, light ones in the ink, a fixed
seed), as a sheet fed through a document feeder.  Then every page is
thresholded to 1 bit (a black-and-white scanner's setting, and small
files) and written as DIR/scan-NAME.pdf with the .expect.json of the Word
PDF (no "line").  Deterministic: the same draw and bytes on every run
(but LibreOffice's own version).  Needs LibreOffice (soffice) and
poppler-utils; pure Python otherwise.  CI never runs it.
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_word_pdf  # noqa: E402
from make_word_shapes import image_pdf  # noqa: E402

LAYOUTS = make_word_pdf.LAYOUTS
DPI = 200
PAGE_CHARS = 2800
MAX_PAGES = 4
SKEW = 0.5  # degrees


def eligible():
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                           "known_misses.txt"), encoding="utf-8") as f:
        misses = {ln.strip() for ln in f if ln.strip() and ln[0] != "#"}
    out = []
    for fn in sorted(os.listdir(LAYOUTS)):
        if not fn.endswith(".txt") or fn in misses:
            continue
        if re.match(r"(du|cm|co|ct)-", fn):
            continue
        path = os.path.join(LAYOUTS, fn)
        if not os.path.exists(path + ".expect.json"):
            continue
        with open(path + ".expect.json", encoding="utf-8") as f:
            items = json.load(f).get("items") or []
        if not items or any("line" not in it for it in items):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        lines = text.split("\n")
        if any(len(lines[it["line"] - 1]) > 200 for it in items
               if 0 < it["line"] <= len(lines)):
            continue
        if len(text) > MAX_PAGES * PAGE_CHARS:
            continue
        out.append(fn[:-4])
    return out


def read_pgm(data):
    m = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    w, h = int(m.group(1)), int(m.group(2))
    return w, h, bytearray(data[m.end():m.end() + w * h])


def skew(w, h, px, deg):
    """px turned by `deg` degrees about the page's centre, by two shears
    of whole pixels (rows sideways, then bands of columns up or down);
    what comes in from outside is paper (255)."""
    import math
    t = math.tan(math.radians(deg))
    out = bytearray(b"\xff" * (w * h))
    for y in range(h):  # row y moves right by (y - h/2) * t
        d = int(round((y - h / 2) * t))
        row = px[y * w:(y + 1) * w]
        if d > 0:
            row = b"\xff" * d + row[:w - d]
        elif d < 0:
            row = row[-d:] + b"\xff" * (-d)
        out[y * w:(y + 1) * w] = row
    px, out = out, bytearray(b"\xff" * (w * h))
    band = max(1, int(1 / abs(t))) if t else w
    for x0 in range(0, w, band):  # a band of columns moves up
        x1 = min(w, x0 + band)
        d = int(round((x0 + band / 2 - w / 2) * t))
        for y in range(h):
            sy = y + d
            if 0 <= sy < h:
                out[y * w + x0:y * w + x1] = px[sy * w + x0:sy * w + x1]
    return out


def speckle(w, h, px, rng):
    """Dark specks on the paper and light ones in the ink: a few in a
    thousand pixels, some two pixels wide."""
    for _ in range(w * h // 1500):
        i = rng.randrange(w * h - 1)
        v = rng.randrange(0, 90) if px[i] > 128 else rng.randrange(170, 256)
        px[i] = v
        if rng.random() < 0.3:
            px[i + 1] = v


def to_bits(w, h, px):
    """1-bit rows (1 is black, as image_pdf wants), threshold 160."""
    table = bytes(1 if v < 160 else 0 for v in range(256))
    bits = px.translate(table)
    stride = (w + 7) // 8
    out = bytearray(stride * h)
    for y in range(h):
        row = bits[y * w:(y + 1) * w] + b"\0" * (stride * 8 - w)
        out[y * stride:(y + 1) * stride] = _pack(row, stride)
    return bytes(out)


def _pack(row, stride):
    b = bytearray(stride)
    for k in range(stride):
        c = row[8 * k:8 * k + 8]
        b[k] = (c[0] << 7 | c[1] << 6 | c[2] << 5 | c[3] << 4 |
                c[4] << 3 | c[5] << 2 | c[6] << 1 | c[7])
    return b


def scan(name, outdir, crooked):
    with tempfile.TemporaryDirectory(prefix="scan-") as tmp:
        make_word_pdf.build(name, outdir=tmp)
        base = "pdf-" + (name[4:] if name.startswith("pdf-") else name)
        pdf = os.path.join(tmp, base + ".pdf")
        subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", pdf,
                        os.path.join(tmp, "p")], check=True, timeout=300)
        pgms = sorted(p for p in os.listdir(tmp) if p.endswith(".pgm"))
        if len(pgms) > MAX_PAGES:
            print(name, "dropped:", len(pgms), "pages")
            return False
        rng = random.Random(name)
        pages = []
        for p in pgms:
            with open(os.path.join(tmp, p), "rb") as f:
                w, h, px = read_pgm(f.read())
            if crooked:
                px = skew(w, h, px, SKEW)
                speckle(w, h, px, rng)
            pages.append((w, h, to_bits(w, h, px)))
        out = os.path.join(outdir, "scan-" + name + ".pdf")
        with open(out, "wb") as f:
            f.write(image_pdf(pages, DPI))
        with open(pdf + ".expect.json", encoding="utf-8") as f:
            exp = f.read()
        with open(out + ".expect.json", "w", encoding="utf-8") as f:
            f.write(exp)
    print(os.path.basename(out), len(pages), "pages",
          os.path.getsize(out), "bytes", "crooked" if crooked else "")
    return True


def main(argv):
    if "--out" not in argv:
        sys.exit(__doc__)
    k = argv.index("--out")
    outdir = argv[k + 1]
    del argv[k:k + 2]
    every = 20
    if "--every" in argv:
        k = argv.index("--every")
        every = int(argv[k + 1])
        del argv[k:k + 2]
    names = [a for a in argv if not a.startswith("--")]
    if not names:
        names = eligible()[every - 1::every]
    if "--list" in argv:
        print("\n".join(names))
        return
    os.makedirs(outdir, exist_ok=True)
    for i, name in enumerate(names):
        scan(name, outdir, i % 2 == 1)


if __name__ == "__main__":
    main(sys.argv[1:])
