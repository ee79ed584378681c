/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_decision.c - for council.c: the body the items' decision lines
 * name ("Beslutning fra  Konstituerende møde  den 12. december 2017:"),
 * the council that met on a page that prints no header (PolWeb's item
 * pages open with the first heading: the first council the text names is
 * a sentence's, "Det nyvalgte byråd skal …"); the council the first item's
 * approval of the agenda names ("… for ØU den 7. december 2021."). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"
#include "minutes/segment_internal.h"

#define DECISION_LINE_MAX 120u /* "Beslutning fra <body> den <date>:" */

/* The body of a decision line that names its day, "Beslutning fra|i
 * <Body> [den] <date>[:]", into out with runs of spaces made one (PolWeb
 * pads the body with two); 0 when l is no such line or the body does not
 * open with a capital. */
static int decision_body(const struct mnt_line *l, char out[MNT_NAME_MAX])
{
    size_t k = fold_prefix(l->s, l->len, "Beslutning fra ");
    if (k == 0)
        k = fold_prefix(l->s, l->len, "Beslutning i ");
    if (l->kind != MNT_LINE_TEXT || k == 0 || l->len > DECISION_LINE_MAX)
        return 0;
    size_t n = l->len;
    while (n > 0 && (l->s[n - 1] == ':' || l->s[n - 1] == ' '))
        n--;
    char iso[11];
    /* the day ends the line: a quoted date in a sentence is none */
    if (!mnt_ends_in_year(l->s, n) || !mnt_date_find(l->s, n, iso))
        return 0;
    k = mnt_skip_sp(l->s, n, k);
    struct mnt_tok first;
    size_t at = k;
    if (!mnt_tok_next(l->s, n, &at, &first) || first.s != l->s + k ||
        !mnt_tok_capital(&first))
        return 0;
    /* the body ends before "den" or before the date's first digit */
    size_t o = 0, end = k, w = k;
    struct mnt_tok t;
    while (mnt_tok_next(l->s, n, &w, &t)) {
        if (mnt_tok_is(&t, "den") || mnt_digit(t.s[0]))
            break;
        end = (size_t)(t.s - l->s) + t.n;
    }
    for (size_t i = k; i < end && o + 1 < MNT_NAME_MAX; i++)
        if (l->s[i] != ' ' || out[o - 1] != ' ')
            out[o++] = l->s[i];
    out[o] = '\0';
    return o > 0;
}

/* Does s[0..n) end in a year, four digits after a non-digit ("… den
 * 12. december 2017", "… den 05-10-2016"), not in an item's number ("…,
 * pkt. 58")? */
int mnt_ends_in_year(const char *s, size_t n)
{
    if (n < 5 || mnt_digit(s[n - 5]))
        return 0;
    for (size_t i = n - 4; i < n; i++)
        if (!mnt_digit(s[i]))
            return 0;
    return s[n - 4] == '1' || s[n - 4] == '2';
}

/* decision_body for mnt_most_frequent: line i's body. */
static int body_at(const struct mnt_doc *d, size_t i, char *out)
{
    return decision_body(&d->lines[i], out);
}

int mnt_council_decisions(const struct mnt_doc *d, size_t least,
                          char out[MNT_NAME_MAX])
{
    /* `least` decisions at least, and no other body as often */
    return mnt_most_frequent(d, d->nlines, least, body_at, out, MNT_NAME_MAX);
}

/* The council the words l->s[from..to) of an agenda's approval name:
 * its abbreviation spelt out ("ØU"), or the one council they name
 * ("Økonomiudvalget"); not "mødet". */
static int approval_names(const struct mnt_doc *d, const struct mnt_line *l,
                          size_t from, size_t to, char out[MNT_NAME_MAX])
{
    struct mnt_tok t;
    size_t j = from;
    if (mnt_tok_next(l->s, to, &j, &t) && j == to && mnt_abbreviation_tok(&t))
        return mnt_council_abbrev(d, t.s, t.n, out);
    struct mnt_tally *ty = calloc(1, sizeof *ty);
    if (ty == NULL)
        return 0;
    mnt_councils_count_line(l->s + from, to - from, 0, 0, ty);
    int one = ty->n == 1;
    if (one)
        snprintf(out, MNT_NAME_MAX, "%s", ty->name[0]);
    free(ty);
    return one;
}

int mnt_council_agenda_approval(const struct mnt_doc *d, size_t from, size_t to,
                                char out[MNT_NAME_MAX])
{
    for (size_t i = from; i < to && i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        size_t a, b;
        char iso[11];
        for (size_t at = 0; l->kind == MNT_LINE_TEXT && at < l->len; at++)
            if (mnt_agenda_approval_at(l, at, &a, &b, iso) &&
                approval_names(d, l, a, b, out))
                return 1;
    }
    return 0;
}
