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
#include "proto/proto.h"

const char *const hittab_fields[HITTAB_NFIELDS] = {
    "id", "council", "authority", "date", "label", "title", "file"};

struct hittab {
    uint64_t revision;
    uint32_t *off; /* by docid */
    uint32_t noff;
    struct buf arena;
};

struct build {
    struct hittab *t;
    struct buf val;
    struct err *e;
};

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
        memset(p + t->noff, 0, (size_t)(n - t->noff) * sizeof *p);
        t->off = p;
        t->noff = n;
    }
    if (t->arena.len >= HITTAB_BYTES_MAX)
        return err_set(b->e, ERR_LIMIT, "hit table past <%zu> bytes",
                       HITTAB_BYTES_MAX);
    struct proto_jfield f[HITTAB_NFIELDS];
    for (size_t i = 0; i < HITTAB_NFIELDS; i++)
        f[i].key = hittab_fields[i];
    if (proto_json_scan(data, len, f, HITTAB_NFIELDS, NULL) != ERR_OK)
        return 0; /* not ours: searches read this one's stored data */
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
    struct build b = {.t = t, .e = e};
    buf_init(&b.val);
    int rc = xap_db_each_data(db, put_doc, &b, e);
    buf_fini(&b.val);
    if (rc != ERR_OK) {
        hittab_free(t);
        return NULL;
    }
    return t;
}

void hittab_free(struct hittab *t)
{
    if (t == NULL)
        return;
    free(t->off);
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
    return t == NULL ? 0 : t->arena.len + (size_t)t->noff * sizeof *t->off;
}
