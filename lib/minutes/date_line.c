/* SPDX-License-Identifier: GPL-2.0-or-later */
/* date_line.c - where on a line a date stands: opening it after spaces
 * or a bullet (a row of a list of dated entries), after a weekday and
 * "den"/"d." at most ("Tirsdag, 7 maj, 2024", the date right after a
 * genitive's "møde"), or alone with a time after it ("April 3, 2019 -
 * 18:00", the meeting's day under a committee's name). date.c reads the
 * dates themselves; split from it in round `id` (date.c had grown past
 * the house limit with round `ic`'s two finders). */
#include <string.h>

#include "minutes/minutes_internal.h"

int mnt_line_starts_dated(const char *s, size_t n)
{
    static const char *const bullets[] = {"•", "·", "–", "-", "*"};
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    for (size_t b = 0; b < sizeof bullets / sizeof *bullets; b++) {
        size_t bl = strlen(bullets[b]);
        if (n - i > bl && memcmp(s + i, bullets[b], bl) == 0 &&
            (s[i + bl] == ' ' || s[i + bl] == '\t')) {
            i += bl;
            while (i < n && (s[i] == ' ' || s[i] == '\t'))
                i++;
            break;
        }
    }
    char out[11];
    return i < n && mnt_date_at(s, n, i, out);
}

/* A time after a meeting's date: "kl. 17:00", "16:30", "- 18:00",
 * "13:30:00", "kl. 16.00-18.00". Returns 1 if s[j..n) holds nothing
 * else. */
static int time_only(const char *s, size_t n, size_t j)
{
    while (j < n && (s[j] == ' ' || s[j] == ',' || s[j] == '-'))
        j++;
    if (n - j >= 2 && fold_prefix(s + j, n - j, "kl") == 2)
        j += 2;
    for (; j < n; j++)
        if (!mnt_digit(s[j]) && s[j] != ':' && s[j] != '.' && s[j] != ' ' &&
            s[j] != '-')
            return 0;
    return 1;
}

/* The end of a date's words from s[i]: numbers, month names and the
 * punctuation between them, up to the first word that is neither. */
static size_t date_words_end(const char *s, size_t n, size_t i)
{
    size_t j = i, end = i, len;
    while (j < n) {
        if (mnt_digit(s[j])) {
            while (j < n && (mnt_digit(s[j]) || s[j] == '.' || s[j] == '-' ||
                             s[j] == '/'))
                j++;
        } else if (mnt_month_name_at(s, n, j, &len) != 0) {
            j += len;
            j += j < n && (s[j] == '.' || s[j] == '-');
        } else {
            break;
        }
        end = j;
        while (j < n && (s[j] == ' ' || s[j] == ','))
            j++;
        /* a time after the year is no part of the date: "2019 17:00" */
        if (j + 2 < n && mnt_digit(s[j]) &&
            (s[j + 1] == ':' || s[j + 2] == ':'))
            break;
    }
    return end;
}

/* Where a date starts in s[0..n) after a weekday and "den"/"d." at most
 * ("Tirsdag, 7 maj, 2024", "onsdag den 3/4 2019", "d. 4.4. 2022"); n if
 * none does. */
static size_t date_start(const char *s, size_t n)
{
    static const char *const days[] = {"mandag", "tirsdag", "onsdag", "torsdag",
                                       "fredag", "lørdag",  "søndag"};
    size_t i = 0;
    char out[11];
    while (i < n && s[i] == ' ')
        i++;
    for (size_t w = 0; w < sizeof days / sizeof *days; w++) {
        size_t k = fold_prefix(s + i, n - i, days[w]);
        if (k > 0) {
            i += k;
            break;
        }
    }
    while (i < n && (s[i] == ' ' || s[i] == ','))
        i++;
    if (n - i > 4 && fold_prefix(s + i, n - i, "den ") == 4)
        i += 4;
    else if (n - i > 3 && fold_prefix(s + i, n - i, "d. ") == 3)
        i += 3;
    if (i >= n || !mnt_date_at(s, n, i, out))
        return n;
    return i;
}

int mnt_date_opens(const char *s, size_t n)
{
    return date_start(s, n) < n;
}

int mnt_date_alone(const char *s, size_t n)
{
    size_t i = date_start(s, n);
    return i < n && time_only(s, n, date_words_end(s, n, i));
}
