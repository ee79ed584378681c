/* SPDX-License-Identifier: GPL-2.0-or-later */
/* date_order.c - a date of three two-digit numbers printed year first
 * ("25.08.27 - Referat af skolebestyrelsesmøde": 27 August 2025, as a
 * school's intranet names its minutes so they sort): date.c reads it
 * day first, as Danish minutes mostly print it ("24.08.22"), and this
 * turns it round only where the document's other dates say so. */
#include <stdio.h>
#include <string.h>

#include "minutes/minutes_internal.h"

static int two_digits(const char *s, size_t n, size_t i, unsigned *v)
{
    if (i + 2 > n || !mnt_digit(s[i]) || !mnt_digit(s[i + 1]))
        return 0;
    *v = (unsigned)(s[i] - '0') * 10 + (unsigned)(s[i + 1] - '0');
    return 1;
}

/* Does s[0..n) print "DD.MM.YY" for day d, month m, year 20yy exactly,
 * standing alone (no digit or "N." round it: a longer number)? */
static int prints_dotted(const char *s, size_t n, unsigned d, unsigned m,
                         unsigned yy)
{
    for (size_t i = 0; i + 8 <= n; i++) {
        unsigned a, b, c;
        if (s[i + 2] != '.' || s[i + 5] != '.' || !two_digits(s, n, i, &a) ||
            !two_digits(s, n, i + 3, &b) || !two_digits(s, n, i + 6, &c))
            continue;
        if (i > 0 && (mnt_digit(s[i - 1]) || s[i - 1] == '.'))
            continue;
        if (i + 8 < n &&
            (mnt_digit(s[i + 8]) ||
             (s[i + 8] == '.' && i + 9 < n && mnt_digit(s[i + 9]))))
            continue;
        if (a == d && b == m && c == yy)
            return 1;
    }
    return 0;
}

/* Does any line name the four-digit year y standing alone ("2025:",
 * "skoleåret 2025/26", "4. juni 2025")? */
static int names_year(const struct mnt_doc *d, unsigned y)
{
    char w[5];
    snprintf(w, sizeof w, "%04u", y % 10000);
    for (size_t i = 0; i < d->nlines; i++) {
        const char *s = d->lines[i].s;
        size_t n = d->lines[i].len;
        for (size_t k = 0; k + 4 <= n; k++)
            if (memcmp(s + k, w, 4) == 0 && (k == 0 || !mnt_digit(s[k - 1])) &&
                (k + 4 == n || !mnt_digit(s[k + 4])))
                return 1;
    }
    return 0;
}

int mnt_date_year_first(const struct mnt_doc *d, char iso[11])
{
    unsigned y, m, day;
    if (sscanf(iso, "%4u-%2u-%2u", &y, &m, &day) != 3 || y < 2000 || y > 2099 ||
        day < 1 || day > 99)
        return 0;
    int printed = 0;
    for (size_t i = 0; i < d->nlines && !printed; i++)
        printed =
            prints_dotted(d->lines[i].s, d->lines[i].len, day, m, y - 2000);
    /* read the other way round: year 20DD, month m, day YY */
    unsigned y2 = 2000 + day, d2 = y - 2000;
    struct mnt_daymonth dm = {d2, m, 0};
    char out[11];
    if (!printed || day == d2 || !mnt_date_in_year(&dm, y2, out))
        return 0;
    /* the document names the year-first reading's year, never the
     * day-first one's: a list of the year's meetings ("2025: 14.01.: …
     * 27.08.: …") under a title dated "25.08.27" */
    if (!names_year(d, y2) || names_year(d, y))
        return 0;
    memcpy(iso, out, 11);
    return 1;
}
