# SPDX-License-Identifier: GPL-2.0-or-later
"""What the referatd benchmarks (latency.py, hostile.py, metrics.py)
share, python3 stdlib only: the one-word queries, the percentile they
report, a referatd of their own on an index of corpus/, --addr parsing
and a line-protocol connection with one reply read at a time."""
import json
import os
import socket
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# One-word queries that occur in corpus/ (plus two that do not).
WORDS = ["hjemløse", "udsatte", "bolig", "misbrug", "borgere", "herning",
         "psykiatri", "budget", "varmestue", "alkohol", "beslutning", "møde",
         "kommune", "region", "rusmiddel", "frivillige", "unge", "projekt",
         "sundhed", "hjemløsetælling", "zebra", "forperson"]


def percentile(sorted_ms, p):
    if not sorted_ms:
        return float("nan")
    k = min(len(sorted_ms) - 1,
            max(0, int(round(p / 100.0 * len(sorted_ms) + 0.5)) - 1))
    return sorted_ms[k]


def start_daemon(bindir, tmp, extra=()):
    """Index corpus/ into tmp/db and start referatd on it with `extra`
    options, on loopback ports the kernel picks. Returns (process, host,
    line port, HTTP port); exits if it does not start."""
    db = os.path.join(tmp, "db")
    subprocess.run([os.path.join(bindir, "referat-index"), "--db", db, "-q",
                    os.path.join(ROOT, "corpus")], check=True, timeout=300)
    args = [os.path.join(bindir, "referatd"), "--db", db,
            "--listen", "127.0.0.1:0", "--http", "127.0.0.1:0"] + list(extra)
    th = os.path.join(ROOT, "corpus", "thesaurus.tsv")
    if os.path.exists(th):
        args += ["--thesaurus", th]
    if os.geteuid() == 0:
        args.append("--allow-root")
    log = open(os.path.join(tmp, "referatd.log"), "wb")
    p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=log)
    ready = p.stdout.readline().decode().split()
    if len(ready) != 4 or ready[0] != "READY":
        p.kill()
        sys.exit("referatd did not start: %r" % ready)
    return p, "127.0.0.1", int(ready[2]), int(ready[3])


def parse_addr(addr):
    """--addr HOST:LINEPORT:HTTPPORT of a running referatd, loopback only:
    (host, line port, HTTP port)."""
    host, lp, hp = addr.split(":")
    if host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("loopback only")
    return host, int(lp), int(hp)


def line_connect(host, port, timeout=30):
    """A line-protocol connection without Nagle's delay: (socket, the
    file its replies are read from)."""
    s = socket.create_connection((host, port), timeout=timeout)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s, s.makefile("rb")


def search_line(q, **params):
    """The SEARCH request line for query `q` and further parameters."""
    return ("SEARCH " + json.dumps(dict(q=q, **params), ensure_ascii=False) +
            "\n").encode()


def read_reply(f):
    """One reply: (head line, payload with its newline), the payload None
    after an ERR or a short read."""
    head = f.readline()
    if not head.startswith(b"OK "):
        return head, None
    n = int(head[3:]) + 1
    body = f.read(n)
    return head, body if len(body) == n else None
