/* SPDX-License-Identifier: GPL-2.0-or-later */
/* docbuild.c - one meeting to index documents, one per agenda item, laid
 * out as xap/schema.h says: analysed text terms per field, boolean filter
 * terms, value slots, and the item as JSON for results and fetch. */
#include "indexer.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "core/parse.h"
#include "xap/schema.h"

/* Item labels longer than this are cut in ids ("3a" is typical). */
#define LABEL_MAX 32

/* ---- Text terms -------------------------------------------------------- */

/* One field being analysed into a document. */
struct field {
    xap_doc *d;
    const char *prefix; /* field prefix ("S", "XB", ...) or NULL */
    char zprefix[8];    /* PFX_STEM + prefix, set per field by add_field() */
    int body;           /* also the unprefixed body terms */
    int field_pos;      /* the prefixed copies carry positions too */
    uint32_t extra;     /* wdf added to body terms for this field */
    struct buf term;    /* scratch */
    struct err *e;
};

/* Add a + b as a term: with a position if pos > 0. A term too long for
 * Xapian is skipped (it could never be searched anyway). */
static int put(struct field *f, const char *a, const char *b, size_t blen,
               uint32_t pos, uint32_t wdf)
{
    buf_reset(&f->term);
    if (buf_puts(&f->term, a) != ERR_OK ||
        buf_append(&f->term, b, blen) != ERR_OK)
        return err_set(f->e, ERR_NOMEM, "out of memory");
    int rc = pos > 0
                 ? xap_doc_add_posting(f->d, f->term.data, f->term.len, pos,
                                       wdf, f->e)
                 : xap_doc_add_term(f->d, f->term.data, f->term.len, wdf, f->e);
    return rc == ERR_LIMIT ? ERR_OK : rc;
}

static int emit(void *ctx, const struct txt_term *t)
{
    struct field *f = ctx;
    int part = t->kind == TXT_PART_EXACT || t->kind == TXT_PART_STEM;
    int stem = t->kind == TXT_STEM || t->kind == TXT_PART_STEM;
    /* Positions are for phrases of words as written: stems and compound
     * parts (at their compound's position) carry none. Parts' positions
     * were 15% of the position table and matched no query phrase. */
    uint32_t pos = stem || part ? 0 : t->pos;
    uint32_t body = WDF_BODY + f->extra, own = WDF_BODY;
    if (part) {
        /* A compound part counts WDF_PART/WDF_BODY of the whole word in
         * the same field: found, but ranked below the word on its own,
         * and a title's compound still outweighs a passing mention. */
        body = body * WDF_PART / WDF_BODY;
        own = WDF_PART;
        if (body == 0)
            body = 1;
    }
    int rc = ERR_OK;
    if (f->body)
        rc = put(f, stem ? PFX_STEM : PFX_BODY, t->term, t->len, pos, body);
    if (rc == ERR_OK && f->prefix != NULL)
        rc = put(f, stem ? f->zprefix : f->prefix, t->term, t->len,
                 f->field_pos ? pos : 0, own);
    return rc;
}

/* Analyse `text` as one field, then leave a gap after it. */
static int add_field(const struct txt_analyzer *an, struct field *f,
                     const char *text, uint32_t *pos)
{
    if (text == NULL || *text == '\0')
        return ERR_OK;
    /* once per field, not per term: emit() is the indexer's hot path */
    snprintf(f->zprefix, sizeof f->zprefix, "%s%s", PFX_STEM,
             f->prefix != NULL ? f->prefix : "");
    int rc = txt_analyze(an, text, strlen(text), pos, emit, f);
    if (rc != ERR_OK && f->e != NULL && f->e->code == ERR_OK)
        err_set(f->e, rc, "analysing text failed");
    *pos += INDEXER_FIELD_GAP;
    return rc;
}

/* Which field a section is, by its folded name. Sections are also body
 * text: their prefixed copies carry no positions (a phrase in a section
 * is matched on the body's positions, see lib/query/expand.c); their
 * positions were a fifth of the position table. */
static void section_kind(const char *name, const char **prefix, uint32_t *extra)
{
    char f[64];
    *prefix = NULL;
    *extra = 0;
    if (name == NULL)
        return;
    txt_fold(name, strlen(name), f, sizeof f);
    if (strstr(f, "beslutning") !=
        NULL) { /* also "...hovedpointer/beslutning" */
        *prefix = PFX_DECISION;
        *extra = WDF_DECISION;
    } else if (strncmp(f, "resume", 6) == 0 ||
               strncmp(f, "sagsresume", 10) == 0 ||
               strncmp(f, "indstilling", 11) == 0) {
        *prefix = PFX_SUMMARY;
        *extra = WDF_SUMMARY;
    }
}

static int add_text_terms(xap_doc *d, const struct txt_analyzer *an,
                          const struct mnt_meeting *m,
                          const struct mnt_item *it, struct err *e)
{
    /* Titles and names are short, and a name's phrase must match within
     * the people field (a meeting's participants are in no body text):
     * their prefixed copies keep positions. */
    struct field f = {.d = d, .e = e, .body = 1, .field_pos = 1};
    uint32_t pos = 0;
    f.prefix = PFX_TITLE;
    f.extra = WDF_TITLE;
    int rc = add_field(an, &f, it->title, &pos);
    f.field_pos = 0;
    for (size_t i = 0; rc == ERR_OK && i < it->nsections; i++) {
        section_kind(it->sections[i].name, &f.prefix, &f.extra);
        rc = add_field(an, &f, it->sections[i].text, &pos);
    }
    f.prefix = NULL;
    f.extra = 0;
    if (rc == ERR_OK && it->nsections == 0)
        rc = add_field(an, &f, it->body, &pos);
    f.prefix = PFX_PEOPLE;
    f.field_pos = 1;
    if (rc == ERR_OK)
        rc = add_field(an, &f, it->attendees, &pos);
    /* The meeting's participant list belongs to no item's text, but a
     * search for a person in the people field should find the meeting. */
    f.body = 0;
    if (rc == ERR_OK && it->attendees == NULL)
        rc = add_field(an, &f, m->attendees, &pos);
    buf_fini(&f.term);
    return rc;
}

/* ---- Boolean terms and values ------------------------------------------ */

static int add_bool(xap_doc *d, struct buf *t, const char *prefix,
                    const char *s, size_t len, struct err *e)
{
    buf_reset(t);
    if (buf_puts(t, prefix) != ERR_OK || buf_append(t, s, len) != ERR_OK)
        return err_set(e, ERR_NOMEM, "out of memory");
    int rc = xap_doc_add_boolean(d, t->data, t->len, e);
    return rc == ERR_LIMIT ? ERR_OK : rc;
}

/* XC + each folded word of the council and the authority. */
static int add_council_terms(xap_doc *d, struct buf *t, const char *s,
                             struct err *e)
{
    if (s == NULL)
        return ERR_OK;
    struct txt_tokenizer tz;
    struct txt_tok tok;
    txt_tok_init(&tz, s, strlen(s));
    while (txt_tok_next(&tz, &tok)) {
        int rc = add_bool(d, t, PFX_COUNCIL, tok.word, tok.wlen, e);
        if (rc != ERR_OK)
            return rc;
    }
    return ERR_OK;
}

static int set_value(xap_doc *d, unsigned slot, const char *v, struct err *e)
{
    if (v == NULL || *v == '\0')
        return ERR_OK;
    return xap_doc_set_value(d, slot, v, strlen(v), e);
}

static int add_filters(xap_doc *d, const char *path, const char *id,
                       const struct mnt_meeting *m, const struct mnt_item *it,
                       struct err *e)
{
    struct buf t = {0};
    char ymd[9];
    int rc = add_bool(d, &t, PFX_ID, id, strlen(id), e);
    if (rc == ERR_OK)
        rc = add_bool(d, &t, PFX_FILE, path, strlen(path), e);
    if (rc == ERR_OK)
        rc = add_council_terms(d, &t, m->council, e);
    if (rc == ERR_OK)
        rc = add_council_terms(d, &t, m->authority, e);
    if (rc == ERR_OK && m->layout != NULL)
        rc = add_bool(d, &t, PFX_LAYOUT, m->layout, strlen(m->layout), e);
    if (rc == ERR_OK && it->case_no != NULL && *it->case_no != '\0') {
        size_t n = strlen(it->case_no);
        char *lc = malloc(n + 1);
        if (lc == NULL) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
        } else {
            for (size_t i = 0; i <= n; i++)
                lc[i] = (char)tolower((unsigned char)it->case_no[i]);
            rc = add_bool(d, &t, PFX_CASE, lc, n, e);
            free(lc);
        }
    }
    if (rc == ERR_OK && m->date != NULL &&
        parse_iso_day(m->date, strlen(m->date), ymd)) {
        rc = add_bool(d, &t, PFX_YEAR, ymd, 4, e);
        if (rc == ERR_OK)
            rc = xap_doc_set_value(d, SLOT_DATE, ymd, 8, e);
        if (rc == ERR_OK)
            rc = xap_doc_set_value(d, SLOT_YEAR, ymd, 4, e);
    }
    if (rc == ERR_OK)
        rc = set_value(d, SLOT_COUNCIL, m->council, e);
    if (rc == ERR_OK)
        rc = set_value(d, SLOT_AUTHORITY, m->authority, e);
    buf_fini(&t);
    return rc;
}

/* ---- Stored data ------------------------------------------------------- */

/* A JSON string of at most `max` bytes of `s` (cut at a character, "…"
 * added); invalid UTF-8 bytes become '?' so jansson accepts it. */
static json_t *jstr(const char *s, size_t max)
{
    if (s == NULL)
        return json_null();
    size_t n = strlen(s);
    int cut = n > max;
    if (cut) {
        n = max;
        while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
            n--;
    }
    if (!cut && txt_utf8_valid(s, n))
        return json_stringn(s, n);
    char *c = malloc(n + 4);
    if (c == NULL)
        return NULL;
    memcpy(c, s, n);
    for (size_t i = 0; i < n; i++) {
        /* a crude repair: keep ASCII, drop what does not validate */
        if ((unsigned char)c[i] >= 0x80 && !txt_utf8_valid(c + i, 1)) {
            size_t l = 2;
            while (l <= 4 && i + l <= n && !txt_utf8_valid(c + i, l))
                l++;
            if (l <= 4 && i + l <= n)
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

/* The item as JSON, each long text cut at `cap` bytes. */
static char *item_json(const char *path, const char *id,
                       const struct mnt_meeting *m, const struct mnt_item *it,
                       const char *text, size_t cap)
{
    const char *base = strrchr(path, '/');
    base = base != NULL ? base + 1 : path;
    json_t *o = json_object();
    json_t *secs = json_array();
    if (o == NULL || secs == NULL) {
        json_decref(o);
        json_decref(secs);
        return NULL;
    }
    /* A section's text is stored once: as a byte range of "text" (which
     * holds the title and every section in order), inline only where it
     * cannot be found there. Fetching and decompressing each hit's data
     * was a sixth of a search's time with the text stored twice. */
    size_t left = cap; /* sections share one budget */
    size_t tlen = strlen(text), kept = tlen < cap ? tlen : cap, at = 0;
    for (size_t i = 0; i < it->nsections; i++) {
        const char *st = it->sections[i].text ? it->sections[i].text : "";
        size_t n = strlen(st);
        json_t *s = json_object();
        json_object_set_new(s, "name", jstr(it->sections[i].name, 256));
        const char *hit = n > 0 ? strstr(text + at, st) : NULL;
        size_t off = hit != NULL ? (size_t)(hit - text) : 0;
        if (hit != NULL && off + n <= kept) {
            json_object_set_new(s, "start", json_integer((json_int_t)off));
            json_object_set_new(s, "length", json_integer((json_int_t)n));
            at = off + n;
        } else {
            json_object_set_new(s, "text", jstr(st, left));
            left -= n < left ? n : left;
        }
        json_array_append_new(secs, s);
    }
    json_object_set_new(o, "id", jstr(id, 512));
    json_object_set_new(o, "file", jstr(base, 512));
    json_object_set_new(o, "path", jstr(path, 512));
    json_object_set_new(o, "council", jstr(m->council, 512));
    json_object_set_new(o, "authority", jstr(m->authority, 512));
    json_object_set_new(o, "date", jstr(m->date, 64));
    json_object_set_new(o, "place", jstr(m->place, 512));
    json_object_set_new(o, "layout", jstr(m->layout, 64));
    json_object_set_new(o, "format", jstr(m->format, 16));
    json_object_set_new(o, "confidence", json_real(m->confidence));
    if (it->closed)
        json_object_set_new(o, "closed", json_true());
    if (it->ocr_conf >= 0)
        json_object_set_new(o, "ocr_conf", json_integer((int)it->ocr_conf));
    if (it == m->items && m->nwarnings > 0) { /* the meeting's, once */
        json_t *w = json_array();
        for (size_t i = 0; i < m->nwarnings; i++)
            json_array_append_new(w, jstr(m->warnings[i], 512));
        json_object_set_new(o, "warnings", w);
    }
    json_object_set_new(o, "label", jstr(it->label, 64));
    json_object_set_new(o, "title", jstr(it->title, 4096));
    json_object_set_new(o, "case", jstr(it->case_no, 256));
    json_object_set_new(o, "first_line", json_integer(it->first_line));
    json_object_set_new(o, "last_line", json_integer(it->last_line));
    json_object_set_new(o, "attendees", jstr(it->attendees, cap));
    json_object_set_new(o, "sections", secs);
    json_object_set_new(o, "text", jstr(text, cap));
    /* confidence and OCR figures: three digits are plenty */
    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER |
                                JSON_REAL_PRECISION(3));
    json_decref(o);
    return s;
}

/* Store the item; cut its texts until the JSON fits INDEXER_DATA_MAX. */
static int set_data(xap_doc *d, const char *path, const char *id,
                    const struct mnt_meeting *m, const struct mnt_item *it,
                    docbuild_warn_fn warn, void *ctx, struct err *e)
{
    char *text = item_text(it);
    if (text == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    size_t cap = (size_t)-1;
    char *js = NULL;
    for (int tries = 0; tries < 12; tries++) {
        js = item_json(path, id, m, it, text, cap);
        if (js == NULL || strlen(js) <= INDEXER_DATA_MAX)
            break;
        free(js);
        js = NULL;
        cap = cap == (size_t)-1 ? INDEXER_DATA_MAX / 3 : cap / 2;
    }
    free(text);
    if (js == NULL)
        return err_set(e, ERR_NOMEM, "cannot build the JSON of <%s>", id);
    if (cap != (size_t)-1 && warn != NULL) {
        char msg[300];
        snprintf(msg, sizeof msg,
                 "item <%.200s>: stored text cut to %zu bytes (search still "
                 "sees all of it)",
                 id, cap);
        warn(ctx, msg);
    }
    int rc = xap_doc_set_data(d, js, strlen(js), e);
    free(js);
    return rc;
}

/* ---- Items ------------------------------------------------------------- */

/* "<basename>#<label>", made unique within the file with "-2", "-3"... */
static char *make_id(const char *path, const struct mnt_item *it, size_t idx,
                     char **ids, size_t nids)
{
    const char *base = strrchr(path, '/');
    base = base != NULL ? base + 1 : path;
    char label[LABEL_MAX + 1];
    if (it->label != NULL && *it->label != '\0')
        snprintf(label, sizeof label, "%s", it->label);
    else
        snprintf(label, sizeof label, "%zu", idx + 1);
    struct buf b = {0};
    for (unsigned n = 1;; n++) {
        buf_reset(&b);
        int rc = n == 1 ? buf_printf(&b, "%s#%s", base, label)
                        : buf_printf(&b, "%s#%s-%u", base, label, n);
        if (rc != ERR_OK) {
            buf_fini(&b);
            return NULL;
        }
        size_t i = 0;
        while (i < nids && strcmp(ids[i], b.data) != 0)
            i++;
        if (i == nids)
            return buf_detach(&b);
    }
}

int docbuild_file_term(const char *path, struct buf *out)
{
    buf_reset(out);
    if (buf_puts(out, PFX_FILE) != ERR_OK || buf_puts(out, path) != ERR_OK)
        return ERR_NOMEM;
    return ERR_OK;
}

int docbuild_meeting(xap_wdb *w, const struct txt_analyzer *an,
                     const char *path, const struct mnt_meeting *m,
                     docbuild_warn_fn warn, void *ctx, size_t *nitems,
                     struct err *e)
{
    char **ids = calloc(m->nitems + 1, sizeof *ids);
    if (ids == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    int rc = ERR_OK;
    size_t n = 0;
    for (size_t i = 0; rc == ERR_OK && i < m->nitems; i++) {
        const struct mnt_item *it = &m->items[i];
        ids[i] = make_id(path, it, i, ids, i);
        if (ids[i] == NULL) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            break;
        }
        xap_doc *d = xap_doc_new(e);
        if (d == NULL) {
            rc = e != NULL ? e->code : ERR_NOMEM;
            break;
        }
        rc = add_text_terms(d, an, m, it, e);
        if (rc == ERR_OK)
            rc = add_filters(d, path, ids[i], m, it, e);
        if (rc == ERR_OK)
            rc = set_data(d, path, ids[i], m, it, warn, ctx, e);
        if (rc == ERR_OK)
            rc = xap_wdb_add(w, d, e);
        xap_doc_free(d);
        if (rc == ERR_OK)
            n++;
    }
    for (size_t i = 0; i < m->nitems; i++)
        free(ids[i]);
    free(ids);
    *nitems = n;
    return rc;
}
