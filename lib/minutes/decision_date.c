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

/* A count of distinct values, the commonest wins (mnt_most_frequent()
 * a line's value each, flat_decision_date() every one inside a line). */
struct tally {
    char vals[TALLY_MAX][MNT_NAME_MAX];
    size_t cnt[TALLY_MAX], n;
};

static void tally_add(struct tally *t, const char *x)
{
    size_t k = 0;
    while (k < t->n && strcmp(t->vals[k], x) != 0)
        k++;
    if (k == t->n) {
        if (t->n == TALLY_MAX)
            return;
        memcpy(t->vals[t->n], x, strlen(x) + 1), t->cnt[t->n++] = 0;
    }
    t->cnt[k]++;
}

/* The value counted most, at least `least` times and ahead of every
 * other, into out (cap bytes); 0 if none. */
static int tally_best(const struct tally *t, size_t least, char *out,
                      size_t cap)
{
    size_t best = t->n, tie = 0;
    for (size_t k = 0; k < t->n; k++) {
        if (best == t->n || t->cnt[k] > t->cnt[best])
            best = k, tie = 0;
        else if (t->cnt[k] == t->cnt[best])
            tie = 1;
    }
    if (best == t->n || t->cnt[best] < least || tie ||
        strlen(t->vals[best]) >= cap)
        return 0;
    memcpy(out, t->vals[best], strlen(t->vals[best]) + 1);
    return 1;
}

int mnt_most_frequent(const struct mnt_doc *d, size_t lim, size_t least,
                      int (*get)(const struct mnt_doc *, size_t, char *),
                      char *out, size_t cap)
{
    struct tally t;
    t.n = 0;
    for (size_t i = 0; i < lim && i < d->nlines; i++) {
        char x[MNT_NAME_MAX];
        if (get(d, i, x))
            tally_add(&t, x);
    }
    return tally_best(&t, least, out, cap);
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

#define DATE_SPAN_MAX 20u /* "30. september 2019:" */

/* The date right after s[p..n) (spaces first) into iso. */
static int date_after(const char *s, size_t n, size_t p, char iso[11])
{
    while (p < n && s[p] == ' ')
        p++;
    size_t m = n - p > DATE_SPAN_MAX ? DATE_SPAN_MAX : n - p;
    return p < n && mnt_digit(s[p]) && mnt_date_find(s + p, m, iso);
}

/* Inside a flattened page line, "Beslutning [i|fra] <Body> den <date>"
 * opening at s[at] (a word's start, capitalised as a heading is): the
 * body's words within a decision line's length and no sentence ending
 * among them ("Beslutning i Byrådet: … 13. marts 2000" is no day of the
 * decision); the date that follows "den" into iso. PolWeb's decision
 * block run into the line, "Beslutning fra <body> Dato: <date> Sted: …",
 * gives the date of its field (decision_field_date() a line each). */
static int flat_decision_at(const char *s, size_t n, size_t at, char iso[11])
{
    size_t k = at + strlen("Beslutning ");
    if (s[at] != 'B' || (at > 0 && s[at - 1] != ' ') ||
        fold_prefix(s + at, n - at, "Beslutning ") == 0)
        return 0;
    size_t w = k;
    struct mnt_tok body;
    if (!mnt_tok_next(s, n, &w, &body) ||
        !(mnt_tok_is(&body, "i") || mnt_tok_is(&body, "fra") ||
          mnt_tok_capital(&body)))
        return 0;
    int block = !mnt_tok_capital(&body); /* "i", "fra": a field may follow */
    size_t end = n - at > DECISION_LINE_MAX ? at + DECISION_LINE_MAX : n;
    for (; k + 5 < end; k++) {
        if (block && s[k] == ':' && k - at >= 5 + strlen("Beslutning ") &&
            memcmp(s + k - 5, " Dato", 5) == 0)
            return date_after(s, n, k + 1, iso);
        if ((s[k] == '.' || s[k] == ':') && s[k + 1] == ' ')
            return 0;
        if (memcmp(s + k, " den ", 5) == 0)
            return date_after(s, n, k + 5, iso);
    }
    return 0;
}

/* The day most of the decisions inside the lines name, at least `least`
 * of them and ahead of every other: a page with no header, copied from a
 * document site as one line a page (the segmenter may cut it again at
 * its items), is dated by its decisions as mnt_decision_date() reads
 * them a line each - counting them all, not the first of each line, as
 * a line's first decision may be another body's on an earlier day. 0 if
 * none. */
int mnt_flat_decision_date(const struct mnt_doc *d, size_t least, char iso[11])
{
    struct tally t;
    t.n = 0;
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        for (size_t at = 0; at < l->len; at++) {
            char x[11];
            if (flat_decision_at(l->s, l->len, at, x))
                tally_add(&t, x);
        }
    }
    return tally_best(&t, least, iso, 11);
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
