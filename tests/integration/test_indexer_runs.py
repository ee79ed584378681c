#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""test_indexer_runs.py - the real referat-index's index folder across
runs, on copies of corpus/: incremental runs (new files added to the
live generation, a changed or removed file rebuilding a new one),
another schema rebuilt, the old layout migrated, --jobs giving the same
index, and kill -9 in the middle of runs. What files become is
test_indexer.py's; the shared helpers are indexer_harness.py's.

Environment: REFERAT_BIN (folder of the built binaries) and
REFERAT_SOURCE_DIR (the repository); both default to this checkout.
"""
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from indexer_harness import (CORPUS, EXPECTED, INDEXER,  # noqa: E402
                             IndexerCase, dump, mode, per_file, run, seeds,
                             summary)


def generation(db):
    """The live generation the stub names, or None (no stub)."""
    try:
        with open(os.path.join(db, "XAPIANDB"), encoding="ascii") as f:
            line = f.read()
    except FileNotFoundError:
        return None
    m = re.fullmatch(r"glass gen-(\d+)\n", line)
    if m is None:
        raise AssertionError("stub of %s: %r" % (db, line))
    return int(m.group(1))


def leftovers(db):
    """What an index folder holds besides the stub, its lock and the live
    generation: must be nothing once a run has finished."""
    live = "gen-%d" % generation(db)
    return sorted(n for n in os.listdir(db)
                  if n not in ("XAPIANDB", ".lock", live))


def lock_held(db):
    """True when some process holds the index folder's writer lock (the
    flock on <db>/.lock), read from /proc/locks so that looking does not
    take the lock itself (a probe that flock()ed it could make the
    indexer it watches find the index locked)."""
    try:
        ino = os.stat(os.path.join(db, ".lock")).st_ino
    except FileNotFoundError:
        return False
    with open("/proc/locks", encoding="ascii") as f:
        for line in f:
            m = re.search(r"FLOCK\s+ADVISORY\s+WRITE\s+\d+\s+"
                          r"[0-9a-f]+:[0-9a-f]+:(\d+)\s", line)
            if m is not None and "->" not in line and int(m.group(1)) == ino:
                return True
    return False


def stub_or_db(db):
    # xapian-check opens a stub file, not a folder holding one
    stub = os.path.join(db, "XAPIANDB")
    return stub if os.path.exists(stub) else db


def all_terms(db):
    p = subprocess.run(["xapian-delve", "-a", "-v", db], capture_output=True,
                       text=True)
    if p.returncode != 0:
        raise AssertionError("xapian-delve failed: %s" % p.stderr)
    return p.stdout


def copy_seeds(dst, copies):
    """`copies` copies of the seed files in a new folder `dst`, named
    000-<seed>, 001-<seed>, ..."""
    os.mkdir(dst)
    for n in range(copies):
        for f in seeds():
            shutil.copy(os.path.join(CORPUS, f),
                        os.path.join(dst, "%03d-%s" % (n, f)))


class IndexerRunsTest(IndexerCase):
    def test_incremental_runs(self):
        self.index()
        before = dump(self.db)
        self.assertEqual(generation(self.db), 1)
        p = self.index()
        self.assertEqual(summary(p), (0, 0, 5, 0, 0))
        self.assertEqual(mode(p), "unchanged")
        self.assertEqual(dump(self.db), before)
        self.assertEqual(generation(self.db), 1)

        # change one file: a new generation of every file; its new title
        # shows, the old one is gone
        herning = os.path.join(self.corpus, "herning-udsatteraad-2017-10-06.txt")
        with open(herning, encoding="utf-8") as f:
            text = f.read()
        self.assertIn("\nHjemløsetælling 2017\n", text)
        with open(herning, "w", encoding="utf-8") as f:
            f.write(text.replace("\nHjemløsetælling 2017\n",
                                 "\nHjemløsetælling 2019\n"))
        p = self.index()
        self.assertEqual(summary(p), (5, 49, 0, 0, 0))
        self.assertEqual(mode(p), "rebuilt")
        self.assertEqual(generation(self.db), 2)
        self.assertEqual(leftovers(self.db), [])
        after = dump(self.db)
        self.assertEqual(len(after), 49)
        titles = [it["title"] for it in after]
        self.assertIn("Hjemløsetælling 2019", titles)
        self.assertNotIn("Hjemløsetælling 2017", titles)

        # remove one: its items go, the others are indexed again
        os.unlink(os.path.join(self.corpus,
                               "fredericia-udsatteraad-2022-08-24.txt"))
        p = self.index()
        self.assertEqual(summary(p), (4, 38, 0, 0, 1))
        self.assertEqual(mode(p), "rebuilt")
        self.assertEqual(generation(self.db), 3)
        left = dump(self.db)
        self.assertEqual(len(left), 38)
        self.assertNotIn("fredericia-udsatteraad-2022-08-24.txt",
                         per_file(left))

        # add one: added to the live generation, nothing rebuilt
        shutil.copy(os.path.join(CORPUS,
                                 "fredericia-udsatteraad-2022-08-24.txt"),
                    self.corpus)
        p = self.index()
        self.assertEqual(summary(p), (1, 11, 4, 0, 0))
        self.assertEqual(mode(p), "added")
        self.assertEqual(generation(self.db), 3)
        self.assertEqual(dump(self.db), after)
        os.unlink(os.path.join(self.corpus,
                               "fredericia-udsatteraad-2022-08-24.txt"))
        p = self.index()
        self.assertEqual(summary(p), (4, 38, 0, 0, 1))
        self.assertEqual(dump(self.db), left)

        # --rebuild gives the same items as the incremental runs, and the
        # very same terms as a first run over the same files
        p = self.index(extra=("--rebuild",))
        self.assertEqual(summary(p), (4, 38, 0, 0, 0))
        self.assertEqual(mode(p), "rebuilt")
        self.assertEqual(dump(self.db), left)
        self.assertEqual(leftovers(self.db), [])
        fresh = os.path.join(self.tmp, "fresh")
        p = run("--db", fresh, self.corpus)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(all_terms(self.db), all_terms(fresh))

    def test_other_schema_is_rebuilt(self):
        # Generations have no termlist, which xapian-metadata needs to
        # write: the index of another schema is an old-layout one.
        subprocess.run(["xapian-metadata", "set", self.db, "referat:schema",
                        "0"], check=True)
        self.assertTrue(os.path.exists(os.path.join(self.db, "iamglass")))
        p = self.index()
        self.assertIn("rebuilding", p.stderr)
        self.assertEqual(summary(p), (5, 49, 0, 0, 0))
        self.assertEqual(len(dump(self.db)), 49)
        got = subprocess.run(["xapian-metadata", "get", self.db,
                              "referat:schema"], capture_output=True,
                             text=True, check=True).stdout.strip()
        self.assertNotEqual(got, "0")
        self.assertEqual(leftovers(self.db), [])

    def test_old_layout_is_migrated(self):
        # An old-layout index (the folder itself a glass database) of this
        # schema: its files list counts, so a file indexed from elsewhere
        # is kept; the old glass files go once the stub is live.
        other = os.path.join(self.tmp, "elsewhere")
        os.mkdir(other)
        kept = os.path.join(other, "herning-udsatteraad-2017-10-06.txt")
        os.rename(os.path.join(self.corpus, os.path.basename(kept)), kept)
        p = run("--db", self.db, "-q", "--dump")
        self.assertEqual(p.returncode, 3)
        schema = re.search(r"Index schema version (\S+)\.",
                           run("--help").stdout).group(1)
        for key, value in (("referat:schema", schema),
                           ("referat:file:" + kept, "0" * 64 + " 7")):
            subprocess.run(["xapian-metadata", "set", self.db, key, value],
                           check=True)
        p = self.index()
        self.assertIn("old index layout", p.stderr)
        self.assertEqual(summary(p), (5, 49, 0, 0, 0))
        self.assertEqual(mode(p), "rebuilt")
        self.assertEqual(generation(self.db), 1)
        self.assertEqual(leftovers(self.db), [])
        self.assertEqual(per_file(dump(self.db)), EXPECTED)
        check = subprocess.run(["xapian-check", stub_or_db(self.db)],
                               capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)

    def test_jobs_give_the_same_index(self):
        one, two = os.path.join(self.tmp, "one"), os.path.join(self.tmp, "two")
        big = os.path.join(self.corpus, "copies")
        copy_seeds(big, 3)
        p1 = run("--db", one, "--jobs", "1", self.corpus)
        p2 = run("--db", two, "--jobs", "2", self.corpus)
        self.assertEqual((p1.returncode, p2.returncode), (0, 0),
                         p1.stderr + p2.stderr)
        self.assertIn("rebuilt (1 job)", p1.stderr)
        self.assertIn("rebuilt (2 jobs)", p2.stderr)
        self.assertEqual(summary(p1), (20, 196, 0, 0, 0))
        self.assertEqual(summary(p1), summary(p2))
        by_id = lambda items: sorted(items, key=lambda it: it["id"])
        self.assertEqual(by_id(dump(one)), by_id(dump(two)))
        # the same terms with the same frequencies, whatever the docids
        self.assertEqual(all_terms(one), all_terms(two))
        ids = [it["id"] for it in dump(two)]
        self.assertEqual(len(ids), len(set(ids)))
        for bad in ("0", "65", "x", "-1"):
            self.assertEqual(run("--db", one, "--jobs", bad,
                                 self.corpus).returncode, 2)

    def db_bytes(self):
        """Bytes of every table in the index folder, shards included."""
        return sum(os.path.getsize(os.path.join(top, f))
                   for top, _dirs, files in os.walk(self.db)
                   for f in files if f.endswith(".glass"))

    def kill_run(self, env=None, when=None):
        """Start the indexer on the corpus and kill -9 it once when() is
        true; it must not have finished by then."""
        proc = subprocess.Popen([INDEXER, "--db", self.db, "-q", self.corpus],
                                stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, env=env)
        try:
            deadline = time.monotonic() + 120
            while not when() and proc.poll() is None:
                self.assertLess(time.monotonic(), deadline, "never true")
                time.sleep(0.01)
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            proc.communicate()
        self.assertEqual(proc.returncode, -signal.SIGKILL,
                         "indexer finished before it was killed")
        check = subprocess.run(["xapian-check", stub_or_db(self.db)],
                               capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)

    def test_kill_during_run_keeps_previous_index(self):
        self.index()
        before = dump(self.db)
        big = os.path.join(self.corpus, "big")
        copy_seeds(big, 100)

        # killed early, as soon as it holds the lock: while it does, a
        # second indexer is refused. (Waiting for the lock, not for a fixed
        # time: on a loaded machine the first indexer may not have reached
        # its lock 0.3 s after its start, and the second one then ran.)
        def early():
            if not lock_held(self.db):
                return False
            second = run("--db", self.db, self.corpus)
            self.assertEqual(second.returncode, 3, second.stderr)
            self.assertIn("locked", second.stderr)
            return True

        self.kill_run(when=early)
        self.assertEqual(dump(self.db), before)

        # killed after Xapian has spilled uncommitted changes into the
        # table files (a low flush threshold makes it do so early)
        env = dict(os.environ, XAPIAN_FLUSH_THRESHOLD="100")
        size = self.db_bytes()
        self.kill_run(env=env, when=lambda: self.db_bytes() > size)
        self.assertEqual(dump(self.db), before)

        p = self.index(extra=("-q",))
        self.assertEqual(p.stderr, "")
        self.assertEqual(len(dump(self.db)), 49 * 101)

    def test_kill_during_full_builds(self):
        """kill -9 at random moments of full builds (a changed file makes
        each run one): the previous generation stays live and whole, the
        next run completes and removes what the killed ones left."""
        big = os.path.join(self.corpus, "big")
        copy_seeds(big, 30)
        herning = os.path.join(self.corpus, "herning-udsatteraad-2017-10-06.txt")

        def change(n):
            with open(herning, "a", encoding="utf-8") as f:
                f.write("\nEventuelt\n\nMærkeord%d blev nævnt.\n" % n)

        self.index(extra=("-q",))
        change(0)
        t0 = time.monotonic()
        self.index(extra=("-q",))
        full = time.monotonic() - t0
        before = dump(self.db)
        seed = int(os.environ.get("REFERAT_FAULT_SEED", "0")) or \
            random.randrange(1, 1 << 30)
        rnd = random.Random(seed)
        kills = 0
        for n in range(1, 40):
            if kills >= 10:
                break
            change(n)
            gen = generation(self.db)
            proc = subprocess.Popen([INDEXER, "--db", self.db, "-q",
                                     self.corpus], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, text=True)
            time.sleep(rnd.uniform(0, full))
            killed = proc.poll() is None
            if killed:
                proc.send_signal(signal.SIGKILL)
            err = proc.communicate()[1]
            what = "seed %d, run %d" % (seed, n)
            if proc.returncode == 0:  # it may exit between poll and kill
                before = dump(self.db)
                continue
            self.assertEqual(proc.returncode, -signal.SIGKILL, err)
            kills += 1
            if generation(self.db) != gen:
                # killed after the switch, removing the old generation:
                # the new one is live, whole
                before = dump(self.db)
                self.assertEqual(len(before), 49 * 31, what)
            self.assertEqual(dump(self.db), before, what)
            check = subprocess.run(["xapian-check", stub_or_db(self.db)],
                                   capture_output=True, text=True)
            self.assertEqual(check.returncode, 0,
                             what + check.stdout + check.stderr)
        self.assertEqual(kills, 10, "runs finished before their kill")
        p = self.index(extra=("-q",))
        self.assertEqual(p.stderr, "")
        self.assertEqual(leftovers(self.db), [])
        self.assertEqual(len(dump(self.db)), 49 * 31)


if __name__ == "__main__":
    if not os.access(INDEXER, os.X_OK):
        sys.exit("test_indexer_runs: no indexer at %s (set REFERAT_BIN)" %
                 INDEXER)
    unittest.main(verbosity=2)
