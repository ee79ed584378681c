# SPDX-License-Identifier: GPL-2.0-or-later
"""Shared helpers for the referatd integration tests (python3 stdlib only).

Builds an index of corpus/ with the built referat-index into a temporary
directory, starts the built referatd on 127.0.0.1 with kernel-chosen ports
(it prints "READY 127.0.0.1 <line> <http>"), talks to it over the line
protocol and HTTP, and stops it with SIGTERM, checking it exits 0 (under
ASan that includes a clean leak check).

Environment: REFERAT_BIN (build/bin), REFERAT_SOURCE_DIR (the repo);
SEARCHD_ADDR=host:lineport:httpport targets a daemon you started yourself
(e.g. under gdb) for the tests that need no special options.
"""
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("REFERAT_SOURCE_DIR") or os.path.dirname(os.path.dirname(HERE))
BIN = os.environ.get("REFERAT_BIN") or os.path.join(SRC, "build", "bin")
CORPUS = os.path.join(SRC, "corpus")
THESAURUS = os.path.join(CORPUS, "thesaurus.tsv")
# the sources referatd ships with: the domain list and mythes-da's groups
THESAURI = [THESAURUS, os.path.join(CORPUS, "thesaurus-mythes-da.tsv")]

HERNING_HJEMLOS = "herning-udsatteraad-2017-10-06.txt#3"


def binary(name):
    path = os.path.join(BIN, name)
    if not os.access(path, os.X_OK):
        raise RuntimeError("missing %s: build first (REFERAT_BIN=%s)" % (path, BIN))
    return path


def corpus_files():
    return sorted(f for f in os.listdir(CORPUS) if f.endswith(".txt"))


# make_index's hang guard: far beyond what indexing takes even under ASan
# on a loaded 2-core machine (a guard against a hang, never a speed check;
# ctest's TIMEOUT is the outer one).
INDEX_HANG_GUARD = 900


# OCR's time budget per page (30 s by default) would make what a scanned
# source gives depend on how busy the machine is (a page of the scan in
# test_formats cut short under ASan on a loaded machine, its item 5 lost):
# every test that indexes gives OCR all the time it needs with these.
OCR_ALL_THE_TIME = ("--ocr-seconds", "900")


def make_index(tmpdir, source=CORPUS, db=None):
    """Index `source` into tmpdir/db with the built indexer; return the db."""
    db = db or os.path.join(tmpdir, "db")
    r = subprocess.run([binary("referat-index"), *OCR_ALL_THE_TIME,
                        "--db", db, source],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=INDEX_HANG_GUARD)
    if r.returncode != 0:
        raise RuntimeError("referat-index failed (%d): %s" %
                           (r.returncode, r.stderr.decode(errors="replace")))
    return db


def copy_corpus(tmpdir):
    """A writable copy of corpus/*.txt (for reindex tests)."""
    dst = os.path.join(tmpdir, "corpus")
    os.makedirs(dst, exist_ok=True)
    for f in corpus_files():
        shutil.copyfile(os.path.join(CORPUS, f), os.path.join(dst, f))
    return dst


class Daemon:
    """A referatd process (or SEARCHD_ADDR) for one test class."""

    def __init__(self, db, *extra, tmpdir=None, external_ok=True):
        self.proc = None
        self.stderr_path = None
        addr = os.environ.get("SEARCHD_ADDR")
        if addr and external_ok and not extra:
            host, line, httpp = (addr.split(":") + ["0"])[:3]
            self.host, self.line_port, self.http_port = host, int(line), int(httpp)
            return
        self.host = "127.0.0.1"
        args = [binary("referatd"), "--db", db,
                "--listen", "127.0.0.1:0", "--http", "127.0.0.1:0"]
        # a test naming its own thesaurus gets that one alone
        if "--thesaurus" not in extra:
            for t in THESAURI:
                if os.path.exists(t):
                    args += ["--thesaurus", t]
        if os.geteuid() == 0:
            args.append("--allow-root")
        args += list(extra)
        self.tmpdir = tmpdir or tempfile.mkdtemp(prefix="referatd-")
        self.stderr_path = os.path.join(self.tmpdir, "referatd-%d.log" % id(self))
        self.stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=self.stderr)
        line = self._read_ready(30)
        parts = line.split()
        if len(parts) != 4 or parts[0] != "READY":
            self.kill()
            raise RuntimeError("referatd did not start: %r\n%s" % (line, self.log()))
        self.line_port, self.http_port = int(parts[2]), int(parts[3])

    def _read_ready(self, timeout):
        import selectors
        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        deadline = time.time() + timeout
        buf = b""
        while b"\n" not in buf and time.time() < deadline:
            if not sel.select(deadline - time.time()):
                break
            chunk = os.read(self.proc.stdout.fileno(), 256)
            if not chunk:
                break
            buf += chunk
        sel.close()
        return buf.decode(errors="replace").strip()

    def log(self):
        if not self.stderr_path:
            return ""
        with open(self.stderr_path, "rb") as f:
            return f.read().decode(errors="replace")

    def alive(self):
        return self.proc is None or self.proc.poll() is None

    def stop(self, timeout=30):
        """SIGTERM and wait; returns the exit status (0 expected)."""
        if self.proc is None:
            return 0
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            rc = "hung"
        self.proc.stdout.close()
        self.stderr.close()
        return rc

    def kill(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    # ---- line protocol ---------------------------------------------------

    def connect(self, timeout=10):
        return LineConn(self.host, self.line_port, timeout)

    def request(self, line, timeout=10):
        """One request on a fresh connection: ('OK', obj) or ('ERR', code, msg)."""
        with self.connect(timeout) as c:
            return c.request(line)

    def search(self, q, **kw):
        """SEARCH over the line protocol; returns the answer object."""
        params = dict(q=q)
        params.update(kw)
        r = self.request("SEARCH " + json.dumps(params, ensure_ascii=False))
        if r[0] != "OK":
            raise AssertionError("search %r failed: %r" % (params, r))
        return r[1]

    def item(self, item_id):
        r = self.request("ITEM " + item_id)
        if r[0] != "OK":
            raise AssertionError("item %r failed: %r" % (item_id, r))
        return r[1]

    # ---- HTTP ------------------------------------------------------------

    def http(self, method, path, timeout=10, headers=None):
        """(status, headers dict lower-cased, body bytes)."""
        c = http.client.HTTPConnection(self.host, self.http_port, timeout=timeout)
        try:
            c.request(method, path, headers=headers or {})
            r = c.getresponse()
            body = r.read()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, body
        finally:
            c.close()

    def http_json(self, path, **kw):
        status, headers, body = self.http("GET", path, **kw)
        return status, headers, json.loads(body.decode())

    def http_search(self, **params):
        return self.http_json("/search?" + urllib.parse.urlencode(params))


class DaemonTestCase(unittest.TestCase):
    """One index and one referatd for a test class. Subclasses may set
    daemon_args (extra referatd options) and override make_source(tmp) to
    index something other than corpus/."""

    daemon_args = ()
    external_ok = True

    @classmethod
    def make_source(cls, tmp):
        return CORPUS

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="test-%s-" % cls.__name__.lower())
        cls.db = make_index(cls.tmp, source=cls.make_source(cls.tmp))
        cls.d = Daemon(cls.db, *cls.daemon_args, tmpdir=cls.tmp,
                       external_ok=cls.external_ok)

    @classmethod
    def tearDownClass(cls):
        rc = cls.d.stop()
        log = cls.d.log()
        shutil.rmtree(cls.tmp, ignore_errors=True)
        if rc != 0:
            raise AssertionError("referatd exit status %r\n%s" %
                                 (rc, log[-4000:]))


class LineConn:
    """A line-protocol connection: request() sends one line, reads one reply."""

    def __init__(self, host, port, timeout=10):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.buf = b""

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        self.sock.sendall(data)

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise EOFError("connection closed")
        self.buf += chunk

    def read_line(self):
        while b"\n" not in self.buf:
            self._fill()
        line, self.buf = self.buf.split(b"\n", 1)
        return line.decode()

    def read_reply(self):
        head = self.read_line()
        if head.startswith("OK "):
            n = int(head[3:])
            while len(self.buf) < n + 1:
                self._fill()
            payload, self.buf = self.buf[:n], self.buf[n + 1:]
            return ("OK", json.loads(payload.decode()))
        if head.startswith("ERR "):
            parts = head.split(" ", 2)
            return ("ERR", parts[1], parts[2] if len(parts) > 2 else "")
        raise AssertionError("bad reply head %r" % head)

    def request(self, line):
        if isinstance(line, str):
            line = line.encode()
        if not line.endswith(b"\n"):
            line += b"\n"
        self.send(line)
        return self.read_reply()

    def closed_by_peer(self, timeout=5):
        """True if the server closes the connection (EOF or reset) in time."""
        self.sock.settimeout(timeout)
        try:
            while True:
                chunk = self.sock.recv(65536)
                if not chunk:
                    return True
        except (ConnectionResetError, BrokenPipeError):
            return True
        except socket.timeout:
            return False


def run_client(*args, timeout=30, env=None):
    """Run the built referat client: (exit status, stdout, stderr)."""
    e = dict(os.environ)
    e.pop("NO_COLOR", None)
    if env:
        e.update(env)
    r = subprocess.run([binary("referat")] + list(args), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=timeout, env=e)
    return r.returncode, r.stdout.decode(errors="replace"), r.stderr.decode(errors="replace")


def free_port():
    """A loopback port nobody listens on (for 'daemon not running')."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port
