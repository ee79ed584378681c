/* SPDX-License-Identifier: GPL-2.0-or-later */
/* flat_agenda.c - for flat_toc.c: where a list inside a flattened page
 * starts and where the pages' text goes on after it - an agenda list
 * after "Dagsorden" ("Dagsorden 1. Velkomst 2. … Næste møde maj 2006 kl
 * Velkomst. Formanden …"), and a short meeting's contents followed by
 * its first items on the same page line. Moved out of flat_toc.c when
 * that grew past 600 lines. */
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
 * Dagsordenen blev godkendt. …"). The first entry's title (s[t0..e0),
 * eight bytes or more) standing again past the last entry's page number
 * and a running header opens the first item: the offset of its number,
 * or of the title with none; 0 if the line holds no such title. */
static size_t pages_after(const char *s, size_t n, size_t end, size_t t0,
                          size_t e0, size_t span)
{
    /* the title's first words: an entry may keep its dotted leader, page
     * number and the next group's heading ("… Nordjylland ...... 199 Åbne
     * beslutningssager") */
    for (size_t q = t0; q + 1 < e0; q++)
        if (s[q] == '.' && s[q + 1] == '.')
            e0 = q;
    if (e0 > t0 + PAGES_AFTER_TITLE) /* whole words */
        for (e0 = t0 + PAGES_AFTER_TITLE; e0 > t0 && s[e0] != ' ';)
            e0--;
    while (e0 > t0 && s[e0 - 1] == ' ')
        e0--;
    if (e0 < t0 + 8)
        return 0;
    /* the page may print the title in capitals ("SIDE 1 1. BUDGETFORSLAG
     * 2015 …" for the contents' "Budgetforslag 2015 …") */
    size_t lim = end + span < n ? end + span : n, k;
    for (k = end + 1; k + (e0 - t0) <= lim; k++)
        if (s[k - 1] == ' ' && fold_eq(s + k, e0 - t0, s + t0, e0 - t0))
            break;
    if (k + (e0 - t0) > lim)
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

size_t mnt_pages_after_contents(const char *s, size_t n, size_t end, size_t t0,
                                size_t e0)
{
    return pages_after(s, n, end, t0, e0, PAGES_AFTER_SPAN);
}

/* Bytes from a last entry printed without a page number to the first
 * item's heading: the entry's title and the meeting's fields (members,
 * absentees, "Godkendelse af dagsorden: Godkendt"). */
#define ITEM_AFTER_ENTRY_SPAN 600u

size_t mnt_item_after_last_entry(const char *s, size_t n, size_t off, size_t t0,
                                 size_t e0)
{
    return pages_after(s, n, off, t0, e0, ITEM_AFTER_ENTRY_SPAN);
}
