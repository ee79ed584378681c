/* SPDX-License-Identifier: GPL-2.0-or-later */
/* styled.c - unnumbered headings the format marked (a heading level, a
 * bold or larger line) that could open an item; never a document's own
 * heading ("Referat", "Dagsorden for …") nor a heading repeated on the
 * next page ("… (fortsat)"). */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

int mnt_is_doc_heading(const char *s, size_t n)
{
    static const char *const words[] = {"Referat",
                                        "Dagsorden",
                                        "Beslutningsprotokol",
                                        "Indholdsfortegnelse",
                                        "Indhold",
                                        "Punkter",
                                        "Dagsordenpunkter",
                                        "Dagsordenspunkter",
                                        "Åbne sager",
                                        "Lukkede sager",
                                        "Mødereferat"};
    static const char *const joins[] = {" for ", " af ", " og ", ":", " -"};
    char iso[11];
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        size_t m = fold_prefix(s, n, words[k]);
        if (m == 0)
            continue;
        /* "Referat", "Referat for …", "Mødereferat 22. februar 2016";
         * not "Referat fra regionsrådets årsmøde", an item */
        if (m == n || mnt_date_find(s, n, iso))
            return 1;
        for (size_t j = 0; j < sizeof joins / sizeof *joins; j++)
            if (fold_prefix(s + m, n - m, joins[j]) > 0)
                return 1;
    }
    return 0;
}

/* "Budget 2023 (fortsat)", "Budget 2023 - fortsat": an item's heading
 * repeated on the next page, no item of its own. */
static int is_continued(const char *s, size_t n)
{
    static const char *const ends[] = {"(fortsat)", "(fortsættelse)",
                                       "- fortsat", "(fortsat fra side"};
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        size_t m = strlen(ends[k]);
        for (size_t i = 0; i + m <= n; i++)
            if (fold_prefix(s + i, n - i, ends[k]) > 0)
                return 1;
    }
    return 0;
}

/* s[0..n) is a closed item's mark before its title's colon: "Lukket
 * punkt", "Lukket sag", "Lukket". */
static int closed_mark(const char *s, size_t n)
{
    static const char *const marks[] = {"Lukket punkt", "Lukket sag", "Lukket"};
    return fold_among(s, n, marks, sizeof marks / sizeof *marks);
}

/* A dated label the minutes print in item after item: the decision's
 * heading "Kommunalbestyrelsens møde 25. september 2006" in bold over
 * "Punkt 3:" (a Word document whose item headings are plain numbered
 * paragraphs). Items do not share a title with a date in it, so a bold
 * line naming a date that stands three times or more is no heading. */
static int recurring_dated_label(const struct mnt_doc *d, size_t li)
{
    const struct mnt_line *l = &d->lines[li];
    char iso[11];
    if (!mnt_date_find(l->s, l->len, iso))
        return 0;
    size_t same = 0;
    for (size_t i = 0; i < d->nlines && same < 3; i++)
        same += d->lines[i].kind == MNT_LINE_TEXT &&
                d->lines[i].len == l->len &&
                memcmp(d->lines[i].s, l->s, l->len) == 0;
    return same >= 3;
}

/* A meeting header's field label alone in capitals, its value on the
 * next line (First Agenda's "UDVALG", "MØDE", "STED", "STARTTIDSPUNKT"
 * as h3 over a paragraph): a field, no heading of an item. */
static int header_field_label(const struct mnt_line *l)
{
    static const char *const keys[] = {"Udvalg",         "Møde",
                                       "Mødedato",       "Dato",
                                       "Starttidspunkt", "Sluttidspunkt"};
    if (memchr(l->s, ' ', l->len) != NULL || !mnt_all_capitals(l->s, l->len))
        return 0;
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++)
        if (fold_eq(l->s, l->len, keys[k], strlen(keys[k])))
            return 1;
    return mnt_place_field_line(l->s, l->len);
}

/* "Referat fra Magistratens møde den 18. marts 2019" set in the style
 * of an item heading above it: an item about another meeting's minutes
 * (a document's own heading comes before its items, in its own style). */
static int minutes_item_title(const struct mnt_parser *p, size_t li)
{
    const struct mnt_line *l = &p->doc.lines[li];
    size_t m = fold_prefix(l->s, l->len, "Referat fra ");
    if (m == 0 || l->level == 0)
        return 0;
    struct mnt_cand c;
    for (size_t j = 0; j < li; j++) {
        const struct mnt_line *k = &p->doc.lines[j];
        if (k->level == l->level && k->bold == l->bold &&
            mnt_styled_cand(p, j, &c))
            return 1;
    }
    return 0;
}

/* Is line li the document's first text, "Referat" or "Dagsorden" and
 * the meeting it reports on ("Referat Ungdomsskolens bestyrelsesmøde",
 * a Word file's "Title")? The document's own heading, no item. */
static int own_heading_first(const struct mnt_doc *d, size_t li)
{
    static const char *const words[] = {"Referat ", "Dagsorden "};
    const struct mnt_line *l = &d->lines[li];
    for (size_t i = 0; i < li; i++)
        if (d->lines[i].kind == MNT_LINE_TEXT && d->lines[i].no > 0)
            return 0;
    size_t m = 0;
    for (size_t k = 0; m == 0 && k < 2; k++)
        m = fold_prefix(l->s, l->len, words[k]);
    size_t k = strlen("møde");
    return m > 0 && l->len >= m + k && fold_eq(l->s + l->len - k, k, "møde", k);
}

/* Is the line "Forside", the cover page a publishing system lists as
 * the agenda's first entry (Sermersooq's date pages: its text is the
 * members and absentees)? The meeting's header, no item: no agenda
 * item is titled by the word for a front page alone. */
static int cover_page(const struct mnt_line *l)
{
    return fold_eq(l->s, l->len, "Forside", strlen("Forside"));
}

/* An unnumbered heading the format marked: a heading level, a bold or
 * larger line; short, capitalised, not a section name ("Beslutning"),
 * not a field ("Dato: …"), a label ending in a colon, an item's status
 * ("Åbent punkt"), an attendance field's label ("Fraværende med
 * afbud"), a dated label recurring in every item, nor a list item. */
int mnt_styled_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[li];
    size_t nl, off;
    /* a bold list item heads an item (WordPress: one <ol> per item) */
    if ((l->level == 0 && !l->bold && !l->big) || (l->list && !l->bold) ||
        l->cell || l->len > 150 || !mnt_starts_title(l->s, l->len) ||
        mnt_section_heading(l->s, l->len, &nl, &off) ||
        (mnt_is_doc_heading(l->s, l->len) && !minutes_item_title(p, li)) ||
        own_heading_first(&p->doc, li) || mnt_status_line(l) || cover_page(l) ||
        mnt_is_attendance_label(l->s, l->len) || header_field_label(l))
        return 0;
    /* "Dato: …" is a field; "LOVE/REGLER:", a label ending in its colon,
     * introduces the text below it, as a section name does, and so does
     * an article's question ("Hvad betyder det for dig?"); but
     * "Lukket punkt: Køb af ejendom" is a closed item's whole title */
    const char *colon = memchr(l->s, ':', l->len);
    if ((colon != NULL && colon < l->s + 30 &&
         !closed_mark(l->s, (size_t)(colon - l->s))) ||
        l->s[l->len - 1] == ':' || l->s[l->len - 1] == '?' ||
        is_continued(l->s, l->len) || recurring_dated_label(&p->doc, li))
        return 0;
    c->num = 0;
    c->letter = 0;
    c->delim = 0;
    c->title_off = 0;
    return 1;
}

/* Is line li a heading that ends in its colon ("Information fra
 * formanden:") set as the items' headings are, at heading level `level`:
 * two words or more, no other colon, and no section name, field or
 * label before the colon? */
static int colon_heading(const struct mnt_parser *p, size_t li, uint8_t level)
{
    const struct mnt_line *l = &p->doc.lines[li];
    size_t nl, off;
    if (l->kind != MNT_LINE_TEXT || l->level != level || l->list || l->cell ||
        l->len < 2 || l->len > 150 || l->s[l->len - 1] != ':' ||
        memchr(l->s, ':', l->len - 1) != NULL ||
        memchr(l->s, ' ', l->len) == NULL)
        return 0;
    size_t n = l->len - 1;
    return mnt_starts_title(l->s, n) &&
           !mnt_section_heading(l->s, n, &nl, &off) &&
           !mnt_is_doc_heading(l->s, n) && !mnt_status_line(l) &&
           !mnt_is_attendance_label(l->s, n) && !header_field_label(l);
}

int mnt_styled_colon_heads(const struct mnt_parser *p, struct mnt_cands *c)
{
    if (c->n < 2)
        return ERR_OK;
    uint8_t level = p->doc.lines[c->v[0].line].level;
    for (size_t k = 1; k < c->n; k++)
        if (p->doc.lines[c->v[k].line].level != level)
            return ERR_OK;
    size_t add = 0;
    for (size_t li = c->v[0].line + 1; level > 0 && li < c->v[c->n - 1].line;
         li++)
        add += colon_heading(p, li, level);
    if (add == 0)
        return ERR_OK;
    struct mnt_cand *v = malloc((c->n + add) * sizeof *v);
    if (v == NULL)
        return ERR_NOMEM;
    size_t n = 0;
    for (size_t k = 0; k < c->n; k++) {
        v[n++] = c->v[k];
        size_t end = k + 1 < c->n ? c->v[k + 1].line : c->v[k].line;
        for (size_t li = c->v[k].line + 1; li < end; li++)
            if (colon_heading(p, li, level)) {
                memset(&v[n], 0, sizeof v[n]);
                v[n].line = li;
                v[n].quality = c->v[k].quality;
                n++;
            }
    }
    for (size_t k = 0; k < n; k++)
        v[k].num = (unsigned)k + 1;
    free(c->v);
    c->v = v;
    c->n = n;
    c->score = mnt_run_score(p, c);
    return ERR_OK;
}
