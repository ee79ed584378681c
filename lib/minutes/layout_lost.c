/* SPDX-License-Identifier: GPL-2.0-or-later */
/* layout_lost.c - for layout.c: headings whose numbers a transcript lost
 * (a page that opens with its running header and then a title and its
 * case file's fields, the digits dropped), put back into the numbered
 * chain between the items they fall between. Apart from layout.c, which
 * chooses the style: these rules mend the chosen chain. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* Bytes of line l after its page's number ("3 Udvalget for … den"),
 * 0 if it opens with none. */
static size_t after_page_number(const struct mnt_line *l)
{
    size_t o = mnt_page_number_len(l->s, l->len);
    return o > 0 && o + 11 < l->len ? o : 0;
}

#define HEADER_NEAR 64 /* lines looked at for another page's header */

/* Is line i a piece of a flattened page cut right after the page's
 * number and running header (the line before: "3 Udvalget for Kultur og
 * Planlægning s møde den", which another page's piece repeats), opening
 * with a title and its case number or field? */
static int lost_number_head(const struct mnt_doc *d, size_t i)
{
    const struct mnt_line *l = &d->lines[i], *h = i > 0 ? l - 1 : NULL;
    size_t o = h ? after_page_number(h) : 0;
    if (!l->cut || o == 0 || !h->cut || !mnt_starts_upper(l->s, l->len))
        return 0;
    struct mnt_line t = {.s = l->s, .len = mnt_title_before_case(l->s, l->len)};
    if (t.len == 0 || mnt_line_is_prose(&t))
        return 0;
    /* another page's piece near by (a bounded look: every page repeats
     * the header, and a hostile text of many pages stays linear) */
    size_t from = i > HEADER_NEAR ? i - HEADER_NEAR : 0;
    size_t to = i + HEADER_NEAR < d->nlines ? i + HEADER_NEAR : d->nlines;
    for (size_t k = from; k < to; k++) {
        const struct mnt_line *g = &d->lines[k];
        size_t go = after_page_number(g);
        if (k != i - 1 && go > 0 && g->len - go == h->len - o &&
            memcmp(g->s + go, h->s + o, h->len - o) == 0)
            return 1;
    }
    return 0;
}

/* A transcript that dropped digits loses the number of the heading that
 * opens a page after its running header ("3 Udvalget … s møde den
 * Tilskud til koncerter 10/10455 Beslutningstema: …") while the others
 * keep theirs. Such a head between items n and n+2 of the numbered
 * chain is item n+1, one after its last item is the next: added to c. */
int mnt_fill_lost_numbers(const struct mnt_parser *p, struct mnt_cands *c)
{
    const struct mnt_doc *d = &p->doc;
    if (c->n < 2)
        return ERR_OK;
    size_t k = 0; /* the first head at or after line i */
    for (size_t i = c->v[0].line + 1; i < d->nlines; i++) {
        while (k < c->n && c->v[k].line < i)
            k++;
        if ((k < c->n && c->v[k].line == i) || c->v[k - 1].letter != 0 ||
            (k < c->n && c->v[k].num <= c->v[k - 1].num + 1) ||
            !lost_number_head(d, i))
            continue;
        struct mnt_cand *v = realloc(c->v, (c->n + 1) * sizeof *v);
        if (v == NULL)
            return ERR_NOMEM;
        c->v = v;
        memmove(v + k + 1, v + k, (c->n - k) * sizeof *v);
        memset(&v[k], 0, sizeof v[k]);
        v[k].line = i;
        v[k].num = v[k - 1].num + 1;
        v[k].delim = '.';
        c->n++;
    }
    return ERR_OK;
}

/* The label a chain's heading prints before its number ("Sag nr. 159
 * Kvalitetsrapport …" -> "Sag nr"), without the full stop and spaces
 * before the digits, in *lab; its length, 0 where the number opens the
 * line or stands more than LABEL_MAX bytes in. */
#define LABEL_MAX 16u
static size_t label_before_number(const struct mnt_line *l, const char **lab)
{
    size_t q = 0;
    while (q < l->len && q <= LABEL_MAX && !mnt_digit(l->s[q]))
        q++;
    if (q >= l->len || q > LABEL_MAX)
        return 0;
    while (q > 0 && (l->s[q - 1] == ' ' || l->s[q - 1] == '.'))
        q--;
    *lab = l->s;
    return q >= 3 && mnt_starts_upper(l->s, q) ? q : 0;
}

/* Offset of the title after the label lab[0..ln) that page l's first
 * words print with no number after it ("9 Journal nr.: Sag nr klasse i
 * …": the transcript dropped "160. 10." with the number's full stop);
 * 0 if none. */
static size_t after_bare_label(const struct mnt_line *l, size_t t,
                               const char *lab, size_t ln)
{
    for (size_t i = t; ln > 0 && i + ln + 2 < l->len && i <= t + 2 * LABEL_MAX;
         i++) {
        if ((i > 0 && l->s[i - 1] != ' ') || memcmp(l->s + i, lab, ln) != 0 ||
            l->s[i + ln] != ' ')
            continue;
        uint32_t cp;
        size_t o = i + ln + 1;
        return utf8_decode(l->s + o, l->len - o, &cp) > 0 && fold_is_letter(cp)
                   ? o
                   : 0;
    }
    return 0;
}

/* Offset of the title on flattened page l when the page opens with its
 * number and then a title that runs into its case file's fields ("4
 * budgetopfølgning 2019 s eget budget Sagsnr.: …": the item's number
 * lost by the transcript), or with the label lab[0..ln) the chain's
 * headings print before their number, its number lost (see
 * after_bare_label); 0 if not such a page. */
static size_t numberless_page(const struct mnt_line *l, const char *lab,
                              size_t ln)
{
    size_t t = mnt_page_number_len(l->s, l->len);
    if (l->kind != MNT_LINE_TEXT || l->len <= MNT_HEADING_MAX || t == 0)
        return 0;
    size_t b = after_bare_label(l, t, lab, ln);
    if (b > 0)
        return b;
    uint32_t cp;
    if (utf8_decode(l->s + t, l->len - t, &cp) == 0 || !fold_is_letter(cp) ||
        mnt_title_before_field(l->s + t, l->len - t) == 0)
        return 0;
    return t;
}

/* Bytes of a title looked for in the page before the chain's first. */
#define FIRST_TITLE_CMP 16u

/* The line of item 1 whose heading the transcript lost on the contents'
 * last page ("3 2. Ansøgning om … - Maj Åben sag Sagsid: 10/5200 …": the
 * contents without item 1's entry, then item 1's fields and text), when
 * the chain c opens at 2: the flattened page right before the 2's line
 * that names its title and then holds a case file's field; (size_t)-1
 * if none. */
static size_t lost_first_item(const struct mnt_parser *p,
                              const struct mnt_cands *c)
{
    const struct mnt_cand *b = &c->v[0];
    const struct mnt_doc *d = &p->doc;
    const struct mnt_line *lb = &d->lines[b->line];
    size_t i = b->line; /* back over its own page's pieces, blank lines */
    while (i > 0 && (d->lines[i - 1].kind != MNT_LINE_TEXT ||
                     d->lines[i - 1].no == lb->no))
        i--;
    if (b->num != 2 || b->letter != 0 || i == 0 || b->line - i > 3 ||
        lb->len < b->title_off + FIRST_TITLE_CMP)
        return (size_t)-1;
    /* the page may be cut in pieces (mnt_split_inline): from its first */
    size_t from = --i;
    while (from > 0 && d->lines[from - 1].kind == MNT_LINE_TEXT &&
           d->lines[from - 1].no == d->lines[i].no)
        from--;
    /* a flattened page, opening with its number */
    size_t bytes = 0;
    for (size_t k = from; k <= i; k++)
        bytes += d->lines[k].len;
    if (bytes <= MNT_HEADING_MAX || !mnt_digit(d->lines[from].s[0]))
        return (size_t)-1;
    int named = 0;
    for (size_t k = from; k <= i; k++) {
        const struct mnt_line *l = &d->lines[k];
        for (size_t q = 0; q + FIRST_TITLE_CMP <= l->len; q++) {
            if (q > 0 && l->s[q - 1] != ' ')
                continue;
            if (!named)
                named = memcmp(l->s + q, lb->s + b->title_off,
                               FIRST_TITLE_CMP) == 0;
            else if (mnt_field_word_at(l->s + q, l->len - q))
                return from;
        }
    }
    return (size_t)-1;
}

/* Offset of the text after a date field whose date was lost inside
 * s[0..n) ("… Ballerup Dato: Velkomst ved formanden Formanden havde
 * …": a transcript that dropped the digits of "Dato: 26.02.2013 1."),
 * the label followed by a word in capitals that is no weekday, no date
 * and no next field's label; 0 if none. */
static size_t after_lost_date(const char *s, size_t n)
{
    static const char *const keys[] = {"Mødedato: ", "Dato: "};
    for (size_t at = 1; at + 6 < n; at++) {
        size_t kn = 0;
        for (size_t k = 0; kn == 0 && k < 2 && s[at - 1] == ' '; k++)
            kn = fold_prefix(s + at, n - at, keys[k]);
        size_t j = at + kn;
        struct mnt_tok t;
        char iso[11];
        if (kn == 0 || !mnt_tok_next(s, n, &j, &t) || t.s != s + at + kn ||
            !mnt_tok_capital(&t) || mnt_date_word(t.s, t.n) ||
            (j < n && s[j] == ':') || mnt_date_find(t.s, n - (at + kn), iso))
            continue;
        return at + kn;
    }
    return 0;
}

/* Item 1's line and title on the flattened page that holds item 2 as
 * well, when the transcript lost the number with the date field's
 * digits before it ("Dato: Velkomst ved formanden … 2. Introduktion
 * …"): a chain c opening at 2 whose page before it, in pieces of the
 * same line, holds such a field; the piece's line into *line and the
 * title's offset into *off, 1; else 0. */
static int lost_with_date(const struct mnt_parser *p, const struct mnt_cands *c,
                          size_t *line, size_t *off)
{
    const struct mnt_cand *b = &c->v[0];
    const struct mnt_doc *d = &p->doc;
    if (b->num != 2 || b->letter != 0)
        return 0;
    for (size_t i = b->line; i > 0 && d->lines[i - 1].kind == MNT_LINE_TEXT &&
                             d->lines[i - 1].no == d->lines[b->line].no;
         i--) {
        const struct mnt_line *l = &d->lines[i - 1];
        size_t o = after_lost_date(l->s, l->len);
        if (o > 0 && l->len - o > FIRST_TITLE_CMP) {
            *line = i - 1;
            *off = o;
            return 1;
        }
    }
    return 0;
}

/* A chain that leaves out one number (80, 82) with exactly one such
 * page between them: that page is the item left out (81), its heading's
 * number lost, not the text of the item before. c->v is replaced (its
 * allocation may be exactly c->n long). ERR_NOMEM. */
int mnt_lost_numbers(const struct mnt_parser *p, struct mnt_cands *c)
{
    if (c->n < 2)
        return ERR_OK;
    struct mnt_cand *v = malloc((2 * c->n + 1) * sizeof *v);
    if (v == NULL)
        return ERR_NOMEM;
    size_t n = 0, first = lost_first_item(p, c), off1 = 0;
    if (first != (size_t)-1) { /* untitled: its title is in no line */
        v[n] = c->v[0];
        v[n].line = first;
        v[n].num = 1;
        v[n++].title_off = p->doc.lines[first].len;
    } else if (lost_with_date(p, c, &first, &off1)) {
        v[n] = c->v[0];
        v[n].line = first;
        v[n].num = 1;
        v[n].title_end = 0;
        v[n++].title_off = off1;
    }
    for (size_t k = 0; k < c->n; k++) {
        v[n++] = c->v[k];
        if (k + 1 == c->n)
            break;
        const struct mnt_cand *a = &c->v[k], *b = &c->v[k + 1];
        if (a->letter != 0 || b->letter != 0 || b->num != a->num + 2)
            continue;
        size_t at = 0, off = 0, seen = 0;
        const char *lab = NULL;
        size_t ln = label_before_number(&p->doc.lines[a->line], &lab);
        for (size_t i = a->line + 1; i < b->line && seen < 2; i++) {
            size_t t = numberless_page(&p->doc.lines[i], lab, ln);
            if (t > 0)
                at = i, off = t, seen++;
        }
        if (seen != 1)
            continue;
        struct mnt_cand m = *a;
        m.line = at;
        m.num = a->num + 1;
        m.title_off = off;
        m.title_end = 0;
        m.above = 0;
        v[n++] = m;
    }
    free(c->v);
    c->v = v;
    c->n = n;
    return ERR_OK;
}

/* The page after the agenda chain's last item that opens, after the
 * running header cut off it, with a title the contents name and then the
 * item's first section ("6 Økonomiudvalget Sag nr" / "Cykelsti langs …
 * Sagsfremstilling …"), as the items' own pages do: the contents' last
 * entry, whose number the transcript ran into the entry before ("4. Løn
 * og personale i tal 2014/ Cykelsti langs …"), an item of its own after
 * the last. Exactly one such page, else none. */
int mnt_page_after_agenda(const struct mnt_parser *p, struct mnt_cands *c)
{
    const struct mnt_doc *d = &p->doc;
    if (c->n < 2 || p->toc_text == NULL)
        return ERR_OK;
    const struct mnt_cand *last = &c->v[c->n - 1];
    if (last->line == 0 || d->lines[last->line - 1].cut != MNT_CUT_PAGE_HEAD)
        return ERR_OK;
    size_t at = 0, te = 0, seen = 0;
    for (size_t i = last->line + 1; i < d->nlines && seen < 2; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT ||
            d->lines[i - 1].cut != MNT_CUT_PAGE_HEAD ||
            !mnt_starts_upper(l->s, l->len))
            continue;
        struct mnt_line t = {.s = l->s,
                             .len = mnt_title_before_section(l->s, l->len)};
        if (t.len > 0 && !mnt_line_is_prose(&t) &&
            mnt_toc_names(p->toc_text, p->toc_len, t.s, t.len))
            at = i, te = t.len, seen++;
    }
    if (seen != 1)
        return ERR_OK;
    struct mnt_cand *v = realloc(c->v, (c->n + 1) * sizeof *v);
    if (v == NULL)
        return ERR_NOMEM;
    c->v = v;
    struct mnt_cand *m = &v[c->n];
    *m = v[c->n - 1];
    m->line = at;
    m->num++;
    m->title_off = 0;
    m->title_end = te;
    m->order = 0;
    m->above = 0;
    c->n++;
    return ERR_OK;
}

/* The headings numbered on after the agenda chain's last item (n + 1,
 * n + 2, … in the numbered chain g, below it) whose titles the contents
 * name with no number before them: the transcript lost the last
 * entries' numbers and pages and ran their titles into the last entry
 * ("7 Høring om … kiler Plejecentret Solsikken - … Birkeskolen. … 15"),
 * but the pages still print them ("… Beslutning Kommunalbestyrelsen 8
 * Plejecentret Solsikken - …"). Items of their own after the last. */
int mnt_numbered_after_agenda(const struct mnt_parser *p, struct mnt_cands *c,
                              const struct mnt_cands *g)
{
    const struct mnt_doc *d = &p->doc;
    if (c->n < 2 || p->toc_text == NULL || c->v[c->n - 1].letter != 0)
        return ERR_OK;
    for (size_t k = 0; k < g->n; k++) {
        const struct mnt_cand *last = &c->v[c->n - 1], *h = &g->v[k];
        const struct mnt_line *l = &d->lines[h->line];
        if (h->line <= last->line || h->letter != 0 ||
            h->num != last->num + 1 || h->title_off >= l->len)
            continue;
        size_t te = h->title_end > h->title_off ? h->title_end : l->len;
        if (!mnt_toc_names(p->toc_text, p->toc_len, l->s + h->title_off,
                           te - h->title_off) ||
            mnt_toc_number(p->toc_text, p->toc_len, l->s + h->title_off,
                           te - h->title_off) != 0)
            break;
        struct mnt_cand *v = realloc(c->v, (c->n + 1) * sizeof *v);
        if (v == NULL)
            return ERR_NOMEM;
        c->v = v;
        v[c->n] = *h;
        v[c->n].order = 0;
        c->n++;
    }
    return ERR_OK;
}

/* Does an agenda entry's title s[0..n) open with a closed item's mark
 * ("LUKKET PROTOKOL Køb af …", "Lukket punkt: …")? */
static int closed_entry(const char *s, size_t n)
{
    static const char *const marks[] = {"lukket punkt", "lukket sag",
                                        "lukket protokol", "lukket møde"};
    if (n > 7 && memcmp(s, "LUKKET ", 7) == 0)
        return 1;
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
        if (fold_prefix(s, n, marks[k]) > 0)
            return 1;
    return 0;
}

/* A closed item that a transcript prints only as the contents' entry
 * ("2 Indholdsfortegnelse 1. LUKKET PROTOKOL Køb af areal … 2. …": the
 * closed protocol is kept apart, no page holds it) before the chain's
 * first: an item at its entry, titled by it. */
int mnt_closed_entries(const struct mnt_parser *p, struct mnt_cands *c)
{
    if (c->n < 2 || c->v[0].order <= 1 || p->agenda.n < c->v[0].order - 1)
        return ERR_OK;
    size_t k = c->v[0].order - 1; /* the entries before the chain's first */
    for (size_t j = 0; j < k; j++) {
        const char *s;
        size_t n;
        mnt_agenda_entry_title(p, &p->agenda.v[j], &s, &n);
        if (!closed_entry(s, n))
            return ERR_OK;
    }
    struct mnt_cand *v = realloc(c->v, (c->n + k) * sizeof *v);
    if (v == NULL)
        return ERR_NOMEM;
    c->v = v;
    memmove(v + k, v, c->n * sizeof *v);
    for (size_t j = 0; j < k; j++) {
        v[j] = p->agenda.v[j];
        v[j].order = (unsigned)(j + 1);
    }
    c->n += k;
    return ERR_OK;
}
