/* SPDX-License-Identifier: GPL-2.0-or-later */
/* docdata.c - the stored JSON of one document (what results and fetch
 * show): its fields, its sections as byte ranges of its text, and for a
 * meeting record the list of its items; cut to fit INDEXER_DATA_MAX. */
#include "docbuild_internal.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "core/parse.h"
#include "xap/schema.h"

/* Items a meeting record lists (id, label, title); the agenda text still
 * holds every one. Bounds the record's stored JSON. */
#define MEETING_ITEMS_MAX 1000
/* Bytes of an item title in a meeting record's item list. */
#define MEETING_TITLE_MAX 256

/* A JSON string of at most `max` bytes of `s` (cut at a character, "…"
 * added); invalid UTF-8 bytes become '?' so jansson accepts it. */
static json_t *jstr(const char *s, size_t max)
{
    if (s == NULL)
        return json_null();
    size_t n = strlen(s);
    int cut = n > max;
    if (cut) {
        n = utf8_floor(s, max);
    }
    if (!cut && utf8_valid(s, n))
        return json_stringn(s, n);
    char *c = malloc(n + 4);
    if (c == NULL)
        return NULL;
    memcpy(c, s, n);
    for (size_t i = 0; i < n; i++) {
        /* keep ASCII and valid characters, '?' for other bytes */
        if ((unsigned char)c[i] >= 0x80) {
            size_t l = utf8_len(c + i, n - i);
            if (l > 0)
                i += l - 1;
            else
                c[i] = '?';
        }
    }
    size_t len = n;
    if (cut) {
        memcpy(c + n, "\xe2\x80\xa6", 3); /* … */
        len += 3;
    }
    json_t *j = json_stringn(c, len);
    free(c);
    return j;
}

static char *item_text(const struct mnt_item *it)
{
    struct buf b = {0};
    if (it->title != NULL)
        buf_puts(&b, it->title);
    if (it->body != NULL && *it->body != '\0') {
        if (b.len > 0)
            buf_puts(&b, "\n\n");
        buf_puts(&b, it->body);
    }
    return buf_detach(&b);
}

/* A meeting record's list of its items: [{id, label, title}]. */
static json_t *items_json(const struct docinfo *di, size_t cap)
{
    json_t *a = json_array();
    size_t n =
        di->m->nitems < MEETING_ITEMS_MAX ? di->m->nitems : MEETING_ITEMS_MAX;
    size_t tmax = cap < MEETING_TITLE_MAX ? cap : MEETING_TITLE_MAX;
    for (size_t i = 0; a != NULL && i < n; i++) {
        const struct mnt_item *it = &di->m->items[i];
        json_t *o = json_object();
        json_object_set_new(o, DATA_ID, jstr(di->ids[i], 512));
        json_object_set_new(o, DATA_LABEL, jstr(it->label, 64));
        json_object_set_new(o, DATA_TITLE, jstr(it->title, tmax));
        json_array_append_new(a, o);
    }
    return a;
}

/* The item's sections: [{name, start, length}] where the section's text
 * is found in order in `text` within its first `cap` bytes, else
 * [{name, text}]. A section's text is stored once: fetching and
 * decompressing each hit's data was a sixth of a search's time with the
 * text stored twice. NULL if out of memory. */
static json_t *sections_json(const struct mnt_item *it, const char *text,
                             size_t cap)
{
    json_t *secs = json_array();
    size_t left = cap; /* sections share one budget */
    size_t tlen = strlen(text), kept = tlen < cap ? tlen : cap, at = 0;
    for (size_t i = 0; secs != NULL && i < it->nsections; i++) {
        const char *st = it->sections[i].text ? it->sections[i].text : "";
        size_t n = strlen(st);
        json_t *s = json_object();
        json_object_set_new(s, DATA_SEC_NAME, jstr(it->sections[i].name, 256));
        const char *hit = n > 0 ? strstr(text + at, st) : NULL;
        size_t off = hit != NULL ? (size_t)(hit - text) : 0;
        if (hit != NULL && off + n <= kept) {
            json_object_set_new(s, DATA_SEC_START,
                                json_integer((json_int_t)off));
            json_object_set_new(s, DATA_SEC_LENGTH,
                                json_integer((json_int_t)n));
            at = off + n;
        } else {
            json_object_set_new(s, DATA_SEC_TEXT, jstr(st, left));
            left -= n < left ? n : left;
        }
        json_array_append_new(secs, s);
    }
    return secs;
}

/* The meeting's fields every document of it stores. */
static void meeting_json(json_t *o, const struct docinfo *di)
{
    const struct mnt_meeting *m = di->m;
    const char *base = strrchr(di->path, '/');
    base = base != NULL ? base + 1 : di->path;
    json_object_set_new(o, DATA_ID, jstr(di->id, 512));
    json_object_set_new(o, DATA_KIND, json_string(di->kind));
    json_object_set_new(o, DATA_MEETING, jstr(di->meeting, 512));
    json_object_set_new(o, DATA_FILE, jstr(base, 512));
    json_object_set_new(o, DATA_PATH, jstr(di->path, 512));
    json_object_set_new(o, DATA_URL, jstr(m->url, MNT_URL_MAX));
    json_object_set_new(o, DATA_COUNCIL, jstr(m->council, 512));
    json_object_set_new(o, DATA_AUTHORITY, jstr(m->authority, 512));
    json_object_set_new(o, DATA_DATE, jstr(m->date, 64));
    json_object_set_new(o, DATA_PLACE, jstr(m->place, 512));
    json_object_set_new(o, DATA_LAYOUT, jstr(m->layout, 64));
    json_object_set_new(o, DATA_FORMAT, jstr(m->format, 16));
    json_object_set_new(o, DATA_CONFIDENCE, json_real(m->confidence));
}

/* The document as JSON, each long text cut at `cap` bytes. */
static char *item_json(const struct docinfo *di, const struct mnt_item *it,
                       const char *text, size_t cap)
{
    const struct mnt_meeting *m = di->m;
    json_t *o = json_object();
    json_t *secs = sections_json(it, text, cap);
    if (o == NULL || secs == NULL) {
        json_decref(o);
        json_decref(secs);
        return NULL;
    }
    meeting_json(o, di);
    if (it->closed)
        json_object_set_new(o, DATA_CLOSED, json_true());
    if (it->ocr_conf >= 0)
        json_object_set_new(o, DATA_OCR_CONF, json_integer((int)it->ocr_conf));
    if (it == m->items && m->nwarnings > 0) { /* the meeting's, once */
        json_t *w = json_array();
        for (size_t i = 0; i < m->nwarnings; i++)
            json_array_append_new(w, jstr(m->warnings[i], 512));
        json_object_set_new(o, DATA_WARNINGS, w);
    }
    json_object_set_new(o, DATA_LABEL, jstr(it->label, 64));
    json_object_set_new(o, DATA_TITLE, jstr(it->title, 4096));
    json_object_set_new(o, DATA_CASE, jstr(it->case_no, 256));
    json_object_set_new(o, DATA_FIRST_LINE, json_integer(it->first_line));
    json_object_set_new(o, DATA_LAST_LINE, json_integer(it->last_line));
    json_object_set_new(o, DATA_ATTENDEES, jstr(di->attendees, cap));
    json_object_set_new(o, DATA_SECTIONS, secs);
    json_object_set_new(o, DATA_TEXT, jstr(text, cap));
    if (di->ids != NULL)
        json_object_set_new(o, DATA_ITEMS, items_json(di, cap));
    /* confidence and OCR figures: three digits are plenty */
    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER |
                                JSON_REAL_PRECISION(3));
    json_decref(o);
    return s;
}

int docdata_set(xap_doc *d, const struct docinfo *di, const struct mnt_item *it,
                docbuild_warn_fn warn, void *ctx, struct err *e)
{
    char *text = item_text(it);
    if (text == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    size_t cap = (size_t)-1;
    char *js = NULL;
    for (int tries = 0; tries < 12; tries++) {
        js = item_json(di, it, text, cap);
        if (js == NULL || strlen(js) <= INDEXER_DATA_MAX)
            break;
        free(js);
        js = NULL;
        cap = cap == (size_t)-1 ? INDEXER_DATA_MAX / 3 : cap / 2;
    }
    free(text);
    if (js == NULL)
        return err_set(e, ERR_NOMEM, "cannot build the JSON of <%s>", di->id);
    if (cap != (size_t)-1 && warn != NULL) {
        char msg[300];
        snprintf(msg, sizeof msg,
                 "item <%.200s>: stored text cut to %zu bytes (search "
                 "sees up to %zu)",
                 di->id, cap, INDEXER_ITEM_TEXT_MAX);
        warn(ctx, msg);
    }
    int rc = xap_doc_set_data(d, js, strlen(js), e);
    free(js);
    return rc;
}
