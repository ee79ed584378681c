/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_running.c - a council and date repeated as a page header at the
 * start of lines ("Byrådet, 28. januar 2020  Side 2", "2
 * Kommunalbestyrelsens møde 28. november 2005 …", "Økonomiudvalget |
 * 09-10-2019 | Side 2", a council in capitals after the date's year) or
 * at their end before the page's number ("… Økonomiudvalget, 23.
 * november 2016 Side 4"):
 * the council when the header names none; a body's name no council noun
 * makes in a transcript's running footer at the end of each page's line
 * ("… Kulturgruppen den 21. september 2011 Side nr. 5"). For council.c
 * and meta.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

#define RUNNING_PREFIX 60u /* bytes of a page header before its date */
#define RUNNING_DATE   90u /* bytes of a line searched for that date */

/* "3 Den 27. oktober 2011 FORRETNINGSUDVALGET SAG NR. 1 …": a page head
 * that prints the council in capitals after the date (Region
 * Hovedstaden's PDFs). Counts the councils of the run of words in
 * capitals after the date's year (searched from p to lim) into tmp; the
 * number counted. */
static size_t capitals_after_year(const struct mnt_line *l, size_t p,
                                  size_t lim, struct mnt_tally *tmp)
{
    size_t i = p;
    for (; i + 4 <= lim && i + 4 <= l->len; i++)
        if ((i == 0 || l->s[i - 1] == ' ') && l->s[i] >= '1' &&
            l->s[i] <= '2' && mnt_digit(l->s[i + 1]) &&
            mnt_digit(l->s[i + 2]) && mnt_digit(l->s[i + 3]) &&
            (i + 4 == l->len || l->s[i + 4] == ' '))
            break;
    if (i + 4 > lim || i + 4 > l->len)
        return 0;
    size_t a = mnt_skip_sp(l->s, l->len, i + 4), e = a;
    while (e < l->len && e - a < MNT_NAME_MAX) {
        size_t w = e;
        while (w < l->len && l->s[w] != ' ')
            w++;
        if (w == e || !mnt_all_capitals(l->s + e, w - e))
            break;
        e = mnt_skip_sp(l->s, l->len, w);
    }
    while (e > a && l->s[e - 1] == ' ')
        e--;
    if (e == a || !mnt_all_capitals(l->s + a, e - a))
        return 0;
    mnt_councils_count_line(l->s + a, e - a, 0, 0, tmp);
    return tmp->n;
}

/* The council and date a page header names at the start of line l (after
 * a flattened page's number): "2 Kommunalbestyrelsens møde 28. november
 * 2005 …", "Økonomiudvalget | 09-10-2019 | Side 2". Its weight (2 when
 * the line also says it is a page), or 0. */
static unsigned page_header_at(const struct mnt_line *l, struct mnt_tally *tmp,
                               char name[MNT_NAME_MAX], char iso[11])
{
    size_t b = 0;
    while (b < l->len && b < 3 && mnt_digit(l->s[b]))
        b++;
    int page = b > 0 && b < l->len && l->s[b] == ' ';
    if (!page)
        b = 0;
    while (b < l->len && l->s[b] == ' ')
        b++;
    size_t p = b; /* the prefix ends at the first digit: the date */
    while (p < l->len && p - b < RUNNING_PREFIX && !mnt_digit(l->s[p]))
        p++;
    size_t lim = l->len - b < RUNNING_DATE ? l->len - b : RUNNING_DATE;
    if (p == b || p >= l->len || p - b >= RUNNING_PREFIX ||
        !mnt_date_find(l->s + p, lim - (p - b), iso))
        return 0;
    memset(tmp, 0, sizeof *tmp);
    mnt_councils_count_line(l->s + b, p - b, 0, 0, tmp);
    if (tmp->n == 0 && capitals_after_year(l, p, lim + b, tmp) == 0)
        return 0;
    if (tmp->n != 1)
        return 0;
    snprintf(name, MNT_NAME_MAX, "%s", tmp->name[0]);
    for (size_t i = p; !page && i + 4 < l->len; i++)
        page = (l->s[i] == 'S' || l->s[i] == 's') &&
               memcmp(l->s + i + 1, "ide ", 4) == 0;
    return page ? 2 : 1;
}

/* Where a page's number "Side 4" or "Side 4 af 40" ending line l
 * starts (its space before "Side"), or 0. */
static size_t side_tail(const struct mnt_line *l)
{
    size_t e = l->len;
    for (int part = 0; part < 2; part++) {
        size_t d = e;
        while (e > 0 && mnt_digit(l->s[e - 1]))
            e--;
        if (e == d || e < 6)
            return 0;
        if (memcmp(l->s + e - 6, " Side ", 6) == 0)
            return e - 6;
        if (part > 0 || memcmp(l->s + e - 4, " af ", 4) != 0)
            return 0;
        e -= 4;
    }
    return 0;
}

/* "… at forslaget godkendes. Økonomiudvalget, 23. november 2016 Side
 * 4": the running header printed at the foot of a flattened page, its
 * council and date before the page's number at the line's end. Read as
 * page_header_at reads a header, from the nearest capitalised word back
 * (a sentence's words before it name councils of their own). */
static unsigned page_footer_at(const struct mnt_line *l, struct mnt_tally *tmp,
                               char name[MNT_NAME_MAX], char iso[11])
{
    size_t k = side_tail(l);
    for (size_t w = k; w > 1 && k - w < RUNNING_PREFIX; w--) {
        if (l->s[w - 1] != ' ' || !mnt_starts_upper(l->s + w, k - w))
            continue;
        struct mnt_line sub = *l;
        sub.s = l->s + w;
        sub.len = l->len - w;
        unsigned r = page_header_at(&sub, tmp, name, iso);
        if (r > 0)
            return r;
    }
    return 0;
}

int mnt_running_header(const struct mnt_doc *d, const char *date,
                       char council[MNT_NAME_MAX], char iso[11])
{
    struct mnt_tally *t = calloc(2, sizeof *t);
    if (t == NULL)
        return 0;
    for (size_t i = 0; i < d->nlines; i++) {
        char name[MNT_NAME_MAX], at[11], key[MNT_NAME_MAX];
        if (d->lines[i].kind != MNT_LINE_TEXT)
            continue;
        unsigned w = page_header_at(&d->lines[i], &t[1], name, at);
        if (w == 0)
            w = page_footer_at(&d->lines[i], &t[1], name, at);
        if (w == 0 || (date != NULL && strcmp(at, date) != 0))
            continue;
        /* "<date> <council>": the pair is what repeats */
        int n = snprintf(key, sizeof key, "%s %s", at, name);
        if (n > 0 && (size_t)n < sizeof key)
            mnt_tally_add(&t[0], key, (size_t)n, w, 0);
    }
    size_t best;
    int found = mnt_tally_best(&t[0], &best) != NULL && t[0].count[best] >= 3;
    if (found) {
        memcpy(iso, t[0].name[best], 10);
        iso[10] = '\0';
        snprintf(council, MNT_NAME_MAX, "%s", t[0].name[best] + 11);
    }
    free(t);
    return found;
}

#define FOOTER_MIN  3u  /* pages that repeat it */
#define FOOTER_TAIL 60u /* bytes of "<date> Side nr. N" at a line's end */

/* "… Godkendt. Kulturgruppen den 21. september 2011 Side nr. 5": a
 * transcript's running footer at the end of each page's line. Where
 * " den " starts before the meeting's date and the page's number that
 * end line l; 0 if l ends otherwise. */
static size_t footer_den(const struct mnt_line *l, const char *date)
{
    size_t e = l->len;
    while (e > 0 && l->s[e - 1] != ' ')
        e--; /* the page's number */
    if (e < 6)
        return 0;
    size_t k = e - 1;
    if (k >= 4 && memcmp(l->s + k - 4, " nr.", 4) == 0)
        k -= 4;
    if (k < 5 || memcmp(l->s + k - 5, " Side", 5) != 0)
        return 0;
    k -= 5;
    for (size_t b = k > FOOTER_TAIL ? k - FOOTER_TAIL : 0; b + 5 < k; b++) {
        char iso[11];
        if (memcmp(l->s + b, " den ", 5) == 0 &&
            mnt_date_find(l->s + b + 5, k - b - 5, iso) &&
            strcmp(iso, date) == 0)
            return b;
    }
    return 0;
}

/* Is the one word s[0..n) before a footer's date a body's name that no
 * council noun makes ("Kulturgruppen"): capitalised, no weekday, no
 * document's or municipality's word? A council noun's footer
 * ("Byrådet den …") is left to the rules that read those. */
static int footer_body(const char *s, size_t n)
{
    static const char *const not [] = {
        "mandag", "tirsdag",  "onsdag",  "torsdag",   "fredag",
        "lørdag", "søndag",   "referat", "dagsorden", "mødet",
        "møde",   "protokol", "kommune", "kommunes",  "region"};
    struct mnt_tok t = {s, n};
    char noun[MNT_NAME_MAX];
    if (n < 4 || !mnt_tok_capital(&t) || s[n - 1] == '.' || s[n - 1] == ',' ||
        mnt_council_noun(&t, 0, noun))
        return 0;
    for (size_t k = 0; k < sizeof not / sizeof *not ; k++)
        if (fold_eq(s, n, not [k], strlen(not [k])))
            return 0;
    for (size_t i = 0; i < n; i++)
        if (mnt_digit(s[i]) || s[i] == ':' || s[i] == '-')
            return 0;
    return 1;
}

int mnt_running_footer(const struct mnt_doc *d, const char *date,
                       char council[MNT_NAME_MAX])
{
    if (date == NULL)
        return 0;
    struct mnt_tally *t = calloc(1, sizeof *t);
    if (t == NULL)
        return 0;
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        size_t den = l->kind == MNT_LINE_TEXT ? footer_den(l, date) : 0;
        /* the word before " den ", back to a sentence's end
         * ("Godkendt. Kulturgruppen", "Intet. Kulturgruppen") */
        size_t w = den;
        while (w > 0 && l->s[w - 1] != ' ')
            w--;
        if (den > 0 && w < den && footer_body(l->s + w, den - w))
            mnt_tally_add(t, l->s + w, den - w, 1, 0);
    }
    size_t best;
    int found =
        mnt_tally_best(t, &best) != NULL && t->count[best] >= FOOTER_MIN;
    if (found)
        snprintf(council, MNT_NAME_MAX, "%s", t->name[best]);
    free(t);
    return found;
}
