#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# fresh_install.sh - install-to-first-answer time of the Debian package on
# a fresh Debian 12: debootstrap a minbase chroot (once, reused), then in
# it apt-get install the .deb, index corpus/ as user referat, start
# referatd on 127.0.0.1 port 0 and ask it with the client. Also checks
# that apt remove keeps the index and apt purge removes it. Needs root,
# debootstrap and the network (Debian's archive). Not a ctest.
#
#   sh bench/fresh_install.sh [build/referat_*.deb] [CHROOT_DIR]
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEB=${1:-$(ls "$ROOT"/build/referat_*.deb | head -1)}
C=${2:-/tmp/referat-fresh-chroot}

if [ ! -x "$C/bin/bash" ]; then
    debootstrap --variant=minbase bookworm "$C" http://deb.debian.org/debian
fi
cp "$DEB" "$C/tmp/referat.deb"
mkdir -p "$C/tmp/corpus"
cp "$ROOT"/corpus/*.txt "$C/tmp/corpus/"
mount -t proc proc "$C/proc"
trap 'umount "$C/proc"' EXIT

cat > "$C/tmp/fresh.sh" <<'INNER'
set -eu
export DEBIAN_FRONTEND=noninteractive
ms() { echo $(( ($2 - $1) / 1000000 )); }
if dpkg -s referat >/dev/null 2>&1; then
    apt-get remove -y -qq referat >/dev/null
    [ -d /var/lib/referat/index ] && echo "apt remove: the index stays"
    apt-get purge -y -qq referat >/dev/null
    [ ! -e /var/lib/referat ] && echo "apt purge: /var/lib/referat removed"
    apt-get autoremove -y -qq >/dev/null
fi
apt-get update -qq
t0=$(date +%s%N)
apt-get install -y -qq --no-install-recommends /tmp/referat.deb >/tmp/apt.log 2>&1
t1=$(date +%s%N)
cp /tmp/corpus/*.txt /var/lib/referat/minutes/
chroot --userspec=referat:referat / /usr/bin/referat-index | tail -1
t2=$(date +%s%N)
rm -f /tmp/ready
chroot --userspec=referat:referat / /usr/bin/referatd \
    --listen 127.0.0.1:0 --http 127.0.0.1:0 >/tmp/ready 2>/tmp/referatd.err &
pid=$!
i=0
until grep -q READY /tmp/ready 2>/dev/null; do
    i=$((i + 1)); [ $i -lt 600 ] || { cat /tmp/referatd.err; exit 1; }
    sleep 0.05
done
/usr/bin/referat --port "$(awk '{print $3}' /tmp/ready)" --no-color hjemløse | head -1
t3=$(date +%s%N)
kill "$pid"
wait "$pid" || true
echo "apt-get install: $(ms $t0 $t1) ms ($(grep -c '^Setting up' /tmp/apt.log) packages set up)"
echo "referat-index corpus/: $(ms $t1 $t2) ms; referatd start + first answer: $(ms $t2 $t3) ms"
echo "install to first answer: $(ms $t0 $t3) ms"
INNER
chroot "$C" /bin/sh /tmp/fresh.sh
