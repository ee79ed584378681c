/* SPDX-License-Identifier: GPL-2.0-or-later */
/* date.c - recognise meeting dates as Danish minutes print them:
 * "19-06-2024", "24.8.22", "d. 4.4. 2022", "3/4-2019", "12/3 2024",
 * "12 03 2024", "6. oktober 2017",
 * "11 januar, 2021", "15-maj-2002", "April 3, 2019", "2024-06-19"; and a
 * day and month without a year ("Mandag den 3. februar", "tirsdag 5/3"),
 * placed in the year a reference date or year gives. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "minutes/minutes_internal.h"

static int days_in_month(unsigned y, unsigned m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

static int valid(unsigned y, unsigned m, unsigned d)
{
    return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 &&
           (int)d <= days_in_month(y, m);
}

static size_t num(const char *s, size_t n, size_t i, size_t max, unsigned *v)
{
    size_t k = 0;
    *v = 0;
    while (i + k < n && k < max && mnt_digit(s[i + k]))
        *v = *v * 10 + (unsigned)(s[i + k] - '0'), k++;
    if (i + k < n && mnt_digit(s[i + k]))
        return 0; /* too many digits */
    return k;
}

static void emit(unsigned y, unsigned m, unsigned d, char out[11])
{
    snprintf(out, 11, "%04u-%02u-%02u", y % 10000, m % 100, d % 100);
}

/* A numeric date must stand alone: "1-01-81-11-23" is a case number. */
static int free_after(const char *s, size_t n, size_t i)
{
    if (i >= n)
        return 1;
    if (mnt_digit(s[i]))
        return 0;
    if ((s[i] == '-' || s[i] == '.' || s[i] == '/') && i + 1 < n &&
        mnt_digit(s[i + 1]))
        return 0;
    return 1;
}

/* Spaces after a dot: "d. 20. 6. 2022", "4.4. 2022". Returns how many. */
static size_t dot_spaces(const char *s, size_t n, size_t j, char sep)
{
    size_t k = 0;
    while (sep == '.' && j + k < n && s[j + k] == ' ' && k < 2)
        k++;
    return k;
}

/* Spaces only: "12 03 2024" (a form field typed by hand). Day and month
 * of one or two digits, a four-digit year, one or two spaces between. */
static int spaced_at(const char *s, size_t n, size_t i, char out[11])
{
    unsigned d, m, y;
    size_t k = num(s, n, i, 2, &d), j = i + k, sp = 0;
    if (k == 0)
        return 0;
    while (j < n && s[j] == ' ' && sp < 2)
        j++, sp++;
    size_t km = sp > 0 ? num(s, n, j, 2, &m) : 0;
    if (km == 0)
        return 0;
    j += km;
    size_t sp2 = 0;
    while (j < n && s[j] == ' ' && sp2 < 2)
        j++, sp2++;
    if (sp2 != sp || num(s, n, j, 4, &y) != 4 || !free_after(s, n, j + 4) ||
        !valid(y, m, d))
        return 0;
    emit(y, m, d, out);
    return 1;
}

/* Does a 12-hour clock follow s[j..n) ("9/26/2019 4:00:00 PM")? Then
 * the date before it is in English order, month first: a publishing
 * system that printed its .NET date in the en-US culture. */
static int us_clock_after(const char *s, size_t n, size_t j)
{
    unsigned v;
    if (j >= n || s[j] != ' ')
        return 0;
    j++;
    size_t k = num(s, n, j, 2, &v);
    if (k == 0 || v > 12 || j + k >= n || s[j + k] != ':')
        return 0;
    j += k;
    for (int part = 0; part < 2 && j < n && s[j] == ':'; part++) {
        if (num(s, n, j + 1, 2, &v) != 2 || v > 59)
            return 0;
        j += 3;
    }
    if (j + 3 > n || s[j] != ' ')
        return 0;
    j++;
    char a = s[j], m = s[j + 1];
    return (a == 'A' || a == 'P') && m == 'M' &&
           (j + 2 == n || s[j + 2] == ' ' || s[j + 2] == '.' ||
            s[j + 2] == ',' || s[j + 2] == '\t');
}

static int numeric_at(const char *s, size_t n, size_t i, char out[11])
{
    unsigned a, b, c;
    size_t ka = num(s, n, i, 4, &a);
    if (ka == 0 || i + ka >= n)
        return 0;
    char sep = s[i + ka];
    if (sep == ' ')
        return ka <= 2 && spaced_at(s, n, i, out);
    if (sep != '-' && sep != '.' && sep != '/')
        return 0;
    size_t j = i + ka + 1, sp1 = dot_spaces(s, n, j, sep);
    j += sp1;
    size_t kb = num(s, n, j, 2, &b);
    if (kb == 0 || j + kb >= n)
        return 0;
    /* "3/4-2019", "12/3 2024": day/month, then the year after a hyphen
     * or a space */
    char sep2 = s[j + kb];
    if (sep2 != sep && !(sep == '/' && (sep2 == '-' || sep2 == ' ')))
        return 0;
    j += kb + 1;
    size_t sp2 = dot_spaces(s, n, j, sep);
    j += sp2;
    size_t kc = num(s, n, j, 4, &c);
    if (kc == 0 || !free_after(s, n, j + kc))
        return 0;
    /* Spaced or mixed forms only with a four-digit year: "1. 2. 3" is a
     * list, "1/2-34" a case number. */
    if ((sp1 > 0 || sp2 > 0 || sep2 != sep) && (kc != 4 || ka > 2))
        return 0;
    if (ka == 4 && (sep == '-' || sep == '.') && kc <= 2 && valid(a, b, c)) {
        emit(a, b, c, out); /* ISO, "2019.11.07" */
        return 1;
    }
    if (ka > 2 || (kc != 2 && kc != 4))
        return 0;
    unsigned y = kc == 2 ? 2000 + c : c;
    if (sep == '/' && sep2 == '/' && kc == 4 && sp1 == 0 && sp2 == 0 &&
        us_clock_after(s, n, j + kc) && valid(y, a, b)) {
        emit(y, a, b, out);
        return 1;
    }
    if (!valid(y, b, a))
        return 0;
    emit(y, b, a, out);
    return 1;
}

static const struct {
    const char *name;
    unsigned month;
} months[] = {
    {"januar", 1},    {"februar", 2},  {"marts", 3},     {"april", 4},
    {"maj", 5},       {"juni", 6},     {"juli", 7},      {"august", 8},
    {"september", 9}, {"oktober", 10}, {"november", 11}, {"december", 12},
    {"january", 1},   {"february", 2}, {"march", 3},     {"may", 5},
    {"june", 6},      {"july", 7},     {"october", 10},  {"sept", 9},
    {"jan", 1},       {"feb", 2},      {"mar", 3},       {"apr", 4},
    {"jun", 6},       {"jul", 7},      {"aug", 8},       {"sep", 9},
    {"okt", 10},      {"oct", 10},     {"nov", 11},      {"dec", 12},
};

/* Month name at s[j..n): its number, with the name's length in *len; 0
 * if none (or the word goes on: "marts" is no "mar"). */
static unsigned month_at(const char *s, size_t n, size_t j, size_t *len)
{
    /* Every word start of a line is tried: the first two letters rule
     * out most words before the table is. */
    static const char starts[] = "ja fe ma ap ju au se ok oc no de";
    if (n - j < 3)
        return 0;
    char two[3] = {(char)(s[j] | 0x20), (char)(s[j + 1] | 0x20), '\0'};
    if (strstr(starts, two) == NULL)
        return 0;
    for (size_t t = 0; t < sizeof months / sizeof *months; t++) {
        size_t k = fold_prefix(s + j, n - j, months[t].name);
        if (k == 0)
            continue;
        uint32_t cp = 0;
        if (j + k < n)
            utf8_decode(s + j + k, n - j - k, &cp);
        if (fold_is_letter(cp))
            continue;
        *len = k;
        return months[t].month;
    }
    return 0;
}

/* A four-digit year after ". ", ", ", " " or "-" at s[j..n) - or glued
 * to the month's name when it is this or the last century's ("19.
 * DECEMBER2016": a Word heading flattened by a transcript that lost the
 * space; other digits glued to a month are no year). */
static int year_after(const char *s, size_t n, size_t j, int hyphen,
                      unsigned *y)
{
    if (hyphen) {
        if (j >= n || s[j] != '-')
            return 0;
        j++;
    } else {
        if (j < n && (s[j] == '.' || s[j] == ','))
            j++;
        size_t sp = j;
        while (j < n && s[j] == ' ')
            j++;
        if (j == sp &&
            !(j + 2 < n && s[j - 1] != '.' && s[j - 1] != ',' &&
              (memcmp(s + j, "19", 2) == 0 || memcmp(s + j, "20", 2) == 0)))
            return 0;
    }
    return num(s, n, j, 4, y) == 4 && free_after(s, n, j + 4);
}

/* "12.-13. marts", "12. og 13. marts", "12.–13. marts": a meeting over
 * two days, dated by its first. The offset of the second day's number
 * after the first's at j, or 0. */
static size_t second_day(const char *s, size_t n, size_t j)
{
    static const char *const joins[] = {"-", " - ", "\xE2\x80\x93",
                                        " \xE2\x80\x93 ", " og "};
    if (j >= n || s[j] != '.')
        return 0;
    j++;
    for (size_t k = 0; k < sizeof joins / sizeof *joins; k++) {
        size_t jl = strlen(joins[k]);
        unsigned d2;
        if (n - j > jl && memcmp(s + j, joins[k], jl) == 0 &&
            num(s, n, j + jl, 2, &d2) > 0)
            return j + jl;
    }
    return 0;
}

/* "6. oktober 2017", "19 juni 2024", "3. okt. 2019", "11 januar, 2021",
 * "15-maj-2002", "12.marts 2024" (no space), "19. december2016" (the
 * year glued), "12.-13. marts 2024" (the first day) */
static int textual_at(const char *s, size_t n, size_t i, char out[11])
{
    unsigned d, y, d2;
    size_t k = num(s, n, i, 2, &d);
    if (k == 0)
        return 0;
    size_t j = i + k, len = 0, two = second_day(s, n, j);
    if (two > 0)
        j = two + num(s, n, two, 2, &d2);
    int hyphen = two == 0 && j < n && s[j] == '-';
    if (hyphen) {
        j++;
    } else {
        int dot = j < n && s[j] == '.';
        j += (size_t)dot;
        size_t sp = j;
        while (j < n && s[j] == ' ')
            j++;
        if (j == sp && !dot)
            return 0;
    }
    if (j >= n)
        return 0;
    unsigned m = month_at(s, n, j, &len);
    if (m == 0 || !year_after(s, n, j + len, hyphen, &y) || !valid(y, m, d))
        return 0;
    emit(y, m, d, out);
    return 1;
}

/* English order, as Drupal prints it: "April 3, 2019". */
static int month_first_at(const char *s, size_t n, size_t i, char out[11])
{
    size_t len = 0;
    unsigned m = month_at(s, n, i, &len), d, y;
    if (m == 0)
        return 0;
    size_t j = i + len;
    if (j < n && s[j] == '.')
        j++;
    size_t sp = j;
    while (j < n && s[j] == ' ')
        j++;
    size_t k = j > sp ? num(s, n, j, 2, &d) : 0;
    if (k == 0 || !year_after(s, n, j + k, 0, &y) || !valid(y, m, d))
        return 0;
    emit(y, m, d, out);
    return 1;
}

/* Does an ASCII word start at s[i] (no letter, also no UTF-8 letter,
 * before it)? */
static int word_start(const char *s, size_t i)
{
    if (!mnt_ascii_letter(s[i]))
        return 0;
    return i == 0 ||
           (!mnt_ascii_letter(s[i - 1]) && (unsigned char)s[i - 1] < 0x80);
}

/* A date field's label glued to its value: "Dato27. October 2020",
 * "Mødedato24-09-2019" (a web page's label and value spans joined
 * without a space, as "MødestedRådssalen" is); other letters before a
 * number make no date ("A32", "kl15"). */
static int date_label_before(const char *s, size_t i)
{
    return i >= 4 && fold_prefix(s + i - 4, 4, "dato") == 4;
}

int mnt_date_find(const char *s, size_t n, char out[11])
{
    for (size_t i = 0; i < n; i++) {
        if (word_start(s, i) && month_first_at(s, n, i, out))
            return 1;
        if (!mnt_digit(s[i]))
            continue;
        if (i > 0) {
            char p = s[i - 1];
            if (mnt_digit(p) ||
                (mnt_ascii_letter(p) && !date_label_before(s, i)))
                continue;
            if ((p == '-' || p == '.' || p == '/') && i > 1 &&
                mnt_digit(s[i - 2]))
                continue;
        }
        if (numeric_at(s, n, i, out) || textual_at(s, n, i, out))
            return 1;
    }
    return 0;
}

/* For date_line.c: a whole date starting at s[i] exactly (numeric,
 * with the month's name, or the month first), written into out; and a
 * month's name at s[j], as the readers above take them. */
int mnt_date_at(const char *s, size_t n, size_t i, char out[11])
{
    return numeric_at(s, n, i, out) || textual_at(s, n, i, out) ||
           month_first_at(s, n, i, out);
}

unsigned mnt_month_name_at(const char *s, size_t n, size_t j, size_t *len)
{
    return month_at(s, n, j, len);
}

int mnt_date_is_iso(const char *s, size_t n)
{
    if (n != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (size_t i = 0; i < n; i++)
        if (i != 4 && i != 7 && !mnt_digit(s[i]))
            return 0;
    unsigned y = (unsigned)((s[0] - '0') * 1000 + (s[1] - '0') * 100 +
                            (s[2] - '0') * 10 + (s[3] - '0'));
    unsigned m = (unsigned)((s[5] - '0') * 10 + (s[6] - '0'));
    unsigned d = (unsigned)((s[8] - '0') * 10 + (s[9] - '0'));
    return valid(y, m, d);
}

/* ---- a day and month without a year ---- */

/* 1 Monday .. 7 Sunday (Sakamoto's method). */
static unsigned weekday_of(unsigned y, unsigned m, unsigned d)
{
    static const unsigned t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3)
        y--;
    unsigned w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
    return w == 0 ? 7 : w;
}

/* The word ending at s[e) (letters, UTF-8 included) starts at the
 * return value; e if there is none. */
static size_t word_back(const char *s, size_t e)
{
    size_t w = e;
    while (w > 0 &&
           (mnt_ascii_letter(s[w - 1]) || (unsigned char)s[w - 1] >= 0x80))
        w--;
    return w;
}

/* "Mandag den 3.", "tirsdag d. 5/3", "Onsdag, 4.": the weekday printed
 * before the day at s[i] (1 Monday .. 7 Sunday), or 0. */
static unsigned weekday_before(const char *s, size_t i)
{
    static const char *const days[] = {"mandag", "tirsdag", "onsdag", "torsdag",
                                       "fredag", "lørdag",  "søndag"};
    size_t e = i;
    for (int round = 0; round < 2; round++) {
        while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ','))
            e--;
        size_t dot = e > 0 && s[e - 1] == '.' ? e - 1 : e;
        size_t w = word_back(s, dot);
        if (w == dot)
            return 0;
        for (unsigned k = 0; k < 7; k++)
            if (fold_eq(s + w, dot - w, days[k], strlen(days[k])))
                return k + 1;
        if (round == 0 && (fold_eq(s + w, dot - w, "den", 3) ||
                           (dot < e && fold_eq(s + w, dot - w, "d", 1))))
            e = w; /* "den", "d." between the weekday and the day */
        else
            return 0;
    }
    return 0;
}

/* Does "dato" (any case) occur in s[0..i): a field "Mødedato: 5/3".
 * *from: where the last call stopped looking (the answer only grows with
 * i, so a line's digits are not each scanned from its start - that was
 * quadratic on a long flattened line). */
static int after_dato(const char *s, size_t i, size_t *from)
{
    if (*from == SIZE_MAX)
        return 1;
    for (size_t k = *from; k + 4 <= i; k++) {
        if ((s[k] | 0x20) == 'd' && (s[k + 1] | 0x20) == 'a' &&
            (s[k + 2] | 0x20) == 't' && (s[k + 3] | 0x20) == 'o') {
            *from = SIZE_MAX; /* found: true from here on */
            return 1;
        }
        *from = k + 1;
    }
    return 0;
}

/* "5/3", "05.03", "5.3.": day and month, nothing after that looks like a
 * year or a time ("10.05-12.00"). Returns the month, 0 if none. */
static unsigned numeric_dm_at(const char *s, size_t n, size_t i, unsigned *d)
{
    unsigned m;
    size_t k = num(s, n, i, 2, d);
    if (k == 0 || i + k >= n || (s[i + k] != '.' && s[i + k] != '/'))
        return 0;
    char sep = s[i + k];
    size_t j = i + k + 1, km = num(s, n, j, 2, &m);
    if (km == 0)
        return 0;
    j += km;
    if (j < n && s[j] == sep)
        j++; /* "5.3." */
    if (j < n && (mnt_digit(s[j]) || s[j] == '-' || s[j] == ':' ||
                  s[j] == '/' || s[j] == '.'))
        return 0;
    if (j + 1 < n && s[j] == ' ' && mnt_digit(s[j + 1]))
        return 0; /* "5/3 2024" is a full date, "5.3 12" no date */
    return m;
}

int mnt_date_find_dm(const char *s, size_t n, struct mnt_daymonth *out)
{
    size_t dato = 0;
    for (size_t i = 0; i < n; i++) {
        if (!mnt_digit(s[i]))
            continue;
        if (i > 0 && (mnt_digit(s[i - 1]) || mnt_ascii_letter(s[i - 1]) ||
                      s[i - 1] == '.' || s[i - 1] == '/' || s[i - 1] == '-'))
            continue;
        unsigned d = 0, m = 0, y;
        size_t k = num(s, n, i, 2, &d), j = i + k, len = 0;
        if (k == 0)
            continue;
        if (j < n && s[j] == '.')
            j++;
        size_t sp = j;
        while (j < n && s[j] == ' ')
            j++;
        if (j > sp && j < n) {
            m = month_at(s, n, j, &len);
            if (m != 0 && year_after(s, n, j + len, 0, &y))
                continue; /* a full date: not this */
        }
        unsigned wd = weekday_before(s, i);
        if (m == 0 && (wd != 0 || after_dato(s, i, &dato)))
            m = numeric_dm_at(s, n, i, &d);
        /* "29. februar" is valid in some year */
        if (m == 0 || m > 12 || d == 0 || (int)d > days_in_month(2000, m))
            continue;
        out->day = d, out->month = m, out->weekday = wd;
        return 1;
    }
    return 0;
}

int mnt_date_in_year(const struct mnt_daymonth *dm, unsigned year, char out[11])
{
    if (!valid(year, dm->month, dm->day))
        return 0;
    emit(year, dm->month, dm->day, out);
    return 1;
}

/* Days from a fixed origin, near enough to compare dates a year apart. */
static long day_number(unsigned y, unsigned m, unsigned d)
{
    static const int before[] = {0,   31,  59,  90,  120, 151,
                                 181, 212, 243, 273, 304, 334};
    return (long)y * 365 + (long)(y / 4) + before[m - 1] + (long)d;
}

int mnt_date_near(const struct mnt_daymonth *dm, const char *ref, char out[11])
{
    if (ref == NULL || !mnt_date_is_iso(ref, strlen(ref)))
        return 0;
    unsigned ry = (unsigned)((ref[0] - '0') * 1000 + (ref[1] - '0') * 100 +
                             (ref[2] - '0') * 10 + (ref[3] - '0'));
    unsigned rm = (unsigned)((ref[5] - '0') * 10 + (ref[6] - '0'));
    unsigned rd = (unsigned)((ref[8] - '0') * 10 + (ref[9] - '0'));
    long r = day_number(ry, rm, rd), best_dist = 0;
    unsigned best = 0;
    int best_day_ok = 0;
    /* the year that puts the day nearest the reference; a weekday
     * printed with it picks among the neighbouring years */
    for (unsigned y = ry - 1; y <= ry + 1; y++) {
        if (!valid(y, dm->month, dm->day))
            continue;
        long dist = day_number(y, dm->month, dm->day) - r;
        if (dist < 0)
            dist = -dist;
        int day_ok = dm->weekday == 0 ||
                     weekday_of(y, dm->month, dm->day) == dm->weekday;
        if (best == 0 || (day_ok && !best_day_ok) ||
            (day_ok == best_day_ok && dist < best_dist))
            best = y, best_dist = dist, best_day_ok = day_ok;
    }
    return best != 0 && mnt_date_in_year(dm, best, out);
}
