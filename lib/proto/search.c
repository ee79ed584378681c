/* SPDX-License-Identifier: GPL-2.0-or-later */
/* search.c - search parameters: from the JSON of a SEARCH line, from an
 * HTTP query string, checked the same way for both, and back to JSON. */
#include "proto/proto.h"

#include <stdlib.h>
#include <string.h>

#include "core/parse.h"

void proto_search_init(struct proto_search *s)
{
    memset(s, 0, sizeof *s);
    s->limit = PROTO_LIMIT_DEF;
    s->facets = 1;
    s->snippets = 1;
}

void proto_search_fini(struct proto_search *s)
{
    free(s->q);
    free(s->council);
    free(s->from);
    free(s->to);
    proto_search_init(s);
}

static int all_blank(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return 0;
    return 1;
}

int proto_search_check(struct proto_search *s, struct err *e)
{
    if (s->q == NULL)
        return err_set(e, ERR_INVAL, "missing parameter <q>");
    if (all_blank(s->q, s->q_len))
        return err_set(e, ERR_INVAL, "empty query");
    if (memchr(s->q, '\0', s->q_len) != NULL ||
        !proto_utf8_valid(s->q, s->q_len))
        return err_set(e, ERR_INVAL, "query is not valid UTF-8 text");
    if (s->council != NULL && strlen(s->council) > PROTO_COUNCIL_MAX)
        return err_set(e, ERR_LIMIT, "council longer than <%d> bytes",
                       PROTO_COUNCIL_MAX);
    s->from_key[0] = s->to_key[0] = '\0';
    if (s->from != NULL && parse_date(s->from, 0, s->from_key, e) != ERR_OK)
        return ERR_INVAL;
    if (s->to != NULL && parse_date(s->to, 1, s->to_key, e) != ERR_OK)
        return ERR_INVAL;
    if (s->from_key[0] && s->to_key[0] && strcmp(s->from_key, s->to_key) > 0)
        return err_set(e, ERR_INVAL, "from <%s> is after to <%s>", s->from,
                       s->to);
    if (s->limit > PROTO_LIMIT_MAX)
        return err_set(e, ERR_LIMIT, "limit <%u>, max <%d>", (unsigned)s->limit,
                       PROTO_LIMIT_MAX);
    if (s->offset > PROTO_WINDOW_MAX || s->offset + s->limit > PROTO_WINDOW_MAX)
        return err_set(e, ERR_LIMIT, "offset+limit <%llu>, max <%d>",
                       (unsigned long long)s->offset + s->limit,
                       PROTO_WINDOW_MAX);
    return ERR_OK;
}

/* ---- JSON -------------------------------------------------------------- */

static int json_take_str(json_t *v, const char *key, char **dst,
                         size_t *dst_len, struct err *e)
{
    if (!json_is_string(v))
        return err_set(e, ERR_INVAL, "<%s> must be a string", key);
    size_t len = json_string_length(v);
    char *p = malloc(len + 1);
    if (p == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    memcpy(p, json_string_value(v), len + 1);
    free(*dst);
    *dst = p;
    if (dst_len != NULL)
        *dst_len = len;
    return ERR_OK;
}

static int json_take_u32(json_t *v, const char *key, uint32_t *dst,
                         struct err *e)
{
    if (!json_is_integer(v))
        return err_set(e, ERR_INVAL, "<%s> must be an integer", key);
    json_int_t n = json_integer_value(v);
    if (n < 0 || n > (json_int_t)UINT32_MAX)
        return err_set(e, ERR_INVAL, "<%s> out of range", key);
    *dst = (uint32_t)n;
    return ERR_OK;
}

static int json_take(const char *key, json_t *v, struct proto_search *s,
                     struct err *e)
{
    if (strcmp(key, "q") == 0)
        return json_take_str(v, key, &s->q, &s->q_len, e);
    if (strcmp(key, "council") == 0)
        return json_is_null(v) ? ERR_OK
                               : json_take_str(v, key, &s->council, NULL, e);
    if (strcmp(key, "from") == 0)
        return json_is_null(v) ? ERR_OK
                               : json_take_str(v, key, &s->from, NULL, e);
    if (strcmp(key, "to") == 0)
        return json_is_null(v) ? ERR_OK
                               : json_take_str(v, key, &s->to, NULL, e);
    if (strcmp(key, "offset") == 0)
        return json_take_u32(v, key, &s->offset, e);
    if (strcmp(key, "limit") == 0)
        return json_take_u32(v, key, &s->limit, e);
    if (strcmp(key, "facets") == 0) {
        if (!json_is_boolean(v))
            return err_set(e, ERR_INVAL, "<facets> must be true or false");
        s->facets = json_is_true(v);
        return ERR_OK;
    }
    if (strcmp(key, "snippets") == 0) {
        if (!json_is_boolean(v))
            return err_set(e, ERR_INVAL, "<snippets> must be true or false");
        s->snippets = json_is_true(v);
        return ERR_OK;
    }
    if (strcmp(key, "strict") == 0) {
        if (!json_is_boolean(v))
            return err_set(e, ERR_INVAL, "<strict> must be true or false");
        s->strict = json_is_true(v);
        return ERR_OK;
    }
    return err_set(e, ERR_INVAL, "unknown key <%.40s>", key);
}

int proto_search_from_json(const char *json, size_t len, struct proto_search *s,
                           struct err *e)
{
    json_error_t jerr;
    json_t *o = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
    if (o == NULL)
        return err_set(e, ERR_INVAL, "bad JSON at column <%d>: %s", jerr.column,
                       jerr.text);
    int rc = ERR_OK;
    if (!json_is_object(o)) {
        rc = err_set(e, ERR_INVAL, "SEARCH wants a JSON object");
    } else {
        const char *key;
        json_t *v;
        json_object_foreach(o, key, v)
        {
            rc = json_take(key, v, s, e);
            if (rc != ERR_OK)
                break;
        }
    }
    json_decref(o);
    return rc != ERR_OK ? rc : proto_search_check(s, e);
}

/* ---- HTTP query string ------------------------------------------------- */

static int form_bool(const char *key, const char *v, int *out, struct err *e)
{
    static const char *const yes[] = {"1", "true", "on", "yes"};
    static const char *const no[] = {"0", "false", "off", "no"};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
        if (strcmp(v, yes[i]) == 0)
            return *out = 1, ERR_OK;
        if (strcmp(v, no[i]) == 0)
            return *out = 0, ERR_OK;
    }
    return err_set(e, ERR_INVAL, "<%s> must be 1 or 0", key);
}

static int form_str(char **dst, size_t *dst_len, struct buf *val)
{
    if (val->len == 0 && dst_len == NULL)
        return ERR_OK; /* council= or from= left empty in a form */
    if (dst_len != NULL)
        *dst_len = val->len;
    *dst = buf_detach(val);
    return ERR_OK;
}

static int form_take(const char *key, struct buf *val, struct proto_search *s,
                     struct err *e)
{
    if (strcmp(key, "q") == 0)
        return form_str(&s->q, &s->q_len, val);
    if (strcmp(key, "council") == 0)
        return form_str(&s->council, NULL, val);
    if (strcmp(key, "from") == 0)
        return form_str(&s->from, NULL, val);
    if (strcmp(key, "to") == 0)
        return form_str(&s->to, NULL, val);
    const char *v = val->data != NULL ? val->data : "";
    if (strcmp(key, "offset") == 0)
        return parse_u32(v, &s->offset, e) == ERR_OK
                   ? ERR_OK
                   : err_set(e, ERR_INVAL, "<offset> must be a number");
    if (strcmp(key, "limit") == 0)
        return parse_u32(v, &s->limit, e) == ERR_OK
                   ? ERR_OK
                   : err_set(e, ERR_INVAL, "<limit> must be a number");
    if (strcmp(key, "facets") == 0)
        return form_bool(key, v, &s->facets, e);
    if (strcmp(key, "snippets") == 0)
        return form_bool(key, v, &s->snippets, e);
    if (strcmp(key, "strict") == 0)
        return form_bool(key, v, &s->strict, e);
    return ERR_OK; /* unknown keys are ignored (cache busters, buttons) */
}

/* Bit per known key, to reject repeats. */
static unsigned form_key_bit(const char *key)
{
    static const char *const keys[] = {"q",      "council",  "from",
                                       "to",     "offset",   "limit",
                                       "facets", "snippets", "strict"};
    for (unsigned i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(key, keys[i]) == 0)
            return 1u << i;
    return 0;
}

struct form_ctx {
    struct proto_search *s;
    unsigned seen; /* form_key_bit()s met so far */
};

static int form_param(void *ctx, const char *key, struct buf *val,
                      struct err *e)
{
    struct form_ctx *c = ctx;
    unsigned bit = form_key_bit(key);
    if (bit & c->seen)
        return err_set(e, ERR_INVAL, "parameter <%s> repeated", key);
    c->seen |= bit;
    return form_take(key, val, c->s, e);
}

int proto_search_from_form(const char *qs, size_t len, struct proto_search *s,
                           struct err *e)
{
    struct form_ctx c = {s, 0};
    int rc = proto_form_walk(qs, len, form_param, &c, e);
    return rc != ERR_OK ? rc : proto_search_check(s, e);
}

/* ---- Back to JSON (clients) -------------------------------------------- */

int proto_search_to_json(const struct proto_search *s, struct buf *out,
                         struct err *e)
{
    json_t *o = json_object();
    if (o == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    int bad = json_object_set_new(
        o, "q", json_stringn(s->q != NULL ? s->q : "", s->q_len));
    if (s->council != NULL)
        bad |= json_object_set_new(o, "council", json_string(s->council));
    if (s->from != NULL)
        bad |= json_object_set_new(o, "from", json_string(s->from));
    if (s->to != NULL)
        bad |= json_object_set_new(o, "to", json_string(s->to));
    bad |= json_object_set_new(o, "offset", json_integer(s->offset));
    bad |= json_object_set_new(o, "limit", json_integer(s->limit));
    bad |= json_object_set_new(o, "facets", json_boolean(s->facets));
    if (!s->snippets)
        bad |= json_object_set_new(o, "snippets", json_false());
    if (s->strict)
        bad |= json_object_set_new(o, "strict", json_true());
    int rc = bad ? err_set(e, ERR_INVAL, "query or filter is not UTF-8")
                 : proto_json_append(o, out, e);
    json_decref(o);
    return rc;
}
