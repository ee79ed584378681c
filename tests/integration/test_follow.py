#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""referatd follows its index folder whatever happens to it: removed and
built again from nothing (generation numbers start over), an older backup
restored in place; and /health says "degraded" while the snapshot cannot
be rebuilt (a thesaurus that fails to load), retrying until it can."""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402

# Deadline for the daemon to notice a change (it polls every 100 ms):
# generous for ASan on a loaded machine.
FOLLOW_S = 30

# Written for these tests; the made-up words are what the searches look for.
MINUTES = """Dagsorden og referat, Udsatterådet, Prøvested Kommune
Mødedato: {date}

1. Godkendelse af dagsorden
Dagsordenen blev godkendt.

2. {title}
Rådet drøftede {word} og besluttede at følge op på næste møde.
"""


def write_minutes(folder, name, date, title, word):
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write(MINUTES.format(date=date, title=title, word=word))


def index(db, *paths):
    r = subprocess.run([h.binary("referat-index"), "--db", db] + list(paths),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=h.INDEX_HANG_GUARD)
    if r.returncode != 0:
        raise AssertionError("referat-index %r: %d %s" %
                             (paths, r.returncode, r.stderr.decode()))


def deleted_fds(pid, under):
    """Open descriptors of `pid` on deleted files below `under`."""
    out = []
    fd_dir = "/proc/%d/fd" % pid
    for fd in os.listdir(fd_dir):
        try:
            target = os.readlink(os.path.join(fd_dir, fd))
        except OSError:
            continue
        if target.startswith(under) and target.endswith(" (deleted)"):
            out.append(target)
    return out


class FollowTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="test-follow-")
        self.src = os.path.join(self.tmp, "src")
        os.makedirs(self.src)
        self.live = os.path.join(self.tmp, "data", "live")
        os.makedirs(os.path.dirname(self.live))
        self.d = None

    def tearDown(self):
        if self.d is not None:
            rc = self.d.stop()
            if rc != 0:
                self.fail("referatd exit %r\n%s" % (rc, self.d.log()[-3000:]))
        shutil.rmtree(self.tmp, ignore_errors=True)

    def start(self, *extra):
        self.d = h.Daemon(self.live, "--threads", "1", *extra, tmpdir=self.tmp,
                          external_ok=False)

    def total(self, q):
        return self.d.search(q, facets=False)["total"]["lower"]

    def wait_for(self, q, want):
        deadline = time.time() + FOLLOW_S
        got = None
        while time.time() < deadline:
            got = self.total(q)
            if got == want:
                return
            time.sleep(0.1)
        self.fail("%r: %r hits after %d s, want %r\n%s" %
                  (q, got, FOLLOW_S, want, self.d.log()[-3000:]))

    def test_folder_removed_and_built_again(self):
        write_minutes(self.src, "a.txt", "1. marts 2024", "Varmestuen",
                      "kvistrupfonden")
        index(self.live, self.src)
        self.start()
        self.wait_for("kvistrupfonden", 1)
        # Built again from nothing: generation numbers start over, and
        # an add brings the revision past the one the daemon had.
        shutil.rmtree(self.live)
        os.remove(os.path.join(self.src, "a.txt"))
        write_minutes(self.src, "b.txt", "2. marts 2024", "Natcafeen",
                      "bjerringlunden")
        index(self.live, self.src)
        write_minutes(self.src, "c.txt", "3. marts 2024", "Herberget",
                      "toftegaardsmarken")
        index(self.live, self.src)
        self.wait_for("bjerringlunden", 1)
        self.wait_for("toftegaardsmarken", 1)
        self.wait_for("kvistrupfonden", 0)
        # the snapshot follows too (built after the workers moved)
        deadline = time.time() + FOLLOW_S
        while time.time() < deadline:
            st, _, health = self.d.http_json("/health")
            if health["documents"] == 4:
                break
            time.sleep(0.1)
        self.assertEqual(health["documents"], 4)
        self.assertEqual(health["status"], "ok")
        self.total("kvistrupfonden")  # the one worker has run since
        # the one worker and the reloader let go of the deleted files
        self.assertEqual(deleted_fds(self.d.proc.pid, self.live), [])

    def test_older_backup_restored_in_place(self):
        write_minutes(self.src, "a.txt", "1. marts 2024", "Varmestuen",
                      "kvistrupfonden")
        index(self.live, self.src)
        backup = os.path.join(self.tmp, "backup")
        shutil.copytree(self.live, backup)
        self.start()
        write_minutes(self.src, "b.txt", "2. marts 2024", "Natcafeen",
                      "bjerringlunden")
        index(self.live, self.src)  # added to the same generation
        self.wait_for("bjerringlunden", 1)
        shutil.rmtree(self.live)
        shutil.copytree(backup, self.live)
        self.wait_for("bjerringlunden", 0)
        self.wait_for("kvistrupfonden", 1)
        self.assertEqual(deleted_fds(self.d.proc.pid, self.live), [])

    def test_stub_switched_to_a_newer_copy(self):
        # A read replica as xapian-replicate keeps it: a stub naming
        # replica_0, then a full copy of the same database (the master's
        # UUID, a newer revision) into replica_1 and the stub switched.
        # Reopening the old copy's handle finds nothing new there; the
        # daemon must take what the stub names now (it stayed on the old
        # revision, and /health said "ok").
        master = os.path.join(self.tmp, "master")
        write_minutes(self.src, "a.txt", "1. marts 2024", "Varmestuen",
                      "kvistrupfonden")
        index(master, self.src)
        os.makedirs(self.live)
        shutil.copytree(os.path.join(master, "gen-1"),
                        os.path.join(self.live, "replica_0"))
        with open(os.path.join(self.live, "XAPIANDB"), "w") as f:
            f.write("auto replica_0\n")
        self.start()
        self.wait_for("kvistrupfonden", 1)
        write_minutes(self.src, "b.txt", "2. marts 2024", "Natcafeen",
                      "bjerringlunden")
        index(master, self.src)  # the same database, one commit on
        shutil.copytree(os.path.join(master, "gen-1"),
                        os.path.join(self.live, "replica_1"))
        tmp = os.path.join(self.live, "XAPIANDB.tmp")
        with open(tmp, "w") as f:
            f.write("auto replica_1\n")
        os.rename(tmp, os.path.join(self.live, "XAPIANDB"))
        self.wait_for("bjerringlunden", 1)
        self.wait_for("kvistrupfonden", 1)


class HealthTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="test-health-")
        self.src = os.path.join(self.tmp, "src")
        os.makedirs(self.src)
        self.live = os.path.join(self.tmp, "live")
        self.thesaurus = os.path.join(self.tmp, "thesaurus.tsv")
        shutil.copyfile(h.THESAURUS, self.thesaurus)
        write_minutes(self.src, "a.txt", "1. marts 2024", "Varmestuen",
                      "kvistrupfonden")
        index(self.live, self.src)
        self.d = h.Daemon(self.live, "--thesaurus", self.thesaurus,
                          tmpdir=self.tmp, external_ok=False)

    def tearDown(self):
        rc = self.d.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)
        if rc != 0:
            self.fail("referatd exit %r" % rc)

    def health(self):
        st, _, j = self.d.http_json("/health")
        self.assertEqual(st, 200)
        return j

    def test_revision_as_documented(self):
        j = self.health()
        self.assertEqual(j["status"], "ok")
        # docs/protocol.md: small counters, not a packed 64-bit number
        self.assertEqual(j["generation"], 1)
        self.assertLess(j["revision"], 1 << 32)
        ok, stats = self.d.request("STATS")
        self.assertEqual(ok, "OK")
        self.assertEqual(stats["generation"], 1)
        self.assertEqual(stats["revision"], j["revision"])

    def test_stale_snapshot_is_degraded_then_retried(self):
        self.assertEqual(self.health()["status"], "ok")
        os.remove(self.thesaurus)
        write_minutes(self.src, "b.txt", "2. marts 2024", "Natcafeen",
                      "bjerringlunden")
        index(self.live, self.src)
        deadline = time.time() + FOLLOW_S
        j = self.health()
        while j["status"] == "ok" and time.time() < deadline:
            time.sleep(0.1)
            j = self.health()
        self.assertEqual(j["status"], "degraded", j)
        self.assertIn("thesaurus", j["reason"])
        ok, stats = self.d.request("STATS")
        self.assertEqual(stats["status"], "degraded")
        # the thesaurus is back: the reloader tries again by itself
        shutil.copyfile(h.THESAURUS, self.thesaurus)
        deadline = time.time() + FOLLOW_S
        while j["status"] != "ok" and time.time() < deadline:
            time.sleep(0.2)
            j = self.health()
        self.assertEqual(j["status"], "ok", j)
        self.assertNotIn("reason", j)
        self.assertEqual(j["documents"], 4)


if __name__ == "__main__":
    unittest.main()
