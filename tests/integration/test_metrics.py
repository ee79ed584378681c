# SPDX-License-Identifier: GPL-2.0-or-later
"""GET /metrics: the Prometheus text format (every sample has HELP and
TYPE, histograms cumulative), counting searches and item look-ups by
outcome, the index served, and snapshot rebuilds on SIGHUP."""
import os
import re
import signal
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402

SAMPLE = re.compile(r'^([a-z_:][a-z0-9_:]*)(\{([a-z_]+="[^"\\\n]*"(,[a-z_]+="[^"\\\n]*")*)\})? '
                    r'(-?[0-9.e+-]+|\+Inf|NaN)$')


def parse(text):
    """{(name, labels tuple): value}; fails on a line not in the format."""
    typed, helped, out = {}, set(), {}
    for line in text.splitlines():
        if line.startswith("# HELP "):
            helped.add(line.split()[2])
        elif line.startswith("# TYPE "):
            _, _, name, kind = line.split()
            typed[name] = kind
        else:
            m = SAMPLE.match(line)
            if m is None:
                raise AssertionError("not a sample: %r" % line)
            name = m.group(1)
            base = re.sub(r"_(bucket|sum|count)$", "", name)
            family = name if name in typed else base
            if family not in typed or family not in helped:
                raise AssertionError("no HELP/TYPE for %r" % name)
            labels = tuple(sorted(re.findall(r'([a-z_]+)="([^"]*)"', m.group(3) or "")))
            out[(name, labels)] = float(m.group(5))
    return out


class MetricsTest(h.DaemonTestCase):
    external_ok = False  # exact counts

    def metrics(self):
        st, hdr, body = self.d.http("GET", "/metrics")
        self.assertEqual(st, 200)
        self.assertTrue(hdr["content-type"].startswith("text/plain; version=0.0.4"))
        self.assertTrue(body.endswith(b"\n"))
        return parse(body.decode())

    def test_counts_outcomes_latency_and_index(self):
        before = self.metrics()
        ok = ("referat_requests_total", (("outcome", "ok"), ("verb", "search")))
        nf = ("referat_requests_total", (("outcome", "not_found"), ("verb", "item")))
        self.d.search("hjemløse")
        self.d.search("bolig")
        r = self.d.request("ITEM no-such-item#1")
        self.assertEqual(r[0], "ERR")
        m = self.metrics()
        self.assertEqual(m[ok] - before[ok], 2)
        self.assertEqual(m[nf] - before[nf], 1)
        # histogram: cumulative, +Inf bucket == count, sum > 0
        buckets = sorted((float(dict(k[1])["le"].replace("+Inf", "inf")), v)
                         for k, v in m.items()
                         if k[0] == "referat_request_duration_seconds_bucket"
                         and dict(k[1])["verb"] == "search")
        self.assertEqual(len(buckets), 13)
        self.assertEqual([v for _, v in buckets], sorted(v for _, v in buckets))
        count = m[("referat_request_duration_seconds_count", (("verb", "search"),))]
        self.assertEqual(buckets[-1][1], count)
        self.assertGreaterEqual(count, 2)
        self.assertGreater(m[("referat_request_duration_seconds_sum", (("verb", "search"),))], 0)
        _, _, health = self.d.http_json("/health")
        self.assertEqual(m[("referat_index_items", ())], health["documents"])
        self.assertEqual(m[("referat_index_revision", ())], health["revision"])
        self.assertEqual(m[("referat_index_degraded", ())], 0)
        self.assertGreaterEqual(m[("referat_index_age_seconds", ())], 0)
        self.assertGreaterEqual(m[("referat_connections_open", ())], 1)
        self.assertEqual(m[("referat_queue_depth", ())], 0)
        self.assertGreaterEqual(m[("referat_errors_total", ())], 1)
        info = [v for k, v in m.items() if k[0] == "referat_build_info"]
        self.assertEqual(info, [1])

    def test_sighup_counts_a_rebuild(self):
        key = ("referat_snapshot_rebuilds_total", ())
        n = self.metrics()[key]
        self.assertGreaterEqual(n, 1)
        self.d.proc.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 120
        while self.metrics()[key] == n:
            self.assertLess(time.monotonic(), deadline, "no rebuild after SIGHUP")
            time.sleep(0.2)

    def test_head_and_other_methods(self):
        st, _, body = self.d.http("HEAD", "/metrics")
        self.assertEqual((st, body), (200, b""))
        st, _, _ = self.d.http("POST", "/metrics")
        self.assertEqual(st, 405)


if __name__ == "__main__":
    unittest.main()
