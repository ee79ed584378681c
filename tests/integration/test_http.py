# SPDX-License-Identifier: GPL-2.0-or-later
"""referatd over HTTP/JSON on an index of corpus/: routes, status codes,
headers, the same answers as the line protocol, limits and CORS."""
import json
import os
import socket
import sys
import tempfile
import threading
import time
import unittest
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402


class HttpBase(h.DaemonTestCase):

    def get(self, path, **kw):
        return self.d.http("GET", path, **kw)

    def assert_json_error(self, path, status, code):
        st, hdr, body = self.get(path)
        self.assertEqual(st, status, (path, body[:200]))
        self.assertTrue(hdr["content-type"].startswith("application/json"), path)
        self.assertEqual(json.loads(body)["error"]["code"], code, path)


class HttpTest(HttpBase):
    def test_search_json_and_headers(self):
        st, hdr, ans = self.d.http_search(q="hjemløsetælling")
        self.assertEqual(st, 200)
        self.assertEqual(hdr["content-type"], "application/json; charset=utf-8")
        self.assertNotIn("access-control-allow-origin", hdr)  # only with --cors
        self.assertEqual(ans["hits"][0]["id"], h.HERNING_HJEMLOS)
        self.assertEqual(ans["hits"][0]["title"], "Hjemløsetælling 2017")
        for hit in ans["hits"]:
            self.assertNotIn("path", hit)
            self.assertIn("<mark>", hit["snippet_html"])

    def test_same_answer_as_line_protocol(self):
        for q in ("hjemløse", '"socialt udsatte"', "misbrug"):
            st, _, web = self.d.http_search(q=q, limit=20)
            line = self.d.search(q, limit=20)
            self.assertEqual(st, 200)
            for k in ("total", "facets", "suggestion", "corrected", "offset", "limit"):
                self.assertEqual(web[k], line[k], (q, k))
            self.assertEqual([x["id"] for x in web["hits"]], [x["id"] for x in line["hits"]])
            self.assertEqual([x["snippet_html"] for x in web["hits"]],
                             [x["snippet_html"] for x in line["hits"]])

    def test_filters_and_facets(self):
        st, _, her = self.d.http_search(q="hjemløse", council="Herning", limit=100)
        self.assertEqual(st, 200)
        self.assertTrue(her["hits"])
        self.assertTrue(all("Herning" in x["council"] for x in her["hits"]))
        st, _, y = self.d.http_search(q="udsatte", **{"from": "2024-01-01", "to": "2025"})
        self.assertTrue(y["hits"])
        self.assertTrue(all("2024" <= x["date"][:4] <= "2025" for x in y["hits"]))
        t = y["total"]["estimated"]
        self.assertEqual(sum(f["count"] for f in y["facets"]["council"]), t)
        self.assertEqual(sum(f["count"] for f in y["facets"]["year"]), t)
        st, _, nof = self.d.http_search(q="udsatte", facets="0")
        self.assertIsNone(nof["facets"])
        st, _, nos = self.d.http_search(q="udsatte", snippets="off")
        self.assertEqual(st, 200)
        self.assertTrue(nos["hits"])
        self.assertTrue(all("snippet_html" not in x for x in nos["hits"]))
        self.assert_json_error("/search?q=udsatte&snippets=maybe", 400, "bad_request")

    def test_phrase(self):
        st, _, ans = self.d.http_search(q='"housing first"', limit=100)
        self.assertEqual(st, 200)
        self.assertTrue(ans["hits"])
        for x in ans["hits"]:
            text = " ".join(self.d.item(x["id"])["text"].lower().split())
            self.assertIn("housing first", text)

    def test_item_round_trip(self):
        st, _, ans = self.d.http_search(q="hjemløse", limit=5)
        for hit in ans["hits"]:
            path = "/item/" + urllib.parse.quote(hit["id"], safe="")
            st, hdr, item = self.d.http_json(path)
            self.assertEqual(st, 200, path)
            self.assertEqual(item["id"], hit["id"])
            self.assertEqual(item["title"], hit["title"])
            self.assertNotIn("path", item)
        self.assert_json_error("/item/no-such.txt%231", 404, "not_found")
        self.assert_json_error("/item/%ff%fe", 400, "bad_request")
        self.assert_json_error("/item/a%00b", 400, "bad_request")

    def test_health_stats_page(self):
        st, hdr, health = self.d.http_json("/health")
        self.assertEqual((st, health["status"], health["documents"]), (200, "ok", 49))
        st, _, stats = self.d.http_json("/stats")
        self.assertEqual(st, 200)
        self.assertEqual(stats["documents"], 49)
        self.assertIn("connections", stats)
        st, hdr, page = self.get("/")
        self.assertEqual(st, 200)
        self.assertEqual(hdr["content-type"], "text/html; charset=utf-8")
        self.assertIn("default-src 'self'", hdr["content-security-policy"])
        self.assertIn(b"<form", page)
        self.assertIn(b'src="/app.js"', page)
        # the page's files, each with its type; nothing loaded from elsewhere
        for path, ctype in (("/app.js", "text/javascript"), ("/app.css", "text/css"),
                            ("/index.html", "text/html")):
            st, hdr, body = self.get(path)
            self.assertEqual(st, 200, path)
            self.assertTrue(hdr["content-type"].startswith(ctype), path)
            self.assertIn("default-src 'self'", hdr["content-security-policy"])
            self.assertNotRegex(body, rb"src=.https?:|url\(.?https?:|import .*https?:")
        st, _, app = self.get("/app.js")
        self.assertIn(b"'/search'", app)
        for path in ("/nope.js", "/app.js/x", "/../app.js", "/APP.JS", "/web/app.js"):
            st, _, _ = self.get(path)
            self.assertEqual(st, 404, path)

    def test_bad_requests(self):
        self.assert_json_error("/search", 400, "bad_request")
        self.assert_json_error("/search?q=", 400, "bad_request")
        self.assert_json_error("/search?q=+++", 400, "bad_request")
        self.assert_json_error("/search?q=%28%28x", 400, "bad_query")
        self.assert_json_error("/search?q=x&limit=101", 400, "limit")
        self.assert_json_error("/search?q=x&offset=995&limit=10", 400, "limit")
        self.assert_json_error("/search?q=x&limit=abc", 400, "bad_request")
        self.assert_json_error("/search?q=x&from=2017-02-30", 400, "bad_request")
        self.assert_json_error("/search?q=x&q=y", 400, "bad_request")
        self.assert_json_error("/search?q=%ff", 400, "bad_request")
        self.assert_json_error("/search?q=%zz", 400, "bad_request")
        self.assert_json_error("/nope", 404, "not_found")
        st, hdr, _ = self.d.http("POST", "/search?q=x")
        self.assertEqual(st, 405)
        self.assertEqual(hdr["allow"], "GET, HEAD")
        st, _, _ = self.d.http("DELETE", "/item/x")
        self.assertEqual(st, 405)

    def test_too_long(self):
        q = " ".join("t%d" % i for i in range(2000))
        st, _, body = self.get("/search?" + urllib.parse.urlencode({"q": q}))
        self.assertIn(st, (414, 413, 400))
        st, _, _ = self.get("/search?q=" + "a" * 9400)
        self.assertEqual(st, 414)
        st, _, body = self.get("/search?q=" + "x+" * 300)
        self.assertEqual(st, 400)
        self.assertEqual(json.loads(body)["error"]["code"], "limit")
        st, _, _ = self.get("/health")
        self.assertEqual(st, 200)

    def test_huge_headers(self):
        s = socket.create_connection((self.d.host, self.d.http_port), timeout=10)
        s.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Junk: " + b"j" * 40000 + b"\r\n\r\n")
        try:
            data = s.recv(1000)
        except ConnectionResetError:
            data = b""
        s.close()
        self.assertFalse(data.startswith(b"HTTP/1.1 200"), data[:40])
        st, _, _ = self.get("/health")
        self.assertEqual(st, 200)

    def test_keep_alive_many_requests(self):
        import http.client
        c = http.client.HTTPConnection(self.d.host, self.d.http_port, timeout=10)
        for i in range(20):
            c.request("GET", "/search?q=udsatte&limit=1&offset=%d" % i)
            r = c.getresponse()
            self.assertEqual(r.status, 200)
            self.assertEqual(json.loads(r.read())["offset"], i)
        c.close()

    def test_concurrent_http(self):
        errors, done = [], []

        def worker():
            try:
                for q in ("hjemløse", "bolig*", "misbrug"):
                    st, _, ans = self.d.http_search(q=q, timeout=60)
                    if st != 200 or not ans["hits"]:
                        errors.append((q, st))
                done.append(1)
            except Exception as e:  # noqa: BLE001
                errors.append(repr(e))

        ts = [threading.Thread(target=worker) for _ in range(20)]
        for t in ts:
            t.start()
        for t in ts:
            t.join(120)
        self.assertEqual([t for t in ts if t.is_alive()], [])
        self.assertEqual(errors, [])
        self.assertEqual(len(done), 20)


class CorsTest(HttpBase):
    daemon_args = ("--cors", "https://example.org")

    def test_cors_header(self):
        st, hdr, _ = self.d.http_search(q="hjemløse")
        self.assertEqual(st, 200)
        self.assertEqual(hdr["access-control-allow-origin"], "https://example.org")
        st, hdr, _ = self.get("/nope")
        self.assertEqual(hdr["access-control-allow-origin"], "https://example.org")
        st, hdr, _ = self.d.http("OPTIONS", "/search?q=x")
        self.assertEqual(st, 204)
        self.assertEqual(hdr["access-control-allow-origin"], "https://example.org")


class HttpLimitsTest(HttpBase):
    daemon_args = ("--max-connections", "2", "--idle-timeout", "2")

    def test_503_past_connection_limit(self):
        conns = [self.d.connect() for _ in range(2)]
        try:
            for c in conns:
                self.assertEqual(c.request("PING")[0], "OK")
            st, hdr, body = self.get("/search?q=hjeml%C3%B8se")
            self.assertEqual(st, 503)
            self.assertEqual(hdr.get("retry-after"), "1")
            self.assertEqual(json.loads(body)["error"]["code"], "busy")
        finally:
            for c in conns:
                c.close()
        deadline = time.time() + 5
        st = None
        while time.time() < deadline and st != 200:
            time.sleep(0.1)
            st, _, _ = self.get("/health")
        self.assertEqual(st, 200)

    def test_idle_http_connections_are_counted_and_released(self):
        idle = [socket.create_connection((self.d.host, self.d.http_port)) for _ in range(2)]
        time.sleep(0.2)
        st, _, _ = self.get("/health")
        self.assertEqual(st, 503)  # the idle ones count
        for s in idle:
            s.close()
        deadline = time.time() + 5
        while time.time() < deadline and st != 200:
            time.sleep(0.1)
            st, _, _ = self.get("/health")
        self.assertEqual(st, 200)


class HttpSlowClientTest(HttpBase):
    daemon_args = ("--idle-timeout", "1")

    def test_slow_headers_are_cut_off(self):
        s = socket.create_connection((self.d.host, self.d.http_port), timeout=10)
        s.sendall(b"GET /health HTTP/1.1\r\n")
        t0 = time.time()
        closed = False
        try:
            # a header byte every 0.3 s keeps the idle timer from firing:
            # only the whole-request deadline can cut it (never: 30 s)
            while time.time() - t0 < 30:
                s.sendall(b"X")
                time.sleep(0.3)
                s.settimeout(0.01)
                try:
                    if s.recv(4096) == b"":
                        closed = True
                        break
                except socket.timeout:
                    pass
                s.settimeout(10)
        except (ConnectionResetError, BrokenPipeError):
            closed = True
        s.close()
        self.assertTrue(closed)
        st, _, _ = self.get("/health")
        self.assertEqual(st, 200)

    def test_keep_alive_client_is_not_cut_off(self):
        import http.client
        c = http.client.HTTPConnection(self.d.host, self.d.http_port, timeout=10)
        t0 = time.time()
        while time.time() - t0 < 3:  # requests every 0.3 s for 3 s
            c.request("GET", "/health")
            r = c.getresponse()
            self.assertEqual(r.status, 200)
            r.read()
            time.sleep(0.3)
        c.close()


class QueryLogTest(HttpBase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="test-qlog-")
        cls.db = h.make_index(cls.tmp)
        cls.qlog = os.path.join(cls.tmp, "query.log")
        cls.d = h.Daemon(cls.db, "--query-log", cls.qlog, tmpdir=cls.tmp,
                         external_ok=False)

    def test_one_escaped_line_per_request(self):
        self.d.http_search(q="hjemløse\nforged line \"x\"")
        self.d.search("udsatte " * 60)
        self.d.request("ITEM " + h.HERNING_HJEMLOS)
        self.d.http_search(q="x", limit="1000")  # refused before a worker
        time.sleep(0.2)
        with open(self.qlog, encoding="utf-8") as f:
            lines = f.read().splitlines()
        self.assertEqual(len(lines), 3, lines)
        self.assertIn('via=http kind=search code=ok', lines[0])
        self.assertIn('q="hjemløse\\x0aforged line \\x22x\\x22"', lines[0])
        self.assertRegex(lines[0], r"peer=127\.0\.0\.1:\d+ .* ms=[0-9.]+ hits=\d+ total=\d+")
        self.assertTrue(lines[1].endswith(" cut"), lines[1])
        self.assertLess(len(lines[1]), 400)
        self.assertIn("kind=item", lines[2])
        self.assertNotIn("hjemløse", self.d.log())  # never on stderr


class HttpQueueTest(HttpBase):
    daemon_args = ("--threads", "1", "--queue-max", "1")

    def test_503_when_queue_full(self):
        path = "/search?" + urllib.parse.urlencode({"q": "bolig* OR udsat* OR social*",
                                                    "limit": 100})
        req = ("GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" % path).encode()
        socks = [socket.create_connection((self.d.host, self.d.http_port), timeout=30)
                 for _ in range(40)]
        for s in socks:
            s.sendall(req)
        statuses = []
        for s in socks:
            data = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
            s.close()
            statuses.append(int(data.split(b" ", 2)[1]))
        self.assertTrue(set(statuses) <= {200, 503}, statuses)
        self.assertIn(503, statuses)
        self.assertIn(200, statuses)


def read_response(s, head_only=False):
    """One HTTP response from socket `s`: (status, headers lower-cased,
    body), the body read by Content-Length (none for HEAD); raises if the
    framing is missing."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(65536)
        if not chunk:
            raise EOFError("closed before the headers: %r" % data)
        data += chunk
    head, rest = data.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    hdrs = {}
    for line in lines[1:]:
        k, v = line.split(":", 1)
        hdrs[k.strip().lower()] = v.strip()
    n = 0 if head_only else int(hdrs["content-length"])
    while len(rest) < n:
        chunk = s.recv(65536)
        if not chunk:
            raise EOFError("closed inside the body")
        rest += chunk
    return status, hdrs, rest[:n], rest[n:]


def closed_after(s, extra=b"", timeout=10):
    """True if nothing but the end of the stream follows."""
    s.settimeout(timeout)
    data = extra
    try:
        while True:
            chunk = s.recv(65536)
            if not chunk:
                return data == b""
            data += chunk
    except ConnectionResetError:
        return data == b""
    except socket.timeout:
        return False


class HttpWireTest(HttpBase):
    """Framing on the wire, with raw sockets: HEAD and CONNECT replies
    carry a length and no stray body, Connection: close is honoured,
    libevent's own error pages are the documented JSON errors, and
    ambiguous framing (request smuggling) is refused with a 400."""

    def conn(self):
        return socket.create_connection((self.d.host, self.d.http_port),
                                        timeout=10)

    def test_head_has_length_and_no_body(self):
        for path in ("/health", "/search?q=hjeml%C3%B8se&limit=1", "/nope"):
            st, hdr, body = self.get(path)
            with self.conn() as s:
                # a HEAD, then a GET on the same connection: a stray body
                # would be read as the start of the second reply
                s.sendall(("HEAD %s HTTP/1.1\r\nHost: x\r\n\r\n"
                           "GET /health HTTP/1.1\r\nHost: x\r\n\r\n" %
                           path).encode())
                hst, hhdr, _, rest = read_response(s, head_only=True)
                self.assertEqual(hst, st, path)
                if path.startswith("/search"):  # took_ms differs
                    self.assertGreater(int(hhdr["content-length"]), 0)
                else:
                    self.assertEqual(int(hhdr["content-length"]), len(body))
                self.assertTrue(rest == b"" or rest.startswith(b"HTTP/1.1 "),
                                rest[:40])
                s2 = rest
                while b"\r\n\r\n" not in s2:
                    s2 += s.recv(65536)
                self.assertTrue(s2.startswith(b"HTTP/1.1 200 "), s2[:40])

    def test_connect_is_framed_json_and_closed(self):
        with self.conn() as s:
            s.sendall(b"CONNECT example.org:443 HTTP/1.1\r\nHost: x\r\n\r\n")
            st, hdr, body, rest = read_response(s)
            self.assertEqual(st, 405)
            self.assertEqual(json.loads(body)["error"]["code"], "bad_request")
            self.assertEqual(hdr["connection"], "close")
            self.assertTrue(closed_after(s, rest))

    def test_connection_close_is_honoured(self):
        for method, path in (("GET", "/health"), ("HEAD", "/health"),
                             ("GET", "/search?q=hjeml%C3%B8se&limit=1"),
                             ("GET", "/nope")):
            with self.conn() as s:
                s.sendall(("%s %s HTTP/1.1\r\nHost: x\r\nConnection: close"
                           "\r\n\r\n" % (method, path)).encode())
                st, hdr, _, rest = read_response(s, head_only=method == "HEAD")
                self.assertIn(st, (200, 404))
                self.assertTrue(closed_after(s, rest), (method, path))

    def assert_json_page(self, raw, status, code):
        with self.conn() as s:
            s.sendall(raw)
            st, hdr, body, rest = read_response(s)
            self.assertEqual(st, status, raw[:60])
            self.assertTrue(hdr["content-type"].startswith("application/json"),
                            raw[:60])
            self.assertEqual(json.loads(body)["error"]["code"], code)
            return hdr

    def test_libevent_pages_are_json(self):
        hdr = self.assert_json_page(b"FROB / HTTP/1.1\r\nHost: x\r\n\r\n",
                                    405, "bad_request")
        self.assertEqual(hdr["allow"], "GET, HEAD")
        self.assert_json_page(b"garbage\r\n\r\n", 400, "bad_request")
        self.assert_json_page(b"GET /health HTTP/1.1\r\nHost: x\r\n"
                              b"Content-Length: abc\r\n\r\n", 400,
                              "bad_request")
        self.assert_json_page(b"POST /search HTTP/1.1\r\nHost: x\r\n"
                              b"Content-Length: 5000\r\n\r\n" + b"a" * 5000,
                              413, "too_large")
        self.assert_json_page(b"GET /health HTTP/1.1\r\nHost: x\r\nX: " +
                              b"j" * 20000 + b"\r\n\r\n", 400, "bad_request")
        self.assertEqual(self.get("/health")[0], 200)

    def test_ambiguous_framing_is_refused(self):
        smuggled = b"GET /stats HTTP/1.1\r\nHost: x\r\n\r\n"
        cases = [
            b"Content-Length: 0\r\nContent-Length: %d\r\n" % len(smuggled),
            b"Transfer-Encoding: chunked\r\n",
            b"Content-Length : %d\r\n" % len(smuggled),
            b"Content-Length: %d\r\n" % len(smuggled),
        ]
        for extra in cases:
            with self.conn() as s:
                s.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n" + extra +
                          b"\r\n" + smuggled)
                st, hdr, body, rest = read_response(s)
                # evhttp reads a chunked body before we see the request:
                # one it cannot parse is its 413 (JSON too)
                self.assertIn(st, (400, 413) if b"chunked" in extra else (400,),
                              extra)
                self.assertIn(json.loads(body)["error"]["code"],
                              ("bad_request", "too_large"))
                self.assertEqual(hdr["connection"], "close")
                # the smuggled request is never answered
                self.assertTrue(closed_after(s, rest), extra)
        self.assertEqual(self.get("/health")[0], 200)


if __name__ == "__main__":
    unittest.main(verbosity=2)
