/* SPDX-License-Identifier: GPL-2.0-or-later */
/* work.c - the workbench's parameters (timeline, export, kwic, terms,
 * similar, coverage): from a JSON object or an HTTP query string. Both
 * forms become key/value strings first and go through one apply(), so
 * the two protocols cannot drift apart. */
#include "proto/proto.h"
#include "proto/proto_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/parse.h"

static const char *const kind_names[] = {"timeline", "export",  "kwic",
                                         "terms",    "similar", "coverage"};

int proto_work_kind_parse(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof kind_names / sizeof kind_names[0]; i++)
        if (strlen(kind_names[i]) == len &&
            strncasecmp(kind_names[i], name, len) == 0)
            return (int)i;
    return -1;
}

const char *proto_work_kind_name(enum proto_work_kind k)
{
    return (size_t)k < sizeof kind_names / sizeof kind_names[0] ? kind_names[k]
                                                                : "?";
}

void proto_work_init(struct proto_work *w, enum proto_work_kind kind)
{
    memset(w, 0, sizeof *w);
    proto_search_init(&w->s);
    w->s.limit = UINT32_MAX; /* "not given": proto_work_check() decides */
    w->s.facets = 0;
    w->kind = kind;
    w->width = PROTO_KWIC_WIDTH_DEF;
    if (kind == PROTO_WORK_EXPORT)
        w->format = PROTO_FMT_CSV;
}

void proto_work_fini(struct proto_work *w)
{
    proto_search_fini(&w->s);
    free(w->id);
    proto_work_init(w, w->kind);
}

/* Keys, one bit each: repeats in a query string are refused. */
static const char *const keys[] = {"q",      "council", "from", "to",
                                   "offset", "limit",   "by",   "format",
                                   "bom",    "width",   "sort", "id"};

static int key_index(const char *k)
{
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(k, keys[i]) == 0)
            return (int)i;
    return -1;
}

static int take_str(char **dst, size_t *dst_len, const char *v, size_t n,
                    struct err *e)
{
    char *p = malloc(n + 1);
    if (p == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    memcpy(p, v, n);
    p[n] = '\0';
    free(*dst);
    *dst = p;
    if (dst_len != NULL)
        *dst_len = n;
    return ERR_OK;
}

static int pick(const char *key, const char *v, const char *const *names,
                size_t n, int *out, struct err *e)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(v, names[i]) == 0)
            return *out = (int)i, ERR_OK;
    return err_set(e, ERR_INVAL, "<%s> <%.40s> not known", key, v);
}

/* One key's value as a NUL-ended string (`n` bytes, no NUL inside: the
 * callers checked). */
static int apply(struct proto_work *w, int k, const char *v, size_t n,
                 struct err *e)
{
    static const char *const by[] = {"year", "quarter", "month"};
    static const char *const fmt[] = {"json", "csv", "jsonl"};
    static const char *const sort[] = {"none", "left", "right", "date"};
    static const char *const yes[] = {"0", "1"};
    int i = 0, rc;
    switch (k) {
    case 0:
        return take_str(&w->s.q, &w->s.q_len, v, n, e);
    case 1:
        return n == 0 ? ERR_OK : take_str(&w->s.council, NULL, v, n, e);
    case 2:
        return n == 0 ? ERR_OK : take_str(&w->s.from, NULL, v, n, e);
    case 3:
        return n == 0 ? ERR_OK : take_str(&w->s.to, NULL, v, n, e);
    case 4:
        return parse_u32(v, &w->s.offset, NULL) == ERR_OK
                   ? ERR_OK
                   : err_set(e, ERR_INVAL, "<offset> must be a number");
    case 5:
        return parse_u32(v, &w->s.limit, NULL) == ERR_OK &&
                       w->s.limit != UINT32_MAX
                   ? ERR_OK
                   : err_set(e, ERR_INVAL, "<limit> must be a number");
    case 6:
        rc = pick("by", v, by, 3, &i, e);
        w->by = (enum proto_work_by)i;
        return rc;
    case 7:
        rc = pick("format", v, fmt, 3, &i, e);
        w->format = (enum proto_work_format)i;
        return rc;
    case 8:
        rc = pick("bom", v, yes, 2, &i, e);
        w->bom = i;
        return rc;
    case 9:
        return parse_u32(v, &w->width, NULL) == ERR_OK
                   ? ERR_OK
                   : err_set(e, ERR_INVAL, "<width> must be a number");
    case 10:
        rc = pick("sort", v, sort, 4, &i, e);
        w->sort = (enum proto_work_sort)i;
        return rc;
    case 11:
        return take_str(&w->id, &w->id_len, v, n, e);
    }
    return ERR_OK;
}

int proto_work_from_json(const char *json, size_t len, struct proto_work *w,
                         struct err *e)
{
    json_t *o;
    int rc = proto_json_object(json, len, proto_work_kind_name(w->kind), &o, e);
    if (rc != ERR_OK)
        return rc;
    const char *key;
    json_t *v;
    json_object_foreach(o, key, v)
    {
        if (rc != ERR_OK)
            break;
        int k = key_index(key);
        char num[24];
        if (k < 0) {
            rc = err_set(e, ERR_INVAL, "unknown key <%.40s>", key);
        } else if (json_is_null(v)) {
            continue;
        } else if (json_is_string(v)) {
            const char *s = json_string_value(v);
            size_t n = json_string_length(v);
            rc = memchr(s, '\0', n) != NULL
                     ? err_set(e, ERR_INVAL, "<%s> holds a NUL", key)
                     : apply(w, k, s, n, e);
        } else if (json_is_integer(v) && json_integer_value(v) >= 0) {
            snprintf(num, sizeof num, "%lld", (long long)json_integer_value(v));
            rc = k <= 3 || k == 11
                     ? err_set(e, ERR_INVAL, "<%s> must be a string", key)
                     : apply(w, k, num, strlen(num), e);
        } else if (json_is_boolean(v) && k == 8) {
            rc = apply(w, k, json_is_true(v) ? "1" : "0", 1, e);
        } else {
            rc = err_set(e, ERR_INVAL, "<%s> has the wrong type", key);
        }
    }
    json_decref(o);
    return rc != ERR_OK ? rc : proto_work_check(w, e);
}

struct form_ctx {
    struct proto_work *w;
    unsigned seen; /* key_index() bits met so far */
};

static int form_param(void *ctx, const char *key, struct buf *val,
                      struct err *e)
{
    struct form_ctx *c = ctx;
    int k = key_index(key);
    if (k < 0)
        return ERR_OK; /* unknown keys are ignored (cache busters) */
    if (c->seen & (1u << k))
        return err_set(e, ERR_INVAL, "parameter <%s> repeated", key);
    c->seen |= 1u << k;
    if (buf_reserve(val, 0) != ERR_OK)
        return err_set(e, ERR_NOMEM, "out of memory");
    val->data[val->len] = '\0';
    return apply(c->w, k, val->data, val->len, e);
}

int proto_work_from_form(const char *qs, size_t len, struct proto_work *w,
                         struct err *e)
{
    struct form_ctx c = {w, 0};
    int rc = proto_form_walk(qs, len, form_param, &c, e);
    return rc != ERR_OK ? rc : proto_work_check(w, e);
}

int proto_work_check(struct proto_work *w, struct err *e)
{
    struct proto_search *s = &w->s;
    if (s->q != NULL && proto_is_blank(s->q, s->q_len)) {
        free(s->q); /* an empty query: every item (where allowed) */
        s->q = NULL;
        s->q_len = 0;
    }
    if (s->q != NULL && !utf8_valid(s->q, s->q_len))
        return err_set(e, ERR_INVAL, "query is not valid UTF-8 text");
    if (s->q != NULL && s->q_len > 4096)
        return err_set(e, ERR_LIMIT, "query longer than <4096> bytes");
    int need_q = w->kind == PROTO_WORK_KWIC || w->kind == PROTO_WORK_TERMS;
    if (need_q && s->q == NULL)
        return err_set(e, ERR_INVAL, "missing parameter <q>");
    if (w->kind == PROTO_WORK_SIMILAR &&
        (w->id == NULL || w->id_len == 0 || w->id_len > PROTO_ID_MAX ||
         !utf8_valid(w->id, w->id_len)))
        return err_set(e, ERR_INVAL, "similar wants an item <id> of 1-%d bytes",
                       PROTO_ID_MAX);
    if (s->council != NULL && (strlen(s->council) > PROTO_COUNCIL_MAX ||
                               !utf8_valid(s->council, strlen(s->council))))
        return err_set(e, ERR_LIMIT,
                       "council longer than <%d> bytes or not "
                       "UTF-8",
                       PROTO_COUNCIL_MAX);
    if (proto_dates_check(s, e) != ERR_OK)
        return ERR_INVAL;
    if (w->width > PROTO_KWIC_WIDTH_MAX)
        return err_set(e, ERR_LIMIT, "width <%u>, max <%d>", (unsigned)w->width,
                       PROTO_KWIC_WIDTH_MAX);
    uint32_t def = 0, max = 0;
    switch (w->kind) {
    case PROTO_WORK_KWIC:
        def = PROTO_KWIC_LIMIT_DEF, max = PROTO_KWIC_LIMIT_MAX;
        break;
    case PROTO_WORK_TERMS:
        def = PROTO_TERMS_LIMIT_DEF, max = PROTO_LIMIT_MAX;
        break;
    case PROTO_WORK_SIMILAR:
        def = PROTO_LIMIT_DEF, max = PROTO_LIMIT_MAX;
        break;
    case PROTO_WORK_EXPORT: /* per reply on the line protocol; HTTP: all */
        def = PROTO_EXPORT_PAGE_MAX, max = PROTO_EXPORT_PAGE_MAX;
        break;
    default:
        def = max = 0;
    }
    if (s->limit == UINT32_MAX)
        s->limit = def;
    if (s->limit > max && max > 0)
        return err_set(e, ERR_LIMIT, "limit <%u>, max <%u>", (unsigned)s->limit,
                       (unsigned)max);
    if (w->kind == PROTO_WORK_KWIC && s->offset > 100000)
        return err_set(e, ERR_LIMIT, "offset <%u>, max <100000>",
                       (unsigned)s->offset);
    return ERR_OK;
}

int proto_work_to_json(const struct proto_work *w, struct buf *out,
                       struct err *e)
{
    static const char *const by[] = {"year", "quarter", "month"};
    static const char *const fmt[] = {"json", "csv", "jsonl"};
    static const char *const sort[] = {"none", "left", "right", "date"};
    const struct proto_search *s = &w->s;
    json_t *o = json_object();
    if (o == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    int bad = 0;
    if (s->q != NULL)
        bad |= json_object_set_new(o, "q", json_stringn(s->q, s->q_len));
    bad |= proto_filters_to_json(o, s);
    if (s->offset > 0)
        bad |= json_object_set_new(o, "offset", json_integer(s->offset));
    if (s->limit != UINT32_MAX)
        bad |= json_object_set_new(o, "limit", json_integer(s->limit));
    if (w->kind == PROTO_WORK_TIMELINE)
        bad |= json_object_set_new(o, "by", json_string(by[w->by]));
    if (w->kind == PROTO_WORK_EXPORT || w->kind == PROTO_WORK_KWIC)
        bad |= json_object_set_new(o, "format", json_string(fmt[w->format]));
    if (w->bom)
        bad |= json_object_set_new(o, "bom", json_true());
    if (w->kind == PROTO_WORK_KWIC) {
        bad |= json_object_set_new(o, "width", json_integer(w->width));
        bad |= json_object_set_new(o, "sort", json_string(sort[w->sort]));
    }
    if (w->id != NULL)
        bad |= json_object_set_new(o, "id", json_stringn(w->id, w->id_len));
    int rc = bad ? err_set(e, ERR_INVAL, "a parameter is not UTF-8")
                 : proto_json_append(o, out, e);
    json_decref(o);
    return rc;
}

int proto_csv_field(struct buf *out, const char *s, size_t len)
{
    int quote = 0;
    for (size_t i = 0; i < len && !quote; i++)
        quote = s[i] == '"' || s[i] == ',' || s[i] == '\n' || s[i] == '\r';
    if (!quote)
        return buf_append(out, s, len);
    int rc = buf_putc(out, '"');
    for (size_t i = 0; i < len && rc == ERR_OK; i++)
        rc = s[i] == '"' ? buf_append(out, "\"\"", 2) : buf_putc(out, s[i]);
    return rc == ERR_OK ? buf_putc(out, '"') : rc;
}
