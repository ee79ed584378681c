# SPDX-License-Identifier: GPL-2.0-or-later
"""The referat client against a real referatd on an index of corpus/:
human output, --json, filters, --item, exit codes and messages."""
import json
import os
import pty
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402


class ClientTest(h.DaemonTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.port = str(cls.d.line_port)

    def client(self, *args, **kw):
        return h.run_client("--host", "127.0.0.1", "--port", self.port, *args, **kw)

    def json_client(self, *args):
        rc, out, err = self.client("--json", *args)
        self.assertIn(rc, (0, 1), err)
        return rc, json.loads(out)

    def test_human_output_ranks_herning_first(self):
        rc, out, err = self.client("hjemløsetælling")
        self.assertEqual(rc, 0, err)
        first = out.split("\n\n")[0]
        self.assertIn("Hjemløsetælling 2017", first)
        self.assertIn("Herning", first)
        self.assertIn("2017-10-06", first)
        self.assertIn(h.HERNING_HJEMLOS, first)
        self.assertRegex(first, r"\[[Hh]jemløs")  # hits marked, not a terminal
        self.assertNotIn("\x1b[", out)
        self.assertRegex(out, r"Viser 1–\d+ af \d+ punkter")
        self.assertIn("Råd: ", out)
        self.assertIn("År: ", out)

    def test_no_snippets(self):
        rc, ans = self.json_client("--no-snippets", "--limit", "20", "hjemløse")
        self.assertEqual(rc, 0)
        full = self.d.search("hjemløse", limit=20)
        self.assertEqual([x["id"] for x in ans["hits"]], [x["id"] for x in full["hits"]])
        self.assertTrue(all("snippet" not in x for x in ans["hits"]))
        rc, out, err = self.client("--no-snippets", "hjemløsetælling")
        self.assertEqual(rc, 0, err)
        first = out.split("\n\n")[0]
        self.assertIn("Hjemløsetælling 2017", first)
        self.assertIn(h.HERNING_HJEMLOS, first)
        self.assertNotIn("[", first)  # no snippet, no marks
        self.assertEqual(len(first.splitlines()), 3, first)

    def test_json_is_the_daemons_answer(self):
        rc, ans = self.json_client("--limit", "3", "hjemløse")
        self.assertEqual(rc, 0)
        line = self.d.search("hjemløse", limit=3)
        self.assertEqual([x["id"] for x in ans["hits"]], [x["id"] for x in line["hits"]])
        self.assertEqual(ans["total"], line["total"])
        self.assertEqual(ans["facets"], line["facets"])

    def test_council_and_dates(self):
        rc, ans = self.json_client("--council", "Herning", "--limit", "100", "hjemløse")
        self.assertTrue(ans["hits"])
        self.assertTrue(all("Herning" in x["council"] for x in ans["hits"]))
        rc, ans = self.json_client("--from", "2024", "--to", "2025-12-31", "--limit", "100",
                                   "udsatte")
        self.assertTrue(ans["hits"])
        self.assertTrue(all(x["date"][:4] in ("2024", "2025") for x in ans["hits"]))
        rc, out, err = self.client("--council", "Odense", "--offset", "1", "--limit", "1",
                                   "udsatte")
        self.assertEqual(rc, 0, err)
        self.assertIn("Viser 2–2 af", out)

    def test_phrase_and_operators(self):
        rc, ans = self.json_client("--limit", "100", '"socialt udsatte"')
        rc2, ans2 = self.json_client("--limit", "100", "socialt", "AND", "udsatte")
        self.assertLess(len(ans["hits"]), len(ans2["hits"]))

    def test_item_in_full(self):
        rc, out, err = self.client("--item", h.HERNING_HJEMLOS)
        self.assertEqual(rc, 0, err)
        self.assertIn("Hjemløsetælling 2017", out)
        self.assertIn("Herning Kommune", out)
        self.assertIn("Sagsfremstilling", out)
        self.assertIn("Housing First", out)
        self.assertNotIn("/", out.split("Fil: ")[1].split("\n")[0].split(" ")[0])
        rc, item = self.json_client("--item", h.HERNING_HJEMLOS)
        self.assertEqual(item["id"], h.HERNING_HJEMLOS)
        rc, out, err = self.client("--item", "no-such.txt#9")
        self.assertEqual(rc, 1)
        self.assertIn("no item", err)

    def test_no_hits_exit_1(self):
        rc, out, err = self.client("qqxyzzyvv")
        self.assertEqual(rc, 1, out + err)
        self.assertIn("Ingen punkter", out)
        rc, out, err = self.client("--json", "qqxyzzyvv")
        self.assertEqual(rc, 1)
        self.assertEqual(json.loads(out)["hits"], [])

    def test_did_you_mean(self):
        # words the corpus never has, one edit from words it has: searched
        # as corrected, and the client says what it searched instead
        for typo, fixed in (("hjemlæse", "hjemløse"),
                            ("dobeltdiagnose", "dobbeltdiagnose")):
            rc, ans = self.json_client(typo)
            self.assertEqual(ans["suggestion"], fixed)
            self.assertTrue(ans["corrected"])
            self.assertTrue(ans["hits"])
            rc, out, err = self.client(typo)
            self.assertEqual(rc, 0, err)
            self.assertIn("Søgte i stedet efter: " + fixed, out)

    def test_bad_query_and_usage_exit_2(self):
        rc, out, err = self.client("((hjemløse")
        self.assertEqual(rc, 2)
        self.assertIn("bad_query", err)
        for args in (["--limit", "1000", "x"], ["--from", "2017-13", "x"], ["--limit", "x", "y"],
                     ["--bogus", "x"], [], ["--item", "a", "b"], ["--port", "0", "x"]):
            rc, out, err = self.client(*args)
            self.assertEqual(rc, 2, args)
            self.assertTrue(err.startswith("referat: "), err)

    def test_daemon_not_running_exit_3(self):
        rc, out, err = h.run_client("--port", str(h.free_port()), "hjemløse")
        self.assertEqual(rc, 3)
        self.assertIn("cannot connect", err)
        self.assertIn("referatd", err)

    def test_help_documents_exit_codes(self):
        rc, out, err = h.run_client("--help")
        self.assertEqual(rc, 0)
        for word in ("Exit status", "--council", "--from", "--item", "--json", "--no-color"):
            self.assertIn(word, out)

    def test_colour_on_a_terminal(self):
        args = [h.binary("referat"), "--port", self.port, "hjemløsetælling"]
        master, slave = pty.openpty()
        env = dict(os.environ)
        env.pop("NO_COLOR", None)
        p = subprocess.Popen(args, stdout=slave, stderr=slave, env=env)
        os.close(slave)
        out = b""
        while True:
            r, _, _ = select.select([master], [], [], 10)
            if not r:
                break
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        os.close(master)
        self.assertEqual(p.wait(10), 0)
        self.assertIn(b"\x1b[1;33m", out)  # hits highlighted
        self.assertNotIn(b"[Hjeml", out)
        p = subprocess.run(args + ["--no-color"], stdout=subprocess.PIPE, timeout=30)
        self.assertNotIn(b"\x1b[", p.stdout)


# Fifteen made-up towns, one udsatteråd meeting each (written for this
# test): more councils than a terminal line shows.
TOWNS = ("Agerby", "Bakkely", "Dalsted", "Egeholm", "Fjordvig", "Granlund",
         "Hedemark", "Krogstrup", "Lyngså", "Mosegård", "Nørreby",
         "Pilevang", "Rævskov", "Søholt", "Tornved")


class ClientManyCouncilsTest(h.DaemonTestCase):
    """Human output over an index of many councils: the council facet is
    cut to the most frequent, saying how many more --json has; an item
    printed without a title says so."""

    external_ok = False

    @classmethod
    def make_source(cls, tmp):
        src = os.path.join(tmp, "src")
        os.makedirs(src)
        for i, town in enumerate(TOWNS):
            with open(os.path.join(src, "%s.txt" % town.lower()), "w",
                      encoding="utf-8") as f:
                f.write("Referat\nUdsatterådet, %s Kommune\n"
                        "Mødedato: %d. marts 2024\n\n"
                        "1. Boliger til hjemløse\n"
                        "Rådet drøftede boliger til hjemløse borgere i %s.\n"
                        % (town, i + 1, town))
        # a real layout whose items have no titles (tests/data/layouts)
        name = "bp-notitles-stevns-udsatteraad-2022.txt"
        shutil.copy(os.path.join(h.SRC, "tests", "data", "layouts", name), src)
        return src

    def client(self, *args):
        return h.run_client("--host", "127.0.0.1", "--port",
                            str(self.d.line_port), "--no-color", *args)

    def test_council_facet_is_cut_with_a_count(self):
        rc, out, err = self.client("--json", "boliger")
        self.assertEqual(rc, 0, err)
        councils = json.loads(out)["facets"]["council"]
        self.assertGreaterEqual(len(councils), len(TOWNS))
        rc, out, err = self.client("boliger")
        self.assertEqual(rc, 0, err)
        line = [x for x in out.splitlines() if x.startswith("Råd: ")]
        self.assertEqual(len(line), 1, out)
        shown = line[0][len("Råd: "):].split(" · ")
        self.assertEqual(len(shown), 12 + 1, line)
        self.assertEqual(shown[:12], ["%s (%d)" % (c["value"], c["count"])
                                      for c in councils[:12]])
        self.assertEqual(shown[12], "… og %d andre (--json viser alle)"
                         % (len(councils) - 12))
        self.assertRegex(out, r"\nÅr: 2022 \(\d+\) · 2024 \(%d\)\n" % len(TOWNS))

    def test_untitled_item_says_so(self):
        rc, out, err = self.client("--json", "--council", "Stevns",
                                   "--limit", "100", "udsatterådet")
        self.assertEqual(rc, 0, err)
        untitled = [x for x in json.loads(out)["hits"] if not x.get("title")]
        self.assertTrue(untitled, out[:500])
        rc, out, err = self.client("--council", "Stevns", "--limit", "100",
                                   "udsatterådet")
        self.assertEqual(rc, 0, err)
        for hit in untitled:
            block = [b for b in out.split("\n\n") if hit["id"] in b]
            self.assertEqual(len(block), 1, out)
            self.assertIn(": (uden titel)\n", block[0])
            self.assertNotIn(hit["id"], block[0].splitlines()[0])
        rc, out, err = self.client("--item", untitled[0]["id"])
        self.assertEqual(rc, 0, err)
        self.assertIn("(uden titel)", out.splitlines()[0])


class ClientBusyTest(unittest.TestCase):
    def test_busy_daemon_exit_4(self):
        tmp = tempfile.mkdtemp(prefix="test-client-busy-")
        try:
            db = h.make_index(tmp)
            d = h.Daemon(db, "--max-connections", "1", tmpdir=tmp, external_ok=False)
            with d.connect() as hold:
                self.assertEqual(hold.request("PING")[0], "OK")
                rc, out, err = h.run_client("--port", str(d.line_port), "hjemløse")
                self.assertEqual(rc, 4, err)
                self.assertIn("busy", err)
            self.assertEqual(d.stop(), 0, d.log()[-2000:])
        finally:
            shutil.rmtree(tmp, ignore_errors=True)



class ClientSuggestionTest(unittest.TestCase):
    """A suggestion the daemon did not search (corrected: false) is offered
    as "Mente du". The shipped daemon searches every suggestion it makes,
    so one answer is played by a stand-in on the line protocol."""

    ANSWER = json.dumps({"total": {"estimated": 1, "lower": 1, "upper": 1},
                         "offset": 0, "limit": 10, "took_ms": 0.1,
                         "hits": [], "facets": None,
                         "suggestion": "hjemløse", "corrected": False}).encode()

    def test_mente_du(self):
        srv = socket.socket()
        srv.bind(("127.0.0.1", 0))
        srv.listen(1)
        srv.settimeout(30)
        got = []

        def answer_once():
            c, _ = srv.accept()
            with c:
                c.settimeout(30)
                line = b""
                while not line.endswith(b"\n"):
                    chunk = c.recv(4096)
                    if not chunk:
                        return
                    line += chunk
                got.append(line)
                c.sendall(b"OK %d\n%s\n" % (len(self.ANSWER), self.ANSWER))

        t = threading.Thread(target=answer_once)
        t.start()
        try:
            rc, out, err = h.run_client("--port", str(srv.getsockname()[1]),
                                        "hjemlosse")
        finally:
            t.join(60)
            srv.close()
        self.assertFalse(t.is_alive())
        self.assertEqual(len(got), 1)
        self.assertTrue(got[0].startswith(b"SEARCH "), got)
        self.assertIn("Mente du: hjemløse", out)
        self.assertNotIn("Søgte i stedet efter", out)


if __name__ == "__main__":
    unittest.main(verbosity=2)
