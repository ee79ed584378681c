#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""scripts/make_thesaurus.py: each filter rule on a hand-made mythes file,
and the committed corpus/thesaurus-mythes-da.tsv is what the script makes
from the installed mythes-da (skipped without the package)."""
import os
import subprocess
import sys
import tempfile
import unittest

SRC = os.environ.get("REFERAT_SOURCE_DIR") or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(SRC, "scripts"))
import make_thesaurus as mt  # noqa: E402

# headword|number of lines, then that many lines of |entry|entry
DAT = """utf-8
husvild|1
|hjemløs|boligløs
herberg|3
|ungdomsherberg|vandrerhjem
|hotel|motel|pensionat
|logi|natlogi
hotel|1
|herberg|motel|pensionat
kontanthjælp|1
|bistand
bistand|2
|hjælp|støtte
|kontanthjælp
fuld|1
|beruset|plakatfuld (daglig tale)|stiv (vulgær)
misbrug|2
|heroinmisbrug (underbegreb)
|narkomisbrug (underbegreb)
sætte op|1
|opsætte|montere
liste|1
|fortegnelse|register|oversigt|tabel|katalog|optegnelse
dialog|1
|samtale|drøftelse
ordbog|1
|leksikon
behandling|1
|håndtering
narkoman|3
|stofmisbruger
|narkovrag (underbegreb)
|junkie|stofmisbruger
forening|2
|klub|loge
|selskab|firma
defensiv|1
|forsvarende|beskyttende
"""


class Filter(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        fd, cls.dat = tempfile.mkstemp(suffix=".dat")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(DAT)
        # five "corpus files": behandling common (3 files), håndtering in one
        files = [{"hjemløse", "behandling", "dialog", "beruset",
                  "stofmisbrug", "boligselskaberne"},
                 {"behandling", "håndtering"}, {"behandlingen"}, set(), set()]
        # "beskyttet" only as a word of a phrase ("beskyttet beskæftigelse")
        listed = {"kontanthjælp", "beskyttet", "beskæftigelse"}
        th = mt.parse_dat(cls.dat)
        domain = (files, listed, {"kontanthjælp"})
        groups, cls.stats = mt.build(th, domain)
        cls.groups = [set(g) for g in groups]
        cls.parts = [set(g) for g in
                     mt.build_parts(th, domain, groups)]

    @classmethod
    def tearDownClass(cls):
        os.unlink(cls.dat)

    def has(self, *words):
        return any(set(words) <= g for g in self.groups)

    def test_one_sense_synonyms_kept(self):
        self.assertIn({"husvild", "hjemløs", "boligløs"}, self.groups)

    def test_polysemous_words_in_no_group(self):
        # herberg: three senses; hotel lists it, but it may not join
        self.assertFalse(any("herberg" in g for g in self.groups))
        # bistand has senses of its own; rule 8 would drop it as well
        self.assertFalse(self.has("kontanthjælp", "bistand"))

    def test_register_narrower_and_phrases_dropped(self):
        self.assertIn({"fuld", "beruset"}, self.groups)
        self.assertFalse(any("misbrug" in g for g in self.groups))
        self.assertFalse(any("opsætte" in g for g in self.groups))

    def test_size_cap(self):
        self.assertFalse(any("liste" in g for g in self.groups))

    def test_domain_and_common_words(self):
        self.assertIn({"dialog", "samtale", "drøftelse"}, self.groups)
        self.assertFalse(self.has("ordbog"))  # no word of the minutes
        self.assertFalse(self.has("behandling", "håndtering"))  # rule 7
        # a word of a domain phrase does not bring its mythes senses
        self.assertFalse(self.has("defensiv"))

    def test_sense_listed_twice_and_inflected_corpus_word(self):
        # narkoman's second sense repeats its first; stofmisbruger meets
        # the corpus's stofmisbrug by its base (rule 5)
        self.assertIn({"narkoman", "stofmisbruger", "junkie"}, self.groups)

    def test_part_groups(self):
        # each sense its own group (forening has two, so no whole-word
        # group); kept when a member is a compound's part in the corpus
        # (selskab of boligselskaberne), not otherwise (klub, loge)
        self.assertFalse(self.has("forening"))
        self.assertIn({"forening", "selskab", "firma"}, self.parts)
        self.assertFalse(any("klub" in g for g in self.parts))
        # a whole-word group says it already
        self.assertIn({"husvild", "hjemløs", "boligløs"}, self.groups)
        self.assertFalse(any("husvild" in g for g in self.parts))

    def test_committed_file_is_reproducible(self):
        if not os.path.exists(mt.DAT):
            self.skipTest("mythes-da not installed")
        out = subprocess.run([sys.executable, os.path.join(
            SRC, "scripts", "make_thesaurus.py")], capture_output=True,
            text=True, check=True).stdout
        with open(os.path.join(SRC, "corpus", "thesaurus-mythes-da.tsv"),
                  encoding="utf-8") as f:
            self.assertEqual(out, f.read(),
                             "rerun scripts/make_thesaurus.py")


if __name__ == "__main__":
    unittest.main()
