/* SPDX-License-Identifier: GPL-2.0-or-later */
/* items.c - from the chosen headings to items: label, title
 * (titles.c), case number, line range, sections (sections.c), attendees,
 * OCR confidence; closed items keep their title only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"

static int is_case_number(const char *s, size_t n)
{
    size_t seps = 0;
    char iso[11];
    if (n < 5 || n > 40 || s[0] < '0' || s[0] > '9')
        return 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == '-' || ch == '.' || ch == '/')
            seps++;
        else if (!((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') ||
                   (ch >= 'a' && ch <= 'z')))
            return 0;
    }
    char last = s[n - 1];
    return seps >= 2 && last != '-' && last != '.' && last != '/' &&
           !mnt_date_find(s, n, iso);
}

static char *dup_n(const char *s, size_t n)
{
    char *r = malloc(n + 1);
    if (r != NULL) {
        memcpy(r, s, n);
        r[n] = '\0';
    }
    return r;
}

/* A case number near the top of the item: Region's "1-01-81-11-23" on a
 * line of its own, or a "Sagsnr.: X" field. Consumes a lone number line
 * right after the title by advancing *body. */
static int find_case_no(struct mnt_item *it, const struct mnt_doc *d,
                        size_t *body, size_t end)
{
    size_t k = mnt_next_text(d, *body - 1, end, MNT_JOIN_GAP);
    if (k < end && is_case_number(d->lines[k].s, d->lines[k].len)) {
        it->case_no = dup_n(d->lines[k].s, d->lines[k].len);
        *body = k + 1;
        return it->case_no ? ERR_OK : ERR_NOMEM;
    }
    for (size_t i = *body, seen = 0; i < end && seen < 6; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        seen++;
        size_t off = mnt_herning_key(l);
        if (off == 0 || off >= l->len)
            continue;
        size_t e = off;
        while (e < l->len && l->s[e] != ' ')
            e++;
        it->case_no = dup_n(l->s + off, e - off);
        return it->case_no ? ERR_OK : ERR_NOMEM;
    }
    return ERR_OK;
}

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

static size_t last_nonblank(const struct mnt_doc *d, size_t from, size_t end)
{
    size_t last = from;
    for (size_t i = from; i < end; i++)
        if (d->lines[i].kind != MNT_LINE_BLANK)
            last = i;
    return last;
}

/* Does s (n bytes) hold word w, case-insensitively? */
static int has_fold(const char *s, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') &&
            fold_prefix(s + i, n - i, w) > 0)
            return 1;
    return 0;
}

/* "Lukket punkt", "Lukket sag", "(Lukket)" in the heading or the title,
 * or a body that opens "Punktet er lukket". */
static int is_closed(const struct mnt_item *it, const struct mnt_line *head)
{
    static const char *const marks[] = {"lukket punkt", "lukket sag", "lukket)",
                                        "lukket:", "lukket -"};
    const char *t = it->title ? it->title : "";
    size_t tn = strlen(t);
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
        if (has_fold(t, tn, marks[k]) ||
            has_fold(head->s, head->len < 300 ? head->len : 300, marks[k]))
            return 1;
    if ((tn > 0 && fold_eq(t, tn, "Lukket", 6)) ||
        fold_eq(head->s, head->len, "Lukket", 6) ||
        fold_eq(head->s, head->len, "Lukket sag", 10))
        return 1;
    const char *b = it->body ? it->body : "";
    size_t bn = strnlen(b, 80);
    return fold_prefix(b, bn, "Lukket punkt") > 0 ||
           fold_prefix(b, bn, "Punktet er lukket") > 0 ||
           fold_prefix(b, bn, "Sagen er lukket") > 0 ||
           fold_prefix(b, bn, "Lukket sag") > 0;
}

/* A closed item is indexed by its title only. */
static int close_item(struct mnt_item *it)
{
    for (size_t k = 0; k < it->nsections; k++) {
        free(it->sections[k].name);
        free(it->sections[k].text);
    }
    free(it->sections);
    it->sections = NULL;
    it->nsections = 0;
    free(it->attendees);
    it->attendees = NULL;
    free(it->body);
    it->body = strdup("");
    it->closed = 1;
    return it->body != NULL ? ERR_OK : ERR_NOMEM;
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

static int build_item(struct mnt_parser *p, struct mnt_item *it,
                      const struct mnt_cand *c, size_t end,
                      enum mnt_style style, size_t ordinal, unsigned printed)
{
    const struct mnt_doc *d = &p->doc;
    char label[24];
    struct mnt_title_at at;
    int rc;
    if (style == MNT_STYLE_HERNING) {
        snprintf(label, sizeof label, "%zu", ordinal);
        const struct mnt_line *l = &d->lines[c->line];
        size_t e = c->title_off;
        while (e < l->len && l->s[e] != ' ')
            e++;
        if (e > c->title_off && (it->case_no = dup_n(l->s + c->title_off,
                                                     e - c->title_off)) == NULL)
            return ERR_NOMEM;
        /* "Sagsbehandler: …" after the case number: who handles it */
        size_t from = mnt_skip_sp(l->s, l->len, e), to = l->len;
        while (to > from && (l->s[to - 1] == ' ' || l->s[to - 1] == '\t'))
            to--;
        if (to > from && (it->staff = dup_n(l->s + from, to - from)) == NULL)
            return ERR_NOMEM;
        struct mnt_cand t = *c;
        t.title_off = l->len; /* the title is on a later line */
        t.num = 0;            /* an ordinal: no agenda entry's number */
        rc = mnt_take_title(p, &t, end, &at, &it->title);
    } else if (style == MNT_STYLE_UNTITLED) {
        snprintf(label, sizeof label, "%zu", ordinal);
        /* "Åben" is no text; an opening section is the body's first */
        at.body = c->line + (c->above || c->title_off == 0);
        at.skip0 = 0;
        rc = ERR_OK;
        if (c->above || c->title_end > 0) {
            struct mnt_line t = d->lines[c->line];
            if (c->title_end > 0) { /* "Title Sagsnr.: …": fields go on */
                at.body = c->line;
                at.skip0 = mnt_skip_sp(t.s, t.len, c->title_end);
                t.len = c->title_end;
            }
            it->title = mnt_clean_oneline(&t, 1, 0);
            rc = it->title != NULL ? ERR_OK : ERR_NOMEM;
        }
    } else {
        if (printed > 0)
            snprintf(label, sizeof label, "%u", printed);
        else if (style == MNT_STYLE_ORDINAL || style == MNT_STYLE_STYLED)
            snprintf(label, sizeof label, "%zu", ordinal);
        else if (c->letter && c->dotted)
            snprintf(label, sizeof label, "%u.%d", c->num, c->letter - 'a' + 1);
        else if (c->letter)
            snprintf(label, sizeof label, "%u%c", c->num, c->letter);
        else if (c->run)
            snprintf(label, sizeof label, "%u/%u", c->num, c->run);
        else
            snprintf(label, sizeof label, "%u", c->num);
        rc = mnt_take_title(p, c, end, &at, &it->title);
    }
    it->label = strdup(label);
    if (rc != ERR_OK || it->label == NULL)
        return ERR_NOMEM;
    if (it->title == NULL &&
        mnt_warn(p->m, "item %s has no title", it->label) != ERR_OK)
        return ERR_NOMEM;
    if (it->case_no == NULL && at.skip0 == 0 &&
        find_case_no(it, d, &at.body, end) != ERR_OK)
        return ERR_NOMEM;
    it->first_line = d->lines[c->line].no;
    it->last_line = d->lines[last_nonblank(d, c->line, end)].no;
    item_ocr_conf(it, d, c->line, end);
    if (mnt_split_sections(it, d, at.body < end ? at.body : end, end,
                           at.body < end ? at.skip0 : 0) != ERR_OK ||
        item_attendees(it) != ERR_OK)
        return ERR_NOMEM;
    return is_closed(it, &d->lines[c->line]) ? close_item(it) : ERR_OK;
}

/* The number in line i when it holds nothing else ("141", "141."), or 0. */
static unsigned bare_number(const struct mnt_line *l)
{
    unsigned v;
    size_t k =
        l->kind == MNT_LINE_TEXT ? mnt_read_num(l->s, l->len, 0, 4, &v) : 0;
    return k > 0 && (k == l->len || (k + 1 == l->len && l->s[k] == '.')) ? v
                                                                         : 0;
}

/* "141" in a block of its own right above each unnumbered heading (a
 * page that sets the running number apart from the title): rising, those
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
    for (size_t k = 0; k < c->n && rc == ERR_OK; k++) {
        size_t end = k + 1 == c->n ? p->doc.nlines
                     : printed     ? at[k + 1]
                                   : c->v[k + 1].line;
        m->nitems = k + 1;
        rc = build_item(p, &m->items[k], &c->v[k], end, style, k + 1,
                        printed ? nums[k] : 0);
    }
    free(nums);
    free(at);
    return rc;
}

/* Does the first line read as a title (short, no full stop inside)? */
static int reads_as_title(const struct mnt_line *l)
{
    if (l->len > 120)
        return 0;
    for (size_t i = 0; i + 1 < l->len; i++)
        if (l->s[i] == '.' && l->s[i + 1] == ' ')
            return 0;
    return 1;
}

/* A page of one item: the first format heading right above an item's
 * section ("Eventuelt" / "Beslutning" after the meeting's fields);
 * d->nlines if none. */
static size_t own_heading(const struct mnt_doc *d)
{
    size_t nl, off;
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT || l->no == 0 || l->level == 0 ||
            mnt_section_heading(l->s, l->len, &nl, &off))
            continue;
        size_t k = mnt_next_text(d, i, d->nlines, MNT_JOIN_GAP);
        if (k < d->nlines &&
            mnt_section_heading(d->lines[k].s, d->lines[k].len, &nl, &off))
            return i;
    }
    return d->nlines;
}

int mnt_whole_file_item(struct mnt_parser *p)
{
    const struct mnt_doc *d = &p->doc;
    struct mnt_meeting *m = p->m;
    size_t first = own_heading(d);
    if (first == d->nlines)
        first = 0;
    while (first < d->nlines && (d->lines[first].kind != MNT_LINE_TEXT ||
                                 d->lines[first].no == 0)) /* doc title */
        first++;
    if (first == d->nlines)
        first = 0;
    m->items = calloc(1, sizeof *m->items);
    if (m->items == NULL)
        return ERR_NOMEM;
    m->nitems = 1;
    struct mnt_item *it = &m->items[0];
    it->label = strdup("1");
    if (it->label == NULL)
        return ERR_NOMEM;
    /* a first paragraph is no heading: no title rather than a made-up one */
    if (reads_as_title(&d->lines[first]) &&
        (it->title = mnt_clean_oneline(&d->lines[first], 1, 0)) == NULL)
        return ERR_NOMEM;
    if (it->title == NULL && mnt_warn(m, "item 1 has no title") != ERR_OK)
        return ERR_NOMEM;
    it->first_line = d->lines[first].no;
    it->last_line = d->lines[last_nonblank(d, first, d->nlines)].no;
    item_ocr_conf(it, d, first, d->nlines);
    if (mnt_split_sections(it, d, first, d->nlines, 0) != ERR_OK)
        return ERR_NOMEM;
    return item_attendees(it);
}
