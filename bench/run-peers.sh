#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# run-peers.sh - Referat against PostgreSQL FTS, Sphinx, SQLite FTS5 and
# Xapian on one synthetic corpus, in one run, on 127.0.0.1. Installs what it
# needs (apt-get), builds Referat and the bench tools, generates the corpus,
# runs bench/peers/bench.py, and writes bench/results/<date>-<size>.md/.json
# plus a row in bench/RESULTS.md. Idempotent; bounded in time.
set -euo pipefail

usage() {
    cat <<EOF
usage: bench/run-peers.sh [--size 50MB] [--quick] [--engines LIST]
                          [--seed N] [--duration S] [--passes K]
                          [--time-limit S] [--no-results-md]
  --size SIZE      corpus size (default 50MB)
  --quick          smoke run: 5MB, 3 s load runs, 1 latency pass
  --engines LIST   comma-separated subset of referat,sphinx,postgres,sqlite,xapian
  --seed N         generator seed (default 1)
  --duration S     seconds of each 8/64-client run (default 10)
  --passes K       timed passes over the queries at 1 client (default 3)
  --time-limit S   stop everything after S seconds (default 3600)
Environment: BUILD_DIR (default <repo>/build-bench), BENCH_WORK (default
\$BUILD_DIR/bench-work).
EOF
}

SIZE=50MB
SEED=1
DURATION=10
PASSES=3
ENGINES=referat,sphinx,postgres,sqlite,xapian
LIMIT=3600
EXTRA=()
while [ $# -gt 0 ]; do
    case "$1" in
    --size) SIZE=$2; shift 2 ;;
    --quick) SIZE=5MB; DURATION=3; PASSES=1; shift ;;
    --engines) ENGINES=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --passes) PASSES=$2; shift 2 ;;
    --time-limit) LIMIT=$2; shift 2 ;;
    --no-results-md) EXTRA+=(--no-results-md); shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
    esac
done

REPO=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD_DIR:-$REPO/build-bench}
WORK=${BENCH_WORK:-$BUILD/bench-work}
TOOLS=$BUILD/bench-tools
say() { echo "[run-peers $(date +%H:%M:%S)] $*" >&2; }

# ---- packages -----------------------------------------------------------
need_pkgs=()
for p in sphinxsearch postgresql-15 xapian-tools libxapian-dev time \
    pkg-config g++ gcc cmake python3 debian-edu-doc-da libreoffice-help-da; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
        need_pkgs+=("$p")
done
if [ ${#need_pkgs[@]} -gt 0 ]; then
    say "apt-get install ${need_pkgs[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "${need_pkgs[@]}" >/dev/null ||
        { apt-get update -q >/dev/null &&
          apt-get install -y -q --no-install-recommends "${need_pkgs[@]}" >/dev/null; }
fi
# The Debian package starts a system searchd of its own only when enabled;
# ours uses its own config and port, so the two never meet.

# ---- leftovers of an interrupted run (by pid file, never by name) --------
for f in "$WORK"/run-*/referatd.pid; do
    [ -f "$f" ] || continue
    pid=$(head -1 "$f" || true)
    if [ -n "$pid" ] && grep -q referatd "/proc/$pid/cmdline" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        sleep 1
    fi
    rm -f "$f"
done
for f in "$WORK"/run-*/sphinx/searchd.pid; do
    [ -f "$f" ] || continue
    pid=$(head -1 "$f" || true)
    if [ -n "$pid" ] && grep -q searchd "/proc/$pid/cmdline" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        sleep 1
    fi
done
for d in "$WORK"/run-*/pg/data; do
    [ -f "$d/postmaster.pid" ] || continue
    runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl \
        -D "$d" -m fast -w -t 60 stop >/dev/null 2>&1 || true
done

# ---- Referat and the bench tools ------------------------------------------
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S "$REPO" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
say "building referat-index and referatd in $BUILD"
cmake --build "$BUILD" --target referat-index referatd -j2 >/dev/null
mkdir -p "$TOOLS"
LOADGEN_SRC="$REPO/bench/peers/loadgen.c $REPO/bench/peers/loadgen_proto.c"
stale=0
[ -x "$TOOLS/loadgen" ] || stale=1
for f in $LOADGEN_SRC "$REPO/bench/peers/loadgen.h"; do
    [ "$f" -nt "$TOOLS/loadgen" ] && stale=1
done
if [ "$stale" = 1 ]; then
    # shellcheck disable=SC2086
    gcc -std=c11 -O2 -D_GNU_SOURCE -Wall -Wextra -pthread \
        -o "$TOOLS/loadgen" $LOADGEN_SRC
fi
if [ ! -x "$TOOLS/xapian_direct" ] ||
    [ "$REPO/bench/peers/xapian_direct.cc" -nt "$TOOLS/xapian_direct" ]; then
    # shellcheck disable=SC2046
    g++ -std=c++17 -O2 -Wall -Wextra -pthread -o "$TOOLS/xapian_direct" \
        "$REPO/bench/peers/xapian_direct.cc" $(pkg-config --cflags --libs xapian-core)
fi

# ---- corpus ----------------------------------------------------------------
CORPUS=$WORK/corpus-$SIZE-seed$SEED
say "corpus $SIZE (seed $SEED) in $CORPUS"
python3 "$REPO/bench/gen/generate.py" --size "$SIZE" --seed "$SEED" --out "$CORPUS"

# ---- the run -----------------------------------------------------------------
say "benchmark: $ENGINES (time limit ${LIMIT}s)"
timeout --kill-after=30 "$LIMIT" python3 "$REPO/bench/peers/bench.py" \
    --corpus "$CORPUS" --size-name "$SIZE" --seed "$SEED" \
    --work "$WORK/run-$SIZE" --tools "$TOOLS" --bin "$BUILD/bin" \
    --engines "$ENGINES" --duration "$DURATION" --passes "$PASSES" \
    ${EXTRA[@]+"${EXTRA[@]}"}
