/* SPDX-License-Identifier: GPL-2.0-or-later */
/* hittab.c - the result-list fields of every item in memory (hittab.h).
 *
 * Layout: one arena; per document, for each field a tag byte (0: null,
 * 1: string) and the string with its NUL; `off[docid]` is the record's
 * offset + 1 (0: no such document). */
#include "hittab.h"

#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/parse.h"
#include "proto/proto.h"
#include "xap/schema.h"

const char *const hittab_fields[HITTAB_NFIELDS] = {
    DATA_ID,    DATA_COUNCIL, DATA_AUTHORITY, DATA_DATE,    DATA_LABEL,
    DATA_TITLE, DATA_FILE,    DATA_KIND,      DATA_MEETING, DATA_URL};

/* Distinct councils a facet table can name (uint16_t indexes). */
#define HITTAB_COUNCILS_MAX 65535

struct hittab {
    uint64_t revision;
    uint32_t *off; /* by docid */
    uint32_t noff;
    struct buf arena;
    /* facets: per docid council index + 1 and year (0: none) */
    uint16_t *council, *year;
    char **names; /* distinct councils, in first-seen order */
    size_t nnames, capnames;
    int facets_ok; /* every document is in the table */
    struct xap_facet_src src;
};

struct build {
    struct hittab *t;
    struct buf val;
    struct err *e;
    char *last;        /* council of the previous document: its index is */
    uint16_t last_idx; /* usually the same (a meeting's items) */
};

/* The index + 1 of council `c` (added if new); 0 when there are too many.
 * Linear in the councils: there are a few dozen per index. */
static uint16_t council_index(struct build *b, const char *c, size_t n)
{
    struct hittab *t = b->t;
    if (b->last != NULL && strlen(b->last) == n && memcmp(b->last, c, n) == 0)
        return b->last_idx;
    size_t i = 0;
    while (i < t->nnames &&
           (strlen(t->names[i]) != n || memcmp(t->names[i], c, n) != 0))
        i++;
    if (i == t->nnames) {
        if (t->nnames >= HITTAB_COUNCILS_MAX)
            return 0;
        if (t->nnames == t->capnames) {
            size_t cap = t->capnames ? 2 * t->capnames : 64;
            char **p = realloc(t->names, cap * sizeof *p);
            if (p == NULL)
                return 0;
            t->names = p;
            t->capnames = cap;
        }
        char *s = malloc(n + 1);
        if (s == NULL)
            return 0;
        memcpy(s, c, n);
        s[n] = '\0';
        t->names[t->nnames++] = s;
    }
    b->last = t->names[i];
    b->last_idx = (uint16_t)(i + 1);
    return b->last_idx;
}

/* The year of an item's date, as the indexer's year value slot has it;
 * 0 if none. */
static uint16_t year_of(const char *d, size_t n)
{
    char ymd[9];
    if (!parse_iso_day(d, n, ymd))
        return 0;
    return (uint16_t)((ymd[0] - '0') * 1000 + (ymd[1] - '0') * 100 +
                      (ymd[2] - '0') * 10 + (ymd[3] - '0'));
}

static int put_doc(void *ctx, uint32_t docid, const char *data, size_t len)
{
    struct build *b = ctx;
    struct hittab *t = b->t;
    if (docid >= t->noff) {
        uint32_t n = t->noff ? t->noff : 1024;
        while (n <= docid && n < UINT32_MAX / 2)
            n *= 2;
        if (n <= docid)
            return err_set(b->e, ERR_LIMIT, "document id <%u>", docid);
        uint32_t *p = realloc(t->off, (size_t)n * sizeof *p);
        if (p == NULL)
            return err_set(b->e, ERR_NOMEM, "out of memory");
        t->off = p;
        uint16_t *c = realloc(t->council, (size_t)n * sizeof *c);
        if (c == NULL)
            return err_set(b->e, ERR_NOMEM, "out of memory");
        t->council = c;
        uint16_t *y = realloc(t->year, (size_t)n * sizeof *y);
        if (y == NULL)
            return err_set(b->e, ERR_NOMEM, "out of memory");
        t->year = y;
        memset(p + t->noff, 0, (size_t)(n - t->noff) * sizeof *p);
        memset(c + t->noff, 0, (size_t)(n - t->noff) * sizeof *c);
        memset(y + t->noff, 0, (size_t)(n - t->noff) * sizeof *y);
        t->noff = n;
    }
    if (t->arena.len >= HITTAB_BYTES_MAX)
        return err_set(b->e, ERR_LIMIT, "hit table past <%zu> bytes",
                       HITTAB_BYTES_MAX);
    struct proto_jfield f[HITTAB_NFIELDS];
    for (size_t i = 0; i < HITTAB_NFIELDS; i++)
        f[i].key = hittab_fields[i];
    if (proto_json_scan(data, len, f, HITTAB_NFIELDS, NULL) != ERR_OK) {
        t->facets_ok = 0; /* facets would miss it */
        return 0;         /* not ours: searches read its stored data */
    }
    size_t at = t->arena.len;
    for (size_t i = 0; i < HITTAB_NFIELDS; i++) {
        buf_reset(&b->val);
        int str =
            f[i].raw != NULL && f[i].raw[0] == '"' &&
            proto_json_unescape(f[i].raw, f[i].raw_len, &b->val, NULL) ==
                ERR_OK &&
            memchr(b->val.data ? b->val.data : "", '\0', b->val.len) == NULL;
        if (buf_putc(&t->arena, str ? 1 : 0) != ERR_OK ||
            (str && buf_append(&t->arena, b->val.data ? b->val.data : "",
                               b->val.len) != ERR_OK) ||
            buf_putc(&t->arena, '\0') != ERR_OK)
            return err_set(b->e, ERR_NOMEM, "out of memory");
        const char *v = b->val.data != NULL ? b->val.data : "";
        if (str && i == 1 && b->val.len > 0) { /* council */
            t->council[docid] = council_index(b, v, b->val.len);
            if (t->council[docid] == 0)
                t->facets_ok = 0;
        } else if (str && i == 3) { /* date */
            t->year[docid] = year_of(v, b->val.len);
        }
    }
    t->off[docid] = (uint32_t)at + 1;
    return 0;
}

struct hittab *hittab_build(xap_db *db, struct err *e)
{
    struct hittab *t = calloc(1, sizeof *t);
    if (t == NULL) {
        err_set(e, ERR_NOMEM, "out of memory");
        return NULL;
    }
    buf_init(&t->arena);
    t->revision = xap_db_revision(db);
    t->facets_ok = 1;
    struct build b = {.t = t, .e = e};
    buf_init(&b.val);
    int rc = xap_db_each_data(db, put_doc, &b, e);
    buf_fini(&b.val);
    if (rc != ERR_OK) {
        hittab_free(t);
        return NULL;
    }
    t->src.ndocs = t->noff;
    t->src.council = t->council;
    t->src.year = t->year;
    t->src.council_names = (const char *const *)t->names;
    t->src.ncouncil_names = t->nnames;
    return t;
}

void hittab_free(struct hittab *t)
{
    if (t == NULL)
        return;
    free(t->off);
    free(t->council);
    free(t->year);
    for (size_t i = 0; i < t->nnames; i++)
        free(t->names[i]);
    free(t->names);
    buf_fini(&t->arena);
    free(t);
}

int hittab_serves(const struct hittab *t, uint64_t revision)
{
    if (t == NULL)
        return 0;
    uint32_t gen = (uint32_t)(t->revision >> 32);
    return gen != 0 ? (uint32_t)(revision >> 32) == gen
                    : revision == t->revision;
}

int hittab_get(const struct hittab *t, uint32_t docid,
               const char *val[HITTAB_NFIELDS], size_t len[HITTAB_NFIELDS])
{
    if (t == NULL || docid >= t->noff || t->off[docid] == 0)
        return 0;
    const char *p = t->arena.data + t->off[docid] - 1;
    for (size_t i = 0; i < HITTAB_NFIELDS; i++) {
        int str = *p++ == 1;
        size_t n = strlen(p);
        val[i] = str ? p : NULL;
        len[i] = n;
        p += n + 1;
    }
    return 1;
}

size_t hittab_bytes(const struct hittab *t)
{
    return t == NULL ? 0
                     : t->arena.len + (size_t)t->noff * (sizeof *t->off +
                                                         2 * sizeof *t->year);
}

const struct xap_facet_src *hittab_facets(const struct hittab *t,
                                          uint64_t revision)
{
    if (t == NULL || !t->facets_ok || t->noff == 0 || revision != t->revision)
        return NULL;
    return &t->src;
}
