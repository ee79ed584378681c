/* SPDX-License-Identifier: GPL-2.0-or-later */
/* decision_date.c - for meeting_date.c: the date the items' decision
 * lines repeat ("Beslutning i Erhvervs- og Udviklingsudvalget 4. oktober
 * 2021:"), the meeting's day on a page that prints no header. */
#include <string.h>

#include "minutes/minutes_internal.h"

#define DECISION_LINE_MAX 120u /* "Beslutning i <committee> <date>:" */
#define DECISION_DATES    16u  /* distinct decision dates counted */

/* A decision line that names its day: "Beslutning i <body> [den] <date>"
 * or "Beslutning <Body> den <date>" (Hørsholm: "Beslutning Økonomiudvalget
 * den 09-05-2019"), and at most a colon after the date (not a sentence
 * that quotes one). */
static int decision_date(const struct mnt_line *l, char iso[11])
{
    size_t k = strlen("Beslutning ");
    struct mnt_tok body = {l->s + k, l->len > k ? l->len - k : 0};
    if (l->kind != MNT_LINE_TEXT || l->len > DECISION_LINE_MAX ||
        fold_prefix(l->s, l->len, "Beslutning ") <= 0 ||
        !(fold_prefix(l->s, l->len, "Beslutning i ") > 0 ||
          mnt_tok_capital(&body)))
        return 0;
    size_t n = l->len;
    while (n > 0 && (l->s[n - 1] == ':' || l->s[n - 1] == ' '))
        n--;
    /* the date must end the line: its year is the last word */
    if (n < 4 || !(l->s[n - 1] >= '0' && l->s[n - 1] <= '9'))
        return 0;
    return mnt_date_find(l->s, n, iso);
}

/* The date most of the first lim lines' decision lines carry, when at
 * least two carry it and no other date is as frequent: on a page with no
 * header (a PolWeb page copied as text) the decisions name the meeting,
 * while the first date of the page is often a title's ("Status på
 * puljer pr. 13.09.2021"). 0 if none. */
int mnt_decision_date(const struct mnt_doc *d, size_t lim, char iso[11])
{
    char dates[DECISION_DATES][11];
    size_t cnt[DECISION_DATES], n = 0;
    for (size_t i = 0; i < lim && i < d->nlines; i++) {
        char x[11];
        if (!decision_date(&d->lines[i], x))
            continue;
        size_t k = 0;
        while (k < n && memcmp(dates[k], x, 11) != 0)
            k++;
        if (k == n) {
            if (n == DECISION_DATES)
                continue;
            memcpy(dates[n], x, 11), cnt[n++] = 0;
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
    if (best == n || cnt[best] < 2 || tie)
        return 0;
    memcpy(iso, dates[best], 11);
    return 1;
}
