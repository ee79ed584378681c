# SPDX-License-Identifier: GPL-2.0-or-later
"""report.py - the benchmark's results as markdown: the machine, one
table per measure over the engines, the targets of issue 6, and this
run's row in bench/RESULTS.md. Apart from bench.py, which runs the
engines and writes the JSON this is made from."""
import os
import platform
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from engines import ENGINES  # noqa: E402

MB = 1024 * 1024


def machine():
    cpu = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = 0
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = int(line.split()[1]) * 1024
    except OSError:
        mem = 0
    return {"nproc": os.cpu_count(), "cpu": cpu,
            "ram_gib": round(mem / 1024 ** 3, 1),
            "kernel": platform.release(),
            "load_at_start": os.getloadavg()}


def fmt_bytes(b):
    return "-" if not b else "%.1f MB" % (b / MB)


def ratio(a, b):
    return "-" if not a or not b else "%.2f" % (a / b)


def errors(r):
    """Failed requests over all the runs of an engine."""
    return sum(r.get(k, {}).get("errors", 0) for k in r
               if k == "latency" or re.fullmatch(r"c\d+", k))


def report_md(res):
    text = res["text_bytes"]
    e = res["engines"]
    ok = [n for n in ENGINES if n in e and "error" not in e[n]]
    L = []
    L.append("# Benchmark %s, %s corpus\n" % (res["date"], res["size_name"]))
    m = res["machine"]
    L.append("Machine: %d CPUs (%s), %.0f GiB RAM, kernel %s, shared with "
             "other jobs (load average at the start of each engine below). "
             "Corpus: %d files, %.1f MB of text, %d agenda items (generator "
             "seed %d); %d queries, top 10; %s, commit %s.\n" % (
                 m["nproc"], m["cpu"], m["ram_gib"], m["kernel"],
                 res["files"], text / MB, res["items"], res["seed"],
                 res["nqueries"], res.get("referat_version", ""),
                 res.get("commit", "?")))
    for n in ENGINES:
        if n in e and "error" in e[n]:
            L.append("**%s failed**: %s\n" % (n, e[n]["error"][:300]))
    L.append("## Indexing\n")
    L.append("| engine | items | wall s | CPU s | MB/s | peak memory | "
             "index | ×text | compacted | ×text |")
    L.append("|---|---|---|---|---|---|---|---|---|---|")
    for n in ok:
        r = e[n]
        L.append("| %s | %s | %.1f | %.1f | %.2f | %s | %s | %.2f | %s | %s |"
                 % (n, r.get("documents", "-"), r["build_s"],
                    r.get("build_cpu_s", 0), text / MB / r["build_s"],
                    fmt_bytes(r.get("build_peak_rss")),
                    fmt_bytes(r["index_bytes"]), r["index_bytes"] / text,
                    fmt_bytes(r.get("compact_bytes")),
                    "%.2f" % (r["compact_bytes"] / text)
                    if r.get("compact_bytes") else "-"))
    L.append("")
    L.append("## Queries\n")
    L.append("| engine | p50 ms | p90 ms | p99 ms | q/s @8 | p99 ms @8 | "
             "q/s @64 | CPU ms/query @8 | daemon peak | with hits | "
             "mean hits | errors | load |")
    L.append("|" + "---|" * 13)
    for n in ok:
        r = e[n]
        lat, c8, c64 = r["latency"], r.get("c8", {}), r.get("c64", {})
        h = r.get("hits", {})
        L.append("| %s | %.2f | %.2f | %.2f | %.0f | %.1f | %.0f | %s | %s | "
                 "%s/%s | %s | %d | %.1f |" % (
                     n, lat["p50_ms"], lat["p90_ms"], lat["p99_ms"],
                     c8.get("qps", 0), c8.get("p99_ms", 0), c64.get("qps", 0),
                     c8.get("server_cpu_ms_per_query", "-"),
                     fmt_bytes(r.get("daemon_peak_rss")),
                     h.get("with_hits", "-"), h.get("queries", "-"),
                     h.get("mean_hits", "-"), errors(r),
                     r.get("load_at_start", 0)))
        if n == "referat" and "ids" in r:
            i = r["ids"]
            lat, c8, c64 = i["latency"], i.get("c8", {}), i.get("c64", {})
            L.append("| referat, no snippets | %.2f | %.2f | %.2f | %.0f | "
                     "%.1f | %.0f | %s | | | | %d | |" % (
                         lat["p50_ms"], lat["p90_ms"], lat["p99_ms"],
                         c8.get("qps", 0), c8.get("p99_ms", 0),
                         c64.get("qps", 0),
                         c8.get("server_cpu_ms_per_query", "-"), errors(i)))
    L.append("")
    L.append("Referat, Sphinx and PostgreSQL are daemons driven over loopback "
             "by bench/peers/loadgen (C, one connection per client thread, "
             "closed loop); SQLite FTS5 runs in-process from Python threads, "
             "Xapian in-process from C++ threads (no daemon, no network). "
             "CPU ms/query: CPU time of the server process tree (of the whole "
             "tool for the in-process peers) over queries answered at 8 "
             "clients: the comparison least disturbed by other jobs on the "
             "machine. Referat's queries ask for no facets (the peers have "
             "none) but return titles, metadata and highlighted snippets; "
             "the peers return ids. 'referat, no snippets' asks for the "
             "hit list without snippets (`\"snippets\": false`): the same "
             "work as the peers'. PostgreSQL memory is PSS summed over its "
             "processes.\n")
    ref = e.get("referat")
    if ref and "error" not in ref:
        if "latency_facets" in ref:
            L.append("Referat with facets on (its default): p50 %.2f ms, "
                     "p99 %.2f ms at one client.\n" % (
                         ref["latency_facets"]["p50_ms"],
                         ref["latency_facets"]["p99_ms"]))
        if "http" in ref:
            h = ref["http"]
            L.append("Referat over HTTP (GET /search, keep-alive, facets "
                     "off): p50 %.2f ms, p99 %.2f ms at one client; %.0f q/s "
                     "at 8 clients (p99 %.1f ms), %d errors.\n" % (
                         h["latency"]["p50_ms"], h["latency"]["p99_ms"],
                         h["c8"]["qps"], h["c8"]["p99_ms"],
                         h["latency"]["errors"] + h["c8"]["errors"]))
        L.append("## Ratios Referat / peer\n")
        L.append("Above 1 means Referat is better, except for sizes.\n")
        L.append("| peer | indexing MB/s | indexing CPU | p50 | p99 | q/s @8 "
                 "| q/s @64 | CPU per query | index size | compacted size |")
        L.append("|---|---|---|---|---|---|---|---|---|---|")
        for n in ok:
            if n == "referat":
                continue
            r = e[n]
            L.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                n, ratio(r["build_s"], ref["build_s"]),
                ratio(r.get("build_cpu_s"), ref.get("build_cpu_s")),
                ratio(r["latency"]["p50_ms"], ref["latency"]["p50_ms"]),
                ratio(r["latency"]["p99_ms"], ref["latency"]["p99_ms"]),
                ratio(ref["c8"]["qps"], r["c8"]["qps"]),
                ratio(ref["c64"]["qps"], r["c64"]["qps"]),
                ratio(r["c8"].get("server_cpu_ms_per_query"),
                      ref["c8"].get("server_cpu_ms_per_query")),
                ratio(ref["index_bytes"], r["index_bytes"]),
                ratio(ref.get("compact_bytes"), r.get("compact_bytes"))))
        L.append("")
        L.append("## Targets (issue 6)\n")
        L.extend(targets(res))
        L.append("")
    return "\n".join(L) + "\n"


def targets(res):
    e, text = res["engines"], res["text_bytes"]
    ref = e["referat"]
    out = []

    def line(ok, what):
        out.append("- [%s] %s" % ("x" if ok else " ", what))

    def ok(name):
        return name in e and "error" not in e[name]

    if ok("sphinx"):
        s = e["sphinx"]
        line(s["build_s"] >= ref["build_s"],
             "indexing at least Sphinx's: %.2f vs %.2f MB/s" % (
                 text / MB / ref["build_s"], text / MB / s["build_s"]))
        runs = [("", ref)]
        if "ids" in ref:
            runs.append((", no snippets (ids, as Sphinx)", ref["ids"]))
        for tag, rr in runs:
            line(rr["c8"]["qps"] >= 1.5 * s["c8"]["qps"],
                 "q/s at 8 clients >= 1.5x Sphinx%s: %.0f vs %.0f (%.2fx)" % (
                     tag, rr["c8"]["qps"], s["c8"]["qps"],
                     rr["c8"]["qps"] / max(s["c8"]["qps"], 1e-9)))
            line(rr["latency"]["p50_ms"] <= s["latency"]["p50_ms"],
                 "p50 at 1 client no worse than Sphinx%s: %.2f vs %.2f ms" % (
                     tag, rr["latency"]["p50_ms"], s["latency"]["p50_ms"]))
    if ok("xapian"):
        x = e["xapian"]
        line(x["build_s"] / ref["build_s"] >= 0.8,
             "indexing >= 0.8x raw Xapian: %.2f vs %.2f MB/s (%.2fx)" % (
                 text / MB / ref["build_s"], text / MB / x["build_s"],
                 x["build_s"] / ref["build_s"]))
    if ok("postgres"):
        p = e["postgres"]
        line(ref["c8"]["qps"] >= 5 * p["c8"]["qps"],
             "q/s at 8 clients >= 5x PostgreSQL: %.0f vs %.0f (%.2fx)" % (
                 ref["c8"]["qps"], p["c8"]["qps"],
                 ref["c8"]["qps"] / max(p["c8"]["qps"], 1e-9)))
    line(ref["latency"]["p99_ms"] < 10,
         "p99 under 10 ms (1 client): %.2f ms" % ref["latency"]["p99_ms"])
    line(ref["c8"]["p99_ms"] < 10,
         "p99 under 10 ms (8 clients): %.2f ms" % ref["c8"]["p99_ms"])
    if ref.get("compact_bytes"):
        line(ref["compact_bytes"] <= 1.5 * text,
             "index <= 1.5x the text after compaction: %.2fx" % (
                 ref["compact_bytes"] / text))
    return out


def update_results_md(res, md_name):
    """Add this run's row to the table in bench/RESULTS.md (between the
    runs:begin / runs:end markers)."""
    path = os.path.join(BENCH, "RESULTS.md")
    if not os.path.exists(path):
        return
    e = res["engines"]
    ref = e.get("referat", {})
    if "error" in ref or "latency" not in ref:
        return
    text = res["text_bytes"]

    def vs(name):
        r = e.get(name)
        if r is None or "error" in r:
            return "-"
        return "idx %s · p50 %s · q/s %s · cpu/q %s" % (
            ratio(r["build_s"], ref["build_s"]),
            ratio(r["latency"]["p50_ms"], ref["latency"]["p50_ms"]),
            ratio(ref["c8"]["qps"], r["c8"]["qps"]),
            ratio(r["c8"].get("server_cpu_ms_per_query"),
                  ref["c8"].get("server_cpu_ms_per_query")))

    m = res["machine"]
    own = "%.2f MB/s; p50 %.2f, p99 %.2f ms; %.0f q/s @8, %.0f @64; " \
        "%.2f CPU ms/q; %.2fx text (%s compacted)" % (
            text / MB / ref["build_s"], ref["latency"]["p50_ms"],
            ref["latency"]["p99_ms"], ref["c8"]["qps"], ref["c64"]["qps"],
            ref["c8"].get("server_cpu_ms_per_query", 0),
            ref["index_bytes"] / text,
            "%.2fx" % (ref["compact_bytes"] / text)
            if ref.get("compact_bytes") else "-")
    if "ids" in ref:
        own += "; hit lists: p50 %.2f ms, %.0f q/s @8" % (
            ref["ids"]["latency"]["p50_ms"], ref["ids"]["c8"]["qps"])
    row = "| %s | %s | %d × %s, %.0f GiB, load %.1f | %s | %s | %s | %s | " \
        "%s | [%s](results/%s) |" % (
            res["date"] + " " + res.get("commit", ""), res["size_name"],
            m["nproc"], m["cpu"],
            m["ram_gib"], m["load_at_start"][0], own, vs("sphinx"),
            vs("postgres"), vs("sqlite"), vs("xapian"), md_name, md_name)
    with open(path, encoding="utf-8") as f:
        s = f.read()
    end = "<!-- runs:end -->"
    if end in s:
        s = s.replace(end, row + "\n" + end)
        with open(path, "w", encoding="utf-8") as f:
            f.write(s)
