/* SPDX-License-Identifier: GPL-2.0-or-later */
/* docbuild.c - one meeting to index documents, one per agenda item and
 * one meeting record (header, agenda, attendance), laid out as
 * xap/schema.h says: analysed text terms per field, boolean filter terms,
 * value slots, and the document as JSON for results and fetch. */
#include "indexer.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "core/parse.h"
#include "xap/schema.h"

/* Item labels longer than this are cut in ids ("3a" is typical). */
#define LABEL_MAX 32
/* Items a meeting record lists (id, label, title); the agenda text still
 * holds every one. Bounds the record's stored JSON. */
#define MEETING_ITEMS_MAX 1000
/* Bytes of an item title in a meeting record's item list. */
#define MEETING_TITLE_MAX 256

/* What one document of a meeting is stored with, besides its item. */
struct docinfo {
    const char *path, *id;
    const char *kind;      /* KIND_ITEM or KIND_MEETING */
    const char *meeting;   /* the meeting record's id */
    const char *attendees; /* stored "attendees" */
    char *const *ids;      /* a record: its items' ids, else NULL */
    const struct mnt_meeting *m;
};

/* ---- Text terms -------------------------------------------------------- */

/* What a run of text is (struct field's header). */
enum {
    FIELD_TEXT = 0,
    FIELD_HEADER = 1,
    FIELD_REF = 2
};

/* One field being analysed into a document. */
struct field {
    xap_doc *d;
    const char *prefix; /* field prefix ("S", "XB", ...) or NULL */
    char zprefix[8];    /* PFX_STEM + prefix, set per field by add_field() */
    char zpart[8];      /* PFX_STEM + PFX_PART */
    char part_field[8]; /* PFX_PART + prefix, and with PFX_STEM before it */
    char zpart_field[12];
    int body;       /* also the unprefixed body terms */
    int field_pos;  /* the prefixed copies carry positions too */
    uint32_t extra; /* wdf added to body terms for this field */
    int lines;      /* header lines (header.c) count WDF_HEADER */
    int header;     /* FIELD_*: all of it is a header line or attendance
                       item (WDF_HEADER), or names another item (WDF_REF) */
    size_t sender;  /* a title's sender from here counts WDF_HEADER */
    int dated;      /* the text is a list of dated rows (header.c): a line
                       opening with a date counts WDF_HEADER */
    /* an item's meeting, for lines naming its other items (header.c) */
    const struct mnt_meeting *m;
    const struct mnt_item *it;
    struct buf term; /* scratch */
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
    int split = t->kind == TXT_PART_EXACT || t->kind == TXT_PART_STEM;
    int part = split || t->kind == TXT_PIECE;
    int stem = t->kind == TXT_STEM || t->kind == TXT_PART_STEM;
    /* Positions are for phrases of words as written: stems and compound
     * parts (at their compound's position) carry none. Parts' positions
     * were 15% of the position table and matched no query phrase. */
    uint32_t pos = stem || part ? 0 : t->pos;
    /* a header line's words are found, but count less than the text's
     * (a sender's department is not the item's subject) */
    uint32_t own = f->header == FIELD_REF ? WDF_REF
                   : f->header            ? WDF_HEADER
                                          : WDF_BODY;
    uint32_t body = own + (f->header ? 0 : f->extra);
    if (part) {
        /* A compound part counts WDF_PART/WDF_BODY of the whole word in
         * the same field: found, but ranked below the word on its own,
         * and a title's compound still outweighs a passing mention. */
        body = body * WDF_PART / WDF_BODY;
        own = own * WDF_PART / WDF_BODY;
    }
    /* the smallest weight a part gets; a reference's words none */
    uint32_t least = f->header == FIELD_REF ? 0 : 1;
    body = body > least ? body : least;
    own = own > least ? own : least;
    int rc = ERR_OK;
    /* compound parts under their own prefix (lib/xap/schema.h) */
    if (split) {
        if (f->body)
            rc = put(f, stem ? f->zpart : PFX_PART, t->term, t->len, 0, body);
        if (rc == ERR_OK && f->prefix != NULL)
            rc = put(f, stem ? f->zpart_field : f->part_field, t->term, t->len,
                     0, own);
        return rc;
    }
    if (f->body)
        rc = put(f, stem ? PFX_STEM : PFX_BODY, t->term, t->len, pos, body);
    if (rc == ERR_OK && f->prefix != NULL)
        rc = put(f, stem ? f->zprefix : f->prefix, t->term, t->len,
                 f->field_pos ? pos : 0, own);
    return rc;
}

/* The length of `text` to analyse with `left` bytes of the item's budget:
 * all of it, or cut at the last space before the limit (at a character
 * boundary if a "word" runs that long). */
static size_t within_budget(const char *text, size_t len, size_t left)
{
    if (len <= left)
        return len;
    size_t n = left, low = left > 256 ? left - 256 : 0;
    while (n > low && text[n] != ' ' && text[n] != '\n')
        n--;
    if (n == 0 || (text[n] != ' ' && text[n] != '\n'))
        n = utf8_floor(text, left);
    return n;
}

/* The kind of the line at `s` (FIELD_TEXT, FIELD_HEADER: a key line or
 * an attendance note; FIELD_REF: it names another item of the meeting,
 * header.c) and its bytes, its newline included. */
static int line_kind(const struct field *f, const char *s, size_t n,
                     size_t *len)
{
    if ((*len = header_line_len(s, n)) > 0)
        return FIELD_HEADER;
    if ((*len = header_contents_len(f->m, f->it, s, n)) > 0)
        return FIELD_REF;
    if (f->dated && (*len = header_dated_row_len(s, n)) > 0)
        return FIELD_HEADER;
    const char *nl = memchr(s, '\n', n);
    *len = nl != NULL ? (size_t)(nl - s) + 1 : n;
    return FIELD_TEXT;
}

/* Analyse `text` in runs of lines of one kind (line_kind), each run with
 * f->header set to it (or kept if the whole field is one kind already);
 * positions go on across runs. */
static int analyze_lines(const struct txt_analyzer *an, struct field *f,
                         const char *text, size_t n, uint32_t *pos)
{
    int was = f->header, rc = ERR_OK;
    size_t at = 0, h;
    while (rc == ERR_OK && at < n) {
        size_t end = at;
        int kind = line_kind(f, text + at, n - at, &h);
        /* the run: lines of the same kind */
        while (end < n && line_kind(f, text + end, n - end, &h) == kind)
            end += h;
        f->header = was != FIELD_TEXT ? was : kind;
        rc = txt_analyze(an, text + at, end - at, pos, emit, f);
        at = end;
    }
    f->header = was;
    return rc;
}

/* Analyse a title whose words from f->sender on name who reports
 * (header.c): those count WDF_HEADER; positions go on, so a phrase of
 * the whole title still matches. */
static int analyze_sender(const struct txt_analyzer *an, struct field *f,
                          const char *text, size_t n, uint32_t *pos)
{
    size_t at = f->sender < n ? f->sender : n;
    int was = f->header;
    int rc = txt_analyze(an, text, at, pos, emit, f);
    f->header = FIELD_HEADER;
    if (rc == ERR_OK && at < n)
        rc = txt_analyze(an, text + at, n - at, pos, emit, f);
    f->header = was;
    return rc;
}

/* Analyse `text` as one field, then leave a gap after it; at most `*left`
 * bytes of it (the item's budget, reduced; `*cut` set if text was left
 * out). */
static int add_field(const struct txt_analyzer *an, struct field *f,
                     const char *text, uint32_t *pos, size_t *left, int *cut)
{
    if (text == NULL || *text == '\0')
        return ERR_OK;
    size_t len = strlen(text), n = within_budget(text, len, *left);
    *cut |= n < len;
    *left -= n;
    if (n == 0)
        return ERR_OK;
    /* once per field, not per term: emit() is the indexer's hot path */
    const char *p = f->prefix != NULL ? f->prefix : "";
    snprintf(f->zprefix, sizeof f->zprefix, "%s%s", PFX_STEM, p);
    snprintf(f->zpart, sizeof f->zpart, "%s%s", PFX_STEM, PFX_PART);
    snprintf(f->part_field, sizeof f->part_field, "%s%s", PFX_PART, p);
    snprintf(f->zpart_field, sizeof f->zpart_field, "%s%s%s", PFX_STEM,
             PFX_PART, p);
    f->dated = f->lines && header_has_dated_rows(text, n);
    int rc = f->lines    ? analyze_lines(an, f, text, n, pos)
             : f->sender ? analyze_sender(an, f, text, n, pos)
                         : txt_analyze(an, text, n, pos, emit, f);
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
    fold_str(name, strlen(name), f, sizeof f, NULL);
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

/* `people` (may be NULL) goes into the people field only: a meeting
 * record's participants, whose text is a section of the record already.
 * `*cut` set if the text was longer than INDEXER_ITEM_TEXT_MAX (the rest
 * is not indexed). */
static int add_text_terms(xap_doc *d, const struct txt_analyzer *an,
                          const char *people, const struct mnt_meeting *m,
                          const struct mnt_item *it, int *cut, struct err *e)
{
    /* Titles and names are short, and a name's phrase must match within
     * the people field (a meeting's participants are in no body text):
     * their prefixed copies keep positions. */
    struct field f = {
        .d = d, .e = e, .body = 1, .field_pos = 1, .m = m, .it = it};
    uint32_t pos = 0;
    size_t left = INDEXER_ITEM_TEXT_MAX;
    f.prefix = PFX_TITLE;
    f.extra = WDF_TITLE;
    f.sender = header_title_sender(it->title);
    int rc = add_field(an, &f, it->title, &pos, &left, cut);
    f.sender = 0;
    f.field_pos = 0;
    f.lines = 1;
    f.header = header_item_is_attendance(it) ? FIELD_HEADER : FIELD_TEXT;
    for (size_t i = 0; rc == ERR_OK && i < it->nsections; i++) {
        section_kind(it->sections[i].name, &f.prefix, &f.extra);
        rc = add_field(an, &f, it->sections[i].text, &pos, &left, cut);
    }
    f.prefix = NULL;
    f.extra = 0;
    if (rc == ERR_OK && it->nsections == 0)
        rc = add_field(an, &f, it->body, &pos, &left, cut);
    /* Who handles the item, from its heading line (Herning): found by
     * name, also with deltager:, at the weight of a header line, like a
     * "Sagsbehandler:" line of the text (header.c) */
    f.prefix = PFX_PEOPLE;
    f.field_pos = 1;
    if (rc == ERR_OK)
        rc = add_field(an, &f, it->staff, &pos, &left, cut);
    f.lines = 0;
    f.header = FIELD_TEXT;
    /* The item's attendance statements are lines of its text, indexed
     * above (at WDF_HEADER, header.c): a second body copy made "X, chef
     * for Psykiatri, deltog under punktet" count like its subject. */
    f.body = 0;
    if (rc == ERR_OK)
        rc = add_field(an, &f, it->attendees, &pos, &left, cut);
    /* The meeting's participants are searched in its record, not in
     * every item (deltager: finds records too, lib/query/README.md). */
    if (rc == ERR_OK)
        rc = add_field(an, &f, people, &pos, &left, cut);
    buf_fini(&f.term);
    return rc;
}

/* ---- Case number -------------------------------------------------------- */

struct case_terms {
    xap_doc *d;
    struct buf *t;
    struct err *e;
};

static int add_case_term(void *ctx, const char *s, size_t len)
{
    struct case_terms *c = ctx;
    buf_reset(c->t);
    if (buf_puts(c->t, PFX_CASENO) != ERR_OK ||
        buf_append(c->t, s, len) != ERR_OK)
        return err_set(c->e, ERR_NOMEM, "out of memory");
    int rc = xap_doc_add_term(c->d, c->t->data, c->t->len, WDF_CASENO, c->e);
    return rc == ERR_LIMIT ? ERR_OK : rc;
}

/* XN + each token of the case number and, for a code, its parts: the
 * number is metadata (not in the body text), and researchers type it
 * whole, quoted, or in part ("a26-2-17"). The tokenizer makes the terms,
 * as at query time. */
static int add_case_terms(xap_doc *d, struct buf *t, const char *case_no,
                          struct err *e)
{
    struct txt_tokenizer tz;
    struct txt_tok tok;
    struct case_terms c = {d, t, e};
    txt_tok_init(&tz, case_no, strlen(case_no));
    while (txt_tok_next(&tz, &tok)) {
        int rc = add_case_term(&c, tok.word, tok.wlen);
        if (rc == ERR_OK && txt_tok_is_code(&tok))
            rc = txt_code_parts(tok.word, tok.wlen, 1, add_case_term, &c);
        if (rc != ERR_OK)
            return rc;
    }
    return ERR_OK;
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

static int add_filters(xap_doc *d, const struct docinfo *di,
                       const struct mnt_item *it, struct err *e)
{
    const struct mnt_meeting *m = di->m;
    struct buf t = {0};
    char ymd[9];
    int rc = add_bool(d, &t, PFX_ID, di->id, strlen(di->id), e);
    if (rc == ERR_OK)
        rc = add_bool(d, &t, PFX_FILE, di->path, strlen(di->path), e);
    if (rc == ERR_OK)
        rc = add_bool(d, &t, PFX_KIND, di->kind, strlen(di->kind), e);
    if (rc == ERR_OK)
        rc = add_council_terms(d, &t, m->council, e);
    if (rc == ERR_OK)
        rc = add_council_terms(d, &t, m->authority, e);
    if (rc == ERR_OK && header_item_is_attendance(it))
        rc = add_bool(d, &t, PFX_FLAG, FLAG_ATTENDANCE, strlen(FLAG_ATTENDANCE),
                      e);
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
        if (rc == ERR_OK)
            rc = add_case_terms(d, &t, it->case_no, e);
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

/* The document as JSON, each long text cut at `cap` bytes. */
static char *item_json(const struct docinfo *di, const struct mnt_item *it,
                       const char *text, size_t cap)
{
    const struct mnt_meeting *m = di->m;
    const char *base = strrchr(di->path, '/');
    base = base != NULL ? base + 1 : di->path;
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

/* Store the document; cut its texts until the JSON fits INDEXER_DATA_MAX. */
static int set_data(xap_doc *d, const struct docinfo *di,
                    const struct mnt_item *it, docbuild_warn_fn warn, void *ctx,
                    struct err *e)
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

/* ---- Items ------------------------------------------------------------- */

/* "<name>#<label>", made unique within the file with "-2", "-3"...
 * (ids[0..nids) are taken, the meeting record's among them); the name is
 * unique in the index (fileid.c). */
static char *make_id(const char *base, const struct mnt_item *it, size_t idx,
                     char **ids, size_t nids)
{
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

/* One document: terms, filters, data; added to `w`. */
static int add_doc(xap_wdb *w, const struct txt_analyzer *an,
                   const struct docinfo *di, const struct mnt_item *it,
                   const char *people, docbuild_warn_fn warn, void *ctx,
                   struct err *e)
{
    xap_doc *d = xap_doc_new(e);
    if (d == NULL)
        return e != NULL && e->code != ERR_OK ? e->code : ERR_NOMEM;
    int cut = 0;
    int rc = xap_doc_set_positions(d, xap_wdb_positions(w), e);
    if (rc == ERR_OK)
        /* an item's lines naming its meeting's other items are header
         * lines; the record's agenda is what it is for */
        rc = add_text_terms(d, an, people, di->ids == NULL ? di->m : NULL, it,
                            &cut, e);
    if (rc == ERR_OK && cut && warn != NULL) {
        char msg[300];
        snprintf(msg, sizeof msg,
                 "item <%.200s>: only the first %zu bytes of its text indexed",
                 di->id, INDEXER_ITEM_TEXT_MAX);
        warn(ctx, msg);
    }
    if (rc == ERR_OK)
        rc = add_filters(d, di, it, e);
    if (rc == ERR_OK)
        rc = set_data(d, di, it, warn, ctx, e);
    if (rc == ERR_OK)
        rc = xap_wdb_add(w, d, e);
    xap_doc_free(d);
    return rc;
}

/* ---- The meeting record ------------------------------------------------ */

/* "Møde i <council>, <date>", or what of it is known. */
static char *record_title(const struct mnt_meeting *m, const char *file)
{
    struct buf b = {0};
    buf_puts(&b, "Møde");
    if (m->council != NULL)
        buf_printf(&b, " i %s", m->council);
    if (m->date != NULL)
        buf_printf(&b, "%s %s", m->council != NULL ? "," : "", m->date);
    if (m->council == NULL && m->date == NULL)
        buf_printf(&b, " (%s)", file);
    return buf_detach(&b);
}

/* The agenda as text: one "<label>. <title>" line per item. */
static char *agenda_text(const struct mnt_meeting *m)
{
    struct buf b = {0};
    for (size_t i = 0; i < m->nitems; i++) {
        const struct mnt_item *it = &m->items[i];
        if (b.len > 0)
            buf_putc(&b, '\n');
        if (it->label != NULL)
            buf_printf(&b, "%s. ", it->label);
        buf_puts(&b, it->title != NULL ? it->title : "");
    }
    return buf_detach(&b);
}

/* The meeting record: a document of its own holding the text before the
 * first item, the agenda and the attendance, so they are searchable
 * without being any item's text. */
static int add_record(xap_wdb *w, const struct txt_analyzer *an,
                      const struct docinfo *di, docbuild_warn_fn warn,
                      void *ctx, struct err *e)
{
    const struct mnt_meeting *m = di->m;
    const char *file = strrchr(di->path, '/');
    file = file != NULL ? file + 1 : di->path;
    char *agenda = agenda_text(m);
    struct mnt_section secs[3] = {{"Indledning", m->preamble},
                                  {"Dagsorden", agenda},
                                  {"Deltagere", m->attendees}};
    struct mnt_item rec = {.title = record_title(m, file),
                           .sections = secs,
                           .first_line = 1,
                           .last_line =
                               m->nitems > 0 && m->items[0].first_line > 1
                                   ? m->items[0].first_line - 1
                                   : 1};
    /* only the parts there are: an empty section would be stored too */
    for (size_t i = 0; i < 3; i++)
        if (secs[i].text != NULL && *secs[i].text != '\0')
            secs[rec.nsections++] = secs[i];
    struct buf body = {0};
    for (size_t i = 0; i < rec.nsections; i++)
        buf_printf(&body, "%s%s\n%s", i > 0 ? "\n\n" : "", secs[i].name,
                   secs[i].text);
    rec.body = buf_detach(&body);
    int rc = ERR_OK;
    if (rec.title == NULL || rec.body == NULL || agenda == NULL)
        rc = err_set(e, ERR_NOMEM, "out of memory");
    else
        rc = add_doc(w, an, di, &rec, m->attendees, warn, ctx, e);
    free(agenda);
    free(rec.title);
    free(rec.body);
    return rc;
}

int docbuild_meeting(xap_wdb *w, const struct txt_analyzer *an,
                     const char *path, const char *name,
                     const struct mnt_meeting *m, docbuild_warn_fn warn,
                     void *ctx, size_t *nitems, struct err *e)
{
    /* ids[0] is the meeting record's, so no item takes it */
    char **ids = calloc(m->nitems + 1, sizeof *ids);
    if (ids == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    struct buf rid = {0};
    int rc = buf_printf(&rid, "%s#%s", name, MEETING_ID_LABEL);
    ids[0] = rc == ERR_OK ? buf_detach(&rid) : NULL;
    if (ids[0] == NULL)
        rc = err_set(e, ERR_NOMEM, "out of memory");
    size_t n = 0;
    for (size_t i = 0; rc == ERR_OK && i < m->nitems; i++) {
        ids[i + 1] = make_id(name, &m->items[i], i, ids, i + 1);
        if (ids[i + 1] == NULL)
            rc = err_set(e, ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; rc == ERR_OK && i < m->nitems; i++) {
        const struct mnt_item *it = &m->items[i];
        struct docinfo di = {path,          ids[i + 1], KIND_ITEM, ids[0],
                             it->attendees, NULL,       m};
        rc = add_doc(w, an, &di, it, NULL, warn, ctx, e);
        if (rc == ERR_OK)
            n++;
    }
    if (rc == ERR_OK) {
        struct docinfo di = {
            path, ids[0], KIND_MEETING, ids[0], m->attendees, ids + 1, m};
        rc = add_record(w, an, &di, warn, ctx, e);
    }
    for (size_t i = 0; i <= m->nitems; i++)
        free(ids[i]);
    free(ids);
    *nitems = n;
    return rc;
}
