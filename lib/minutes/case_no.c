/* SPDX-License-Identifier: GPL-2.0-or-later */
/* case_no.c - an item's case number: a region's "1-01-81-11-23" on a
 * line of its own, KLE numbers ("18.15.00Ø40-0011", "00.30S00 -
 * 2016/04417"), or a "Sagsnr." field near the top of the item (with or
 * without its colon, or over its value in the next cell); a journal
 * group and a case's number without labels ("S00 13/712") inside a
 * flattened line. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* Bytes of a Danish capital or small letter at s (UTF-8 Æ, Ø, Å), 0 if
 * none: KLE's facet letter may be one ("18.15.00Ø40-0011"). */
static size_t danish_letter(const char *s, size_t n)
{
    if (n < 2 || (unsigned char)s[0] != 0xC3)
        return 0;
    unsigned char c = (unsigned char)s[1];
    return c == 0x86 || c == 0x98 || c == 0x85 || c == 0xA6 || c == 0xB8 ||
                   c == 0xA5
               ? 2
               : 0;
}

/* One number of digits, letters and separators ('-', '.', '/'), starting
 * with a digit; its separators added to *seps, 0 if it is none. */
static int case_part(const char *s, size_t n, size_t *seps)
{
    if (n == 0 || !mnt_digit(s[0]))
        return 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        size_t dl = danish_letter(s + i, n - i);
        if (dl > 0)
            i += dl - 1;
        else if (ch == '-' || ch == '.' || ch == '/')
            (*seps)++;
        else if (!(mnt_digit(ch) || ascii_upper(ch) || ascii_lower(ch)))
            return 0;
    }
    char last = s[n - 1];
    return last != '-' && last != '.' && last != '/';
}

/* Bytes of a KL facet at s, a capital and two digits ("S00", "G01",
 * "Ø60"), 0 if none. */
static size_t facet_len(const char *s, size_t n)
{
    size_t k = danish_letter(s, n);
    if (k == 0 && n > 0 && ascii_upper(s[0]))
        k = 1;
    if (k == 0 || (k == 2 && (unsigned char)s[1] >= 0xA0) || k + 2 > n ||
        !mnt_digit(s[k]) || !mnt_digit(s[k + 1]))
        return 0;
    return k + 2;
}

int mnt_journal_case_at(const char *s, size_t n)
{
    /* the journal group: a facet, or a KLE number with or without one
     * ("18.14G01", "00.01.00") */
    size_t i = facet_len(s, n);
    if (i == 0) {
        size_t parts = 0;
        while (i + 2 <= n && mnt_digit(s[i]) && mnt_digit(s[i + 1]) &&
               parts < 3) {
            i += 2, parts++;
            if (i < n && s[i] == '.' && parts < 3)
                i++;
            else
                break;
        }
        if (parts < 2)
            return 0;
        i += facet_len(s + i, n - i);
    }
    if (i + 1 >= n || s[i] != ' ')
        return 0;
    /* the case's number: a two-digit year, a slash, one to six digits */
    size_t k = i + 1, d = 0;
    if (k + 3 > n || !mnt_digit(s[k]) || !mnt_digit(s[k + 1]) ||
        s[k + 2] != '/')
        return 0;
    for (k += 3; k < n && mnt_digit(s[k]); k++)
        d++;
    return d >= 1 && d <= 6 && (k == n || s[k] == ' ');
}

/* A case number alone on a line: "1-01-81-11-23", "18.15.00Ø40-0011",
 * or a journal number and the case's id apart by " - " (Gribskov's
 * "00.30S00 - 2016/04417"), each part with a separator of its own. */
static int is_case_number(const char *s, size_t n)
{
    size_t seps = 0;
    char iso[11];
    /* a KLE number's facet ("04.04.00-P20-2-18") says it is no date
     * though it opens like one */
    int facet = 0;
    for (size_t i = 1; i < n && i < 40 && !facet; i++)
        facet = (s[i - 1] == '-' || mnt_digit(s[i - 1])) &&
                facet_len(s + i, n - i) > 0;
    if (n < 5 || n > 40 || (!facet && mnt_date_find(s, n, iso)))
        return 0;
    const char *dash = NULL;
    for (size_t i = 0; i + 3 <= n; i++)
        if (memcmp(s + i, " - ", 3) == 0) {
            if (dash != NULL)
                return 0;
            dash = s + i;
        }
    if (dash != NULL) {
        size_t a = 0, b = 0, an = (size_t)(dash - s);
        return case_part(s, an, &a) && case_part(dash + 3, n - an - 3, &b) &&
               a >= 1 && b >= 1;
    }
    return case_part(s, n, &seps) && seps >= 2;
}

/* "2012-19921", "002361-2010": a year and a case's running number of
 * five to seven digits (either way round), all digits - a year's span
 * ("2014-2018") has four. */
static int year_running_number(const char *s, size_t n)
{
    size_t d = 0;
    while (d < n && mnt_digit(s[d]))
        d++;
    if (d >= n || s[d] != '-')
        return 0;
    size_t e = d + 1;
    while (e < n && mnt_digit(s[e]))
        e++;
    if (e != n)
        return 0;
    size_t a = d, b = n - d - 1;
    const char *y = a == 4 ? s : s + d + 1;
    size_t other = a == 4 ? b : a;
    return (a == 4 || b == 4) && other >= 5 && other <= 7 &&
           ((y[0] == '1' && y[1] == '9') || (y[0] == '2' && y[1] == '0'));
}

int mnt_case_word_at(const char *s, size_t n)
{
    size_t w = 0;
    while (w < n && s[w] != ' ')
        w++;
    size_t e = 0;
    if (w + 3 < n && memcmp(s + w, " - ", 3) == 0) {
        size_t v = w + 3;
        while (v < n && s[v] != ' ')
            v++;
        if (is_case_number(s, v))
            e = v; /* "15.20G00 - 2013/01544" */
    }
    if (e == 0 && w >= 8 && (is_case_number(s, w) || year_running_number(s, w)))
        e = w;
    /* "13/20411 00.01.00G01 Åben sag": a case's number, then its KLE */
    if (e == 0 && w >= 6 && w <= 9 && mnt_digit(s[0]) && mnt_digit(s[1]) &&
        s[2] == '/' && strspn(s + 3, "0123456789") == w - 3 && w < n)
        return mnt_case_word_at(s + w + 1, n - w - 1);
    if (e == 0)
        return 0;
    return e == n || (s[e] == ' ' && mnt_starts_upper(s + e + 1, n - e - 1));
}

int mnt_case_number_line(const char *s, size_t n)
{
    /* "25-011392 -": a case file's number with an empty second part */
    int empty_part = n > 2 && s[n - 1] == '-' && s[n - 2] == ' ';
    if (empty_part)
        n -= 2;
    if (is_case_number(s, n))
        return 1;
    /* "25-011392": a First Agenda case's year and running number; with
     * a slash ("25/20417 -", Bornholm's) only before the empty second
     * part, as an agenda app prints it: "12/2018" alone is a month */
    size_t k = 0;
    while (k < n && mnt_digit(s[k]))
        k++;
    if (k != 2 || k >= n || (s[k] != '-' && !(s[k] == '/' && empty_part)))
        return 0;
    size_t d = ++k;
    while (k < n && mnt_digit(s[k]))
        k++;
    return k == n && k - d >= 5 && k - d <= 7;
}

/* "Sagsnr. 24-031" without a colon, or "Sagsnr." alone over its value (a
 * field table's two cells, a heading table's case cell): the value's
 * offset in line *i (moved to the value's line), SIZE_MAX if none. */
static size_t case_label(const struct mnt_doc *d, size_t *i, size_t end)
{
    /* not "Sag nr. 129": Rødovre numbers its items so */
    static const char *const keys[] = {"Sagsnr.", "Sags nr.", "Sagsnummer"};
    const struct mnt_line *l = &d->lines[*i];
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t m = fold_prefix(l->s, l->len, keys[k]);
        if (m == 0)
            continue;
        size_t v = m < l->len && l->s[m] == ':' ? m + 1 : m;
        v = mnt_skip_sp(l->s, l->len, v);
        if (v < l->len)
            return v > m && mnt_digit(l->s[v]) ? v : SIZE_MAX;
        size_t j = mnt_next_text(d, *i, end, MNT_JOIN_GAP);
        if (j < end && d->lines[j].len > 0 && mnt_digit(d->lines[j].s[0])) {
            *i = j;
            return 0;
        }
        return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* A case number near the top of the item: Region's "1-01-81-11-23" on a
 * line of its own, or a "Sagsnr.: X" field (also without its colon, or
 * over its value). Consumes a lone number line right after the title by
 * advancing *body. */
int mnt_find_case_no(struct mnt_item *it, const struct mnt_doc *d, size_t *body,
                     size_t end)
{
    size_t k = mnt_next_text(d, *body - 1, end, MNT_JOIN_GAP);
    if (k < end && mnt_case_number_line(d->lines[k].s, d->lines[k].len)) {
        it->case_no = strndup(d->lines[k].s, d->lines[k].len);
        *body = k + 1;
        return it->case_no ? ERR_OK : ERR_NOMEM;
    }
    for (size_t i = *body, seen = 0; i < end && seen < 6; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        seen++;
        size_t off = mnt_herning_key(l);
        if (off == 0 || off >= l->len) {
            /* only right under the heading: a page that prints each
             * "Sagsnr. 19/8891" above its heading ends the item before
             * with the next one's */
            size_t j = i;
            if (seen > 2 || (off = case_label(d, &j, end)) == SIZE_MAX)
                continue;
            l = &d->lines[j];
        }
        size_t e = off;
        while (e < l->len && l->s[e] != ' ')
            e++;
        it->case_no = strndup(l->s + off, e - off);
        return it->case_no ? ERR_OK : ERR_NOMEM;
    }
    return ERR_OK;
}
