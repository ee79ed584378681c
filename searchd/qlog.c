/* SPDX-License-Identifier: GPL-2.0-or-later */
/* qlog.c - the query log (--query-log): one line per search or item
 * request, written by the event-loop thread. Queries are escaped and cut,
 * so a client can neither forge lines nor fill the disk with one query. */
#include <time.h>

#include "core/log.h"
#include "limits.h"
#include "req.h"
#include "server.h"

void qlog_write(struct server *srv, const struct req *r)
{
    if (srv->qlog == NULL)
        return;
    char stamp[LOG_STAMP_LEN];
    log_stamp(time(NULL), stamp);
    const char *q = r->kind == REQ_SEARCH ? r->search.q : r->id;
    size_t qlen = r->kind == REQ_SEARCH ? r->search.q_len : r->id_len;
    const char *kind = r->kind == REQ_SEARCH ? "search" : "item";
    if (r->kind == REQ_WORK) {
        kind = proto_work_kind_name(r->work->kind);
        q = r->work->id != NULL ? r->work->id : r->work->s.q;
        qlen = r->work->id != NULL ? r->work->id_len : r->work->s.q_len;
    }
    char esc[LIMIT_QLOG_QUERY * 4 + 1];
    log_escape(q != NULL ? q : "", q != NULL ? qlen : 0, LIMIT_QLOG_QUERY, esc,
               sizeof esc);
    fprintf(srv->qlog,
            "%s peer=%s via=%s kind=%s code=%s ms=%.3f hits=%u total=%u "
            "q=\"%s\"%s\n",
            stamp, r->peer, r->via == REQ_VIA_HTTP ? "http" : "line", kind,
            proto_code_name(r->code), r->ms, (unsigned)r->nhits,
            (unsigned)r->total, esc, qlen > LIMIT_QLOG_QUERY ? " cut" : "");
}
