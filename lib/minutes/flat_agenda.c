/* SPDX-License-Identifier: GPL-2.0-or-later */
/* flat_agenda.c - for flat_toc.c: where a list inside a flattened page
 * starts and where the pages' text goes on after it - an agenda list
 * after "Dagsorden" ("Dagsorden 1. Velkomst 2. … Næste møde maj 2006 kl
 * Velkomst. Formanden …"), and a short meeting's contents followed by
 * its first items on the same page line; where a contents' last entry
 * ends (mnt_last_entry_end()). Moved out of flat_toc.c when that grew
 * past 600 lines. */
#include <string.h>

#include "minutes/segment_internal.h"

/* "Dagsorden 1. Velkomst 2. … 6. Næste møde maj 2006 kl Velkomst.
 * Formanden …" (or "1) Velkomst 2) …", after "Dagsorden:" or "DAGSORDEN"
 * too): an agenda list inside a flattened page,
 * its first entry right after the word, the page's text going on after its last
 * entry. The offset of the first entry's number, 0 if line l holds none. */
size_t mnt_inline_agenda(const struct mnt_line *l)
{
    for (size_t k = 0; k + 14 < l->len; k++) {
        size_t w = 0;
        if (k == 0 || l->s[k - 1] == ' ')
            w = memcmp(l->s + k, "Dagsorden ", 10) == 0    ? 10
                : memcmp(l->s + k, "Dagsorden: ", 11) == 0 ? 11
                : memcmp(l->s + k, "DAGSORDEN ", 10) == 0  ? 10
                                                           : 0;
        if (w == 0)
            continue;
        size_t i = mnt_skip_sp(l->s, l->len, k + w), e = 0, lab = i;
        /* "Dagsorden § 1 Velkomst § 2 …": the section sign before */
        if (memcmp(l->s + i, "\xC2\xA7 ", 3) == 0)
            i = mnt_skip_sp(l->s, l->len, i + 3);
        if (mnt_number_word(l->s, l->len, i, 1, &e) != 1 || e + 3 >= l->len ||
            l->s[e] != ' ')
            continue;
        /* "1. Velkomst", "1) Velkomst", "§ 1 Velkomst", "1 - Velkomst" */
        if ((e > i + 1 && (l->s[e - 1] == '.' || l->s[e - 1] == ')')) ||
            lab < i || (l->s[e + 1] == '-' && l->s[e + 2] == ' '))
            return lab;
    }
    return 0;
}

/* Where the last entry of an agenda list inside a page (its title at
 * s[off]) ends: where the first entry's title (s[t0..e0)) stands again,
 * opening the minutes' text, within 150 bytes; 0 if it does not. */
size_t mnt_agenda_list_end(const char *s, size_t n, size_t off, size_t t0,
                           size_t e0)
{
    size_t lim = off + 150 < n ? off + 150 : n;
    for (size_t k = off + 1; k + (e0 - t0) <= lim; k++) {
        if (s[k - 1] != ' ' || memcmp(s + k, s + t0, e0 - t0) != 0)
            continue;
        /* "… 4) Eventuelt 1) Godkendelse af dagsorden Dagsordenen …":
         * the first item's heading with its number; the last entry
         * ends before the number */
        size_t b = k - 1, e = 0;
        while (b > off && s[b - 1] != ' ')
            b--;
        /* "… 4 - Eventuelt 1 - Velkomst …", "… § 1 Velkomst …": before
         * the label */
        size_t lb = mnt_label_before(s, k - 1);
        if (lb > off + 1 && lb < k - 1)
            return lb;
        return b > off + 1 && mnt_number_word(s, n, b, 1, &e) == 1 && e + 1 == k
                   ? b
                   : k;
    }
    return 0;
}

#define PAGES_AFTER_SPAN  300u /* a page number and a running header */
#define PAGES_AFTER_TITLE 40u  /* the first entry's words looked for */

/* Where the pages' text goes on after a table of contents' last entry
 * (ending at s[end]) on the same line: a short meeting's transcript
 * prints its contents and first items on one page ("… 3. Ventelister …
 * 4 BØRNE- OG UNGEUDVALGET 14. maj 2024 1. Godkendelse af dagsorden
 * Dagsordenen blev godkendt. …"). The first entry's title (a[0..an),
 * eight bytes or more) standing again past the last entry's page number
 * and a running header opens the first item: the offset of its number,
 * or of the title with none; 0 if the line holds no such title. */
static size_t pages_after(const char *s, size_t n, size_t end, const char *a,
                          size_t an, size_t span)
{
    /* the title's first words: an entry may keep its dotted leader, page
     * number and the next group's heading ("… Nordjylland ...... 199 Åbne
     * beslutningssager") */
    for (size_t q = 0; q + 1 < an; q++)
        if (a[q] == '.' && a[q + 1] == '.')
            an = q;
    if (an > PAGES_AFTER_TITLE) /* whole words */
        for (an = PAGES_AFTER_TITLE; an > 0 && a[an] != ' ';)
            an--;
    while (an > 0 && a[an - 1] == ' ')
        an--;
    if (an < 8)
        return 0;
    /* the page may print the title in capitals ("SIDE 1 1. BUDGETFORSLAG
     * 2015 …" for the contents' "Budgetforslag 2015 …") */
    size_t lim = end + span < n ? end + span : n, k;
    for (k = end + 1; k + an <= lim; k++)
        if (s[k - 1] == ' ' && fold_eq(s + k, an, a, an))
            break;
    if (k + an > lim)
        return 0;
    /* "… 8 Åbent punkt 1 - Godkendelse …": the heading's whole label */
    size_t lb = mnt_label_before(s, k - 1);
    if (lb > end && lb < k - 1)
        return lb;
    size_t j = k;
    while (j > end && s[j - 1] == ' ')
        j--;
    size_t d = j;
    while (d > end && j - d < 4 && (mnt_digit(s[d - 1]) || s[d - 1] == '.'))
        d--;
    return d < j && mnt_digit(s[d]) && s[d - 1] == ' ' ? d : k;
}

size_t mnt_pages_after_contents(const char *s, size_t n, size_t end,
                                const char *a, size_t an)
{
    return pages_after(s, n, end, a, an, PAGES_AFTER_SPAN);
}

/* Bytes from a last entry printed without a page number to the first
 * item's heading: the entry's title and the meeting's fields (members,
 * absentees, "Godkendelse af dagsorden: Godkendt"). */
#define ITEM_AFTER_ENTRY_SPAN 600u

size_t mnt_item_after_last_entry(const char *s, size_t n, size_t off,
                                 const char *a, size_t an)
{
    return pages_after(s, n, off, a, an, ITEM_AFTER_ENTRY_SPAN);
}

static size_t trim_end(const char *s, size_t off, size_t end)
{
    while (end > off && (s[end - 1] == ' ' || s[end - 1] == '.'))
        end--;
    return end;
}

/* Is s[k..e) a year (19xx, 20xx) right after a month's name ("…
 * December 2013"): a title's own words, never a page number? */
static int year_after_month(const char *s, size_t off, size_t k, size_t e)
{
    if (e != k + 4 ||
        !((s[k] == '1' && s[k + 1] == '9') || (s[k] == '2' && s[k + 1] == '0')))
        return 0;
    size_t b = k;
    while (b > off && s[b - 1] == ' ')
        b--;
    size_t w = b;
    while (w > off && s[w - 1] != ' ')
        w--;
    return b > w && mnt_is_month(s + w, b - w);
}

/* Is s[p..k) a page number, then one capitalised word, before the
 * closing page number at s[k] ("… Meddelelser 6 Underskriftsside 7")?
 * The word is an unnumbered entry after the last one (a signature page,
 * a list of attachments) on a later page: the last entry ends at p. */
static int closing_entry(const char *s, size_t n, size_t p, size_t k)
{
    unsigned a, b;
    if (p >= k)
        return 0; /* no number before the closing one */
    size_t e = p + mnt_read_num(s, k, p, 3, &a);
    if (e == p || e + 1 >= k || s[e] != ' ' ||
        !mnt_starts_upper(s + e + 1, k - e - 1))
        return 0;
    for (size_t i = e + 1; i + 1 < k; i++)
        if (s[i] == ' ')
            return 0; /* one word */
    return a > 0 && mnt_read_num(s, n, k, 3, &b) > 0 && b > a;
}

/* Where a page mark closing s[off..n) starts, its spaces before it
 * too, else n: the page's number set between dashes ("… 6. Eventuelt
 * -3-", a Word template's footer run onto the contents' page line). Its
 * dash is no space, so the entry's title would keep the number. */
static size_t dash_mark_start(const char *s, size_t n, size_t off)
{
    if (n < off + 4 || s[n - 1] != '-')
        return n;
    size_t k = n - 1;
    while (k > off && mnt_digit(s[k - 1]))
        k--;
    if (k == n - 1 || n - 1 - k > 3 || k < off + 2 || s[k - 1] != '-' ||
        s[k - 2] != ' ')
        return n;
    return trim_end(s, off, k - 1);
}

/* Where a page footer "Side 2 af 6" or a page mark "-3-"
 * (dash_mark_start) closing s[off..n) starts (its spaces before it
 * too), else n: no page number of the last entry's. */
static size_t footer_start(const char *s, size_t n, size_t off)
{
    size_t e = n, k;
    unsigned v;
    if ((k = dash_mark_start(s, n, off)) < n)
        return k;
    while (e > off && mnt_digit(s[e - 1]))
        e--;
    if (e == n || e < off + 10 || memcmp(s + e - 4, " af ", 4) != 0)
        return n;
    k = e - 4;
    while (k > off && mnt_digit(s[k - 1]))
        k--;
    if (k == e - 4 || k < off + 6 || memcmp(s + k - 6, " Side ", 6) != 0 ||
        mnt_read_num(s, e, k, 3, &v) == 0)
        return n;
    return trim_end(s, off, k - 5);
}

/* Where the last entry of a flattened table of contents, its title at
 * s[off], ends: before a page number that closes the line or comes
 * before a page footer ("… pr. 30. juni 2017 3 Side 1 af 3": not at
 * "30."), else before the first number word. A year after a month
 * before the footer ("… - December 2013 Side 2 af 12") is the title's
 * last word: the entry ends after it. */
size_t mnt_last_entry_end(const char *s, size_t n, size_t off)
{
    n = footer_start(s, n, off);
    size_t first = n, lim = off + 150 < n ? off + 150 : n;
    for (size_t k = off + 1; k < lim; k++) {
        if (!mnt_digit(s[k]) || s[k - 1] != ' ')
            continue;
        size_t e = k;
        while (e < n && mnt_digit(s[e]))
            e++;
        size_t w = mnt_skip_sp(s, n, e);
        if (e == n ||
            (w > e && (w == n || fold_prefix(s + w, n - w, "Side ") > 0)))
            return year_after_month(s, off, k, e)  ? e
                   : closing_entry(s, n, first, k) ? first
                                                   : k;
        /* "… pr. 31. august Tønder …": a date's day inside the title (the
         * transcript dropped the year and the next entry's number) is no
         * page number */
        size_t m = e < n && s[e] == '.' ? mnt_skip_sp(s, n, e + 1) : e;
        if (first == n && !(m > e + 1 && mnt_is_month(s + m, n - m)))
            first = k;
    }
    return first;
}

/* The length of a date "23. juni 2015" at s[k], 0 if none. */
static size_t date_at(const char *s, size_t n, size_t k)
{
    size_t e = k, m, w;
    while (e < n && e < k + 2 && mnt_digit(s[e]))
        e++;
    if (e == k || e + 2 >= n || s[e] != '.' || s[e + 1] != ' ')
        return 0;
    for (m = e + 2, w = m; w < n && s[w] != ' ';)
        w++;
    if (!mnt_is_month(s + m, w - m) || w + 5 > n)
        return 0;
    for (size_t q = w + 1; q < w + 5; q++)
        if (!mnt_digit(s[q]))
            return 0;
    return w + 5 == n || s[w + 5] == ' ' ? w + 5 - k : 0;
}

/* Do four lines of d or more hold s[0..n)? */
static int recurs(const struct mnt_doc *d, const char *s, size_t n)
{
    size_t seen = 0;
    for (size_t i = 0; i < d->nlines && seen < 4; i++) {
        const struct mnt_line *l = &d->lines[i];
        for (size_t k = 0; k + n <= l->len; k++)
            if (l->s[k] == s[0] && memcmp(l->s + k, s, n) == 0) {
                seen++;
                break;
            }
    }
    return seen >= 4;
}

size_t mnt_footer_date_cut(const struct mnt_doc *d, const char *s, size_t n,
                           size_t off, size_t end)
{
    for (size_t k = off + 8; k < end; k++) {
        /* the last entry may end inside the date ("… 23. juni") */
        size_t dn = s[k - 1] == ' ' ? date_at(s, n, k) : 0;
        if (dn == 0 || !recurs(d, s + k, dn))
            continue;
        size_t b = k - 1, w = b;
        while (w > off && mnt_digit(s[w - 1]))
            w--;
        return w < b && b - w <= 3 && s[w - 1] == ' ' ? w : k;
    }
    return end;
}
