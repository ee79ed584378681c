/* SPDX-License-Identifier: GPL-2.0-or-later */
/* items.c - from the chosen headings to items: label, title
 * (titles.c), case number, line range, sections (sections.c), attendees,
 * OCR confidence; closed items keep their title only (item_closed.c). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

static int item_attendees(struct mnt_item *it)
{
    struct buf text;
    buf_init(&text);
    for (size_t k = 0; k < it->nsections; k++) {
        const char *t = it->sections[k].text;
        if (t[0] == '\0')
            continue;
        if ((text.len > 0 && buf_puts(&text, "\n\n") != ERR_OK) ||
            buf_puts(&text, t) != ERR_OK) {
            buf_fini(&text);
            return ERR_NOMEM;
        }
    }
    if (text.len > 0)
        it->attendees = mnt_item_attendees(it->title, text.data);
    buf_fini(&text);
    return ERR_OK;
}

/* The last source line of lines [from, end): the greatest line number of
 * a non-blank one (a two-column page read column by column puts a later
 * line before an earlier one). */
static unsigned last_no(const struct mnt_doc *d, size_t from, size_t end)
{
    unsigned no = d->lines[from].no;
    for (size_t i = from; i < end; i++)
        if (d->lines[i].kind != MNT_LINE_BLANK && d->lines[i].no > no)
            no = d->lines[i].no;
    return no;
}

static void item_ocr_conf(struct mnt_item *it, const struct mnt_doc *d,
                          size_t from, size_t end)
{
    double sum = 0;
    size_t n = 0;
    for (size_t i = from; i < end; i++)
        if (d->lines[i].kind == MNT_LINE_TEXT && d->lines[i].conf >= 0)
            sum += d->lines[i].conf, n++;
    it->ocr_conf = n > 0 ? (float)(sum / (double)n) : -1;
}

int mnt_item_text(struct mnt_item *it, const struct mnt_doc *d, size_t head,
                  size_t body, size_t end, size_t skip0)
{
    it->first_line = d->lines[head].no;
    it->last_line = last_no(d, head, end);
    item_ocr_conf(it, d, head, end);
    if (mnt_split_sections(it, d, body, end, skip0) != ERR_OK)
        return ERR_NOMEM;
    return item_attendees(it);
}

/* A sentence, not a title: at least six words and a full stop at the
 * end ("Sagen omhandler køb af ejendom, og behandles derfor som lukket
 * punkt."). */
static int sentence_line(const struct mnt_line *l)
{
    size_t words = 1;
    for (size_t i = 0; i < l->len; i++)
        words += l->s[i] == ' ';
    return l->len > 0 && l->s[l->len - 1] == '.' && words >= 6;
}

/* Sagsnr. blocks (herning) of which most (two or more) have an item
 * section right under the case number: the page prints no titles. */
static int cases_untitled(const struct mnt_doc *d, const struct mnt_cands *c)
{
    size_t untitled = 0, nl, off;
    for (size_t k = 0; k < c->n; k++) {
        size_t end = k + 1 < c->n ? c->v[k + 1].line : d->nlines;
        size_t t = mnt_next_text(d, c->v[k].line, end, MNT_JOIN_GAP);
        untitled += t < end && mnt_section_heading(d->lines[t].s,
                                                   d->lines[t].len, &nl, &off);
    }
    return untitled >= 2 && untitled * 2 > c->n;
}

/* Herning's heading: the case number and who handles it on the
 * heading's line, the title on a later one (none where the other case
 * numbers have no title under them and a sentence follows). */
static int herning_head(struct mnt_parser *p, struct mnt_item *it,
                        const struct mnt_cand *c, size_t end,
                        struct mnt_title_at *at)
{
    const struct mnt_doc *d = &p->doc;
    const struct mnt_line *l = &d->lines[c->line];
    size_t e = c->title_off;
    while (e < l->len && l->s[e] != ' ')
        e++;
    if (e > c->title_off &&
        (it->case_no = strndup(l->s + c->title_off, e - c->title_off)) == NULL)
        return ERR_NOMEM;
    /* "Sagsnr.: 06.01.03-P20-4-22 Sagsfremstilling Gebyret …": a page
     * flattened into a line runs the untitled item's first section on
     * after its case number; that is its text, no case handler */
    size_t from = mnt_skip_sp(l->s, l->len, e), to = l->len;
    if (from < to && mnt_section_word_at(l->s + from, l->len - from)) {
        at->body = c->line;
        at->skip0 = from;
        return ERR_OK;
    }
    /* "Sagsbehandler: …" after the case number: who handles it */
    while (to > from && (l->s[to - 1] == ' ' || l->s[to - 1] == '\t'))
        to--;
    if (to > from && (it->staff = strndup(l->s + from, to - from)) == NULL)
        return ERR_NOMEM;
    struct mnt_cand t = *c;
    t.title_off = l->len; /* the title is on a later line */
    t.num = 0;            /* an ordinal: no agenda entry's number */
    int rc = mnt_take_title(p, &t, end, at, &it->title);
    /* where the other case numbers have no title under them, a sentence
     * under this one is its text, not a title made of it */
    size_t tl = mnt_next_text(d, c->line, end, MNT_JOIN_GAP);
    if (rc == ERR_OK && it->title != NULL && p->untitled_cases && tl < end &&
        sentence_line(&d->lines[tl])) {
        free(it->title);
        it->title = NULL;
        at->body = tl;
        at->skip0 = 0;
    }
    return rc;
}

/* A page head of an untitled layout (chain_untitled.c): its title only
 * where the head has one above its text or up to its fields. */
static int untitled_head(const struct mnt_doc *d, struct mnt_item *it,
                         const struct mnt_cand *c, struct mnt_title_at *at)
{
    /* "Åben" is no text; an opening section is the body's first */
    at->body = c->line + (c->above || c->title_off == 0);
    at->skip0 = 0;
    if (!c->above && c->title_end == 0)
        return ERR_OK;
    struct mnt_line t = d->lines[c->line];
    if (c->title_end > 0) { /* "Title Sagsnr.: …": fields go on */
        at->body = c->line;
        at->skip0 = mnt_skip_sp(t.s, t.len, c->title_end);
        t.len = c->title_end - c->title_off;
        t.s += c->title_off;
    }
    it->title = mnt_clean_oneline(&t, 1, 0);
    return it->title != NULL ? ERR_OK : ERR_NOMEM;
}

/* The item's label: the number printed (`printed`, or the candidate's
 * own with its letter, "3a" / "3.1", or running number, "62/1"), the
 * place in the meeting (`ordinal`) where the layout prints none. */
static void item_label(char *label, size_t size, const struct mnt_cand *c,
                       enum mnt_style style, size_t ordinal, unsigned printed)
{
    if (style == MNT_STYLE_HERNING)
        snprintf(label, size, "%zu", ordinal);
    /* an untitled layout's piece that kept its printed number ("217. Køb
     * …"), or its page head numbered from the contents (order,
     * chain_untitled.c) */
    else if (style == MNT_STYLE_UNTITLED && (c->delim == '.' || c->order > 0))
        snprintf(label, size, "%u", c->num);
    else if (style == MNT_STYLE_UNTITLED)
        snprintf(label, size, "%zu", ordinal);
    else if (c->year) /* "KOM 19-042" as printed */
        snprintf(label, size, "%s%s%02u-%03u", c->code, c->code[0] ? " " : "",
                 (unsigned)c->year, c->num);
    else if (printed > 0)
        snprintf(label, size, "%u", printed);
    else if (style == MNT_STYLE_ORDINAL || style == MNT_STYLE_STYLED)
        snprintf(label, size, "%zu", ordinal);
    else if (c->num == 0 && c->delim == 0) /* "Emne Title": none printed */
        label[0] = '\0';
    else if (c->letter && c->dotted)
        snprintf(label, size, "%u.%d", c->num, c->letter - 'a' + 1);
    else if (c->letter && c->spaced) /* "2 a", "2.a" as printed */
        snprintf(label, size, "%u%c%c", c->num, c->spaced, c->letter);
    else if (c->letter) /* "3a" */
        snprintf(label, size, "%u%c", c->num, c->letter);
    else if (c->run)
        snprintf(label, size, "%u/%u", c->num, c->run);
    else
        snprintf(label, size, "%u", c->num);
}

static int build_item(struct mnt_parser *p, struct mnt_item *it,
                      const struct mnt_cand *c, size_t end,
                      enum mnt_style style, size_t ordinal, unsigned printed)
{
    const struct mnt_doc *d = &p->doc;
    char label[24];
    struct mnt_title_at at;
    int rc;
    item_label(label, sizeof label, c, style, ordinal, printed);
    if (style == MNT_STYLE_HERNING)
        rc = herning_head(p, it, c, end, &at);
    else if (style == MNT_STYLE_UNTITLED)
        rc = untitled_head(d, it, c, &at);
    else
        rc = mnt_take_title(p, c, end, &at, &it->title);
    it->label = strdup(label);
    if (rc != ERR_OK || it->label == NULL)
        return ERR_NOMEM;
    if (it->title == NULL &&
        mnt_warn(p->m, "item %s has no title", it->label) != ERR_OK)
        return ERR_NOMEM;
    if (it->case_no == NULL && at.skip0 == 0 &&
        mnt_find_case_no(it, d, &at.body, end) != ERR_OK)
        return ERR_NOMEM;
    if (mnt_item_text(it, d, c->line, at.body < end ? at.body : end, end,
                      at.body < end ? at.skip0 : 0) != ERR_OK)
        return ERR_NOMEM;
    return ERR_OK;
}

/* Which of the items built from the headings c are closed: once all are
 * built, as a flattened page's piece may end in the next one's title. */
static int close_items(struct mnt_parser *p, const struct mnt_cands *c)
{
    struct mnt_meeting *m = p->m;
    for (size_t k = 0; k < m->nitems && k < c->n; k++) {
        const char *next = k + 1 < m->nitems ? m->items[k + 1].title : NULL;
        if (mnt_item_is_closed(&m->items[k], &p->doc.lines[c->v[k].line],
                               next) &&
            mnt_close_item(&m->items[k]) != ERR_OK)
            return ERR_NOMEM;
    }
    return ERR_OK;
}

/* The number in line i when it holds nothing else ("141", "141."), also
 * after a word for an item ("Punkt 14" set small over the title), or 0. */
static unsigned bare_number(const struct mnt_line *l)
{
    static const char *const words[] = {"Punkt nr.", "Punkt",   "Pkt. nr.",
                                        "Pkt.",      "Sag nr.", "Sag"};
    if (l->kind != MNT_LINE_TEXT)
        return 0;
    size_t from = 0;
    for (size_t w = 0; w < sizeof words / sizeof *words && from == 0; w++) {
        size_t m = fold_prefix(l->s, l->len, words[w]);
        if (m > 0 && m < l->len && l->s[m] == ' ')
            from = mnt_skip_sp(l->s, l->len, m);
    }
    unsigned v;
    size_t nd = mnt_read_num(l->s, l->len, from, 4, &v), k = from + nd;
    return nd > 0 && (k == l->len || (k + 1 == l->len && l->s[k] == '.')) ? v
                                                                          : 0;
}

/* "141" ("Punkt 141") in a block of its own right above each unnumbered
 * heading (a page that sets the running number apart from the title):
 * rising, those
 * numbers are the labels, and their lines no part of the item before.
 * Fills nums[k] and the number's line at[k]; 0 unless every heading has
 * one. */
static int numbers_above(const struct mnt_doc *d, const struct mnt_cands *c,
                         unsigned *nums, size_t *at)
{
    if (c->n < 2)
        return 0;
    for (size_t k = 0; k < c->n; k++) {
        size_t i = c->v[k].line, floor = k > 0 ? c->v[k - 1].line + 1 : 0;
        while (i > floor && d->lines[i - 1].kind == MNT_LINE_BLANK)
            i--;
        if (i == floor || (nums[k] = bare_number(&d->lines[i - 1])) == 0 ||
            (k > 0 && nums[k] <= nums[k - 1]))
            return 0;
        at[k] = i - 1;
    }
    return 1;
}

/* "18.20.00-Ø40-3-21" in a block of its own right above the headings
 * (an SBSYS page prints each item's journal number over its heading):
 * the number is the next item's case number, no part of the text of the
 * item before. Where at least two headings and all but one have one,
 * fills at[k] with its line (the heading's own line where there is
 * none) and returns 1; 0 otherwise. */
static int cases_above(const struct mnt_doc *d, const struct mnt_cands *c,
                       size_t *at)
{
    size_t seen = 0;
    for (size_t k = 0; k < c->n; k++) {
        size_t i = c->v[k].line, floor = k > 0 ? c->v[k - 1].line + 1 : 0;
        while (i > floor && d->lines[i - 1].kind == MNT_LINE_BLANK)
            i--;
        const struct mnt_line *l = i > floor ? &d->lines[i - 1] : NULL;
        at[k] = c->v[k].line;
        if (l != NULL && l->kind == MNT_LINE_TEXT &&
            mnt_case_number_line(l->s, l->len))
            at[k] = i - 1, seen++;
    }
    return seen >= 2 && seen + 1 >= c->n;
}

/* Where the last item, opening at line `from`, ends: before a closing
 * list of the meeting's attachments ("12 Bilagsliste Orientering om …
 * skitse.pdf …"), which names every item's files - the meeting's, not the
 * last item's (p->appendix); else at the document's end. */
static size_t last_end(struct mnt_parser *p, size_t from)
{
    p->appendix = 0;
    for (size_t i = from + 1; i < p->doc.nlines; i++)
        if (mnt_attachments_opens(&p->doc.lines[i]))
            return p->appendix = i;
    return p->doc.nlines;
}

int mnt_build_items(struct mnt_parser *p, const struct mnt_cands *c,
                    enum mnt_style style)
{
    struct mnt_meeting *m = p->m;
    m->items = calloc(c->n, sizeof *m->items);
    unsigned *nums = calloc(c->n + 1, sizeof *nums);
    size_t *at = calloc(c->n + 1, sizeof *at);
    int rc = m->items && nums && at ? ERR_OK : ERR_NOMEM;
    int printed = rc == ERR_OK && style == MNT_STYLE_STYLED &&
                  numbers_above(&p->doc, c, nums, at);
    /* Herning's items are case numbers themselves */
    int cases = rc == ERR_OK && !printed && style != MNT_STYLE_HERNING &&
                cases_above(&p->doc, c, at);
    p->untitled_cases =
        style == MNT_STYLE_HERNING && cases_untitled(&p->doc, c);
    for (size_t k = 0; k < c->n && rc == ERR_OK; k++) {
        size_t end = k + 1 == c->n      ? last_end(p, c->v[k].line)
                     : printed || cases ? at[k + 1]
                                        : c->v[k + 1].line;
        /* the next part's heading ("Lukkede dagsordenspunkter") right
         * before the next item is no text of this one */
        for (size_t e = end; k + 1 < c->n && e > c->v[k].line + 1; e--) {
            const struct mnt_line *u = &p->doc.lines[e - 1];
            if (u->kind == MNT_LINE_BLANK)
                continue;
            if (mnt_part_heading(u) != 0)
                end = e - 1;
            break;
        }
        m->nitems = k + 1;
        if (cases && at[k] < c->v[k].line) {
            const struct mnt_line *l = &p->doc.lines[at[k]];
            m->items[k].case_no = strndup(l->s, l->len);
            if (m->items[k].case_no == NULL) {
                rc = ERR_NOMEM;
                break;
            }
        }
        rc = build_item(p, &m->items[k], &c->v[k], end, style, k + 1,
                        printed ? nums[k] : 0);
    }
    if (rc == ERR_OK)
        rc = close_items(p, c);
    if (rc == ERR_OK && !printed)
        rc = mnt_close_parts(p, c);
    free(nums);
    free(at);
    return rc;
}
