/* SPDX-License-Identifier: GPL-2.0-or-later */
/* inspect.c - look at files without an index: the blocks each reader made
 * of them (--dump-blocks, to explain a wrong split) and the meeting and
 * items the segmenter made of those (--parse, one JSON line each: a fast
 * way for scorers and tests). Same reading path as indexing (ingest.c). */
#include "indexer.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* Load and parse one file as indexing would; the caller fini()s `in`. */
static int load(const struct settings *s, const char *path, struct ingest *in,
                struct err *e)
{
    int rc = ingest_load(path, s->max_file_size, in, e);
    if (rc == ERR_OK)
        rc = ingest_parse(path, s->ocr_seconds, in, e);
    return rc;
}

int inspect_blocks(const struct settings *s, FILE *out)
{
    int status = EXIT_OK;
    for (size_t i = 0; i < s->npaths; i++) {
        const char *path = s->paths[i];
        struct ingest in = {0};
        struct ext_doc doc;
        struct err e = {0};
        ext_doc_init(&doc);
        int rc = ingest_load(path, s->max_file_size, &in, &e);
        if (rc == ERR_OK)
            rc = ingest_blocks(&in, s->ocr_seconds, &doc, &e);
        char *dump = rc == ERR_OK ? ext_dump(&doc) : NULL;
        if (rc == ERR_OK && dump != NULL)
            fprintf(out, "## %s\n%s", path, dump);
        else {
            fprintf(stderr, "referat-index: %s: %s\n", path,
                    rc == ERR_OK ? "out of memory" : e.msg);
            status = EXIT_FAILED;
        }
        free(dump);
        ext_doc_fini(&doc);
        ingest_fini(&in);
    }
    return status;
}

static json_t *jstr_or_null(const char *s)
{
    return s != NULL ? json_string(s) : json_null();
}

static json_t *meeting_json(const char *path, const struct ingest *in,
                            const struct mnt_meeting *m)
{
    json_t *o = json_object(), *w = json_array();
    json_object_set_new(o, "kind", json_string("meeting"));
    json_object_set_new(o, "file", json_string(path));
    /* its place in a file that holds several meetings, 1 otherwise */
    json_object_set_new(o, "meeting", json_integer((json_int_t)m->seq));
    /* the reader's answer ("ocr" for a scan), as stored, else the type */
    json_object_set_new(o, "format",
                        json_string(m->format ? m->format : in->format));
    json_object_set_new(o, "layout", jstr_or_null(m->layout));
    json_object_set_new(o, "council", jstr_or_null(m->council));
    json_object_set_new(o, "authority", jstr_or_null(m->authority));
    json_object_set_new(o, "date", jstr_or_null(m->date));
    json_object_set_new(o, "place", jstr_or_null(m->place));
    json_object_set_new(o, "attendees", jstr_or_null(m->attendees));
    json_object_set_new(o, "confidence", json_real(m->confidence));
    json_object_set_new(o, "agenda_items",
                        json_integer((json_int_t)m->agenda_items));
    json_object_set_new(o, "items", json_integer((json_int_t)m->nitems));
    for (size_t i = 0; i < m->nwarnings; i++)
        json_array_append_new(w, json_string(m->warnings[i]));
    json_object_set_new(o, "warnings", w);
    return o;
}

static json_t *item_json(const char *path, const struct mnt_item *it)
{
    json_t *o = json_object(), *secs = json_array();
    json_object_set_new(o, "kind", json_string("item"));
    json_object_set_new(o, "file", json_string(path));
    json_object_set_new(o, "item", jstr_or_null(it->label));
    json_object_set_new(o, "title", jstr_or_null(it->title));
    json_object_set_new(o, "case", jstr_or_null(it->case_no));
    json_object_set_new(o, "first_line", json_integer(it->first_line));
    json_object_set_new(o, "last_line", json_integer(it->last_line));
    json_object_set_new(o, "closed", json_boolean(it->closed));
    json_object_set_new(o, "attendees", jstr_or_null(it->attendees));
    if (it->ocr_conf >= 0)
        json_object_set_new(o, "ocr_conf", json_real(it->ocr_conf));
    for (size_t k = 0; k < it->nsections; k++)
        json_array_append_new(secs, json_string(it->sections[k].name));
    json_object_set_new(o, "sections", secs);
    json_object_set_new(
        o, "body_bytes",
        json_integer((json_int_t)strlen(it->body ? it->body : "")));
    return o;
}

static int print_json(FILE *out, json_t *o)
{
    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER |
                                JSON_REAL_PRECISION(3));
    json_decref(o);
    if (s == NULL)
        return ERR_NOMEM;
    fprintf(out, "%s\n", s);
    free(s);
    return ERR_OK;
}

int inspect_parse(const struct settings *s, FILE *out)
{
    int status = EXIT_OK;
    for (size_t i = 0; i < s->npaths; i++) {
        const char *path = s->paths[i];
        struct ingest in = {0};
        struct err e = {0};
        int rc = load(s, path, &in, &e);
        /* each meeting of the file, then its items */
        for (const struct mnt_meeting *m = &in.meeting; rc == ERR_OK && m;
             m = m->next) {
            rc = print_json(out, meeting_json(path, &in, m));
            for (size_t k = 0; rc == ERR_OK && k < m->nitems; k++)
                rc = print_json(out, item_json(path, &m->items[k]));
        }
        if (rc != ERR_OK) {
            fprintf(stderr, "referat-index: %s: %s\n", path,
                    e.msg[0] ? e.msg : "out of memory");
            status = EXIT_FAILED;
        }
        ingest_fini(&in);
    }
    return status;
}
