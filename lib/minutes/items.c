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
        if (e > c->title_off &&
            (it->case_no = strndup(l->s + c->title_off, e - c->title_off)) ==
                NULL)
            return ERR_NOMEM;
        /* "Sagsbehandler: …" after the case number: who handles it */
        size_t from = mnt_skip_sp(l->s, l->len, e), to = l->len;
        while (to > from && (l->s[to - 1] == ' ' || l->s[to - 1] == '\t'))
            to--;
        if (to > from && (it->staff = strndup(l->s + from, to - from)) == NULL)
            return ERR_NOMEM;
        struct mnt_cand t = *c;
        t.title_off = l->len; /* the title is on a later line */
        t.num = 0;            /* an ordinal: no agenda entry's number */
        rc = mnt_take_title(p, &t, end, &at, &it->title);
        /* where the other case numbers have no title under them, a
         * sentence under this one is its text, not a title made of it */
        size_t tl = mnt_next_text(d, c->line, end, MNT_JOIN_GAP);
        if (rc == ERR_OK && it->title != NULL && p->untitled_cases &&
            tl < end && sentence_line(&d->lines[tl])) {
            free(it->title);
            it->title = NULL;
            at.body = tl;
            at.skip0 = 0;
        }
    } else if (style == MNT_STYLE_UNTITLED) {
        /* a piece that kept its printed number ("217. Køb …"), or a
         * page head numbered from the contents (order, chain_untitled.c) */
        if (c->delim == '.' || c->order > 0)
            snprintf(label, sizeof label, "%u", c->num);
        else
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
                t.len = c->title_end - c->title_off;
                t.s += c->title_off;
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
        mnt_find_case_no(it, d, &at.body, end) != ERR_OK)
        return ERR_NOMEM;
    it->first_line = d->lines[c->line].no;
    it->last_line = last_no(d, c->line, end);
    item_ocr_conf(it, d, c->line, end);
    if (mnt_split_sections(it, d, at.body < end ? at.body : end, end,
                           at.body < end ? at.skip0 : 0) != ERR_OK ||
        item_attendees(it) != ERR_OK)
        return ERR_NOMEM;
    return mnt_item_is_closed(it, &d->lines[c->line]) ? mnt_close_item(it)
                                                      : ERR_OK;
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
    if (rc == ERR_OK && !printed)
        rc = mnt_close_parts(p, c);
    free(nums);
    free(at);
    return rc;
}

#define ABBREV_MAX     4u  /* letters of an abbreviation ("pr.", "vedr.") */
#define DAY_MONTH_SPAN 20u /* bytes of a date ("31. december 2026") */

/* Is the dot at s[i], a space after it, an abbreviation's ("pr.
 * 31.03.2026", "nr. 4", "jf. bilag") or a date's day's ("31. marts")?
 * A short lower-case word before it and a digit or a small letter
 * after: a sentence ends before a capital. */
static int abbreviation_dot(const char *s, size_t n, size_t i)
{
    size_t b = i;
    while (b > 0 && mnt_digit(s[b - 1]))
        b--;
    /* a date's day ("pr. 31. marts 2026"): the dot of its number */
    struct mnt_daymonth dm;
    char iso[11];
    size_t span = n - b < DAY_MONTH_SPAN ? n - b : DAY_MONTH_SPAN;
    if (i - b >= 1 && i - b <= 2 && (b == 0 || s[b - 1] == ' '))
        return mnt_date_find_dm(s + b, span, &dm) ||
               mnt_date_find(s + b, span, iso);
    b = i;
    while (b > 0 && ascii_lower(s[b - 1]))
        b--;
    if (i - b == 0 || i - b > ABBREV_MAX || (b > 0 && s[b - 1] != ' ') ||
        i + 2 >= n)
        return 0;
    /* a digit or a small letter, æ, ø, å among them, goes on after it */
    uint32_t c = mnt_first_cp(s + i + 2, n - i - 2);
    return ascii_digit(c) || ascii_lower(c) || c == 0xE6 || c == 0xF8 ||
           c == 0xE5;
}

/* Does the first line read as a title: short, no full stop inside (an
 * abbreviation's dot ("Budgetopfølgning pr. 31.03.2026 for …") is
 * none)? */
static int reads_as_title(const struct mnt_line *l)
{
    if (l->len > 120)
        return 0;
    for (size_t i = 0; i + 1 < l->len; i++)
        if (l->s[i] == '.' && l->s[i + 1] == ' ' &&
            !abbreviation_dot(l->s, l->len, i))
            return 0;
    return 1;
}

/* Could line i title a page of one item: a short line, no field
 * ("Mødedato: …"), no section name, a format heading unless the
 * document has none? */
static int could_title_page(const struct mnt_doc *d, size_t i, int styled)
{
    const struct mnt_line *l = &d->lines[i];
    size_t nl, off;
    if (l->kind != MNT_LINE_TEXT || l->no == 0 || (styled && l->level == 0) ||
        !reads_as_title(l) || memchr(l->s, ':', l->len) != NULL)
        return 0;
    return !mnt_section_heading(l->s, l->len, &nl, &off);
}

#define LABEL_WORDS 2u /* words of an app's label ("Relevans v1") */
#define LABELS_SEEN 8u /* labels between a page's title and its section */
#define TITLE_WORDS 3u /* words of such a title at least */

/* Words in line l (runs of non-blanks). */
static size_t words_in(const struct mnt_line *l)
{
    size_t w = 0;
    for (size_t i = 0; i < l->len; i++)
        w += l->s[i] != ' ' && (i == 0 || l->s[i - 1] == ' ');
    return w;
}

/* An agenda app's page of one item (monrad.app, ct- blind round): the
 * title on the page's first line, then the app's labels of a word or two
 * ("Prompt resultater" / "Relevans v1" / "Nej" / "Bilag") down to the
 * item's first section ("Beslutning"). The first line when so, else
 * d->nlines. A plain text only: a format's page opens with its menu. */
static size_t title_over_labels(const struct mnt_doc *d, int styled)
{
    size_t i = 0;
    while (i < d->nlines && d->lines[i].kind != MNT_LINE_TEXT)
        i++;
    if (styled || i >= d->nlines || !could_title_page(d, i, styled) ||
        words_in(&d->lines[i]) < TITLE_WORDS)
        i = d->nlines;
    for (size_t k = i, n = 0; i < d->nlines && n < LABELS_SEEN; n++) {
        k = mnt_next_text(d, k, d->nlines, MNT_JOIN_GAP);
        if (k >= d->nlines)
            break;
        const struct mnt_line *l = &d->lines[k];
        if (mnt_is_item_section(l))
            return i;
        if (words_in(l) > LABEL_WORDS || memchr(l->s, ':', l->len) != NULL ||
            memchr(l->s, '.', l->len) != NULL)
            break;
    }
    return d->nlines;
}

/* A page of one item: the first format heading right above an item's
 * section ("Eventuelt" / "Beslutning" after the meeting's fields); else
 * the first title-like line (a format heading, or any line of plain
 * text) with an item's own section ("Indstilling", "Beslutning") at most
 * three lines of text below it - a summary and a "Se alle bilag" link
 * may stand between (Copenhagen's item pages), while menu lines and the
 * meeting's fields above the title have none so near; d->nlines if
 * none. */
static size_t own_heading(const struct mnt_doc *d)
{
    size_t nl, off;
    int styled = 0;
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        styled |= l->level > 0;
        if (l->kind != MNT_LINE_TEXT || l->no == 0 || l->level == 0 ||
            mnt_section_heading(l->s, l->len, &nl, &off))
            continue;
        size_t k = mnt_next_text(d, i, d->nlines, MNT_JOIN_GAP);
        if (k < d->nlines &&
            mnt_section_heading(d->lines[k].s, d->lines[k].len, &nl, &off))
            return i;
    }
    /* the title over its case's number ("Mødeplan for 2026" /
     * "25-011392 -": an agenda item's page), below the site's name */
    for (size_t i = 0; i < d->nlines; i++) {
        size_t c = mnt_next_text(d, i, d->nlines, MNT_JOIN_GAP);
        if (c < d->nlines && could_title_page(d, i, styled) &&
            mnt_case_number_line(d->lines[c].s, d->lines[c].len))
            return i;
    }
    size_t t = title_over_labels(d, styled);
    if (t < d->nlines)
        return t;
    for (size_t i = 0; i < d->nlines; i++) {
        if (!could_title_page(d, i, styled))
            continue;
        size_t k = i;
        for (int n = 0; n < 3; n++) {
            k = mnt_next_text(d, k, d->nlines, MNT_JOIN_GAP);
            if (k >= d->nlines)
                break;
            if (mnt_is_item_section(&d->lines[k]))
                return i;
            if (styled && d->lines[k].level > 0)
                break; /* another heading first */
        }
    }
    return d->nlines;
}

/* The page's one h1 (a news article's headline under the site's menu
 * lines), else 0: a page of one item with no section names. */
static size_t page_h1(const struct mnt_doc *d)
{
    size_t at = 0, n = 0;
    for (size_t i = 0; i < d->nlines; i++)
        if (d->lines[i].kind == MNT_LINE_TEXT && d->lines[i].no > 0 &&
            d->lines[i].level == 1)
            at = n++ == 0 ? i : at;
    return n == 1 ? at : 0;
}

int mnt_whole_file_item(struct mnt_parser *p)
{
    const struct mnt_doc *d = &p->doc;
    struct mnt_meeting *m = p->m;
    size_t first = own_heading(d);
    if (first == d->nlines)
        first = page_h1(d);
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
    it->last_line = last_no(d, first, d->nlines);
    item_ocr_conf(it, d, first, d->nlines);
    if (mnt_split_sections(it, d, first, d->nlines, 0) != ERR_OK)
        return ERR_NOMEM;
    return item_attendees(it);
}

/* The text after the last occurrence of title t in the flattened table
 * of contents: "Evt" in "… Vedtægter for bruger- og pårørenderåd Evt".
 * Its offset in s and its length in *rn (page numbers, dots and spaces
 * trimmed; the contents' running footer left out before); NULL unless
 * one to three capitalised words, no digits. */
static const char *toc_tail(const char *s, size_t n, const char *t, size_t *rn)
{
    size_t tn = strlen(t), at = (size_t)-1;
    if (tn < 4 || tn > n)
        return NULL;
    /* case folded: a title in capitals the contents print in lower
     * case ("HØRING OM …" / "Høring om …") */
    for (size_t i = 0; i + 4 <= n; i++) {
        size_t m = fold_prefix(s + i, n - i, t);
        if (m > 0)
            at = i + m;
    }
    if (at == (size_t)-1)
        return NULL;
    size_t a = at, e = n, words = 0;
    while (a < e && (s[a] == ' ' || s[a] == '.'))
        a++;
    while (e > a && (s[e - 1] == ' ' || s[e - 1] == '.'))
        e--;
    if (a == e || e - a > 24 || !mnt_starts_upper(s + a, e - a))
        return NULL;
    for (size_t k = a; k < e; k++) {
        if (mnt_digit(s[k]))
            return NULL;
        words += s[k] == ' ';
    }
    *rn = e - a;
    return words < 3 ? s + a : NULL;
}

int mnt_toc_tail_item(struct mnt_parser *p)
{
    struct mnt_meeting *m = p->m;
    if (p->toc_text == NULL || m->nitems < 2)
        return ERR_OK;
    struct mnt_item *last = &m->items[m->nitems - 1];
    if (last->title == NULL || last->closed || last->nsections == 0 ||
        last->body == NULL)
        return ERR_OK;
    size_t rn;
    size_t tl = mnt_running_tail(&p->doc, p->toc_text, p->toc_len);
    const char *r = toc_tail(p->toc_text, tl, last->title, &rn);
    if (r == NULL)
        return ERR_OK;
    /* "… om året. Evt Intet.": after a sentence's end, near the end of
     * the last section's text */
    struct mnt_section *sec = &last->sections[last->nsections - 1];
    size_t sn = strlen(sec->text), cut = 0;
    for (size_t i = sn > 300 + rn ? sn - 300 - rn : 2; i + rn <= sn; i++)
        if (i >= 2 && sec->text[i - 1] == ' ' &&
            strchr(".!?", sec->text[i - 2]) != NULL &&
            fold_eq(sec->text + i, rn, r, rn) && /* "EVT Intet." */
            (i + rn == sn || strchr(" .:", sec->text[i + rn]) != NULL))
            cut = i;
    size_t bn = strlen(last->body), tail = sn - cut + 1;
    if (cut == 0 || tail > bn)
        return ERR_OK;
    struct mnt_item *v = realloc(m->items, (m->nitems + 1) * sizeof *v);
    if (v == NULL)
        return ERR_NOMEM;
    m->items = v;
    last = &m->items[m->nitems - 1];
    sec = &last->sections[last->nsections - 1];
    struct mnt_item *it = &m->items[m->nitems];
    memset(it, 0, sizeof *it);
    m->nitems++;
    const char *rest = sec->text + cut + rn;
    while (*rest == ' ' || *rest == '.' || *rest == ':')
        rest++;
    char label[24] = "";
    unsigned prev = 0;
    size_t ln = mnt_read_num(last->label, strlen(last->label), 0, 4, &prev);
    if (ln > 0 && last->label[ln] == '\0')
        snprintf(label, sizeof label, "%u", prev + 1);
    it->label = strdup(label);
    it->title = strndup(r, rn);
    it->body = strdup(rest);
    it->sections = calloc(1, sizeof *it->sections);
    it->first_line = it->last_line = last->last_line;
    it->ocr_conf = last->ocr_conf;
    if (it->sections != NULL) {
        it->nsections = 1;
        it->sections[0].name = strdup("");
        it->sections[0].text = strdup(rest);
    }
    if (!it->label || !it->title || !it->body || !it->sections ||
        !it->sections[0].name || !it->sections[0].text)
        return ERR_NOMEM;
    /* the item before ends at the sentence before it */
    sec->text[cut - 1] = '\0';
    last->body[bn - tail] = '\0';
    return ERR_OK;
}
