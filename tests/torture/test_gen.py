#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The torture generator's model against the engine (tests/torture/gen.py).

Seed 6 once failed the torture test: the generator wrote the compound
"hæzøqenes" (lexicon word "hæzø" + the form "qenes") and expected a
quoted "hæzø" to find it, but lib/text never splits it there: the whole
word stems to "hæzøq", and a head that keeps under three letters of the
whole word's stem is taken for an ending (as "borgere" is borg + -ere,
not bor + gere; lib/text/README.md). The splitter was right; the
generator now writes only compounds the splitter's documented rules
split (gen.splits_as, with a port of Snowball Danish, gen.stem_da).

Here: the port agrees with libstemmer on words whose stems it printed;
and for seed 6 (and two others) every lexicon word found inside
compounds, quoted, finds exactly the items the generated text says, over
the real referat-index and referatd. Python 3 stdlib only."""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "integration"))

import gen  # noqa: E402
import searchd_harness as h  # noqa: E402
import torture  # noqa: E402

# libstemmer's Danish stems (printed with sb_stemmer_stem), one case per
# step of the algorithm and the words of the seed 6 failure.
STEMS = [
    ("hæzøqenes", "hæzøq"),  # main suffix -enes reaches into the head
    ("hæzøqene", "hæzøq"),
    ("hæzøqenet", "hæzøqen"),
    ("qenes", "qen"),
    ("afgørende", "afgør"),
    ("borgere", "borg"),
    ("borgerens", "borg"),
    ("daglige", "dag"),  # -e, then -lig, then the consonant pair
    ("lykkeligst", "lyk"),  # -igst, -lig, undouble
    ("vigtigste", "vigt"),
    ("sundhed", "sund"),
    ("udviklingen", "udvikling"),
    ("kommunernes", "kommun"),
    ("beslutningerne", "beslutning"),
    ("behandlingsstedet", "behandlingssted"),
    ("hjemløse", "hjemløs"),
    ("rådsmødet", "rådsmød"),
]


class StemTest(unittest.TestCase):
    def test_stems_as_libstemmer(self):
        for word, want in STEMS:
            self.assertEqual(gen.stem_da(word), want, word)

    def test_an_ending_is_no_head(self):
        self.assertFalse(gen.splits_as("hæzø", "qenes"))
        self.assertFalse(gen.splits_as("bor", "gere"))
        self.assertTrue(gen.splits_as("hæzø", "qenet"))
        self.assertTrue(gen.splits_as("rusmiddel", "behandling"))

    def test_seed_6_writes_no_unsplit_compound(self):
        tmp = tempfile.mkdtemp(prefix="referat-gen-")
        try:
            c = gen.Corpus(6, os.path.join(tmp, "src"))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        self.assertFalse("hæzøqenes" in c.parts)
        for word, (head, form) in c.parts.items():
            self.assertTrue(gen.splits_as(head, form), word)


class EngineTest(unittest.TestCase):
    """Each compound's lexicon word, quoted, finds the items the model
    says (the check seed 6 failed at random in the torture test)."""

    def check_seed(self, seed):
        tmp = tempfile.mkdtemp(prefix="referat-gen-")
        d = cl = None
        try:
            src = os.path.join(tmp, "src")
            c = gen.Corpus(seed, src)
            db = os.path.join(tmp, "db")
            r = subprocess.run([h.binary("referat-index"), "--config", "none",
                                "-q", "--db", db, "--lexicon", c.lexicon,
                                src], capture_output=True, timeout=600)
            self.assertEqual(r.returncode, 0, r.stderr)
            d = h.Daemon(db, "--lexicon", c.lexicon, tmpdir=tmp,
                         external_ok=False)
            cl = torture.Client(d)
            heads = sorted({head for head, _ in c.parts.values()})
            self.assertTrue(heads)
            for w in heads:
                got = torture.all_ids(cl, '"%s"' % w, c)
                self.assertEqual(got, c.word_ids(w),
                                 "seed %d: \"%s\"" % (seed, w))
        finally:
            if cl is not None:
                cl.close()
            if d is not None:
                self.assertEqual(d.stop(), 0)
            shutil.rmtree(tmp, ignore_errors=True)

    def test_seed_6(self):
        self.check_seed(6)

    def test_seeds_1_and_2(self):
        self.check_seed(1)
        self.check_seed(2)


if __name__ == "__main__":
    unittest.main()
