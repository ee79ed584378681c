/* SPDX-License-Identifier: GPL-2.0-or-later */
/* date_lost.c - for meeting_date.c and meta.c: a transcript whose date
 * field lost its digits ("… Mødedato: Onsdag den Mødested: …"), so no
 * date of the text below may stand in for the meeting's, and the full
 * date its first item may still print ("Godkendelse af dagsorden for
 * mødet den 8. april 2019"); a line naming a schedule of days
 * (mnt_line_date_series()); a table of meetings whose column headings
 * open with a date field's key (mnt_schedule_headings(), round `hv`).
 * Moved out of meeting_date.c when that grew
 * past 600 lines. */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

#define LABEL_RUN_MAX 8u  /* labels of a flattened field table in a row */
#define VALUES_SPAN   40u /* bytes after them holding the first value, a date */

/* Do field labels run on from l->s[j] (the colon ending the first after
 * the date's), three or more, with a date among the first words after
 * them? */
static int values_after_labels(const struct mnt_line *l, size_t j)
{
    size_t labels = 1;
    struct mnt_tok t;
    size_t k = j + 1;
    for (size_t at = k; labels < LABEL_RUN_MAX; at = k) {
        if (!mnt_tok_next(l->s, l->len, &k, &t) || k >= l->len ||
            l->s[k] != ':') {
            k = at;
            break;
        }
        labels++;
        k++;
    }
    char iso[11];
    size_t rest = l->len - k < VALUES_SPAN ? l->len - k : VALUES_SPAN;
    return labels >= 3 && mnt_date_find(l->s + k, rest, iso);
}

int mnt_date_field_lost(const struct mnt_doc *d, size_t lim)
{
    static const char *const keys[] = {"mødedato:", "dato:"};
    int lost = 0;
    for (size_t i = 0; i < lim && i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        char next[11];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        /* "… Mødedato:" / "27. marts 2008": the value under its label */
        if (mnt_label_ends_line_date(d, i, lim, next))
            return 0;
        for (size_t at = 1; at + 5 < l->len; at++) {
            size_t kn = 0;
            for (size_t k = 0; kn == 0 && k < 2 && l->s[at - 1] == ' '; k++)
                kn = fold_prefix(l->s + at, l->len - at, keys[k]);
            if (kn == 0)
                continue;
            /* "Mødedato: Onsdag den Mødested: …": the words a date
             * goes with, then the next field's label, no date */
            size_t j = at + kn, words = 0;
            struct mnt_tok t;
            char iso[11];
            while (words < 3 && mnt_tok_next(l->s, l->len, &j, &t)) {
                if (j < l->len && l->s[j] == ':') {
                    /* a field table read column by column, flattened:
                     * "Mødedato: Mødetidspunkt: Sluttidspunkt: Mandag den
                     * 13. april 2015 Kl. 17:00 …" - the labels in a row,
                     * then the values in the same order */
                    if (values_after_labels(l, j))
                        return 0;
                    lost = 1; /* the next field's label */
                    break;
                }
                if (!mnt_date_word(t.s, t.n)) {
                    /* the same field with its date elsewhere (a
                     * transcript's title): the date is not lost */
                    if (mnt_date_find(t.s, l->len - (size_t)(t.s - l->s), iso))
                        return 0;
                    break;
                }
                words++;
            }
        }
    }
    return lost;
}

#define APPROVAL_WORDS 6u /* words between "dagsorden for" and "den" */

int mnt_agenda_approval_at(const struct mnt_line *l, size_t at, size_t *from,
                           size_t *to, char iso[11])
{
    static const char *const keys[] = {"dagsorden for ", "dagsordenen for "};
    size_t kl = 0;
    for (size_t k = 0; kl == 0 && k < sizeof keys / sizeof *keys; k++)
        kl = fold_prefix(l->s + at, l->len - at, keys[k]);
    if (kl == 0 || (at > 0 && l->s[at - 1] != ' '))
        return 0;
    struct mnt_tok t;
    size_t j = at + kl, end = 0, words = 0;
    while (mnt_tok_next(l->s, l->len, &j, &t) && words <= APPROVAL_WORDS) {
        if (mnt_tok_is(&t, "den")) {
            /* the date right after it, with its year ("8. april 2019"),
             * not one further on */
            size_t e = j + 20 < l->len ? j + 20 : l->len;
            *from = at + kl;
            *to = end;
            return end > 0 && mnt_date_find(l->s + j, e - j, iso);
        }
        words++;
        end = (size_t)(t.s - l->s) + t.n;
    }
    return 0;
}

int mnt_agenda_approval_date(const struct mnt_doc *d, size_t lim, char iso[11])
{
    for (size_t i = 0; i < lim && i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        size_t from, to;
        for (size_t at = 0; l->kind == MNT_LINE_TEXT && at < l->len; at++)
            if (mnt_agenda_approval_at(l, at, &from, &to, iso))
                return 1;
    }
    return 0;
}

#define DATE_SPAN   20u  /* bytes a date takes at most ("10. december 2026") */
#define SERIES_DAYS 3u   /* days named in one line that make a schedule */
#define SERIES_LINE 300u /* longer: a flattened page, its dates many things */

int mnt_line_date_series(const struct mnt_line *l)
{
    size_t days = 0;
    if (l->len >= SERIES_LINE)
        return 0;
    char iso[11];
    struct mnt_daymonth dm;
    /* days told apart by month and day: a flattened header naming its
     * meeting's day thrice ("Møde … den 23. marts 2015 STARTTIDSPUNKT
     * 23-03-2015 13:30:00 SLUTTIDSPUNKT 23-03-2015 16:00:00") is no
     * schedule */
    unsigned seen[SERIES_DAYS];
    for (size_t i = 0; i < l->len && days < SERIES_DAYS; i++) {
        if (!mnt_digit(l->s[i]) || (i > 0 && l->s[i - 1] != ' '))
            continue;
        size_t w = l->len - i < DATE_SPAN ? l->len - i : DATE_SPAN;
        /* each day once: the window is searched from its first digit */
        unsigned key = 0;
        if (mnt_date_find(l->s + i, w, iso))
            key = (unsigned)atoi(iso + 5) * 100u + (unsigned)atoi(iso + 8);
        else if (mnt_date_find_dm(l->s + i, w, &dm))
            key = dm.month * 100u + dm.day;
        size_t k = 0;
        while (key > 0 && k < days && seen[k] != key)
            k++;
        if (key > 0 && k == days)
            seen[days++] = key;
        while (i < l->len && l->s[i] != ' ')
            i++;
    }
    return days >= SERIES_DAYS;
}

/* rows under the headings, each opening with a day */
#define SCHEDULE_ROWS 2u

/* Does a table row's first cell (up to its first tab) name a day? */
static int row_opens_with_day(const struct mnt_line *l)
{
    const char *tab = memchr(l->s, '\t', l->len);
    size_t n = tab != NULL ? (size_t)(tab - l->s) : l->len;
    struct mnt_daymonth dm;
    return l->cell && mnt_date_find_dm(l->s, n, &dm);
}

int mnt_schedule_headings(const struct mnt_doc *d, size_t i, size_t lim)
{
    const struct mnt_line *l = &d->lines[i];
    /* column headings: two cells or more, no digit among them (a field's
     * row "Dato\t23-03-2021" holds its value) */
    if (!l->cell || memchr(l->s, '\t', l->len) == NULL)
        return 0;
    for (size_t k = 0; k < l->len; k++)
        if (mnt_digit(l->s[k]))
            return 0;
    size_t rows = 0;
    for (size_t j = i + 1; j < lim && rows < SCHEDULE_ROWS; j++) {
        if (d->lines[j].kind == MNT_LINE_BLANK)
            continue;
        if (!row_opens_with_day(&d->lines[j]))
            return 0;
        rows++;
    }
    return rows == SCHEDULE_ROWS;
}

int mnt_in_schedule(const struct mnt_doc *d, size_t i, size_t lim)
{
    if (i >= d->nlines || !row_opens_with_day(&d->lines[i]))
        return 0;
    size_t k = i;
    while (k > 0 && (d->lines[k - 1].kind == MNT_LINE_BLANK ||
                     row_opens_with_day(&d->lines[k - 1])))
        k--;
    return k > 0 && mnt_schedule_headings(d, k - 1, lim > i ? lim : i + 1);
}
