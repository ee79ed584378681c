#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Hostile clients against referatd, while 8 well-behaved clients measure
latency (python3 stdlib, loopback only, bounded in count and time).

Starts its own referatd on an index of corpus/ (or targets --addr
HOST:LINEPORT:HTTPPORT, with --pid for the memory check), measures the
quiet p50/p99 of 8 well-behaved line-protocol clients (one process each,
one SEARCH at a time), then measures them again while throwing at the
daemon:

  * slow-loris clients sending a byte a second, on both protocols;
  * --idle idle connections at once (default 1000, one in five over
    HTTP, past the daemon's --max-connections 512): the extra ones must
    get `ERR busy` or a 503 and be closed at once, and all must be
    served again once they go away;
  * clients that pipeline requests and never read the replies, on both
    protocols;
  * attackers cycling through: request lines of 10 MB, binary garbage,
    invalid UTF-8, queries of 10,000 terms, `a*`-style wildcards, 1,000
    nested parentheses, huge offsets; over HTTP huge headers, huge URLs,
    bad percent-escapes, garbage, the same hostile queries.

Then, with nothing else connected, it fills every connection slot
(until STATS says all are held) and checks that a fresh client is
refused over both protocols.

Checked (exit status 1 if any fails; 2 if only the p99 ratio does): the
daemon never crashes, a fresh PING is answered within 2 s (no hang), its
RSS (VmRSS sampled every 50 ms, and VmHWM) stays under the bound printed
(see docs/security.md), every hostile request gets an error or a closed
connection, a fresh client is refused while every slot is held, the
well-behaved clients get no error and their p99 stays within --factor
(3) times its quiet value. Prints a table.

    python3 bench/hostile.py [--bin build/bin] [--light] [--test]

--light: smaller counts, a daemon with --max-connections 64 and
--idle-timeout 5, about a minute. --test (tests/integration/test_hostile.py,
with --light): behaviour only - the p99 ratio is printed, not checked -
and every deadline 5 times longer, for a sanitizer build on a busy
machine.
"""
import argparse
import faulthandler
import json
import multiprocessing as mp
import os
import random
import resource
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# One-word queries that occur in corpus/ (as bench/latency.py).
WORDS = ["hjemløse", "udsatte", "bolig", "misbrug", "borgere", "herning",
         "psykiatri", "budget", "varmestue", "alkohol", "beslutning", "møde",
         "kommune", "region", "rusmiddel", "frivillige", "unge", "projekt",
         "sundhed", "hjemløsetælling", "zebra", "forperson"]

MB = 1024 * 1024

# Deadlines are multiplied by this (--test: 5, for a sanitizer build on a
# loaded machine).
SLOW = 1.0


def percentile(sorted_ms, p):
    if not sorted_ms:
        return float("nan")
    k = min(len(sorted_ms) - 1,
            max(0, int(round(p / 100.0 * len(sorted_ms) + 0.5)) - 1))
    return sorted_ms[k]


# ---- the well-behaved clients ---------------------------------------------

def good_client(host, port, seconds, seed, out):
    """One connection, one SEARCH at a time, for `seconds`."""
    lat, errors = [], []
    try:
        s = socket.create_connection((host, port), timeout=30)
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        f = s.makefile("rb")
        deadline = time.monotonic() + seconds
        i = seed
        while time.monotonic() < deadline:
            q = WORDS[i % len(WORDS)]
            i += 1
            line = ("SEARCH " + json.dumps({"q": q}, ensure_ascii=False) +
                    "\n").encode()
            t0 = time.perf_counter()
            s.sendall(line)
            head = f.readline()
            if head.startswith(b"OK "):
                body = f.read(int(head[3:]) + 1)
                ok = len(body) == int(head[3:]) + 1
            else:
                ok = False
            lat.append((time.perf_counter() - t0) * 1000.0)
            if not ok:
                errors.append(head[:120].decode(errors="replace"))
        s.close()
    except (OSError, ValueError) as e:
        errors.append("%s: %s" % (type(e).__name__, e))
    out.put((lat, errors))


def run_good(host, port, seconds, n=8):
    """n clients in their own processes; (sorted latencies, errors).
    Spawned, not forked: the tool has threads running (a fork copies the
    locks they hold, and a child can block on one for ever)."""
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=good_client,
                         args=(host, port, seconds, k * 3, out))
             for k in range(n)]
    for p in procs:
        p.start()
    lat, errors = [], []
    for _ in procs:
        l_, e = out.get(timeout=seconds + 120)
        lat += l_
        errors += e
    for p in procs:
        p.join(30)
    lat.sort()
    return lat, errors


# ---- talking to the daemon badly -------------------------------------------

def talk(host, port, payload, timeout=10.0, shut=True):
    """Send `payload` (interleaved with reading, so a reply to a huge
    request is seen while still sending), then shut our side and read
    until the peer closes. Returns (received bytes, how it ended):
    'eof', 'reset', or 'timeout' (the daemon neither answered nor closed:
    a hang)."""
    timeout *= SLOW
    s = socket.create_connection((host, port), timeout=5 * SLOW)
    s.setblocking(False)
    sel = selectors.DefaultSelector()
    sel.register(s, selectors.EVENT_READ | selectors.EVENT_WRITE)
    view, got, sent = memoryview(payload), bytearray(), 0
    deadline = time.monotonic() + timeout
    end = "timeout"
    try:
        while time.monotonic() < deadline:
            for key, ev in sel.select(min(0.5, max(0, deadline - time.monotonic()))):
                if ev & selectors.EVENT_READ:
                    try:
                        chunk = s.recv(65536)
                    except ConnectionResetError:
                        return bytes(got), "reset"
                    except BlockingIOError:
                        chunk = None
                    if chunk == b"":
                        return bytes(got), "eof"
                    if chunk:
                        got += chunk
                        if len(got) > 64 * MB:
                            return bytes(got), "flood"
                if ev & selectors.EVENT_WRITE and sent < len(view):
                    try:
                        sent += s.send(view[sent:sent + 256 * 1024])
                    except BlockingIOError:
                        pass
                    except (BrokenPipeError, ConnectionResetError):
                        sent = len(view)  # the daemon closed: read the rest
                        sel.modify(s, selectors.EVENT_READ)
                        continue
                    if sent >= len(view):
                        if shut:
                            try:
                                s.shutdown(socket.SHUT_WR)
                            except OSError:
                                pass
                        sel.modify(s, selectors.EVENT_READ)
        return bytes(got), end
    finally:
        sel.close()
        s.close()


def line_replies(data):
    """Parse line-protocol replies: [('OK', payload bytes) | ('ERR', code)],
    and whether anything was left that is not a reply (garbage)."""
    out, i = [], 0
    while i < len(data):
        nl = data.find(b"\n", i)
        if nl < 0:
            return out, True
        head = data[i:nl]
        if head.startswith(b"OK "):
            try:
                n = int(head[3:])
            except ValueError:
                return out, True
            if len(data) < nl + 1 + n + 1:
                return out, True
            out.append(("OK", data[nl + 1:nl + 1 + n]))
            i = nl + 1 + n + 1
        elif head.startswith(b"ERR "):
            out.append(("ERR", head.split(b" ")[1].decode(errors="replace")))
            i = nl + 1
        else:
            return out, True
    return out, False


def http_status(data):
    """Status code of the first HTTP response in data, or None."""
    if not data.startswith(b"HTTP/1."):
        return None
    try:
        return int(data.split(b" ", 2)[1])
    except (IndexError, ValueError):
        return None


# ---- the attacks -------------------------------------------------------------
# Each returns (outcome, ok): outcome is what the daemon did ("ERR limit",
# "HTTP 414", "closed", "OK" for a valid costly query); ok is whether that
# is an acceptable answer to that request.

class Attacks:
    def __init__(self, host, lport, hport, light):
        self.host, self.lport, self.hport = host, lport, hport
        big = 1 * MB if light else 10 * MB
        self.big = b"a" * big
        rnd = random.Random(5)
        self.garbage = [bytes(rnd.getrandbits(8) for _ in range(16384))
                        for _ in range(4)]
        self.terms = " ".join("ord%d" % i for i in range(10000))
        self.big_name = "%d MB" % (big // MB)

    # line protocol ----------------------------------------------------------

    def line(self, payload, timeout=10.0):
        return talk(self.host, self.lport, payload, timeout)

    def expect_line(self, payload, allowed, n=None, timeout=10.0):
        """Every reply an ERR with a code in `allowed` (or an OK if 'OK' is
        in allowed), followed by the end of the connection; `n` replies if
        given (0 or more if the daemon closed on a hard limit)."""
        data, end = self.line(payload, timeout)
        if end == "timeout":
            return "no answer (hang)", False
        reps, junk = line_replies(data)
        if junk:
            return "garbled reply %r" % data[:80], False
        kinds = sorted({r[0] if r[0] == "OK" else "ERR " + r[1] for r in reps})
        bad = [k for k in kinds if k not in allowed and
               not (k.startswith("ERR ") and k[4:] in allowed)]
        if bad:
            return "unexpected %s" % ",".join(bad), False
        if n is not None and len(reps) != n:
            return "%d replies for %d requests" % (len(reps), n), False
        return (" ".join(kinds) if kinds else "closed"), True

    def long_line(self):
        return self.expect_line(self.big, {"too_large"})

    def long_line_nl(self):
        return self.expect_line(self.big + b"\n", {"too_large"})

    def garbage_line(self):
        g = random.choice(self.garbage)
        # every line gets an error, and the connection still serves
        data, end = self.line(g + b"\nPING\n")
        if end == "timeout":
            return "no answer (hang)", False
        reps, junk = line_replies(data)
        want = g.count(b"\n") + 2
        if junk or len(reps) != want:
            return "%d replies for %d lines%s" % (
                len(reps), want, ", garbled" if junk else ""), False
        if reps[-1][0] != "OK" or any(r[0] != "ERR" or r[1] not in
                                      ("bad_request", "unknown_command")
                                      for r in reps[:-1]):
            return "unexpected replies", False
        return "ERR bad_request/unknown_command", True

    def invalid_utf8(self):
        lines = [b'SEARCH {"q":"\xff\xfe"}', b'SEARCH {"q":"\xc0\xaf"}',
                 b'SEARCH {"q":"\xed\xa0\x80"}', b"ITEM \xf4\x90\x80\x80",
                 b'SEARCH {"q":"hjeml\xf8se"}', b"\xc3"]
        return self.expect_line(b"\n".join(lines) + b"\n", {"bad_request"},
                                n=len(lines))

    def many_terms(self):
        # 10,000 terms do not fit a request line; 2,000 short ones do and
        # pass the query limits.
        long_q = ('SEARCH {"q":"%s"}\n' % self.terms).encode()
        r = self.expect_line(long_q, {"too_large"})
        if not r[1]:
            return r
        short = ('SEARCH {"q":"%s"}\n' % " ".join(["a"] * 2000)).encode()
        return self.expect_line(short, {"limit"}, n=1)

    def wildcards(self):
        qs = ["a*", "s*", "b* h* k* u*", " ".join(c + "*" for c in
                                                  "abcdefghijklmnoprstuv"),
              "*", "a* OR NOT b*"]
        payload = "".join("SEARCH %s\n" % json.dumps({"q": q}) for q in qs)
        return self.expect_line(payload.encode(),
                                {"OK", "limit", "bad_query"}, n=len(qs))

    def nesting(self):
        qs = ["(" * 1000 + "a" + ")" * 1000, "(" * 1000, "(a OR " * 800]
        payload = "".join("SEARCH %s\n" % json.dumps({"q": q}) for q in qs)
        r = self.expect_line(payload.encode(), {"limit"}, n=len(qs))
        if not r[1]:
            return r
        # Parentheses inside an unclosed phrase are text (a valid, cheap
        # query); operators without terms are syntax errors.
        qs = ['"' + "(" * 1000 + "x", "NOT " * 1000 + "a", "a" + " OR" * 1300]
        payload = "".join("SEARCH %s\n" % json.dumps({"q": q}) for q in qs)
        return self.expect_line(payload.encode(), {"OK", "limit", "bad_query"},
                                n=len(qs))

    def offsets(self):
        bad = ['{"q":"a","offset":4294967295}', '{"q":"a","offset":4294967296}',
               '{"q":"a","offset":1e300}', '{"q":"a","offset":-1}',
               '{"q":"a","offset":999,"limit":100}',
               '{"q":"a","offset":18446744073709551616}',
               '{"q":"a","limit":4294967295}']
        payload = "".join("SEARCH %s\n" % b for b in bad)
        return self.expect_line(payload.encode(), {"limit", "bad_request"},
                                n=len(bad))

    def item_paths(self):
        ids = ["../../etc/passwd", "/etc/passwd", "corpus/../../etc/passwd",
               "file:///etc/passwd", "%2e%2e/%2e%2e/etc/passwd"]
        payload = "".join("ITEM %s\n" % i for i in ids)
        return self.expect_line(payload.encode(), {"not_found"}, n=len(ids))

    # HTTP ------------------------------------------------------------------

    def expect_http(self, request, allowed, timeout=10.0):
        data, end = talk(self.host, self.hport, request, timeout)
        if end == "timeout":
            return "no answer (hang)", False
        st = http_status(data)
        if st is None:
            return ("closed", True) if not data else (
                "garbled reply %r" % data[:60], False)
        return "HTTP %d" % st, st in allowed

    def get(self, target, allowed, extra=b""):
        if isinstance(target, str):
            target = target.encode()
        req = (b"GET " + target + b" HTTP/1.1\r\nHost: x\r\n" + extra +
               b"Connection: close\r\n\r\n")
        return self.expect_http(req, allowed)

    def http_huge_header(self):
        return self.get("/health", {400, 413, 431},
                        extra=b"X-Big: " + self.big[:1 * MB] + b"\r\n")

    def http_many_headers(self):
        return self.get("/health", {400, 413, 431},
                        extra=b"".join(b"X-%d: v\r\n" % i for i in range(5000)))

    def http_huge_url(self):
        return self.get(b"/search?q=" + self.big, {400, 413, 414})

    def http_long_url(self):
        return self.get("/search?q=" + "a" * 20000, {400, 413, 414})

    def http_terms(self):
        return self.get("/search?q=" + "+".join(["a"] * 10000), {400, 413, 414})

    def http_bad_escapes(self):
        for t in ("/search?q=%zz", "/search?q=%", "/search?q=a%f",
                  "/search?q=%00", "/search?q=%ff%fe", "/item/%",
                  "/item/%c0%af", "/search?q=a&limit=%", "/search?%=a"):
            r = self.get(t, {400})
            if not r[1]:
                return "%s: %s" % (t, r[0]), False
        return "HTTP 400", True

    def http_queries(self):
        nested = "%28" * 1000 + "a" + "%29" * 1000
        for t, allowed in (("/search?q=a*", {200, 400}),
                           ("/search?q=*", {200, 400}),
                           ("/search?q=" + nested, {400}),
                           ("/search?q=a&offset=99999999999", {400}),
                           ("/search?q=a&offset=999&limit=100", {400}),
                           ("/item/..%2F..%2Fetc%2Fpasswd", {404}),
                           ("/item/../../etc/passwd", {404}),
                           ("/../../etc/passwd", {404}),
                           ("/search?q=%22" + "a+" * 1000, {400})):
            r = self.get(t, allowed)
            if not r[1]:
                return "%s: %s" % (t[:40], r[0]), False
        return "HTTP 200/400/404", True

    def http_garbage(self):
        return self.expect_http(random.choice(self.garbage), {400, 405, 413, 414,
                                                              501})

    def all(self):
        return [("line: %s request line" % self.big_name, self.long_line),
                ("line: %s line + LF" % self.big_name, self.long_line_nl),
                ("line: binary garbage", self.garbage_line),
                ("line: invalid UTF-8", self.invalid_utf8),
                ("line: 10,000 / 2,000 terms", self.many_terms),
                ("line: wildcards a* s* *", self.wildcards),
                ("line: 1,000 nested ( / NOT", self.nesting),
                ("line: huge offsets", self.offsets),
                ("line: ITEM with a path", self.item_paths),
                ("http: 1 MB header", self.http_huge_header),
                ("http: 5,000 headers", self.http_many_headers),
                ("http: %s URL" % self.big_name, self.http_huge_url),
                ("http: 20 KB URL", self.http_long_url),
                ("http: 10,000 terms", self.http_terms),
                ("http: bad %-escapes", self.http_bad_escapes),
                ("http: hostile queries", self.http_queries),
                ("http: binary garbage", self.http_garbage)]


# ---- long-lived hostile clients -------------------------------------------

def slow_loris(host, port, http, idle_timeout, results):
    """Send a request a byte a second; the daemon must cut us off (an
    error or a close) within its idle timeout plus slack."""
    if http:
        msg = (b"GET /search?q=" + b"a" * 300 + b" HTTP/1.1\r\nHost: x\r\n"
               b"X-Slow: " + b"z" * 300)
    else:
        msg = b'SEARCH {"q":"' + b" " * 300 + b'hjeml\xc3\xb8se"}\n'
    t0 = time.monotonic()
    limit = idle_timeout + 5 * SLOW
    got = b""
    try:
        s = socket.create_connection((host, port), timeout=5)
        s.settimeout(1.0)
        for i in range(len(msg)):
            if time.monotonic() - t0 > limit:
                break
            try:
                s.send(msg[i:i + 1])
            except (BrokenPipeError, ConnectionResetError):
                break
            try:
                chunk = s.recv(4096)
                got += chunk
                if not chunk:
                    break
            except socket.timeout:
                pass
            except ConnectionResetError:
                break
        else:
            results.append(("loris", "finished its request (too short)", False))
            return
        try:
            s.settimeout(2)
            while True:
                chunk = s.recv(4096)
                if not chunk:
                    break
                got += chunk
        except OSError:
            pass
        s.close()
    except OSError as e:
        results.append(("loris", "connect failed: %s" % e, False))
        return
    took = time.monotonic() - t0
    if took > limit:
        results.append(("loris", "still open after %.0f s" % took, False))
    elif http:
        st = http_status(got)
        results.append(("loris", "HTTP %s after %.0f s" % (st, took) if st
                        else "closed after %.0f s" % took,
                        st in (None, 408, 400)))
    else:
        reps, junk = line_replies(got)
        ok = not junk and all(r == ("ERR", "timeout") for r in reps)
        results.append(("loris", "%s after %.0f s" % (
            "ERR timeout" if reps else "closed", took), ok))


def idle_flood(host, lport, hport, count, hold, idle_timeout, max_conns,
               report):
    """Open `count` idle connections at once, one in five over HTTP; each
    must either stay open silently (accepted) or be refused at once
    (`ERR busy` / a 503, then closed). Close them after `hold` seconds.
    (Other clients come and go meanwhile, so whether a fresh client is
    refused is checked apart, in fill_limit().)"""
    socks, failed_connect = [], 0
    t0 = time.monotonic()
    for k in range(count):
        try:
            s = socket.create_connection((host, hport if k % 5 == 4 else lport),
                                         timeout=5 * SLOW)
            s.setblocking(False)
            socks.append(s)
        except OSError:
            failed_connect += 1
    sel = selectors.DefaultSelector()
    got = {}
    closed = set()
    for s in socks:
        sel.register(s, selectors.EVENT_READ)
        got[s] = b""
    # Refused ones are closed at once; accepted ones must stay open. Wait
    # until at least the ones past the limit were refused, but not as long
    # as the daemon's idle timeout (which closes accepted ones).
    deadline = time.monotonic() + 0.8 * idle_timeout
    while time.monotonic() < deadline and len(closed) < len(socks):
        for key, _ in sel.select(0.2):
            s = key.fileobj
            try:
                chunk = s.recv(4096)
            except (ConnectionResetError, BlockingIOError):
                chunk = b""
            if chunk:
                got[s] += chunk
            else:
                closed.add(s)
                sel.unregister(s)
        if len(closed) >= len(socks) - max_conns:
            break
    busy = sum(1 for s in closed
               if got[s] == b"ERR busy too many connections\n" or
               (http_status(got[s]) == 503 and b'"busy"' in got[s]))
    # an accepted one the daemon's idle timeout closed (a slow machine)
    timed_out = sum(1 for s in closed if got[s].startswith(b"ERR timeout") or
                    http_status(got[s]) == 408)
    silent_open = sum(1 for s in socks if s not in closed and not got[s])
    odd = len(socks) - busy - silent_open - timed_out
    time.sleep(hold)
    for s in socks:
        s.close()
    sel.close()
    report.update(opened=len(socks), failed_connect=failed_connect, busy=busy,
                  accepted=silent_open + timed_out, timed_out=timed_out,
                  odd=odd, open_s=round(time.monotonic() - t0, 2))


class LineClient:
    """A held line-protocol connection (fill_limit's monitor and holders)."""

    def __init__(self, host, port):
        self.s = socket.create_connection((host, port), timeout=10 * SLOW)
        self.f = self.s.makefile("rb")

    def request(self, line):
        """('OK', payload bytes) or ('ERR', the line); raises OSError if
        the daemon closed the connection."""
        self.s.sendall(line + b"\n")
        head = self.f.readline()
        if not head:
            raise ConnectionResetError("closed by the daemon")
        if head.startswith(b"OK "):
            body = self.f.read(int(head[3:]) + 1)
            return "OK", body[:-1]
        return "ERR", head.decode(errors="replace").strip()

    def close(self):
        self.f.close()
        self.s.close()


def answers(c):
    """Does a held connection still answer a PING?"""
    try:
        return c.request(b"PING")[0] == "OK"
    except OSError:
        return False


def fill_limit(host, lport, hport, max_conns, report, attempts=3):
    """With nothing else connected: hold every slot - opening line
    connections until the daemon's STATS says all are open - then a fresh
    client must be refused at once over both protocols. The refusal
    counts only if the daemon was still full after it (every holder
    answers, STATS unchanged); otherwise (a holder cut off by the idle
    timeout on a slow machine) try again."""
    deadline = time.monotonic() + 60 * SLOW
    # the clients of the last phase may still be closing: wait until a
    # fresh connection is served
    mon = None
    while mon is None and time.monotonic() < deadline:
        try:
            mon = LineClient(host, lport)
            if mon.request(b"PING")[0] != "OK":
                mon.close()
                mon, _ = None, time.sleep(0.2)
        except OSError:
            mon, _ = None, time.sleep(0.2)
    if mon is None:
        report["error"] = "never served after the hostile phase"
        return
    holders = []

    def stats():
        kind, body = mon.request(b"STATS")
        if kind != "OK":
            raise OSError("STATS: %s" % body)
        return json.loads(body)["connections"]

    try:
        for attempt in range(1, attempts + 1):
            report["attempts"] = attempt
            # fill: open what STATS says is free until it says full
            st = stats()
            while st["open"] < max_conns and time.monotonic() < deadline:
                for _ in range(max_conns - st["open"]):
                    c = LineClient(host, lport)
                    if answers(c):
                        holders.append(c)
                    else:  # a closing client still held its slot
                        c.close()
                        time.sleep(0.05)
                st = stats()
            report["held"] = st["open"]
            if st["open"] > max_conns:
                report["error"] = "STATS says %d open, max %d" % (
                    st["open"], max_conns)
                return
            if st["open"] < max_conns:
                report["error"] = "could not fill: %d of %d" % (
                    st["open"], max_conns)
                return
            # refresh the holders' idle timers, then the fresh clients
            alive = all([answers(h) for h in holders])
            before = stats()
            data, end = talk(host, lport, b"PING\n", timeout=3)
            report["fresh_line"] = data.decode(errors="replace").strip() or end
            data, end = talk(host, hport,
                             b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n",
                             timeout=3)
            report["fresh_http"] = ("HTTP %s" % http_status(data) if data
                                    else end)
            after = stats()
            alive = all([answers(h) for h in holders]) and alive
            if (alive and before["open"] == after["open"] == max_conns):
                report["refused_counted"] = after["refused"] - before["refused"]
                report["conclusive"] = True
                return
            # a holder was cut off: drop the dead ones and fill again
            keep = []
            for h in holders:
                if answers(h):
                    keep.append(h)
                else:
                    h.close()
            holders = keep
        report["error"] = "slots freed during every attempt"
    except (OSError, ValueError, KeyError) as e:
        report["error"] = "%s: %s" % (type(e).__name__, e)
    finally:
        for h in holders:
            h.close()
        mon.close()


def non_reader(host, port, http, seconds, results):
    """Pipeline requests without ever reading the replies: the daemon
    must stop reading us (what it holds for us is bounded), not buffer
    without limit."""
    s = socket.create_connection((host, port), timeout=5)
    s.setblocking(False)
    req = (b"GET /stats HTTP/1.1\r\nHost: x\r\n\r\n" if http
           else b"STATS\n") * 1000
    sent, t0 = 0, time.monotonic()
    while time.monotonic() - t0 < seconds:
        try:
            sent += s.send(req)
        except BlockingIOError:
            time.sleep(0.05)
        except OSError:
            break
    s.close()
    results.append(("non-reader" + (" (http)" if http else ""),
                    "stalled after %.1f MB sent" % (sent / MB), sent < 64 * MB))


# ---- watching the daemon ----------------------------------------------------

def rss_kb(pid, field="VmRSS"):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


class Watch(threading.Thread):
    """Sample the daemon's RSS and probe it with a fresh PING."""

    def __init__(self, host, lport, pid):
        super().__init__(daemon=True)
        self.host, self.lport, self.pid = host, lport, pid
        self.stop = threading.Event()
        self.rss_max = 0
        self.probe_max_ms = 0.0
        self.probe_fail = []
        self.probes = 0
        self.dead = False

    def run(self):
        last_probe = 0.0
        while not self.stop.is_set():
            if self.pid:
                r = rss_kb(self.pid)
                if r is None:
                    self.dead = True
                    return
                self.rss_max = max(self.rss_max, r)
            if time.monotonic() - last_probe > 0.5:
                last_probe = time.monotonic()
                self.probe()
            time.sleep(0.05)

    def probe(self):
        t0 = time.perf_counter()
        try:
            data, end = talk(self.host, self.lport, b"PING\n", timeout=2)
        except OSError as e:
            data, end = b"", str(e)
        ms = (time.perf_counter() - t0) * 1000
        self.probes += 1
        # Refused while full (ERR busy) is an answer too.
        if not (data.startswith(b"OK ") or data.startswith(b"ERR busy")):
            self.probe_fail.append("%s after %.0f ms" % (end, ms))
        else:
            self.probe_max_ms = max(self.probe_max_ms, ms)


# ---- the run -----------------------------------------------------------------

def start_daemon(bindir, tmp, extra):
    db = os.path.join(tmp, "db")
    subprocess.run([os.path.join(bindir, "referat-index"), "--db", db, "-q",
                    os.path.join(ROOT, "corpus")], check=True, timeout=300)
    args = [os.path.join(bindir, "referatd"), "--db", db,
            "--listen", "127.0.0.1:0", "--http", "127.0.0.1:0"] + extra
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


def is_sanitized(path):
    """True for an ASan build: its allocator keeps freed memory in a
    quarantine (256 MB by default), so RSS says nothing about our bound."""
    try:
        with open(path, "rb") as f:
            return b"__asan_init" in f.read()
    except OSError:
        return False


def raise_nofile(want):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < want:
        new = want if hard == resource.RLIM_INFINITY else min(want, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (new, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def attacker(attacks, stop, pause, tally, lock):
    """Cycle through the one-shot attacks until told to stop."""
    todo = attacks.all()
    k = random.randrange(len(todo))
    while not stop.is_set():
        name, fn = todo[k % len(todo)]
        k += 1
        t0 = time.perf_counter()
        try:
            outcome, ok = fn()
        except OSError as e:
            # a refused connect while the flood holds every slot is fine
            outcome, ok = "connect: %s" % e.__class__.__name__, True
        ms = (time.perf_counter() - t0) * 1000
        with lock:
            t = tally.setdefault(name, {"n": 0, "fail": 0, "outcomes": {},
                                        "ms_max": 0.0})
            t["n"] += 1
            t["fail"] += 0 if ok else 1
            t["outcomes"][outcome] = t["outcomes"].get(outcome, 0) + 1
            t["ms_max"] = max(t["ms_max"], ms)
        stop.wait(pause)


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bin"))
    ap.add_argument("--addr", help="HOST:LINEPORT:HTTPPORT of a running referatd")
    ap.add_argument("--pid", type=int, help="its pid, for the memory check")
    ap.add_argument("--max-connections", type=int, default=512,
                    help="the daemon's --max-connections [512]")
    ap.add_argument("--idle-timeout", type=int, default=30,
                    help="the daemon's --idle-timeout [30]")
    ap.add_argument("--light", action="store_true",
                    help="small counts, short timeouts: about a minute")
    ap.add_argument("--test", action="store_true",
                    help="behaviour only (the p99 ratio is reported, not "
                    "checked), deadlines x5: tests/integration/test_hostile.py")
    ap.add_argument("--quiet-seconds", type=float)
    ap.add_argument("--idle", type=int, help="idle connections [1000]")
    ap.add_argument("--factor", type=float, default=3.0,
                    help="allowed loaded/quiet p99 ratio [3]")
    ap.add_argument("--markdown", action="store_true", help="table as Markdown")
    a = ap.parse_args()
    if a.light:
        a.max_connections, a.idle_timeout = 64, 5
    a.idle = min(a.idle or (150 if a.light else 1000), 5000)
    a.quiet_s = min(a.quiet_seconds or (8 if a.light else 20), 120)
    a.loris = 4 if a.light else 20
    a.attackers = 2 if a.light else 4
    a.nonreaders = 2 if a.light else 4
    a.hold = 3 if a.light else 8
    # loaded phase: the slow-loris clients must have been cut off
    a.loaded_s = max(a.quiet_s, a.idle_timeout + 10)
    return a


def measure(a, host, lp, hp, pid):
    """Quiet, then loaded: everything the checks and the report need."""
    r = {"attacks": Attacks(host, lp, hp, a.light)}
    run_good(host, lp, 2, 2)  # warm-up
    r["rss_base"] = rss_kb(pid) if pid else None
    watch = Watch(host, lp, pid)
    watch.start()
    r["q_lat"], r["q_err"] = run_good(host, lp, a.quiet_s)
    watch.stop.set()
    watch.join()
    r["rss_quiet"] = watch.rss_max

    watch = Watch(host, lp, pid)
    watch.start()
    good = {}
    gt = threading.Thread(target=lambda: good.update(
        r=run_good(host, lp, a.loaded_s)))
    gt.start()
    time.sleep(1)
    long_results = []
    threads = [threading.Thread(target=slow_loris,
                                args=(host, hp if k % 2 else lp, k % 2 == 1,
                                      a.idle_timeout, long_results))
               for k in range(a.loris)]
    threads += [threading.Thread(target=non_reader,
                                 args=(host, hp if k % 2 else lp, k % 2 == 1,
                                       5, long_results))
                for k in range(a.nonreaders)]
    for t in threads:
        t.start()
    time.sleep(1)
    flood = {}
    idle_flood(host, lp, hp, a.idle, a.hold, a.idle_timeout, a.max_connections,
               flood)
    stop = threading.Event()
    tally, lock = {}, threading.Lock()
    ats = [threading.Thread(target=attacker,
                            args=(r["attacks"], stop, 0.02, tally, lock))
           for _ in range(a.attackers)]
    for t in ats:
        t.start()
    gt.join(a.loaded_s + 180 * SLOW)
    stop.set()
    for t in ats + threads:
        t.join(60 * SLOW)
    watch.stop.set()
    watch.join()
    # every client thread finished its work (a stuck one is a hang)
    r["stuck"] = sum(1 for t in [gt] + ats + threads if t.is_alive())
    r["l_lat"], r["l_err"] = good.get("r", ([], ["never finished"]))
    r.update(watch=watch, flood=flood, tally=tally, long=long_results)
    r["hwm"] = rss_kb(pid, "VmHWM") if pid else None
    # then, quiet again: every slot held, a fresh client refused
    r["limit"] = {}
    fill_limit(host, lp, hp, a.max_connections, r["limit"])
    return r


def served(host, port, seconds):
    """The replies to PING and STATS on a fresh connection, once the
    daemon serves one (just after clients close it may still count them
    and answer ERR busy)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            reps, _ = line_replies(talk(host, port, b"PING\nSTATS\n",
                                        timeout=5)[0])
        except OSError as e:
            reps = [("ERR", str(e))]
        if (reps and reps[0][0] == "OK") or time.monotonic() > deadline:
            return reps
        time.sleep(0.2)


def check(a, r, proc):
    """The failures of behaviour, and of latency (the p99 ratio)."""
    failures = ["quiet client: %s" % e for e in r["q_err"][:5]]
    failures += ["loaded client: %s" % e for e in r["l_err"][:5]]
    watch, flood = r["watch"], r["flood"]
    # after: the daemon is alive, answers, and lets its connections go
    alive = proc is None or proc.poll() is None
    if not alive or watch.dead:
        failures.append("the daemon died (status %s)" %
                        (proc.poll() if proc else "?"))
    host, lp = r["attacks"].host, r["attacks"].lport
    reps = served(host, lp, 30 * SLOW) if alive else []
    if len(reps) != 2 or reps[0][0] != "OK":
        failures.append("no answer after the attack: %r" % reps[:2])
    if r["stuck"]:
        failures.append("%d client threads never finished" % r["stuck"])
    r["qp50"], r["qp99"] = percentile(r["q_lat"], 50), percentile(r["q_lat"], 99)
    r["lp50"], r["lp99"] = percentile(r["l_lat"], 50), percentile(r["l_lat"], 99)
    latency = []
    if r["lp99"] > a.factor * r["qp99"]:
        latency.append("loaded p99 %.1f ms > %.0f x quiet p99 %.1f ms" %
                       (r["lp99"], a.factor, r["qp99"]))
    failures += ["probe: %s" % f for f in watch.probe_fail[:5]]
    if watch.probe_max_ms > 2000 * SLOW:
        failures.append("a PING took %.0f ms" % watch.probe_max_ms)
    # Memory bound (docs/security.md): the quiet footprint, plus per open
    # connection its input and libevent state, plus each non-reader's
    # capped output, plus a fixed allowance for the searches in flight
    # and allocator arenas.
    r["rss_bound"] = None
    r["asan"] = not a.addr and is_sanitized(os.path.join(a.bin, "referatd"))
    if r["rss_quiet"] and not r["asan"]:
        r["rss_bound"] = (r["rss_quiet"] + a.max_connections * 32 +
                          a.nonreaders * 2 * 1024 + 64 * 1024)
        if watch.rss_max > r["rss_bound"]:
            failures.append("RSS %d KB over the bound %d KB" %
                            (watch.rss_max, r["rss_bound"]))
    full = a.idle > a.max_connections
    if flood.get("odd") or (full and flood.get("busy", 0) == 0):
        failures.append("idle flood: %r" % flood)
    if flood.get("accepted", 0) > a.max_connections:
        failures.append("idle flood: %d accepted, max %d" %
                        (flood["accepted"], a.max_connections))
    lim = r["limit"]
    if lim.get("error"):
        failures.append("connection limit: %s" % lim["error"])
    elif not (lim.get("fresh_line", "").startswith("ERR busy") and
              lim.get("fresh_http") == "HTTP 503" and
              lim.get("refused_counted") == 2):
        failures.append("while every slot was held: line %r, http %r, "
                        "STATS refused +%r" %
                        (lim.get("fresh_line"), lim.get("fresh_http"),
                         lim.get("refused_counted")))
    for kind, outcome, ok in r["long"]:
        if not ok:
            failures.append("%s: %s" % (kind, outcome))
    for name, t in r["tally"].items():
        if t["fail"]:
            failures.append("%s: %r" % (name, t["outcomes"]))
    if proc is not None:
        proc.send_signal(signal.SIGTERM)
        try:
            rc = proc.wait(30)
        except subprocess.TimeoutExpired:
            rc = "hung"
        if rc != 0:
            failures.append("referatd exit status %s after SIGTERM" % rc)
    return failures, latency


def mb(kb):
    return "%.1f" % (kb / 1024.0) if kb else "-"


def report(a, r):
    md = a.markdown
    sep = " | " if md else "  "

    def row(*cells):
        s = sep.join(str(c) for c in cells)
        print("| " + s + " |" if md else s)

    watch, flood = r["watch"], r["flood"]
    print("referatd under hostile load: %d CPUs, --max-connections %d, "
          "--idle-timeout %d s, quiet %.0f s, loaded %.0f s" %
          (os.cpu_count(), a.max_connections, a.idle_timeout, a.quiet_s,
           a.loaded_s))
    print()
    row("phase", "queries", "errors", "p50 ms", "p99 ms", "RSS max MB")
    if md:
        row("---", "---:", "---:", "---:", "---:", "---:")
    row("quiet", len(r["q_lat"]), len(r["q_err"]), "%.2f" % r["qp50"],
        "%.2f" % r["qp99"], mb(r["rss_quiet"]))
    row("hostile", len(r["l_lat"]), len(r["l_err"]), "%.2f" % r["lp50"],
        "%.2f" % r["lp99"], mb(watch.rss_max))
    print()
    print("p99 ratio %.2f (allowed %.1f); RSS at start %s MB, peak (VmHWM) "
          "%s MB, bound %s; fresh PING probes: %d, slowest %.0f ms, "
          "%d unanswered" %
          (r["lp99"] / r["qp99"] if r["qp99"] else float("nan"), a.factor,
           mb(r["rss_base"]), mb(r["hwm"]),
           mb(r["rss_bound"]) + " MB" if r["rss_bound"] else
           "not checked (ASan build)" if r["asan"] else "-",
           watch.probes, watch.probe_max_ms, len(watch.probe_fail)))
    lim = r["limit"]
    print("idle flood: %d opened (%d connects failed), %d accepted and "
          "held (%d of them timed out), %d got ERR busy / 503 and were "
          "closed, %d otherwise" %
          (flood.get("opened", 0), flood.get("failed_connect", 0),
           flood.get("accepted", 0), flood.get("timed_out", 0),
           flood.get("busy", 0), flood.get("odd", 0)))
    print("every slot held (STATS: %s of %d open, attempt %s): a fresh line "
          "client got %r, HTTP %r%s" %
          (lim.get("held"), a.max_connections, lim.get("attempts"),
           lim.get("fresh_line"), lim.get("fresh_http"),
           "; " + lim["error"] if lim.get("error") else ""))
    print()
    row("hostile request", "sent", "failed", "slowest ms", "daemon's answer")
    if md:
        row("---", "---:", "---:", "---:", "---")
    for name, _ in r["attacks"].all():
        t = r["tally"].get(name, {"n": 0, "fail": 0, "outcomes": {},
                                  "ms_max": 0})
        row(name, t["n"], t["fail"], "%.0f" % t["ms_max"],
            ", ".join("%s x%d" % kv for kv in sorted(t["outcomes"].items())))
    kinds = {}
    for kind, outcome, ok in r["long"]:
        k = kinds.setdefault(kind, [0, 0, set()])
        k[0] += 1
        k[1] += 0 if ok else 1
        k[2].add(outcome.split(" after")[0])
    for kind, (n, bad, outs) in sorted(kinds.items()):
        row(kind, n, bad, "-", ", ".join(sorted(outs)))
    print()


def watchdog(seconds, proc):
    """Bounded whatever happens: past its budget the tool prints where
    each of its threads is, kills the daemon it started and exits 1."""
    def fire():
        sys.stderr.write("hostile: over its %.0f s budget\n" % seconds)
        faulthandler.dump_traceback(all_threads=True)
        if proc is not None and proc.poll() is None:
            proc.kill()
        os._exit(1)
    t = threading.Timer(seconds, fire)
    t.daemon = True
    t.start()


def main():
    global SLOW
    a = parse_args()
    if a.test:
        SLOW = 5.0
    nofile = raise_nofile(a.idle + 2 * a.max_connections + 256)
    if nofile < a.idle + 64:
        sys.exit("ulimit -n is %d: too low for %d idle connections" %
                 (nofile, a.idle))
    tmp = tempfile.mkdtemp(prefix="referat-hostile-")
    proc = None
    try:
        if a.addr:
            host, lp, hp = a.addr.split(":")
            lp, hp = int(lp), int(hp)
            if host not in ("127.0.0.1", "localhost", "::1"):
                sys.exit("loopback only")
            pid = a.pid
        else:
            extra = ["--max-connections", str(a.max_connections),
                     "--idle-timeout", str(a.idle_timeout)]
            proc, host, lp, hp = start_daemon(a.bin, tmp, extra)
            pid = proc.pid
        watchdog(2 * (a.quiet_s + a.loaded_s) + 120 + (SLOW - 1) * 60, proc)
        r = measure(a, host, lp, hp, pid)
        failures, latency = check(a, r, proc)
        report(a, r)
        if a.test and latency:
            print("(not checked with --test: %s)" % "; ".join(latency))
            latency = []
        if failures or latency:
            print("FAILED:")
            for f in failures + latency:
                print("  " + f)
            # 1: the daemon misbehaved; 2: it behaved, only the latency
            # criterion failed (a measurement on a shared machine)
            return 1 if failures else 2
        print("PASSED: no crash, no hang, %s, every hostile request "
              "refused, a fresh client refused while full%s" %
              ("memory bounded" if r["rss_bound"] else
               "memory not checked", "" if a.test else
               ", p99 within %.0fx" % a.factor))
        return 0
    finally:
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
