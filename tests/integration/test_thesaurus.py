#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Thesaurus sources through the real daemon (issue 14): a synonym from the
domain list (corpus/thesaurus.tsv) and one from mythes-da
(corpus/thesaurus-mythes-da.tsv) find an item holding only the synonym,
ranked below an item holding the word itself; a word the mythes filter
dropped as polysemous does not expand; a source left out is off; SIGHUP
rereads every source.

Indexes tests/data/thesaurus (a hand-made council: items of equal length,
one word each) with the built referat-index and starts the built referatd
with the shipped sources, then with the domain list alone."""
import os
import shutil
import signal
import time
import unittest

import searchd_harness as h

SYN = "synonymby-udsatteraad-2021-05-05.txt"
DOMAIN = os.path.join(h.CORPUS, "thesaurus.tsv")
MYTHES = os.path.join(h.CORPUS, "thesaurus-mythes-da.tsv")


class Sources(h.DaemonTestCase):
    external_ok = False

    @classmethod
    def make_source(cls, tmp):
        return os.path.join(h.SRC, "tests", "data", "thesaurus")

    def ids(self, q, d=None):
        status, _, body = (d or self.d).http_search(q=q, limit="20")
        self.assertEqual(status, 200, body)
        return [x["id"] for x in body["hits"]]

    def scores(self, q):
        status, _, body = self.d.http_search(q=q, limit="20")
        self.assertEqual(status, 200, body)
        return {x["id"]: x["score"] for x in body["hits"]}

    def below(self, q, word_item, syn_item, ratio):
        """The item holding only the synonym is found, and scores at most
        `ratio` of the item holding the word (the two are alike but for
        that word): the source's weight, never the word's own."""
        s = self.scores(q)
        self.assertIn(SYN + syn_item, s, q)
        self.assertLess(s[SYN + syn_item], ratio * s[SYN + word_item], s)

    def test_domain_synonym_below_the_word(self):
        # domain: "herberg, forsorgshjem, ..." at weight 0.6
        self.assertEqual(self.ids("herberg")[:2], [SYN + "#1", SYN + "#2"])
        self.below("herberg", "#1", "#2", 0.7)
        self.below("forsorgshjem", "#2", "#1", 0.7)

    def test_mythes_synonym_below_the_word(self):
        # mythes-da: "morfinisme, narkomani, stofmisbrug" at weight 0.4
        self.assertEqual(self.ids("narkomani")[:2], [SYN + "#3", SYN + "#4"])
        self.below("narkomani", "#3", "#4", 0.5)
        self.below("stofmisbrug", "#4", "#3", 0.5)

    def test_polysemous_word_not_expanded(self):
        # mythes lists herberg under hotel, but herberg has three senses
        # (hostel, hotel, lodging): the filter drops it from every group
        self.assertNotIn(SYN + "#5", self.ids("herberg"))
        self.assertNotIn(SYN + "#1", self.ids("hotel"))
        # mythes: kontanthjælp | bistand; bistand has senses of its own
        self.assertEqual(self.ids("kontanthjælp"), [])
        self.assertNotIn(SYN + "#6", self.ids("kontanthjælp"))

    def test_source_switched_off(self):
        d = h.Daemon(self.db, "--thesaurus", DOMAIN, tmpdir=self.tmp,
                     external_ok=False)
        try:
            self.assertEqual(self.ids("narkomani", d), [SYN + "#3"])
            self.assertEqual(self.ids("herberg", d)[:2],
                             [SYN + "#1", SYN + "#2"])
        finally:
            self.assertEqual(d.stop(), 0, d.log()[-4000:])

    def test_sighup_rereads_every_source(self):
        dom = os.path.join(self.tmp, "domain.tsv")
        shutil.copyfile(DOMAIN, dom)
        d = h.Daemon(self.db, "--thesaurus", dom, "--thesaurus", MYTHES,
                     tmpdir=self.tmp, external_ok=False)
        try:
            self.assertEqual(self.ids("kontanthjælp", d), [])
            with open(dom, "a", encoding="utf-8") as f:
                f.write("#: weight = 0.6\nkontanthjælp, bistand\n")
            d.proc.send_signal(signal.SIGHUP)
            end = time.time() + 60
            while not self.ids("kontanthjælp", d) and time.time() < end:
                time.sleep(0.05)
            # the edited source's new group, and the other source still on
            self.assertEqual(self.ids("kontanthjælp", d), [SYN + "#6"])
            self.assertEqual(self.ids("narkomani", d)[:2],
                             [SYN + "#3", SYN + "#4"])
        finally:
            self.assertEqual(d.stop(), 0, d.log()[-4000:])


if __name__ == "__main__":
    unittest.main()
