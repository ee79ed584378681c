#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# serve.sh - the README's first command: install dependencies, build,
# index corpus/ (incrementally) and run the search daemon in the
# foreground on 127.0.0.1 (line protocol :7700, HTTP :7701).
# Environment: REFERAT_DB (index path, default data/index), REFERAT_PORT,
# REFERAT_HTTP_PORT.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
sh scripts/build.sh build
db=${REFERAT_DB:-data/index}
port=${REFERAT_PORT:-7700}
http=${REFERAT_HTTP_PORT:-7701}
mkdir -p "$(dirname "$db")"
rc=0
build/bin/referat-index --db "$db" corpus || rc=$?
if [ "$rc" -gt 1 ]; then
    echo "serve: indexing failed (exit $rc)" >&2
    exit "$rc"
fi
cat <<EOT

Referat is starting on 127.0.0.1 (Ctrl-C stops it). Try, in another shell:
  build/bin/referat hjemløse
  build/bin/referat --council Herning --from 2017 "\"skæve boliger\""
  build/bin/referat --json rusmiddel
  curl 'http://127.0.0.1:$http/search?q=hjeml%C3%B8se&limit=3'
  open http://127.0.0.1:$http/ in a browser for the search page

EOT
root=""
if [ "$(id -u)" = 0 ]; then
    root="--allow-root"
fi
exec build/bin/referatd --db "$db" --listen "127.0.0.1:$port" \
    --http "127.0.0.1:$http" --thesaurus corpus/thesaurus.tsv \
    --thesaurus corpus/thesaurus-mythes-da.tsv $root
