/* SPDX-License-Identifier: GPL-2.0-or-later */
/* parse.c - split minutes into agenda items: the one segmenter. The text
 * of any format (lib/extract's blocks) becomes the line model; every line
 * that could open an item is a candidate of some heading style
 * (candidates.c); per style the best chain is kept (chain.c), the agenda
 * list is set aside (agenda.c), and the style whose chain explains the
 * text best is its layout (layout.c). Items are then built (items.c) and the
 * split judged (confidence.c). */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* The parser's line model: the base document's, or - for the second
 * reading - a copy of its lines cut at the headings inside them (the text
 * stays the base's). */
static int prepare(struct mnt_parser *p, const struct mnt_doc *base, int split)
{
    p->doc = *base;
    if (split && mnt_inline_count(base) == 0)
        return ERR_NOTFOUND; /* nothing to cut: no second reading */
    if (split) {
        p->doc.lines = malloc(base->nlines * sizeof *base->lines);
        if (p->doc.lines == NULL)
            return ERR_NOMEM;
        memcpy(p->doc.lines, base->lines, base->nlines * sizeof *base->lines);
        long k = mnt_split_inline(&p->doc);
        if (k < 0)
            return ERR_NOMEM;
        if (k == 0)
            return ERR_NOTFOUND; /* nothing to split: no second reading */
    }
    /* from the uncut lines: a heading cut out of the contents' line
     * ("… Indholdsfortegnelse 1. Meddelelser …") leaves its titles whole */
    p->toc_text = mnt_flat_toc_text(base, &p->toc_len);
    p->text_before = malloc((p->doc.nlines + 1) * sizeof *p->text_before);
    if (p->text_before == NULL)
        return ERR_NOMEM;
    p->text_before[0] = 0;
    p->first_section = p->doc.nlines;
    for (size_t i = p->doc.nlines; i > 0; i--)
        if (mnt_is_item_section(&p->doc.lines[i - 1]))
            p->first_section = i - 1;
    p->list_depth = UINT8_MAX;
    for (size_t i = 0; i < p->doc.nlines; i++) {
        const struct mnt_line *l = &p->doc.lines[i];
        p->text_before[i + 1] = p->text_before[i] + (l->kind == MNT_LINE_TEXT);
        /* an empty entry (a blank line keeping its number) sets none */
        if (l->list_no > 0 && l->list_depth > 0 && l->kind != MNT_LINE_BLANK &&
            l->list_depth < p->list_depth)
            p->list_depth = l->list_depth;
    }
    return ERR_OK;
}

static int fill_meeting_attendees(struct mnt_meeting *m)
{
    if (m->attendees != NULL)
        return ERR_OK;
    for (size_t k = 0; k < m->nitems; k++) {
        const struct mnt_item *it = &m->items[k];
        if (it->attendees != NULL && mnt_title_is_attendance(it->title)) {
            m->attendees = strdup(it->attendees);
            return m->attendees ? ERR_OK : ERR_NOMEM;
        }
    }
    return ERR_OK;
}

/* Text of the meeting's own record, lines [from, to) of d cleaned into
 * *out (NULL if it holds no word), cut at MNT_PREAMBLE_MAX bytes: the
 * text before the first item (the meeting's header: council, date,
 * attendance, often an agenda), and a list of attachments after the last
 * (its pages' furniture left out, as from an item's text). */
static int fill_text(char **out, const struct mnt_doc *d, size_t from,
                     size_t to, int body)
{
    struct buf b;
    buf_init(&b);
    if (to > d->nlines)
        to = d->nlines;
    if (from < to && (body ? mnt_clean_body : mnt_clean_lines)(
                         d->lines + from, to - from, 0, &b) != ERR_OK) {
        buf_fini(&b);
        return ERR_NOMEM;
    }
    size_t n = b.len;
    if (n > MNT_PREAMBLE_MAX) {
        n = MNT_PREAMBLE_MAX;
        n = utf8_floor(b.data, n);
        b.len = n;
    }
    if (n > 0 && buf_putc(&b, '\0') == ERR_OK && mnt_has_word(b.data, n))
        *out = buf_detach(&b);
    buf_fini(&b);
    return ERR_OK;
}

static int doc_has_word(const struct ext_doc *x)
{
    for (size_t i = 0; i < x->nblocks; i++)
        if (x->blocks[i].text != NULL &&
            mnt_has_word(x->blocks[i].text, x->blocks[i].len))
            return 1;
    return 0;
}

/* The format and the reader's warnings ("page 3: OCR time budget
 * exceeded") go with the meeting. */
static int from_extract(const struct ext_doc *x, struct mnt_meeting *m)
{
    if (x->format != NULL && (m->format = strdup(x->format)) == NULL)
        return ERR_NOMEM;
    for (size_t i = 0; i < x->nwarnings; i++)
        if (mnt_warn(m, "%s", x->warnings[i]) != ERR_OK)
            return ERR_NOMEM;
    return ERR_OK;
}

/* One reading of the document; split: cut lines where headings start
 * inside them first (ERR_NOTFOUND if there are none). */
static int parse_once(const struct mnt_doc *base, const struct mnt_hints *hints,
                      int split, struct mnt_meeting *out)
{
    struct mnt_parser p;
    memset(&p, 0, sizeof p);
    p.m = out;
    int rc = prepare(&p, base, split);
    if (rc == ERR_OK)
        rc = mnt_choose_and_build(&p);
    if (rc == ERR_OK) {
        mnt_titles_drop_marks(out);
        rc = mnt_titles_drop_status_column(out);
        mnt_titles_drop_doubled_number(out);
        mnt_titles_drop_committee_codes(out);
    }
    size_t npre = 0;
    if (out->nitems > 0)
        for (size_t i = 0; i < p.doc.nlines; i++)
            if (p.doc.lines[i].no >= out->items[0].first_line) {
                npre = i;
                break;
            }
    if (rc == ERR_OK)
        rc = mnt_meta_infer(&p.doc, npre, hints, out);
    if (rc == ERR_OK)
        rc = fill_meeting_attendees(out);
    if (rc == ERR_OK)
        rc = fill_text(&out->preamble, &p.doc, 0, npre, 0);
    if (rc == ERR_OK && p.appendix > 0)
        rc = fill_text(&out->appendix, &p.doc, p.appendix, p.doc.nlines, 1);
    if (rc == ERR_OK)
        rc = mnt_confidence(&p, out);
    if (p.doc.lines != base->lines)
        free(p.doc.lines);
    free(p.text_before);
    free(p.skip);
    free(p.agenda.v);
    free(p.hits.v);
    return rc;
}

#define AGENDA_SLACK 0.15 /* confidence a reading may lose to complete it */

/* Does the second reading find every entry of the agenda list the first
 * found too few headings for ("the agenda lists 5 items, 4 found"),
 * where the first lost a heading glued to the line before it? The
 * agenda's count is the better evidence than a reading's confidence. */
static int agenda_completed(const struct mnt_meeting *first,
                            const struct mnt_meeting *alt)
{
    return first->agenda_items > 0 && first->nitems < first->agenda_items &&
           alt->nitems == first->agenda_items &&
           alt->confidence + AGENDA_SLACK >= first->confidence;
}

/* Does the second reading find titled headings where the first found
 * only untitled items, at a higher confidence? The first reading of a
 * page whose first heading is glued to the line before it
 * ("Indholdsfortegnelse1. Fraværende") sees no numbered chain and opens
 * items at their first section ("Resume"); an item whose "Beslutning"
 * stands above its "Resume" then opens twice, so that reading counts one
 * item more. Headings that give every item its title are the better
 * evidence than a count of sections - as long as they find most of the
 * items. */
static int titles_found(const struct mnt_meeting *first,
                        const struct mnt_meeting *alt)
{
    if (first->nitems == 0 || alt->nitems < 2 ||
        alt->nitems * 2 <= first->nitems ||
        alt->confidence <= first->confidence)
        return 0;
    for (size_t i = 0; i < first->nitems; i++)
        if (first->items[i].title != NULL)
            return 0;
    for (size_t i = 0; i < alt->nitems; i++)
        if (alt->items[i].title == NULL)
            return 0;
    return 1;
}

/* One meeting: the first reading, and the second when it is not sure. */
static int parse_meeting(const struct mnt_doc *base,
                         const struct mnt_hints *hints, struct mnt_meeting *out)
{
    int rc = parse_once(base, hints, 0, out);
    if (rc == ERR_OK && out->confidence < 0.9) {
        /* A poor split may come from headings inside lines (a PDF page
         * flattened to one line, a number glued to the word before it):
         * read again with those lines cut, and keep the better reading. */
        struct mnt_meeting alt;
        memset(&alt, 0, sizeof alt);
        rc = parse_once(base, hints, 1, &alt);
        if (rc == ERR_OK &&
            ((alt.confidence > out->confidence && alt.nitems >= out->nitems) ||
             agenda_completed(out, &alt) || titles_found(out, &alt))) {
            struct mnt_meeting t = *out;
            *out = alt;
            alt = t;
        }
        mnt_meeting_fini(&alt);
        if (rc == ERR_NOTFOUND)
            rc = ERR_OK;
    }
    return rc;
}

/* Drop the warnings of m that start with `prefix`: a note the file's
 * other meetings made untrue. */
static void drop_warnings(struct mnt_meeting *m, const char *prefix)
{
    size_t k = 0, n = strlen(prefix);
    for (size_t i = 0; i < m->nwarnings; i++) {
        if (strncmp(m->warnings[i], prefix, n) == 0)
            free(m->warnings[i]);
        else
            m->warnings[k++] = m->warnings[i];
    }
    m->nwarnings = k;
}

/* Meeting k of n in a file holding several: lines [a, b) of base (each
 * keeps its number in the file), after the document's title (line 0) if
 * it has one: it names the council. Its date is its header's (a
 * sidecar's one date is the file's, not each meeting's); a council
 * (beyond the municipality) or authority it does not name is the first
 * meeting's (the page's). */
static int parse_part(const struct mnt_doc *base, size_t a, size_t b,
                      const char *date, const struct mnt_hints *hints,
                      const struct mnt_meeting *first, struct mnt_meeting *out)
{
    struct mnt_doc part = *base;
    size_t title = base->nlines > 0 && base->lines[0].no == 0 && a > 0;
    part.nlines = title + (b - a);
    part.lines = malloc(part.nlines * sizeof *base->lines);
    if (part.lines == NULL)
        return ERR_NOMEM;
    if (title)
        part.lines[0] = base->lines[0];
    memcpy(part.lines + title, base->lines + a, (b - a) * sizeof *base->lines);
    struct mnt_hints h = hints != NULL ? *hints : (struct mnt_hints){0};
    h.date = date;
    int rc = parse_meeting(&part, &h, out);
    free(part.lines);
    if (rc == ERR_OK && (out->date == NULL || strcmp(out->date, date) != 0)) {
        free(out->date);
        rc = (out->date = strdup(date)) != NULL ? ERR_OK : ERR_NOMEM;
    }
    /* no council of its own: none, or only the municipality's name */
    if (rc == ERR_OK && first != NULL && first->council != NULL &&
        (out->council == NULL || (out->authority != NULL &&
                                  strcmp(out->council, out->authority) == 0))) {
        free(out->council);
        free(out->council_source);
        drop_warnings(out, "no council name found");
        out->council = strdup(first->council);
        out->council_source = strdup(
            first->council_source != NULL ? first->council_source : "header");
        if (out->council == NULL || out->council_source == NULL)
            rc = ERR_NOMEM;
    }
    if (rc == ERR_OK && first != NULL && out->authority == NULL &&
        first->authority != NULL &&
        (out->authority = strdup(first->authority)) == NULL)
        rc = ERR_NOMEM;
    return rc;
}

/* The meetings chained from out are one file's, one publisher's: where
 * the first names no authority, the one a later meeting names (a year's
 * book naming its municipality in one item only) is theirs too, and the
 * council of each that named none is composed with it. Meetings that name
 * different authorities keep theirs. */
static int share_authority(const struct mnt_doc *base, struct mnt_meeting *out)
{
    if (out->authority != NULL)
        return ERR_OK; /* parse_part() gave it to the others already */
    const char *auth = NULL;
    for (const struct mnt_meeting *m = out; m != NULL; m = m->next) {
        if (m->authority == NULL)
            continue;
        if (auth != NULL && strcmp(auth, m->authority) != 0)
            return ERR_OK;
        auth = m->authority;
    }
    if (auth == NULL)
        return ERR_OK;
    for (struct mnt_meeting *m = out; m != NULL; m = m->next) {
        if (m->authority != NULL)
            continue;
        char *a = strdup(auth);
        char *c = m->council != NULL ? mnt_council_compose(base, m->council, a)
                                     : NULL;
        if (a == NULL || (m->council != NULL && c == NULL)) {
            free(a);
            free(c);
            return ERR_NOMEM;
        }
        m->authority = a;
        if (c != NULL) {
            free(m->council);
            m->council = c;
        }
    }
    return ERR_OK;
}

/* A file holding n meetings starting at lines starts[0..n): one meeting
 * each, chained from out; the first takes the page's text above its
 * header too. */
static int parse_several(const struct mnt_doc *base, const size_t *starts,
                         char (*dates)[11], size_t n,
                         const struct mnt_hints *hints, const struct ext_doc *x,
                         struct mnt_meeting *out)
{
    int rc = ERR_OK;
    struct mnt_meeting *m = out;
    for (size_t k = 0; k < n && rc == ERR_OK; k++) {
        if (k > 0) {
            m->next = calloc(1, sizeof *m->next);
            if ((m = m->next) == NULL)
                return ERR_NOMEM;
        }
        rc = parse_part(base, k == 0 ? 0 : starts[k],
                        k + 1 < n ? starts[k + 1] : base->nlines, dates[k],
                        hints, k == 0 ? NULL : out, m);
        /* after the parse: a second reading replaces the whole struct */
        m->seq = (unsigned)k + 1;
        if (rc == ERR_OK)
            rc = from_extract(x, m);
        if (rc == ERR_OK)
            rc = mnt_warn(m, "several meetings in one file: meeting %zu of %zu",
                          k + 1, n);
    }
    return rc == ERR_OK ? share_authority(base, out) : rc;
}

int mnt_parse_blocks(const struct ext_doc *x, const struct mnt_hints *hints,
                     struct mnt_meeting *out, struct err *e)
{
    if (x->text_bytes > MNT_FILE_MAX)
        return err_set(e, ERR_LIMIT, "minutes text is %zu bytes, max <%u>",
                       x->text_bytes, MNT_FILE_MAX);
    if (!doc_has_word(x))
        return err_set(e, ERR_INVAL, "minutes text has no words (%zu blocks)",
                       x->nblocks);
    struct mnt_doc base;
    if (mnt_doc_from_blocks(&base, x) != ERR_OK)
        return err_set(e, ERR_NOMEM, "parsing minutes: out of memory");
    size_t starts[MNT_MEETINGS_MAX];
    char dates[MNT_MEETINGS_MAX][11];
    size_t n = mnt_meeting_starts(&base, starts, dates, MNT_MEETINGS_MAX);
    int rc;
    if (n >= 2) {
        rc = parse_several(&base, starts, dates, n, hints, x, out);
    } else {
        rc = parse_meeting(&base, hints, out);
        out->seq = 1; /* after: a second reading replaces the struct */
        if (rc == ERR_OK)
            rc = from_extract(x, out);
    }
    mnt_doc_fini(&base);
    if (rc != ERR_OK)
        return err_set(e, rc, "parsing minutes: out of memory");
    return ERR_OK;
}

int mnt_parse(const char *text, size_t len, const struct mnt_hints *hints,
              struct mnt_meeting *out, struct err *e)
{
    if (text == NULL)
        len = 0;
    if (len > MNT_FILE_MAX)
        return err_set(e, ERR_LIMIT, "minutes text is %zu bytes, max <%u>", len,
                       MNT_FILE_MAX);
    if (len == 0 || !mnt_has_word(text, len))
        return err_set(e, ERR_INVAL, "minutes text has no words (%zu bytes)",
                       len);
    struct ext_doc x;
    ext_doc_init(&x);
    int rc = ext_read_text(text, len, &x, e);
    if (rc == ERR_OK)
        rc = mnt_parse_blocks(&x, hints, out, e);
    ext_doc_fini(&x);
    return rc;
}

static void item_fini(struct mnt_item *it)
{
    free(it->label);
    free(it->title);
    free(it->case_no);
    free(it->attendees);
    free(it->staff);
    free(it->body);
    for (size_t k = 0; k < it->nsections; k++) {
        free(it->sections[k].name);
        free(it->sections[k].text);
    }
    free(it->sections);
}

void mnt_meeting_fini(struct mnt_meeting *m)
{
    if (m == NULL)
        return;
    /* the chain of a file's further meetings, freed in a loop: a page may
     * hold MNT_MEETINGS_MAX */
    struct mnt_meeting *next = m->next;
    m->next = NULL;
    while (next != NULL) {
        struct mnt_meeting *after = next->next;
        next->next = NULL;
        mnt_meeting_fini(next);
        free(next);
        next = after;
    }
    free(m->council);
    free(m->authority);
    free(m->date);
    free(m->place);
    free(m->layout);
    free(m->attendees);
    free(m->council_source);
    free(m->preamble);
    free(m->appendix);
    free(m->url);
    free(m->format);
    for (size_t k = 0; k < m->nitems; k++)
        item_fini(&m->items[k]);
    free(m->items);
    for (size_t k = 0; k < m->nwarnings; k++)
        free(m->warnings[k]);
    free(m->warnings);
    memset(m, 0, sizeof *m);
}
