/* SPDX-License-Identifier: GPL-2.0-or-later */
/* decision_date.c - for meeting_date.c: the date the items' decision
 * lines repeat ("Beslutning i Erhvervs- og Udviklingsudvalget 4. oktober
 * 2021:"), the meeting's day on a page that prints no header; and the
 * dated decisions of the earlier meetings an item passed through, whose
 * days are no date of this one. */
#include <string.h>

#include "minutes/minutes_internal.h"

#define DECISION_LINE_MAX 120u /* "Beslutning i <committee> <date>:" */
#define TALLY_MAX         16u  /* distinct values counted */

/* "Regionsrådets beslutning den 17. juni 2025:" (Region Hovedstaden's
 * HtmlPublication): the body in the genitive, one capitalised word
 * ending in "s", then "beslutning den". */
static int genitive_decision(const struct mnt_line *l)
{
    static const char tail[] = "s beslutning den ";
    size_t w = 0;
    while (w < l->len && l->s[w] != ' ')
        w++;
    struct mnt_tok first = {l->s, w};
    size_t n = sizeof tail - 1;
    return w > 1 && mnt_tok_capital(&first) && w + n - 1 <= l->len &&
           fold_prefix(l->s + w - 1, l->len - w + 1, tail) > 0;
}

/* A decision line that names its day: "Beslutning i <body> [den] <date>"
 * or "Beslutning <Body> den <date>" (Hørsholm: "Beslutning Økonomiudvalget
 * den 09-05-2019") or "Beslutning fra <body> den <date>" (PolWeb's items:
 * "Beslutning fra  Konstituerende møde  den 12. december 2017:") or
 * "<Body>s beslutning den <date>", and at most a colon after the date
 * (not a sentence that quotes one). */
static int decision_date(const struct mnt_line *l, char iso[11])
{
    size_t k = strlen("Beslutning ");
    struct mnt_tok body = {l->s + k, l->len > k ? l->len - k : 0};
    if (l->kind != MNT_LINE_TEXT || l->len > DECISION_LINE_MAX ||
        !(genitive_decision(l) ||
          (fold_prefix(l->s, l->len, "Beslutning ") > 0 &&
           (fold_prefix(l->s, l->len, "Beslutning i ") > 0 ||
            fold_prefix(l->s, l->len, "Beslutning fra ") > 0 ||
            mnt_tok_capital(&body)))))
        return 0;
    size_t n = l->len;
    while (n > 0 && (l->s[n - 1] == ':' || l->s[n - 1] == ' '))
        n--;
    /* "Beslutning fra Teknik- og Miljøudvalget, 10. september 2024, pkt.
     * 58:" quotes an earlier body's decision: a "fra" line must end in
     * its year */
    if (fold_prefix(l->s, l->len, "Beslutning fra ") > 0 &&
        !mnt_ends_in_year(l->s, n))
        return 0;
    /* the date must end the line: its year is the last word */
    if (n < 4 || !mnt_digit(l->s[n - 1]))
        return 0;
    return mnt_date_find(l->s, n, iso);
}

/* PolWeb's decision block: "Beslutning fra <body>" over its fields,
 * "Dato: 10. september 2019" / "Sted: …" / "Fraværende: …". The date of
 * the field under line i (blank lines passed over); 0 if i opens no
 * such block. */
static int decision_field_date(const struct mnt_doc *d, size_t i, char iso[11])
{
    const struct mnt_line *l = &d->lines[i];
    if (l->kind != MNT_LINE_TEXT || l->len > DECISION_LINE_MAX ||
        (fold_prefix(l->s, l->len, "Beslutning fra ") <= 0 &&
         fold_prefix(l->s, l->len, "Beslutning i ") <= 0))
        return 0;
    for (size_t j = i + 1, seen = 0; j < d->nlines && seen < 2; j++) {
        const struct mnt_line *f = &d->lines[j];
        if (f->kind == MNT_LINE_BLANK)
            continue;
        seen++;
        if (f->kind == MNT_LINE_TEXT && fold_prefix(f->s, f->len, "Dato:") > 0)
            return mnt_date_find(f->s, f->len, iso);
    }
    return 0;
}

int mnt_most_frequent(const struct mnt_doc *d, size_t lim, size_t least,
                      int (*get)(const struct mnt_doc *, size_t, char *),
                      char *out, size_t cap)
{
    char vals[TALLY_MAX][MNT_NAME_MAX];
    size_t cnt[TALLY_MAX], n = 0;
    for (size_t i = 0; i < lim && i < d->nlines; i++) {
        char x[MNT_NAME_MAX];
        if (!get(d, i, x))
            continue;
        size_t k = 0;
        while (k < n && strcmp(vals[k], x) != 0)
            k++;
        if (k == n) {
            if (n == TALLY_MAX)
                continue;
            memcpy(vals[n], x, sizeof x), cnt[n++] = 0;
        }
        cnt[k]++;
    }
    size_t best = n, tie = 0;
    for (size_t k = 0; k < n; k++) {
        if (best == n || cnt[k] > cnt[best])
            best = k, tie = 0;
        else if (cnt[k] == cnt[best])
            tie = 1;
    }
    if (best == n || cnt[best] < least || tie || strlen(vals[best]) >= cap)
        return 0;
    memcpy(out, vals[best], strlen(vals[best]) + 1);
    return 1;
}

static int line_decision_date(const struct mnt_doc *d, size_t i, char *iso)
{
    return decision_date(&d->lines[i], iso);
}

/* The date most of the first lim lines' decision lines carry, when at
 * least `least` carry it and no other date is as frequent: on a page
 * with no header (a PolWeb page copied as text) the decisions name the
 * meeting, while the first date of the page is often a title's ("Status
 * på puljer pr. 13.09.2021"). Two or more for a page of several items;
 * one will do on a page of one item (PolWeb's ShowFile: "Beslutning fra
 * Konstituerende møde den 12. december 2017:"). 0 if none. */
int mnt_decision_date(const struct mnt_doc *d, size_t lim, size_t least,
                      char iso[11])
{
    return mnt_most_frequent(d, lim, least, line_decision_date, iso, 11);
}

/* A labelled field is as sure as a header's: one decision block's "Dato:"
 * dates a page of one item (PolWeb's ShowFile) that prints no header;
 * of several bodies' blocks, the date most of them carry. */
int mnt_decision_field_date(const struct mnt_doc *d, char iso[11])
{
    return mnt_most_frequent(d, d->nlines, 1, decision_field_date, iso, 11);
}

/* "Beslutning fra Økonomiudvalget, den 3. december 2025, punkt 281:",
 * "Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:": a body's
 * decision on the item at a dated meeting, its item number last. The
 * line's date in iso when so. */
static int route_line(const struct mnt_line *l, char iso[11])
{
    size_t n = l->len;
    if (l->kind != MNT_LINE_TEXT || n > DECISION_LINE_MAX || n < 2 ||
        l->s[n - 1] != ':')
        return 0;
    n--;
    size_t e = n;
    while (e > 0 && mnt_digit(l->s[e - 1]))
        e--;
    if (e == n || e < 2 || l->s[e - 1] != ' ')
        return 0;
    static const char *const refs[] = {", punkt ", ", pkt. ", " pkt. "};
    for (size_t k = 0; k < sizeof refs / sizeof *refs; k++) {
        size_t r = strlen(refs[k]);
        if (e >= r && memcmp(l->s + e - r, refs[k], r) == 0)
            return mnt_date_find(l->s, e - r, iso);
    }
    return 0;
}

int mnt_route_history(const struct mnt_doc *d, size_t i)
{
    char first[11], x[11];
    if (i >= d->nlines || !route_line(&d->lines[i], first))
        return 0;
    for (size_t k = i + 1; k < d->nlines; k++)
        if (route_line(&d->lines[k], x) && memcmp(x, first, 11) != 0)
            return 1;
    return 0;
}
