/* SPDX-License-Identifier: GPL-2.0-or-later */
/* dump.c - `referat-index --dump`: what the indexer understood, one JSON
 * object per agenda item (meeting records left out), sorted by file and
 * then by item order. */
#include "indexer.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "xap/schema.h"

struct entry {
    json_t *doc; /* the stored data */
    const char *path, *id;
    json_int_t line;
};

struct entries {
    struct entry *v;
    size_t n, cap;
    xap_db *db;
    struct err *e;
};

static const char *str_of(json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s != NULL ? s : "";
}

/* Every document, not every id term: a dump must show what is stored
 * even where two items claim one id. */
static int add_entry(void *ctx, uint32_t docid, const char *data, size_t dlen)
{
    struct entries *es = ctx;
    json_error_t je;
    json_t *doc = json_loadb(data, dlen, 0, &je);
    if (doc == NULL || !json_is_object(doc)) {
        json_decref(doc);
        return err_set(es->e, ERR_BACKEND,
                       "document <%u>: stored data is not a JSON object",
                       (unsigned)docid);
    }
    /* meeting records are no agenda items: the dump shows what the
     * splitter made of each file */
    if (strcmp(str_of(doc, DATA_KIND), KIND_MEETING) == 0) {
        json_decref(doc);
        return 0;
    }
    if (es->n == es->cap) {
        size_t cap = es->cap ? 2 * es->cap : 256;
        struct entry *p = realloc(es->v, cap * sizeof *p);
        if (p == NULL) {
            json_decref(doc);
            return err_set(es->e, ERR_NOMEM, "out of memory");
        }
        es->v = p;
        es->cap = cap;
    }
    struct entry *en = &es->v[es->n++];
    en->doc = doc;
    en->path = str_of(doc, DATA_PATH);
    en->id = str_of(doc, DATA_ID);
    en->line = json_integer_value(json_object_get(doc, DATA_FIRST_LINE));
    return 0;
}

static int cmp_entry(const void *a, const void *b)
{
    const struct entry *x = a, *y = b;
    int c = strcmp(x->path, y->path);
    if (c != 0)
        return c;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return strcmp(x->id, y->id);
}

static json_t *summary(json_t *d)
{
    json_t *o = json_object();
    static const char *const keys[][2] = {
        {"file", DATA_FILE},
        {"council", DATA_COUNCIL},
        {"authority", DATA_AUTHORITY},
        {"date", DATA_DATE},
        {"place", DATA_PLACE},
        {"item", DATA_LABEL},
        {"title", DATA_TITLE},
        {"case", DATA_CASE},
        {"format", DATA_FORMAT},
        {"layout", DATA_LAYOUT},
        {"confidence", DATA_CONFIDENCE},
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        json_t *v = json_object_get(d, keys[i][1]);
        json_object_set(o, keys[i][0], v != NULL ? v : json_null());
    }
    json_t *names = json_array();
    json_t *secs = json_object_get(d, DATA_SECTIONS);
    size_t i;
    json_t *s;
    json_array_foreach(secs, i, s)
    {
        json_t *n = json_object_get(s, DATA_SEC_NAME);
        json_array_append(names, n != NULL ? n : json_null());
    }
    json_object_set_new(o, "sections", names);
    json_object_set(o, "first_line", json_object_get(d, DATA_FIRST_LINE));
    json_object_set(o, "last_line", json_object_get(d, DATA_LAST_LINE));
    json_object_set(o, "id", json_object_get(d, DATA_ID));
    /* only where they say something */
    static const char *const optional[] = {"closed", "ocr_conf", "warnings"};
    for (size_t k = 0; k < sizeof optional / sizeof *optional; k++) {
        json_t *v = json_object_get(d, optional[k]);
        if (v != NULL)
            json_object_set(o, optional[k], v);
    }
    return o;
}

int dump_index(const char *db, FILE *out, struct err *e)
{
    struct entries es = {.e = e};
    es.db = xap_db_open(db, e);
    if (es.db == NULL)
        return e->code;
    int rc = xap_db_each_data(es.db, add_entry, &es, e);
    if (rc == ERR_OK && es.n > 0)
        qsort(es.v, es.n, sizeof *es.v, cmp_entry);
    for (size_t i = 0; rc == ERR_OK && i < es.n; i++) {
        json_t *o = summary(es.v[i].doc);
        char *line = o != NULL
                         ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER)
                         : NULL;
        json_decref(o);
        if (line == NULL) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            break;
        }
        fputs(line, out);
        fputc('\n', out);
        free(line);
    }
    for (size_t i = 0; i < es.n; i++)
        json_decref(es.v[i].doc);
    free(es.v);
    xap_db_close(es.db);
    if (rc == ERR_OK && (fflush(out) != 0 || ferror(out)))
        rc = err_set(e, ERR_IO, "writing the dump failed");
    return rc;
}
