/* SPDX-License-Identifier: GPL-2.0-or-later */
/* docterms.c - the analysed text terms of one document, per field (title,
 * sections, body, people) with the prefixes and weights xap/schema.h
 * gives; header lines and a title's sender weigh less (header.c). */
#include "docbuild_internal.h"

#include <string.h>

#include "xap/schema.h"

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

int docterms_add(xap_doc *d, const struct txt_analyzer *an, const char *people,
                 const struct mnt_meeting *m, const struct mnt_item *it,
                 int *cut, struct err *e)
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
