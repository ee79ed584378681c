#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Phrase checks through the real daemon (issue 12).

- A plain two-word query whose side-by-side bonus is a phrase with a word
  missing from the index (tests/data/repro-two-word-crash) killed referatd
  with SIGSEGV in libxapian: the phrase's posting source broke Xapian's
  check()/at_end() contract.
- "did you mean" for a word after + or - (found by tests/torture).
- One huge item broke the memory bound: each phrase of a query opened a
  Xapian value stream, which reads the first document's word stream whole
  and keeps it (one 60 MB item: 32 phrases, 50 MB -> 1.8 GB). The indexer
  now indexes at most INDEXER_ITEM_TEXT_MAX (4 MiB) of an item's text,
  with a warning, and phrase checks read the streams without copies.

Indexes with the built referat-index, starts the built referatd on free
loopback ports, queries it over HTTP/JSON, stops it (exit 0)."""
import os
import random
import shutil
import subprocess
import tempfile
import unittest

import searchd_harness as h

REPRO = os.path.join(h.SRC, "tests", "data", "repro-two-word-crash")


class TwoWordCrash(h.DaemonTestCase):
    external_ok = False

    @classmethod
    def make_source(cls, tmp):
        return REPRO

    def answer(self, q):
        status, _, body = self.d.http_search(q=q, limit="50")
        self.assertEqual(status, 200, body)
        self.assertTrue(self.d.alive(), "referatd died on %r" % q)
        return body

    def test_or_with_missing_exact_form(self):
        # "hjemløs" stands only inside compounds ("hjemløsetælling"):
        # a term without positions, so the bonus phrase can match nothing
        # while the AND of its words proposes items
        for q in ("hjemløs kvalificere", "kvalificere hjemløs",
                  "hjemløs tegne", "herberg rækkefølgen",
                  "hjemløs kvalificere borgere"):
            with self.subTest(q=q):
                body = self.answer(q)
                self.assertGreater(body["total"]["lower"], 0, q)
        # the AND and the phrase answered before the fix too; still do
        self.assertGreater(
            self.answer("hjemløs AND kvalificere")["total"]["lower"], 0)
        self.assertEqual(
            self.answer('"hjemløs kvalificere"')["total"]["upper"], 0)

    def test_did_you_mean_after_a_sign(self):
        # found by tests/torture: "did you mean" replaced a word from its
        # sign on, cutting "æ" in two (invalid UTF-8: ERR internal "out of
        # memory writing the answer") or dropping the sign
        for q, want in (("borgere -herbergæ", "borgere -herberg"),
                        ("borgere +herbergæ", "borgere +herberg"),
                        ("borgere -hjemløsx", "borgere -hjemløse")):
            with self.subTest(q=q):
                a = self.d.search(q, limit=0)
                self.assertEqual(a["suggestion"], want)
                self.assertTrue(a["corrected"])

    def test_bonus_still_ranks_adjacent_words_first(self):
        # both words, side by side in their exact forms: the bonus applies
        body = self.answer("hjemløse borgere")
        self.assertGreater(body["total"]["lower"], 1)
        text = self.d.item(body["hits"][0]["id"])["text"].lower()
        self.assertIn("hjemløse borgere", " ".join(text.split()))


ITEM_TEXT_MAX = 4 << 20  # indexer/indexer.h INDEXER_ITEM_TEXT_MAX
BIG_BYTES = 10 << 20
SYLLABLES = ["ka", "bo", "ri", "se", "mu", "dra", "vi", "to", "le", "pe",
             "sø", "æl", "å", "gu", "fi", "ha", "ste", "no", "bi", "lu"]


def big_minutes(path, nbytes, seed=7):
    """One meeting: item 1 of about `nbytes` of made-up words (short, so
    the word stream is large), marker words first and last; item 2 small.
    Returns the words of item 1 in order."""
    r = random.Random(seed)
    vocab = sorted({r.choice(SYLLABLES) + r.choice(SYLLABLES)
                    for _ in range(3000)})
    words = ["startmærke"]
    size = 0
    while size < nbytes:
        w = r.choice(vocab)
        words.append(w)
        size += len(w) + 1
    words.append("slutmærke")
    paras = [" ".join(words[i:i + 120]) + "."
             for i in range(0, len(words), 120)]
    with open(path, "w", encoding="utf-8") as f:
        f.write("Referat af møde i Udsatterådet, Storby Kommune\n"
                "Mødedato: 15. januar 2020\nMødested: Rådhuset\n\n"
                "1. Et meget stort punkt\n\nSagsfremstilling\n\n")
        f.write("\n\n".join(paras))
        f.write("\n\nBeslutning\n\nTaget til efterretning.\n\n"
                "2. Et lille punkt\n\nSagsfremstilling\n\n"
                "Rådet drøftede vinterberedskabet på varmestuen.\n")
    return words


def vm_rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS for %d" % pid)


class BigItem(unittest.TestCase):
    """An item of 10 MB: indexed truncated, with a warning; phrase queries
    over it (32 phrases in one query, the bonus phrase of plain pairs,
    ~phrases) keep the daemon's memory bounded."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="test-bigitem-")
        src = os.path.join(cls.tmp, "src")
        os.makedirs(src)
        cls.words = big_minutes(os.path.join(src, "big.txt"), BIG_BYTES)
        cls.db = os.path.join(cls.tmp, "db")
        r = subprocess.run([h.binary("referat-index"), "--db", cls.db, src],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=600)
        cls.index_rc = r.returncode
        cls.index_log = r.stderr.decode(errors="replace")
        # under ASan, freed memory waits in a quarantine (256 MB): keep it
        # small so that VmRSS shows what the daemon holds
        old = os.environ.get("ASAN_OPTIONS")
        os.environ["ASAN_OPTIONS"] = ((old + ":") if old else "") + \
            "quarantine_size_mb=4"
        try:
            cls.d = h.Daemon(cls.db, tmpdir=cls.tmp, external_ok=False)
        finally:
            if old is None:
                del os.environ["ASAN_OPTIONS"]
            else:
                os.environ["ASAN_OPTIONS"] = old

    @classmethod
    def tearDownClass(cls):
        rc = cls.d.stop()
        log = cls.d.log()
        shutil.rmtree(cls.tmp, ignore_errors=True)
        if rc != 0:
            raise AssertionError("referatd exit status %r\n%s" %
                                 (rc, log[-4000:]))

    def total(self, q):
        return self.d.search(q, limit=10)["total"]["upper"]

    def test_cap_warned_and_truncated(self):
        self.assertEqual(self.index_rc, 0, self.index_log)
        self.assertIn("item <big.txt#1>: only the first %d bytes of its "
                      "text indexed" % ITEM_TEXT_MAX, self.index_log)
        self.assertEqual(self.total('"startmærke"'), 1)
        self.assertEqual(self.total('"slutmærke"'), 0)  # past the cap
        self.assertEqual(self.total("vinterberedskabet"), 1)  # item 2

    def test_phrases_keep_memory_bounded(self):
        # adjacent pairs from the indexed part (the first ~700,000 words)
        r = random.Random(11)
        pairs = []
        for _ in range(96):
            k = r.randrange(1, 600000)
            pairs.append((self.words[k], self.words[k + 1]))
        self.d.search('"%s %s"' % pairs[0], limit=10)  # warm up
        base = vm_rss_kb(self.d.proc.pid)
        peak = base
        for i in range(0, 96, 32):
            # 32 phrases in one query: each was a copy of the stream
            q = " ".join('"%s %s"' % p for p in pairs[i:i + 32])
            self.assertGreaterEqual(self.total(q), 1)
            peak = max(peak, vm_rss_kb(self.d.proc.pid))
        for a, b in pairs[:16]:
            self.assertGreaterEqual(self.total("%s %s" % (a, b)), 1)
            self.assertGreaterEqual(self.total('~"%s %s"' % (a, b)), 1)
            peak = max(peak, vm_rss_kb(self.d.proc.pid))
        self.assertTrue(self.d.alive())
        # the item's word stream is ~1.6 MB: 32 copies would be 50+ MB
        self.assertLess(peak - base, 24 * 1024,
                        "VmRSS %d -> %d kB" % (base, peak))


if __name__ == "__main__":
    unittest.main(verbosity=2)
