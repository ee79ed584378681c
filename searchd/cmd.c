/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cmd.c - the line protocol's command table: each verb with its handler
 * and argument count, checked once before any handler runs. Cheap
 * commands answer inline; SEARCH and ITEM go to a worker. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/log.h"
#include "core/parse.h"
#include "limits.h"
#include "req.h"
#include "server.h"
#include "snap.h"
#include "worker.h"

struct cmd {
    const char *name;
    enum cmd_next (*run)(struct conn *c, const char *arg, size_t len);
    unsigned min_args, max_args; /* blank-separated words */
    int rest; /* 1: the argument is the rest of the line, taken whole */
};

int cmd_hello_json(struct buf *out)
{
    return buf_printf(out,
                      "{\"protocol\":%d,\"server\":\"referatd\","
                      "\"version\":\"%s\"}",
                      PROTO_VERSION, REFERAT_VERSION);
}

/* "status" ("ok" or "degraded") and, if degraded, "reason". */
static int set_status(struct server *srv, json_t *o)
{
    char reason[ERR_MSG_MAX];
    int bad = snapstore_degraded(srv->snaps, reason, sizeof reason);
    if (json_object_set_new(o, "status", json_string(bad ? "degraded" : "ok")))
        return ERR_NOMEM;
    if (bad && json_object_set_new(o, "reason", json_string(reason)))
        return ERR_NOMEM;
    return ERR_OK;
}

int cmd_health_json(struct server *srv, struct buf *out)
{
    json_t *o = json_object();
    struct snap *sn = snap_acquire(srv->snaps);
    int rc = o != NULL ? set_status(srv, o) : ERR_NOMEM;
    if (rc == ERR_OK &&
        (json_object_set_new(o, "documents", json_integer(sn->doccount)) ||
         json_object_set_new(o, "meetings", json_integer(sn->meetings)) ||
         json_object_set_new(o, "generation", json_integer(sn->generation)) ||
         json_object_set_new(o, "revision", json_integer(sn->xrevision))))
        rc = ERR_NOMEM;
    snap_release(srv->snaps, sn);
    if (rc == ERR_OK)
        rc = proto_json_append(o, out, NULL);
    json_decref(o);
    return rc;
}

int cmd_stats_json(struct server *srv, struct buf *out)
{
    struct snap *sn = snap_acquire(srv->snaps);
    const struct stats *st = &srv->stats;
    json_t *o = json_pack(
        "{s:s,s:s,s:i,s:f,s:I,s:I,s:I,s:{s:I,s:I,s:I},s:{s:i,s:i,s:i},"
        "s:{s:I,s:I,s:I,s:I}}",
        "server", "referatd", "version", REFERAT_VERSION, "protocol",
        PROTO_VERSION, "uptime_s", (server_now_ms() - srv->started_ms) / 1000.0,
        "documents", (json_int_t)sn->doccount, "meetings",
        (json_int_t)sn->meetings, "revision", (json_int_t)sn->xrevision,
        "analysis", "lexicon_words", (json_int_t)txt_lexicon_size(sn->lexicon),
        "vocabulary_terms", (json_int_t)qry_vocab_size(sn->vocab),
        "synonym_groups",
        (json_int_t)(sn->thesaurus != NULL ? qry_thesaurus_groups(sn->thesaurus)
                                           : 0),
        "workers", "threads", (int)pool_threads(srv->pool), "queued",
        (int)pool_queued(srv->pool), "running", (int)srv->inflight,
        "connections", "open", (json_int_t)srv->nconns, "max",
        (json_int_t)srv->set->max_connections, "total",
        (json_int_t)st->conns_total, "refused", (json_int_t)st->conns_refused);
    uint32_t gen = sn->generation;
    snap_release(srv->snaps, sn);
    if (o == NULL)
        return ERR_NOMEM;
    json_t *req = json_pack(
        "{s:I,s:I,s:I,s:I,s:I,s:I,s:f,s:I}", "searches",
        (json_int_t)st->searches, "items", (json_int_t)st->items, "errors",
        (json_int_t)st->errors, "busy", (json_int_t)st->busy,
        "dropped_abandoned", (json_int_t)st->dropped_abandoned, "timed_out",
        (json_int_t)st->timed_out, "search_ms_mean",
        st->searches ? st->search_ms_total / (double)st->searches : 0.0,
        "shard_waits", (json_int_t)xap_shards_request_waits());
    if (req == NULL || json_object_set_new(o, "requests", req) != 0 ||
        json_object_set_new(o, "generation", json_integer(gen)) != 0 ||
        set_status(srv, o) != ERR_OK) {
        json_decref(o);
        return ERR_NOMEM;
    }
    int rc = proto_json_append(o, out, NULL);
    json_decref(o);
    return rc;
}

static enum cmd_next reply_buf(struct conn *c, struct buf *b, int rc)
{
    if (rc == ERR_OK)
        conn_reply_ok(c, b->data, b->len);
    else
        conn_reply_err(c, PROTO_INTERNAL, "out of memory");
    buf_fini(b);
    return CMD_DONE;
}

static enum cmd_next cmd_hello(struct conn *c, const char *arg, size_t len)
{
    if (len > 0) {
        uint32_t v;
        if (parse_u32n(arg, len, &v, NULL) != ERR_OK) {
            conn_reply_err(c, PROTO_BAD_REQUEST, "HELLO wants a number");
            return CMD_DONE;
        }
        if (v != PROTO_VERSION) {
            char msg[80];
            snprintf(msg, sizeof msg, "protocol <%u> not spoken, only <%d>",
                     (unsigned)v, PROTO_VERSION);
            conn_reply_err(c, PROTO_UNSUPPORTED, msg);
            return CMD_DONE;
        }
    }
    struct buf b;
    buf_init(&b);
    return reply_buf(c, &b, cmd_hello_json(&b));
}

static enum cmd_next cmd_ping(struct conn *c, const char *arg, size_t len)
{
    (void)arg;
    (void)len;
    conn_reply_ok(c, "{\"pong\":true}", 13);
    return CMD_DONE;
}

static enum cmd_next cmd_stats(struct conn *c, const char *arg, size_t len)
{
    (void)arg;
    (void)len;
    struct buf b;
    buf_init(&b);
    return reply_buf(c, &b, cmd_stats_json(conn_server(c), &b));
}

static enum cmd_next cmd_quit(struct conn *c, const char *arg, size_t len)
{
    (void)arg;
    (void)len;
    conn_reply_ok(c, "{}", 2);
    return CMD_CLOSE;
}

/* Hand a request to the workers, or answer busy. */
static enum cmd_next submit(struct conn *c, struct req *r)
{
    struct err e;
    err_clear(&e);
    if (req_submit(r, &e) != ERR_OK) {
        conn_reply_err(c, PROTO_BUSY, e.msg);
        req_free(r);
        return CMD_DONE;
    }
    conn_wait_for(c, r);
    return CMD_WAIT;
}

static enum cmd_next cmd_search(struct conn *c, const char *arg, size_t len)
{
    struct req *r =
        req_new(conn_server(c), REQ_SEARCH, REQ_VIA_LINE, conn_peer(c), c);
    if (r == NULL) {
        conn_reply_err(c, PROTO_INTERNAL, "out of memory");
        return CMD_DONE;
    }
    struct err e;
    err_clear(&e);
    int rc = proto_search_from_json(arg, len, &r->search, &e);
    if (rc != ERR_OK) {
        conn_reply_err(c, proto_code_from_err(rc, PROTO_BAD_REQUEST), e.msg);
        req_free(r);
        return CMD_DONE;
    }
    return submit(c, r);
}

static enum cmd_next cmd_item(struct conn *c, const char *arg, size_t len)
{
    if (len > PROTO_ID_MAX) {
        conn_reply_err(c, PROTO_BAD_REQUEST, "item id too long");
        return CMD_DONE;
    }
    struct req *r =
        req_new(conn_server(c), REQ_ITEM, REQ_VIA_LINE, conn_peer(c), c);
    if (r == NULL || (r->id = strndup(arg, len)) == NULL) {
        req_free(r);
        conn_reply_err(c, PROTO_INTERNAL, "out of memory");
        return CMD_DONE;
    }
    r->id_len = len;
    return submit(c, r);
}

/* The workbench verbs (work.h: TIMELINE, EXPORT, KWIC, TERMS, SIMILAR,
 * COVERAGE), found by proto_work_kind_parse() after the table: a JSON
 * object of parameters, as SEARCH; COVERAGE may take none. */
static enum cmd_next cmd_work(struct conn *c, const char *arg, size_t len,
                              enum proto_work_kind kind)
{
    struct req *r =
        req_new(conn_server(c), REQ_WORK, REQ_VIA_LINE, conn_peer(c), c);
    if (r == NULL || (r->work = malloc(sizeof *r->work)) == NULL) {
        req_free(r);
        conn_reply_err(c, PROTO_INTERNAL, "out of memory");
        return CMD_DONE;
    }
    proto_work_init(r->work, kind);
    struct err e;
    err_clear(&e);
    int rc = len > 0 ? proto_work_from_json(arg, len, r->work, &e)
                     : proto_work_check(r->work, &e);
    if (rc != ERR_OK) {
        conn_reply_err(c, proto_code_from_err(rc, PROTO_BAD_REQUEST), e.msg);
        req_free(r);
        return CMD_DONE;
    }
    return submit(c, r);
}

static const struct cmd cmds[] = {
    {"HELLO", cmd_hello, 0, 1, 0},   {"VERSION", cmd_hello, 0, 0, 0},
    {"PING", cmd_ping, 0, 0, 0},     {"STATS", cmd_stats, 0, 0, 0},
    {"SEARCH", cmd_search, 1, 1, 1}, {"ITEM", cmd_item, 1, 1, 1},
    {"QUIT", cmd_quit, 0, 0, 0},
};

enum cmd_next cmd_run(struct conn *c, const char *line, size_t len)
{
    struct err e;
    err_clear(&e);
    if (proto_line_check(line, len, &e) != ERR_OK) {
        conn_reply_err(c, PROTO_BAD_REQUEST, e.msg);
        return CMD_DONE;
    }
    const char *verb, *arg;
    size_t vlen, alen;
    proto_line_split(line, len, &verb, &vlen, &arg, &alen);
    if (vlen == 0) {
        conn_reply_err(c, PROTO_BAD_REQUEST, "empty request");
        return CMD_DONE;
    }
    const struct cmd *cmd = NULL;
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
        if (strlen(cmds[i].name) == vlen &&
            strncasecmp(cmds[i].name, verb, vlen) == 0)
            cmd = &cmds[i];
    int work = cmd == NULL ? proto_work_kind_parse(verb, vlen) : -1;
    if (work >= 0 && alen == 0 && work != PROTO_WORK_COVERAGE) {
        conn_reply_err(c, PROTO_BAD_REQUEST, "wants a JSON object");
        return CMD_DONE;
    }
    if (work >= 0)
        return cmd_work(c, arg, alen, (enum proto_work_kind)work);
    if (cmd == NULL) {
        char msg[80];
        snprintf(msg, sizeof msg, "no command <%.*s>",
                 (int)(vlen > 32 ? 32 : vlen), verb);
        conn_reply_err(c, PROTO_UNKNOWN_COMMAND, msg);
        return CMD_DONE;
    }
    size_t nargs = cmd->rest ? (alen > 0) : proto_count_words(arg, alen);
    if (nargs < cmd->min_args || nargs > cmd->max_args) {
        char msg[80];
        snprintf(msg, sizeof msg, "%s takes %u to %u arguments, got %zu",
                 cmd->name, cmd->min_args, cmd->max_args, nargs);
        conn_reply_err(c, PROTO_BAD_REQUEST, msg);
        return CMD_DONE;
    }
    return cmd->run(c, arg, alen);
}
