/* SPDX-License-Identifier: GPL-2.0-or-later */
/* search.c - what a worker thread does with one request: parse and
 * expand the query (lib/query), run it (lib/xap), and write the JSON
 * answer with snippets (lib/text). Also the item look-up. */
#include "worker.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "core/utf8.h"
#include "hittab.h"
#include "limits.h"
#include "req.h"
#include "server.h"
#include "snap.h"
#include "work.h"
#include "xap/schema.h"

/* Follow the indexer: the reloader publishes the revision it saw, and a
 * worker whose handle reads another reopens before searching. Equality,
 * not order: a folder built again from nothing or a restored backup is
 * another database whose revision may look "older". */
static void worker_refresh(struct worker_ctx *w)
{
    /* compared with the handle's own revision (7 ns), not a copy: lib/xap
     * moves the handle too, when a search meets a revision a writer
     * recycled (then the reloader catches up within a poll) */
    if (snapstore_revision(w->snaps) == xap_db_revision(w->db))
        return;
    struct err e;
    int changed = 0;
    err_clear(&e);
    if (xap_db_reopen(w->db, &changed, &e) != ERR_OK)
        log_msg(LOG_WARN, "worker", "reopen failed: %s", e.msg);
}

/* Snippets are the costly part of an answer (the item's text is analysed
 * again, compounds split), so the window is computed once with control
 * bytes as marks - txt_snippet() never shows the text's own control
 * bytes - and rendered twice: "[" "]" for text, <mark> + escaping for
 * HTML (escaped as txt_snippet's html_escape does). */
#define MARK_OPEN  '\x01'
#define MARK_CLOSE '\x02'

static int render_snippet(const struct buf *raw, int html, struct buf *out)
{
    int rc = ERR_OK;
    for (size_t i = 0; i < raw->len && rc == ERR_OK; i++) {
        char c = raw->data[i];
        const char *s = NULL;
        if (c == MARK_OPEN)
            s = html ? "<mark>" : "[";
        else if (c == MARK_CLOSE)
            s = html ? "</mark>" : "]";
        else if (html && c == '&')
            s = "&amp;";
        else if (html && c == '<')
            s = "&lt;";
        else if (html && c == '>')
            s = "&gt;";
        else if (html && c == '"')
            s = "&quot;";
        else if (html && c == '\'')
            s = "&#39;";
        rc = s != NULL ? buf_puts(out, s) : buf_putc(out, c);
    }
    return rc;
}

static int snippet_pair(const struct txt_analyzer *an, const char *text,
                        size_t len, struct qry_out *q, json_t *hit)
{
    static const char open[] = {MARK_OPEN, 0}, close[] = {MARK_CLOSE, 0};
    struct txt_snippet_opts o = {
        .max_bytes = LIMIT_SNIPPET_BYTES, .open = open, .close = close};
    /* Only words holding a query term are analysed (most of a search's
     * time went to analysing every word of every hit). A query with an
     * unusually large highlight set takes the slow path. */
    const char *needles[256];
    qry_snippet_opts(q, &o, needles, sizeof needles / sizeof needles[0]);
    struct buf raw, plain, html;
    buf_init(&raw);
    buf_init(&plain);
    buf_init(&html);
    int rc = txt_snippet(an, text, len, qry_match, q, &o, &raw);
    if (rc == ERR_OK)
        rc = render_snippet(&raw, 0, &plain);
    if (rc == ERR_OK)
        rc = render_snippet(&raw, 1, &html);
    if (rc == ERR_OK &&
        (json_object_set_new(
             hit, "snippet",
             json_stringn(plain.data ? plain.data : "", plain.len)) != 0 ||
         json_object_set_new(
             hit, "snippet_html",
             json_stringn(html.data ? html.data : "", html.len)) != 0))
        rc = ERR_NOMEM;
    buf_fini(&raw);
    buf_fini(&plain);
    buf_fini(&html);
    return rc;
}

/* The fields of a hit are the hit table's (hittab_fields), read from the
 * stored document (a JSON object of some 10-40 KB: scanned, not parsed)
 * when the table is not used, and "text" after them for the snippet.
 * "path" is never sent: it shows the server's directories. */
#define HIT_TEXT    HITTAB_NFIELDS
#define HIT_NFIELDS (HITTAB_NFIELDS + 1)

/* Where a hit's fields come from: the snapshot's hit table when the
 * search ran without stored data (no snippets), else the data. */
struct hit_src {
    const struct hittab *tab; /* NULL: every hit has its data */
    xap_db *db;               /* to fetch the data of a hit the table lacks */
};

/* The hit's fields from the table, or its stored data fetched now. */
static json_t *table_fields(struct xap_hit *h, const struct hit_src *src,
                            json_t *o)
{
    const char *val[HITTAB_NFIELDS];
    size_t len[HITTAB_NFIELDS];
    if (!hittab_get(src->tab, h->docid, val, len)) {
        struct err e;
        err_clear(&e);
        if (xap_db_get_data_docid(src->db, h->docid, &h->data, &h->datalen,
                                  &e) != ERR_OK)
            log_msg(LOG_WARN, "search", "hit %u: %s", (unsigned)h->docid,
                    e.msg);
        return NULL; /* read the data (or an empty hit) */
    }
    int bad = 0;
    for (size_t i = 0; !bad && i < HITTAB_NFIELDS; i++)
        bad |= json_object_set_new(o, hittab_fields[i],
                                   val[i] != NULL ? json_stringn(val[i], len[i])
                                                  : json_null());
    return bad ? NULL : o;
}

/* A hit's JSON; without `snippets` the text is not even looked at (a
 * results list of titles, an export). */
static json_t *hit_json(struct xap_hit *h, const struct hit_src *src,
                        const struct txt_analyzer *an, struct qry_out *q,
                        int snippets)
{
    json_t *o = json_object();
    if (o == NULL)
        return NULL;
    if (h->data == NULL && src->tab != NULL && table_fields(h, src, o) != NULL)
        return json_object_set_new(o, "score", json_real(h->score)) == 0
                   ? o
                   : (json_decref(o), NULL);
    struct proto_jfield f[HIT_NFIELDS];
    size_t nf = snippets ? HIT_NFIELDS : HIT_TEXT;
    for (size_t i = 0; i < HIT_NFIELDS; i++) {
        f[i].key = i < HIT_TEXT ? hittab_fields[i] : DATA_TEXT;
        f[i].raw = NULL;
    }
    if (h->data == NULL ||
        proto_json_scan(h->data, h->datalen, f, nf, NULL) != ERR_OK)
        for (size_t i = 0; i < HIT_NFIELDS; i++)
            f[i].raw = NULL; /* not an object: a hit with empty fields */
    int bad = 0;
    for (size_t i = 0; !bad && i < HIT_TEXT; i++) {
        json_t *v = proto_json_field_value(&f[i]);
        bad |= json_object_set_new(o, hittab_fields[i],
                                   v != NULL ? v : json_null());
    }
    struct buf text;
    buf_init(&text);
    if (f[HIT_TEXT].raw != NULL && f[HIT_TEXT].raw[0] == '"' &&
        proto_json_unescape(f[HIT_TEXT].raw, f[HIT_TEXT].raw_len, &text,
                            NULL) != ERR_OK)
        buf_reset(&text);
    if (!bad)
        bad |= json_object_set_new(o, "score", json_real(h->score));
    if (!bad && snippets)
        bad |= snippet_pair(an, text.data != NULL ? text.data : "", text.len, q,
                            o) != ERR_OK;
    buf_fini(&text);
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *facet_json(const struct xap_facet *f, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; a != NULL && i < n; i++) {
        json_t *v = json_pack("{s:s,s:i}", "value", f[i].value, "count",
                              (json_int_t)f[i].count);
        if (v == NULL || json_array_append_new(a, v) != 0) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

/* The answer body shared by the line protocol and HTTP. `res` may be NULL
 * (a query with nothing to search for: no hits). */
static int results_json(struct req *r, struct xap_results *res,
                        const struct hit_src *src,
                        const struct txt_analyzer *an, struct qry_out *q)
{
    const struct proto_search *s = &r->search;
    json_t *hits = json_array();
    int snippets = s->snippets;
    for (size_t i = 0; hits != NULL && res != NULL && i < res->nhits; i++) {
        /* past the deadline the remaining hits come without snippets */
        if (snippets && deadline_passed(&r->deadline)) {
            snippets = 0;
            r->timed_out = 1;
        }
        json_t *h = hit_json(&res->hits[i], src, an, q, snippets);
        if (h == NULL || json_array_append_new(hits, h) != 0) {
            json_decref(hits);
            hits = NULL;
        }
    }
    json_t *facets = json_null();
    if (s->facets)
        facets = json_pack("{s:o*,s:o*}", "council",
                           facet_json(res != NULL ? res->councils : NULL,
                                      res != NULL ? res->ncouncils : 0),
                           "year",
                           facet_json(res != NULL ? res->years : NULL,
                                      res != NULL ? res->nyears : 0));
    json_t *missing = NULL; /* only on a partial answer */
    for (size_t i = 0; res != NULL && i < res->nmissing; i++) {
        if (missing == NULL)
            missing = json_array();
        if (missing != NULL)
            json_array_append_new(missing, json_string(res->missing[i]));
    }
    json_t *o = json_pack(
        "{s:{s:I,s:I,s:I},s:I,s:I,s:f,s:o*,s:o*,s:o,s:b,s:b}", "total",
        "estimated", (json_int_t)(res ? res->estimated : 0), "lower",
        (json_int_t)(res ? res->lower : 0), "upper",
        (json_int_t)(res ? res->upper : 0), "offset", (json_int_t)s->offset,
        "limit", (json_int_t)s->limit, "took_ms",
        (double)(server_now_ms() - r->t0), "hits", hits, "facets", facets,
        "suggestion",
        q->suggestion != NULL ? json_string(q->suggestion) : json_null(),
        "corrected", q->corrected, "timed_out", r->timed_out);
    if (o != NULL && missing != NULL &&
        (json_object_set_new(o, "partial", json_true()) != 0 ||
         json_object_set(o, "missing_shards", missing) != 0)) {
        json_decref(o);
        o = NULL;
    }
    json_decref(missing);
    if (o == NULL)
        return ERR_NOMEM;
    int rc = proto_json_append(o, &r->body, NULL);
    json_decref(o);
    r->nhits = res != NULL ? (uint32_t)res->nhits : 0;
    r->total = res != NULL ? res->estimated : 0;
    return rc;
}

/* The query q run on the index: *res, or an error reply in r. skip_data:
 * the hit table serves each hit's data, Xapian need not read it. */
static int search_index(struct worker_ctx *w, struct snap *sn, struct req *r,
                        const struct qry_out *q, int skip_data,
                        uint64_t revision, struct xap_results **res)
{
    const struct proto_search *s = &r->search;
    struct xap_search_req sr;
    struct err e;
    err_clear(&e);
    memset(&sr, 0, sizeof sr);
    sr.query = q->root;
    sr.filter_terms = (const char *const *)q->filters;
    sr.nfilter_terms = q->nfilters;
    sr.date_from = q->date_from[0] ? q->date_from : NULL;
    sr.date_to = q->date_to[0] ? q->date_to : NULL;
    sr.offset = s->offset;
    sr.limit = s->limit;
    sr.facets = s->facets;
    /* Exact facets need the whole match set (see README). */
    sr.check_at_least = s->facets ? xap_db_doccount(w->db) : 0;
    sr.max_expansion = LIMIT_EXPANSION;
    sr.by_date = q->browse;
    sr.bm25_k1 = w->rank->k1;
    sr.bm25_b = w->rank->b;
    sr.bm25_min_normlen = w->rank->min_normlen;
    sr.skip_data = skip_data;
    if (s->facets)
        sr.facet_src = hittab_facets(sn->hits, revision);
    sr.word_src = sn->words;
    sr.deadline = &r->deadline;
    int rc = xap_search(w->db, &sr, res, &e);
    if (rc != ERR_OK) {
        enum proto_code code = proto_code_from_err(rc, PROTO_BAD_QUERY);
        if (code == PROTO_INTERNAL)
            log_msg(LOG_ERROR, "search", "search failed: %s", e.msg);
        req_fail(r, code, e.msg);
    }
    return rc;
}

/* A STRICT search fails when a shard of the index did not answer: a
 * researcher's count must not silently leave a council out. */
static int shard_missing(struct req *r, const struct xap_results *res)
{
    if (res == NULL || res->nmissing == 0 || !r->search.strict)
        return 0;
    char msg[160];
    snprintf(msg, sizeof msg, "shard <%.80s> of the index is missing%s",
             res->missing[0], res->nmissing > 1 ? " (and others)" : "");
    req_fail(r, PROTO_UNAVAILABLE, msg);
    return 1;
}

void search_query(struct worker_ctx *w, struct snap *sn, struct req *r)
{
    const struct proto_search *s = &r->search;
    struct qry_env env = {w->stemmer, sn->lexicon,  sn->thesaurus, sn->vocab,
                          w->db,      &r->deadline, w->rank};
    struct txt_analyzer an = {w->stemmer, sn->lexicon};
    struct qry_out q;
    struct xap_results *res = NULL;
    struct err e;
    err_clear(&e);
    memset(&q, 0, sizeof q);
    struct hit_src src = {NULL, w->db};
    uint64_t revision = xap_db_revision(w->db);
    if (!s->snippets && hittab_serves(sn->hits, revision))
        src.tab = sn->hits;

    int rc = qry_build(&env, s->q, s->q_len, &q, &e);
    if (rc != ERR_OK) {
        req_fail(r, proto_code_from_err(rc, PROTO_BAD_QUERY), e.msg);
        goto done;
    }
    r->timed_out = q.timed_out;
    rc = qry_filters_finish(&q, r->search.council, s->from_key, s->to_key, &e);
    if (rc != ERR_OK) {
        req_fail(r, proto_code_from_err(rc, PROTO_BAD_REQUEST), e.msg);
        goto done;
    }
    if (q.root != NULL &&
        search_index(w, sn, r, &q, src.tab != NULL, revision, &res) != ERR_OK)
        goto done;
    if (shard_missing(r, res))
        goto done;
    /* a search that reopened onto a revision the table does not serve
     * reads each hit's data (hit_json) */
    if (res != NULL && !hittab_serves(src.tab, res->revision))
        src.tab = NULL;
    if (res != NULL && res->timed_out)
        r->timed_out = 1;
    if (res != NULL && r->exclude_file != NULL) { /* SIMILAR */
        work_drop_file(w, sn, res, r->exclude_file, r->keep);
        r->search.limit = r->keep;
    }
    r->code = PROTO_OK;
    if (results_json(r, res, &src, &an, &q) != ERR_OK)
        req_fail(r, PROTO_INTERNAL, "out of memory writing the answer");
done:
    xap_results_free(res);
    qry_out_fini(&q);
}

/* The indexer stores a section's text as a byte range ("start",
 * "length") of the item's "text"; answers carry the text itself. A range
 * that does not fit, or cuts a UTF-8 character, becomes "". */
static void expand_sections(json_t *doc)
{
    const char *text = json_string_value(json_object_get(doc, DATA_TEXT));
    size_t tlen =
        text != NULL ? json_string_length(json_object_get(doc, DATA_TEXT)) : 0;
    json_t *secs = json_object_get(doc, DATA_SECTIONS);
    size_t i;
    json_t *s;
    json_array_foreach(secs, i, s)
    {
        json_t *js = json_object_get(s, DATA_SEC_START);
        json_t *jl = json_object_get(s, DATA_SEC_LENGTH);
        if (!json_is_integer(js) || !json_is_integer(jl))
            continue;
        json_int_t a = json_integer_value(js), n = json_integer_value(jl);
        int ok = text != NULL && a >= 0 && n >= 0 && (size_t)a <= tlen &&
                 (size_t)n <= tlen - (size_t)a &&
                 !utf8_is_cont((unsigned char)text[a]) &&
                 ((size_t)(a + n) == tlen ||
                  !utf8_is_cont((unsigned char)text[a + n]));
        json_object_set_new(s, DATA_SEC_TEXT,
                            ok ? json_stringn(text + a, (size_t)n)
                               : json_string(""));
        json_object_del(s, DATA_SEC_START);
        json_object_del(s, DATA_SEC_LENGTH);
    }
}

/* The stored document with id `id`, parsed; NULL if there is none. */
static json_t *load_doc(xap_db *db, const char *id, int *rc, struct err *e)
{
    char term[PROTO_ID_MAX + sizeof PFX_ID];
    snprintf(term, sizeof term, "%s%s", PFX_ID, id);
    char *data = NULL;
    size_t len = 0;
    *rc = xap_db_get_data(db, term, &data, &len, e);
    if (*rc != ERR_OK)
        return NULL;
    json_t *doc = json_loadb(data, len, 0, NULL);
    free(data);
    if (doc != NULL && !json_is_object(doc)) {
        json_decref(doc);
        doc = NULL;
    }
    return doc;
}

/* An item's answer also lists the other items of its meeting, from the
 * meeting record's list ("meeting_items": id, label, title). A record
 * that cannot be read leaves the list empty: the item is still served. */
static void add_meeting_items(xap_db *db, json_t *doc)
{
    const char *mid = json_string_value(json_object_get(doc, DATA_MEETING));
    const char *own = json_string_value(json_object_get(doc, DATA_ID));
    if (mid == NULL || own == NULL || strcmp(mid, own) == 0 ||
        strlen(mid) > PROTO_ID_MAX)
        return; /* a meeting record lists its items itself ("items") */
    struct err e;
    err_clear(&e);
    int rc;
    json_t *rec = load_doc(db, mid, &rc, &e);
    json_t *list = json_array();
    size_t i;
    json_t *it;
    json_array_foreach(json_object_get(rec, DATA_ITEMS), i, it)
    {
        const char *id = json_string_value(json_object_get(it, DATA_ID));
        if (list != NULL && id != NULL && strcmp(id, own) != 0)
            json_array_append(list, it);
    }
    if (rec == NULL && rc != ERR_NOTFOUND)
        log_msg(LOG_WARN, "search", "meeting record <%.200s>: %s", mid, e.msg);
    json_decref(rec);
    if (list != NULL)
        json_object_set_new(doc, "meeting_items", list);
}

static void run_item(struct worker_ctx *w, struct req *r)
{
    struct err e;
    err_clear(&e);
    char term[PROTO_ID_MAX + sizeof PFX_ID];
    snprintf(term, sizeof term, "%s%s", PFX_ID, r->id);
    char *data = NULL;
    size_t len = 0;
    int rc = xap_db_get_data(w->db, term, &data, &len, &e);
    if (rc == ERR_NOTFOUND) {
        char msg[ERR_MSG_MAX];
        snprintf(msg, sizeof msg, "no item <%.200s>", r->id);
        req_fail(r, PROTO_NOT_FOUND, msg);
        return;
    }
    if (rc != ERR_OK) {
        log_msg(LOG_ERROR, "search", "item look-up failed: %s", e.msg);
        req_fail(r, PROTO_INTERNAL, e.msg);
        return;
    }
    json_t *doc = json_loadb(data, len, 0, NULL);
    free(data);
    if (doc == NULL || !json_is_object(doc)) {
        json_decref(doc);
        req_fail(r, PROTO_INTERNAL, "stored item is not JSON");
        return;
    }
    /* The server's own file paths stay on the server. */
    json_object_del(doc, DATA_PATH);
    expand_sections(doc);
    add_meeting_items(w->db, doc);
    r->code = PROTO_OK;
    if (proto_json_append(doc, &r->body, NULL) != ERR_OK)
        req_fail(r, PROTO_INTERNAL, "out of memory writing the answer");
    r->nhits = 1;
    r->total = 1;
    json_decref(doc);
}

void search_run(struct worker_ctx *w, struct req *r)
{
    struct snap *sn = snap_acquire(w->snaps);
    worker_refresh(w);
    if (r->kind == REQ_SEARCH)
        search_query(w, sn, r);
    else if (r->kind == REQ_WORK)
        work_run(w, sn, r);
    else
        run_item(w, r);
    snap_release(w->snaps, sn);
    r->ms = server_now_ms() - r->t0;
}
