/* SPDX-License-Identifier: GPL-2.0-or-later */
/* metrics.c - GET /metrics in the Prometheus text format (0.0.4). The
 * counters are struct stats (server.h), the ones STATS also reports,
 * kept by the event loop; this file adds the per-kind outcomes and the
 * latency histogram and writes them out. Nothing here runs on a worker. */
#include <stdlib.h>
#include <time.h>

#include "req.h"
#include "server.h"
#include "snap.h"
#include "worker.h"

/* Upper bounds of the latency buckets, in seconds (then +Inf). */
static const double lat_bounds[STATS_LAT_BUCKETS] = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
};
static const char *const kinds[STATS_KINDS] = {"search", "item"};
static const char *const outcomes[STATS_OUTCOMES] = {
    "ok", "not_found", "invalid", "busy", "timeout", "abandoned", "failed",
};

static enum stats_outcome outcome_of(const struct req *r)
{
    if (r->cancelled)
        return STATS_ABANDONED;
    if (r->timed_out)
        return STATS_TIMEOUT;
    switch (r->code) {
    case PROTO_OK:
        return STATS_OK;
    case PROTO_NOT_FOUND:
        return STATS_NOT_FOUND;
    case PROTO_BUSY:
        return STATS_BUSY;
    case PROTO_TIMEOUT:
        return STATS_TIMEOUT;
    case PROTO_INTERNAL:
    case PROTO_UNAVAILABLE: /* a shard missing: the server's side */
        return STATS_FAILED;
    default:
        return STATS_INVALID;
    }
}

void metrics_count(struct server *srv, const struct req *r)
{
    struct stats *st = &srv->stats;
    unsigned k = r->kind == REQ_ITEM ? 1 : 0;
    enum stats_outcome o = outcome_of(r);
    st->requests[k][o]++;
    /* a refusal or a dropped request says nothing of how long we take */
    if (o == STATS_BUSY || o == STATS_ABANDONED)
        return;
    double sec = r->ms / 1000.0;
    size_t b = 0;
    while (b < STATS_LAT_BUCKETS && sec > lat_bounds[b])
        b++;
    st->latency[k][b]++;
    st->latency_ms[k] += r->ms;
}

static int head(struct buf *o, const char *name, const char *type,
                const char *help)
{
    return buf_printf(o, "# HELP %s %s\n# TYPE %s %s\n", name, help, name,
                      type);
}

/* One metric without labels. */
static int one(struct buf *o, const char *name, const char *type,
               const char *help, double v)
{
    if (head(o, name, type, help) != ERR_OK)
        return ERR_NOMEM;
    if (v == (double)(uint64_t)v && v < 9007199254740992.0) /* 2^53 */
        return buf_printf(o, "%s %llu\n", name, (unsigned long long)v);
    return buf_printf(o, "%s %.6f\n", name, v);
}

static int requests(struct buf *o, const struct stats *st)
{
    int rc = head(o, "referat_requests_total", "counter",
                  "Searches and item look-ups by verb and outcome.");
    for (size_t k = 0; rc == ERR_OK && k < STATS_KINDS; k++)
        for (size_t i = 0; rc == ERR_OK && i < STATS_OUTCOMES; i++)
            rc = buf_printf(o,
                            "referat_requests_total{verb=\"%s\","
                            "outcome=\"%s\"} %llu\n",
                            kinds[k], outcomes[i],
                            (unsigned long long)st->requests[k][i]);
    if (rc == ERR_OK)
        rc = head(o, "referat_request_duration_seconds", "histogram",
                  "Arrival to answer ready, answered requests.");
    for (size_t k = 0; rc == ERR_OK && k < STATS_KINDS; k++) {
        uint64_t cum = 0;
        for (size_t b = 0; rc == ERR_OK && b <= STATS_LAT_BUCKETS; b++) {
            char le[32];
            cum += st->latency[k][b];
            if (b < STATS_LAT_BUCKETS)
                snprintf(le, sizeof le, "%g", lat_bounds[b]);
            else
                snprintf(le, sizeof le, "+Inf");
            rc = buf_printf(o,
                            "referat_request_duration_seconds_bucket{verb="
                            "\"%s\",le=\"%s\"} %llu\n",
                            kinds[k], le, (unsigned long long)cum);
        }
        if (rc == ERR_OK)
            rc = buf_printf(o,
                            "referat_request_duration_seconds_sum{verb="
                            "\"%s\"} %.6f\n"
                            "referat_request_duration_seconds_count{verb="
                            "\"%s\"} %llu\n",
                            kinds[k], st->latency_ms[k] / 1000.0, kinds[k],
                            (unsigned long long)cum);
    }
    return rc;
}

/* The process: load and refusals. */
static int process(struct buf *o, struct server *srv)
{
    const struct stats *st = &srv->stats;
    const struct {
        const char *name, *type, *help;
        double v;
    } m[] = {
        {"referat_uptime_seconds", "gauge", "Seconds since referatd started.",
         (server_now_ms() - srv->started_ms) / 1000.0},
        {"referat_worker_threads", "gauge", "Search worker threads.",
         (double)pool_threads(srv->pool)},
        {"referat_queue_depth", "gauge", "Requests waiting for a worker.",
         (double)pool_queued(srv->pool)},
        {"referat_queue_max", "gauge", "The --queue-max limit.",
         (double)srv->set->queue_max},
        {"referat_requests_in_flight", "gauge",
         "Requests handed to workers, not yet answered.",
         (double)srv->inflight},
        {"referat_busy_total", "counter",
         "Busy replies (queue full, too many connections, shutting down).",
         (double)st->busy},
        {"referat_timeouts_total", "counter", "Searches past --query-timeout.",
         (double)st->timed_out},
        {"referat_dropped_abandoned_total", "counter",
         "Requests dropped because their client had left.",
         (double)st->dropped_abandoned},
        {"referat_errors_total", "counter", "Error replies of any kind.",
         (double)st->errors},
        {"referat_connections_open", "gauge",
         "Open connections, line protocol and HTTP.", (double)srv->nconns},
        {"referat_connections_max", "gauge", "The --max-connections limit.",
         (double)srv->set->max_connections},
        {"referat_connections_total", "counter", "Connections accepted.",
         (double)st->conns_total},
        {"referat_connections_refused_total", "counter",
         "Connections refused over --max-connections.",
         (double)st->conns_refused},
    };
    int rc = ERR_OK;
    for (size_t i = 0; rc == ERR_OK && i < sizeof m / sizeof m[0]; i++)
        rc = one(o, m[i].name, m[i].type, m[i].help, m[i].v);
    return rc;
}

/* The index and the snapshot served. */
static int index_metrics(struct buf *o, struct server *srv)
{
    char reason[ERR_MSG_MAX];
    int degraded = snapstore_degraded(srv->snaps, reason, sizeof reason);
    struct snap *sn = snap_acquire(srv->snaps);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    double age = (double)now.tv_sec + (double)now.tv_nsec / 1e9 - sn->built_at;
    const struct {
        const char *name, *type, *help;
        double v;
    } m[] = {
        {"referat_index_generation", "gauge",
         "Index generation served (PATH/gen-N).", (double)sn->generation},
        {"referat_index_revision", "gauge",
         "Xapian revision of the generation served.", (double)sn->xrevision},
        {"referat_index_items", "gauge", "Agenda items in the index served.",
         (double)sn->doccount},
        {"referat_index_age_seconds", "gauge",
         "Seconds since the revision served was loaded.", age < 0 ? 0 : age},
        {"referat_index_degraded", "gauge",
         "1 if the index on disk could not be loaded (see /health).",
         (double)degraded},
        {"referat_snapshot_rebuilds_total", "counter",
         "Analysis snapshots built (start, new revision, SIGHUP).",
         (double)snapstore_rebuilds(srv->snaps)},
        {"referat_snapshot_build_seconds", "gauge",
         "Time the snapshot served took to build.", sn->build_ms / 1000.0},
    };
    snap_release(srv->snaps, sn);
    int rc = ERR_OK;
    for (size_t i = 0; rc == ERR_OK && i < sizeof m / sizeof m[0]; i++)
        rc = one(o, m[i].name, m[i].type, m[i].help, m[i].v);
    return rc;
}

int metrics_text(struct server *srv, struct buf *out)
{
    int rc = head(out, "referat_build_info", "gauge",
                  "Always 1; the version as a label.");
    if (rc == ERR_OK)
        rc = buf_printf(out, "referat_build_info{version=\"%s\"} 1\n",
                        REFERAT_VERSION);
    if (rc == ERR_OK)
        rc = requests(out, &srv->stats);
    if (rc == ERR_OK)
        rc = process(out, srv);
    if (rc == ERR_OK)
        rc = index_metrics(out, srv);
    return rc;
}
