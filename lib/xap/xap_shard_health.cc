/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_shard_health.cc - what the handles of this process know of each
 * remote shard, apart from xap_shards.cc, which keeps one handle's shards.
 *
 * Health: what the handles of this process know of each remote shard,
 * by HOST:PORT. Each searchd worker has a handle of its own, and each
 * found a silent shard by itself: every worker's first request after
 * the shard went silent waited a connection timeout (Xapian's in the
 * match, or half of one reopening it), and every worker tried it again
 * each second, waiting again. Now a handle that finds a shard down says
 * so here; the others leave it out before their next request without
 * asking it (xap_shards_heed(), xap_shards_follow()), and one handle in
 * the process tries it again each XAP_SHARD_RETRY_MS
 * (xap_shard_claim_retry()). Whoever reaches it again says so, and the
 * others connect. */
#include "xap/xap_internal.hh"

#include <atomic>
#include <map>

struct shard_health {
    double down_at = 0;  /* CLOCK_MONOTONIC ms of the last failure; 0 up */
    double retry_at = 0; /* the next try, by whichever handle claims it */
};
static std::mutex health_mu;
static std::map<std::string, shard_health> health;
/* Requests that waited for a remote shard and found it failing (handles
 * opened with leave_retries: searchd's workers). Shared health keeps it
 * at one per outage per process; STATS shows it, tests count it. */
static std::atomic<uint64_t> request_waits{0};

void xap_shard_note_wait(const xap_shards &ss, const xap_shard &s)
{
    if (s.remote && ss.leave_retries)
        request_waits.fetch_add(1, std::memory_order_relaxed);
}

uint64_t xap_shards_request_waits(void) XAP_NOEXCEPT
{
    return request_waits.load(std::memory_order_relaxed);
}

void xap_shard_health_down(const xap_shard &s, double now)
{
    if (!s.remote)
        return;
    std::lock_guard<std::mutex> lock(health_mu);
    shard_health &h = health[s.name];
    h.down_at = now;
    h.retry_at = now + XAP_SHARD_RETRY_MS;
}

void xap_shard_health_up(const xap_shard &s)
{
    if (!s.remote)
        return;
    std::lock_guard<std::mutex> lock(health_mu);
    health[s.name].down_at = 0;
}

/* A remote shard this handle has up, found down by another since. */
bool xap_shard_health_gone(const xap_shard &s)
{
    std::lock_guard<std::mutex> lock(health_mu);
    auto it = health.find(s.name);
    return it != health.end() && it->second.down_at > s.up_at;
}

/* Whether this handle may try down shard `s` now: it is up for another
 * handle, or this one takes the process's next try (unless it leaves
 * them to others). */
bool xap_shard_claim_retry(const xap_shard &s, double now, bool leave)
{
    std::lock_guard<std::mutex> lock(health_mu);
    auto it = health.find(s.name);
    if (it == health.end() || it->second.down_at == 0)
        return true;
    if (leave || now < it->second.retry_at)
        return false;
    it->second.retry_at = now + XAP_SHARD_RETRY_MS;
    return true;
}
