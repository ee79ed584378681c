/* SPDX-License-Identifier: GPL-2.0-or-later */
/* inline_list.c - for inline.c: a numbered list a sentence introduces
 * inside a flattened line ("Hovedpunkterne var: 1. … 2. … 3. …") is the
 * item's text, not headings; a section's name between its points ends
 * it. Split from inline.c. */
#include <stdio.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* Does a sentence's colon end right before s[e] ("Hovedpunkterne var:
 * 1. Fælles indkøb … 2. …")? A list the sentence introduces, run into a
 * flattened page, starts no heading; a label in capitals or a field's
 * ("INDHOLDSFORTEGNELSE: 1. …", "Dagsorden: 1. …") may. */
static int sentence_colon_before(const char *s, size_t e)
{
    if (e < 3 || s[e - 1] != ':')
        return 0;
    size_t w = e - 1;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    if (w == 0 || mnt_starts_upper(s + w, e - 1 - w))
        return 0;
    /* a lower-case word with another before it: a sentence, not a
     * one-word label */
    size_t v = w - 1;
    while (v > 0 && s[v - 1] != ' ')
        v--;
    return v < w - 1;
}

/* A section's name at a word start in s[a..b) ("… klippekortordningen
 * Beslutning: Taget til efterretning. 4. Budget …"): the item's list
 * ended there, and a number after it is the next heading. */
static int section_between(const char *s, size_t a, size_t b)
{
    for (size_t k = a + 1; k < b; k++)
        if (s[k - 1] == ' ' && ascii_upper(s[k]) &&
            mnt_section_word_at(s + k, b - k))
            return 1;
    return 0;
}

/* "… regionsrådet: 1. at der optages lån …, 2. at lånet optages … 25 år.
 * POLITISK BEHANDLING … JOURNALNUMMER 17000211 2. Investering …": is
 * point num printed in s[a..b) already? The list had its point num, so
 * a second num is no point of it but the next item's number. */
static int point_between(const char *s, size_t a, size_t b, unsigned num)
{
    char want[16];
    int w = snprintf(want, sizeof want, " %u. ", num);
    if (w <= 0 || (size_t)w >= sizeof want)
        return 0;
    for (size_t k = a; k + (size_t)w <= b; k++)
        if (memcmp(s + k, want, (size_t)w) == 0)
            return 1;
    return 0;
}

/* Is the number `num` at s[i] a point of such a list: "1." right after
 * the sentence's colon, or num - 1 printed "N. " within 300 bytes
 * before it and itself such a point ("… var: 1. Fælles indkøb … 2.
 * Uddannelse … 3. Ny model …")? A heading after the list ("… statstilskud.
 * 4. Orientering …" where the page's items are numbered) is no point
 * unless the list ran up to it, no section between its points. */
int mnt_sentence_list_point(const char *s, size_t i, unsigned num)
{
    for (int depth = 0; depth < 20; depth++) {
        if (num == 0) /* "0." (a spaced-out page): no list's point */
            return 0;
        if (num == 1)
            return sentence_colon_before(s, i - 1);
        char want[16];
        int w = snprintf(want, sizeof want, " %u. ", num - 1);
        if (w <= 0 || (size_t)w >= sizeof want)
            return 0;
        size_t j = 0, lo = i > 300 ? i - 300 : 0;
        for (size_t k = i; k > lo && j == 0; k--)
            if (k >= (size_t)w && memcmp(s + k - w, want, (size_t)w) == 0)
                j = k - w + 1;
        if (j == 0 || section_between(s, j, i) ||
            (depth == 0 && point_between(s, j + (size_t)w - 1, i, num)))
            return 0;
        i = j, num--;
    }
    return 0;
}

/* Does the point whose title starts at s[t] head an item after all: its
 * title runs into a case file's field with no sentence's end between
 * ("… tre forhold: 1. … 2. … 3. … læskur. Bemærkningerne sendes videre.
 * 4.      Eventuelt Sagsnr.: …")? The list's numbers ran up to the next
 * item's by chance; a point of the list goes on as a sentence or
 * into the next point. */
int mnt_list_point_heads(const char *s, size_t n, size_t t)
{
    size_t f = t < n ? mnt_title_before_field(s + t, n - t) : 0;
    if (f == 0)
        return 0;
    /* nor the list's next point before the field ("Sager til
     * behandling: 1. … 3. Vedtægter 4. Orientering … Punkt nummer: 1") */
    for (size_t k = t + 1; k + 1 < t + f; k++)
        if (s[k] == '.' && s[k + 1] == ' ' &&
            (ascii_lower(s[k - 1]) ||
             (mnt_digit(s[k - 1]) && k >= t + 2 && s[k - 2] == ' ')))
            return 0;
    return 1;
}
