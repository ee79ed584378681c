#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The hostile clients of bench/hostile.py (python3 stdlib, loopback
only): one-shot attacks on both protocols, slow-loris clients, an idle
flood, non-readers, and the filling of every connection slot before a
fresh client must be refused."""
import json
import random
import selectors
import socket
import time

MB = 1024 * 1024

# Deadlines are multiplied by this (hostile.py --test: 5, for a sanitizer
# build on a loaded machine).
SLOW = 1.0


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
        # Not a half-close: ending our side abandons searches not yet
        # answered (docs/protocol.md). QUIT last makes the daemon close
        # once everything is answered; its own reply is dropped here.
        data, end = talk(self.host, self.lport, payload + b"QUIT\n", timeout,
                         shut=False)
        if data.endswith(b"OK 2\n{}\n"):
            data = data[:-8]
        return data, end

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
        # with Connection: close the daemon ends the exchange; a
        # half-close would abandon a search (docs/protocol.md)
        data, end = talk(self.host, self.hport, request, timeout,
                         shut=b"Connection: close" not in request)
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
    deadline = end = time.monotonic() + 0.8 * idle_timeout
    grace = False
    while time.monotonic() < deadline and len(closed) < len(socks):
        for key, _ in sel.select(0.2):
            s = key.fileobj
            try:
                chunk = s.recv(4096)
            except BlockingIOError:
                continue
            except ConnectionResetError:
                chunk = b""
            if chunk:
                got[s] += chunk
            else:
                closed.add(s)
                sel.unregister(s)
        # enough refused: a moment more for the refusals on their way
        # (other clients hold slots too), until no reply is half read
        if not grace and len(closed) >= len(socks) - max_conns:
            grace = True
            deadline = min(deadline, time.monotonic() + 0.5)
        if grace and time.monotonic() >= deadline and any(
                got[s] and s not in closed for s in socks):
            deadline = min(end, deadline + 0.2)
    # (a refusal read whole counts even if its close is not seen yet)
    busy = sum(1 for s in socks
               if got[s] == b"ERR busy too many connections\n" or
               (http_status(got[s]) == 503 and b'"busy"' in got[s]))
    # an accepted one the daemon's idle timeout closed (a slow machine)
    timed_out = sum(1 for s in socks if got[s].startswith(b"ERR timeout") or
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
