/* SPDX-License-Identifier: GPL-2.0-or-later */
/* yearless.c - a meeting date printed without its year ("Mandag den 3.
 * februar kl. 16.00"): the year from the nearest reliable source - a full
 * date in the header, a year printed with the minutes' own heading or
 * page header ("Referat 2020"), the file's name, a full date anywhere in
 * the text - never made up. For meta.c. */
#include <string.h>

#include "minutes/segment_internal.h"

#define YEAR_MIN 1990u
#define YEAR_MAX 2099u
#define NEAR_MAX 400u /* lines searched either side for a year's source */

/* A year standing alone in s[0..n): four digits YEAR_MIN..YEAR_MAX with no
 * digit, '.', ',' or '/' glued to them ("2.020", "12/2020" are no such
 * year); with `name` (a file's name) '-' and '_' separate too, else '-'
 * glued to it rules it out ("2019-2022" is a period). 0 if none. */
static unsigned bare_year(const char *s, size_t n, int name)
{
    for (size_t i = 0; i + 4 <= n; i++) {
        if (!mnt_digit(s[i]) ||
            (i > 0 && (mnt_digit(s[i - 1]) || strchr(".,/", s[i - 1]) != NULL ||
                       (!name && s[i - 1] == '-'))))
            continue;
        size_t e = i + 4;
        if (!mnt_digit(s[i + 1]) || !mnt_digit(s[i + 2]) ||
            !mnt_digit(s[i + 3]))
            continue;
        if (e < n &&
            (mnt_digit(s[e]) ||
             (strchr(",/", s[e]) != NULL && e + 1 < n && mnt_digit(s[e + 1])) ||
             (!name && s[e] == '-') ||
             (s[e] == '.' && e + 1 < n && mnt_digit(s[e + 1]))))
            continue;
        unsigned y = (unsigned)((s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 +
                                (s[i + 2] - '0') * 10 + (s[i + 3] - '0'));
        if (y >= YEAR_MIN && y <= YEAR_MAX)
            return y;
    }
    return 0;
}

/* A hosting site's list of other documents, whose dates and years are
 * other meetings': [a, b) of lines no year is taken from. */
struct skip {
    size_t a, b;
};

/* Is line i a text line outside the list sk? */
static int usable(const struct mnt_doc *d, size_t i, const struct skip *sk)
{
    return d->lines[i].kind == MNT_LINE_TEXT && !(i >= sk->a && i < sk->b);
}

/* The text line nearest to `at` (either side, the earlier first) in
 * [0, lim), outside sk, that `want` accepts, or lim. */
static size_t
nearest(const struct mnt_doc *d, size_t at, size_t lim, const struct skip *sk,
        int (*want)(const struct mnt_doc *, size_t, size_t, char[11]),
        char found[11])
{
    for (size_t dist = 0; dist < lim && dist <= NEAR_MAX; dist++) {
        if (at >= dist && at - dist < lim && usable(d, at - dist, sk) &&
            want(d, at - dist, lim, found))
            return at - dist;
        if (dist > 0 && at + dist < lim && usable(d, at + dist, sk) &&
            want(d, at + dist, lim, found))
            return at + dist;
        if (at < dist && at + dist >= lim)
            break;
    }
    return lim;
}

static int full_date(const struct mnt_doc *d, size_t i, size_t lim,
                     char iso[11])
{
    (void)lim;
    return mnt_date_find(d->lines[i].s, d->lines[i].len, iso);
}

/* A year alone on a header line or on a line of the minutes' own heading
 * or page header ("Integrationsrådet - referat 2020  Side 1"); lines
 * with a full date are full_date()'s. */
static int heading_year(const struct mnt_doc *d, size_t i, size_t lim,
                        char out[11])
{
    const struct mnt_line *l = &d->lines[i];
    char iso[11];
    /* an agenda line's year ("2. Budget 2021") is its topic's */
    if (mnt_date_find(l->s, l->len, iso) || mnt_starts_numbered(l) ||
        (i >= lim && !mnt_line_is_minutes_heading(l)))
        return 0;
    unsigned y = bare_year(l->s, l->len, 0);
    if (y == 0)
        return 0;
    out[0] = (char)('0' + y / 1000), out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10), out[3] = (char)('0' + y % 10);
    out[4] = '\0';
    return 1;
}

/* The year of the day and month dm printed on line at. */
static int place_in_year(const struct mnt_doc *d, size_t at, size_t lim,
                         const struct mnt_daymonth *dm, const char *name,
                         char iso[11])
{
    char ref[11];
    /* "Referat Byrådet. Dato: 24. november" over a docplayer page's
     * related documents: their years are other meetings' */
    struct skip sk;
    mnt_other_docs(d, d->nlines, &sk.a, &sk.b);
    if (nearest(d, at, lim, &sk, full_date, ref) < lim)
        return mnt_date_near(dm, ref, iso);
    if (nearest(d, at, d->nlines, &sk, heading_year, ref) < d->nlines) {
        unsigned y = (unsigned)((ref[0] - '0') * 1000 + (ref[1] - '0') * 100 +
                                (ref[2] - '0') * 10 + (ref[3] - '0'));
        return mnt_date_in_year(dm, y, iso);
    }
    if (name != NULL && mnt_date_find(name, strlen(name), ref))
        return mnt_date_near(dm, ref, iso);
    unsigned y = name != NULL ? bare_year(name, strlen(name), 1) : 0;
    if (y != 0)
        return mnt_date_in_year(dm, y, iso);
    if (nearest(d, at, d->nlines, &sk, full_date, ref) < d->nlines)
        return mnt_date_near(dm, ref, iso);
    return 0;
}

/* A flattened page's sentence past its first ("… Borgmesteren foreslår,
 * at fristen fastsættes til den 21. september") names a deadline or an
 * event of its item, no meeting's day: a prose line's yearless date
 * counts in its first sentence only. */
size_t mnt_date_span(const struct mnt_line *l)
{
    return mnt_line_is_prose(l) ? mnt_first_sentence_end(l->s, l->len) : l->len;
}

int mnt_yearless_line(const struct mnt_doc *d, size_t i, size_t lim,
                      const char *name, char iso[11])
{
    struct mnt_daymonth dm;
    const struct mnt_line *l = &d->lines[i];
    return l->kind == MNT_LINE_TEXT &&
           mnt_date_find_dm(l->s, mnt_date_span(l), &dm) &&
           place_in_year(d, i, lim, &dm, name, iso);
}

#define STATUS_DATE_SPAN 20u /* bytes of a date right after its word */

/* Is the first day and month of s[0..n) one a status is made up to
 * ("Budgetopfølgning pr. 30. september", "… per 31. marts", with its
 * year too: "Budgetopfølgning pr. 31.03.2026 for …") or a bound of a
 * period ("Sprogcentret efter 1. januar", a transcript's contents entry
 * that lost the year; "inden 1. marts")? It is no meeting's day. Not
 * "fra", which opens a meeting's own date ("Referat fra 5. marts"). */
int mnt_status_date_first(const char *s, size_t n)
{
    static const char *const words[] = {
        "pr. ", "per ", "efter ", "inden ", "indtil ", "senest ", "frem til "};
    struct mnt_daymonth dm;
    char iso[11];
    for (size_t i = 0; i + 5 < n; i++) {
        size_t w = 0;
        for (size_t k = 0; w == 0 && k < sizeof words / sizeof *words; k++)
            w = fold_prefix(s + i, n - i, words[k]);
        if (w == 0 || (i > 0 && s[i - 1] != ' ') || !mnt_digit(s[i + w]))
            continue;
        size_t rest = n - i - w;
        /* a full date only right after the word, not one further on */
        size_t span = rest < STATUS_DATE_SPAN ? rest : STATUS_DATE_SPAN;
        return !mnt_date_find_dm(s, i, &dm) && !mnt_date_find(s, i, iso) &&
               (mnt_date_find_dm(s + i + w, rest, &dm) ||
                mnt_date_find(s + i + w, span, iso));
    }
    return 0;
}

#define LIST_DAYS 3u /* lines in a row, each with a day: a list of days */

/* Does text line i have a day and month (with or without its year)? */
static int has_day(const struct mnt_doc *d, size_t i)
{
    const struct mnt_line *l = &d->lines[i];
    struct mnt_daymonth dm;
    char iso[11];
    return l->kind == MNT_LINE_TEXT && (mnt_date_find_dm(l->s, l->len, &dm) ||
                                        mnt_date_find(l->s, l->len, iso));
}

/* Is line i one of LIST_DAYS text lines or more in a row (a blank line
 * between them allowed) that each name a day ("• Torsdag den 4. juni" /
 * "• Torsdag den 3. september" / …)? A list of proposed or other
 * meetings' days, none of them this meeting's. */
int mnt_in_day_list(const struct mnt_doc *d, size_t i)
{
    size_t run = 1;
    for (int step = -1; step <= 1; step += 2)
        for (size_t k = i, gap = 0;;) {
            if ((step < 0 && k == 0) || (step > 0 && k + 1 >= d->nlines))
                break;
            k = step < 0 ? k - 1 : k + 1;
            if (d->lines[k].kind == MNT_LINE_BLANK && gap++ == 0)
                continue;
            if (!has_day(d, k))
                break;
            run++, gap = 0;
        }
    return run >= LIST_DAYS;
}

int mnt_yearless_first(const struct mnt_doc *d, size_t lim, const char *name,
                       char iso[11])
{
    for (size_t i = 0; i < lim; i++) {
        struct mnt_daymonth dm;
        const struct mnt_line *l = &d->lines[i];
        if (l->kind == MNT_LINE_TEXT && !mnt_line_other_date(l) &&
            !mnt_status_date_first(l->s, l->len) &&
            mnt_date_find_dm(l->s, mnt_date_span(l), &dm) &&
            !mnt_line_date_series(l) && !mnt_in_day_list(d, i))
            return place_in_year(d, i, lim, &dm, name, iso);
    }
    return 0;
}
