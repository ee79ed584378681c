# SPDX-License-Identifier: GPL-2.0-or-later
"""run_unittest.py TEST_FILE - how ctest runs one integration test file.

Runs the file's unittest tests and lists every skipped test with its
reason at the end, so a test skipped for a missing tool is seen. Exits 0
if all passed, 1 if any failed, 77 (ctest's SKIP_RETURN_CODE, set in
tests/CMakeLists.txt) if none ran because all were skipped: ctest then
shows the file as skipped, not passed.

A run that dies of a signal (a crash, or a SIGTERM from outside) first
prints every thread's stack, so a log says which test it was in: once
in ten ASan runs a file ended so with no clue (session 47)."""
import faulthandler
import importlib.util
import os
import signal
import sys
import unittest

SKIPPED = 77


def main(path):
    faulthandler.enable()
    faulthandler.register(signal.SIGTERM, chain=True)
    name = os.path.splitext(os.path.basename(path))[0]
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    suite = unittest.defaultTestLoader.loadTestsFromModule(mod)
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
    for test, reason in result.skipped:
        print("SKIPPED: %s: %s" % (test.id(), reason))
    if not result.wasSuccessful():
        return 1
    if result.testsRun == 0:
        print("%s: no tests found" % name)
        return 1
    if len(result.skipped) == result.testsRun:
        print("%s: every test skipped" % name)
        return SKIPPED
    if result.skipped:
        print("%s: %d of %d tests skipped (see above)" %
              (name, len(result.skipped), result.testsRun))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: run_unittest.py TEST_FILE")
    sys.exit(main(sys.argv[1]))
