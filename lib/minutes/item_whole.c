/* SPDX-License-Identifier: GPL-2.0-or-later */
/* item_whole.c - items no heading makes: a file with no headings read
 * as one item (its title only where its first line reads as one), and
 * the last entry of a flattened contents that the last item's text
 * runs into ("… om året. Evt Intet."). */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

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

#define SUMMARY_LINES 48u /* an app's labels and summary above a section */

/* Line i titles an app's page: as any page's title (1), or with the
 * item's kind and a colon before it (2: "Beslutning: Grøn Trepart -
 * lokal …", one word before the colon); 0 if not. */
static int app_title(const struct mnt_doc *d, size_t i, int styled)
{
    const struct mnt_line *l = &d->lines[i];
    const char *c = memchr(l->s, ':', l->len);
    if (c == NULL || l->kind != MNT_LINE_TEXT || l->no == 0 ||
        !reads_as_title(l) || memchr(l->s, ' ', (size_t)(c - l->s)) != NULL ||
        c + 1 >= l->s + l->len || c[1] != ' ' ||
        memchr(c + 1, ':', (size_t)(l->s + l->len - c - 1)) != NULL)
        return could_title_page(d, i, styled);
    return 2;
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
    int kind = i < d->nlines ? app_title(d, i, styled) : 0;
    if (styled || kind == 0 || words_in(&d->lines[i]) < TITLE_WORDS)
        i = d->nlines;
    /* only a title with the item's kind says the app's summary follows
     * (a site's menu, "Gå til indhold" / "Københavns Kommune" / "Menu",
     * has two short lines too) */
    size_t seen = kind == 2 ? SUMMARY_LINES : LABELS_SEEN;
    for (size_t k = i, n = 0; i < d->nlines && n < seen; n++) {
        k = mnt_next_text(d, k, d->nlines, MNT_JOIN_GAP);
        if (k >= d->nlines)
            break;
        const struct mnt_line *l = &d->lines[k];
        if (mnt_is_item_section(l))
            return i;
        /* past the app's first two labels its summary may follow
         * ("Opsummering v1" / "Spørgsmål" / "Skal kommunen …?" / "-
         * Mere biodiversitet"), sentences and lists, down to the item's
         * first section */
        if ((n < 2 || kind != 2) &&
            (words_in(l) > LABEL_WORDS || memchr(l->s, ':', l->len) != NULL ||
             memchr(l->s, '.', l->len) != NULL))
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
    return mnt_item_text(it, d, first, first, d->nlines, 0);
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
