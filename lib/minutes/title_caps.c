/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_caps.c - for title_flat.c: a title set in capitals inside a
 * flattened line. Where its case tells where it ends: a word capitalised
 * as a sentence opens after it ("… VED FOLEHAVEVEJ Kommunen ejer …"),
 * an ordinal that stays its own ("BUDGET 2009-2012, 1. BEHANDLING"), a
 * genitive in capitals naming whose section follows ("… RÅDET
 * ADMINISTRATIONENS INDSTILLING"). Moved out of title_flat.c when that
 * grew past 600 lines. */
#include <stdint.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* Is the character after the one at s[i] a lower-case letter: a word
 * capitalised as a sentence opens ("Orienteringen"), not one of a title
 * in capitals ("BUDGET 2011 OG BUDGETSEMINAR") nor a lone capital? */
int mnt_next_is_lower(const char *s, size_t n, size_t i)
{
    uint32_t cp;
    size_t k = i + utf8_decode(s + i, n - i, &cp);
    return k < n && (utf8_decode(s + k, n - k, &cp), fold_is_lower(cp));
}

int mnt_definite_genitive(const char *s, size_t n)
{
    return mnt_ends_fold(s, n, "ens") || mnt_ends_fold(s, n, "ets") ||
           mnt_ends_fold(s, n, "nes");
}

/* Where the capitalised genitive s[..n) ends in starts, the word naming
 * whose section follows ("… RÅDET ADMINISTRATIONENS", "… 2023
 * Forretningsudvalgets"), 0 if it ends in none or nothing stands
 * before it. */
size_t mnt_caps_genitive_before(const char *s, size_t n, const char *sec,
                                size_t sn)
{
    size_t w = n;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    uint32_t cp;
    if (w == 0 || n - w < 6 || (s[n - 1] != 's' && s[n - 1] != 'S'))
        return 0;
    /* a definite noun's genitive ("-ens", "-ets", "-nes"): a town's name
     * ending in an s ("… sterilcentral i Randers Resume …") owns no
     * section */
    if (!mnt_definite_genitive(s + w, n - w))
        return 0;
    utf8_decode(s + w, n - w, &cp);
    if (!fold_is_upper(cp))
        return 0;
    /* a genitive shares its noun's case: a heading in capitals ending in
     * an s ("… UDSKIFTNING AF GADELYS Beslutning …") names no section's
     * owner before a section word in lower case */
    if (!mnt_next_is_lower(s, n, w) && mnt_next_is_lower(sec, sn, 0))
        return 0;
    while (w > 0 && s[w - 1] == ' ')
        w--;
    return w;
}

/* Does s[w..e) name an amount's unit that a number or another unit
 * stands before ("4 MIO", "MIO. KR", "12 KR")? Its stop abbreviates, it
 * ends no sentence. */
static int amount_unit(const char *s, size_t off, size_t w, size_t e)
{
    static const char *const units[] = {"mio", "mia", "kr"};
    if (!fold_among(s + w, e - w, units, sizeof units / sizeof *units) ||
        w < off + 2 || s[w - 1] != ' ')
        return 0;
    char c = s[w - 2];
    return mnt_digit(c) || (c == '.' && w >= off + 5 &&
                            (fold_eq(s + w - 5, 3, "mio", 3) ||
                             fold_eq(s + w - 5, 3, "mia", 3)));
}

/* Is the full stop before s[i] an ordinal's in a title in capitals
 * ("BUDGET 2009-2012, 1. BEHANDLING"), or an amount's unit's ("… PÅ 4
 * MIO. KR. AFSAT I BUDGET 2010")? A number of one or two digits (or the
 * unit after a number) before it, no lower-case letter in the title before
 * it and a word of capitals after it: a heading in capitals capitalises
 * the ordinal's noun as "2. behandling" writes it in lower case; a
 * sentence after the title goes on in lower case ("… 2008 1.
 * Forvaltningen …"). */
int mnt_caps_ordinal_at(const char *s, size_t n, size_t off, size_t i)
{
    size_t d = i - 2;
    while (d > off && mnt_digit(s[d - 1]))
        d--;
    if (d == i - 2) {
        while (d > off && s[d - 1] != ' ')
            d--;
        if (!amount_unit(s, off, d, i - 2))
            return 0;
    } else if (i - 2 - d > 2 || d == off || s[d - 1] != ' ')
        return 0;
    uint32_t cp;
    for (size_t k = off; k < d; k += utf8_decode(s + k, d - k, &cp))
        if (utf8_decode(s + k, d - k, &cp), fold_is_lower(cp))
            return 0;
    size_t k = i, letters = 0;
    while (k < n && s[k] != ' ') {
        k += utf8_decode(s + k, n - k, &cp);
        if (fold_is_lower(cp))
            return 0;
        letters += fold_is_upper(cp) != 0;
    }
    return letters >= 2;
}

/* Does s[off..i) hold six letters or more and none in lower case, and
 * the word at s[i] a capital and then small letters ("… VED FOLEHAVEVEJ
 * Kommunen ejer …", "… ORIENTERING Intet.")? A title set in capitals ends
 * there: its text is printed as sentences. */
int mnt_caps_then_text(const char *s, size_t n, size_t off, size_t i)
{
    uint32_t cp;
    size_t letters = 0, small = 0;
    for (size_t k = off; k < i; k += utf8_decode(s + k, i - k, &cp))
        if (utf8_decode(s + k, i - k, &cp), fold_is_lower(cp))
            return 0;
        else
            letters += fold_is_upper(cp) != 0;
    size_t k = i + utf8_decode(s + i, n - i, &cp);
    /* the word may end its sentence: "GENSIDIG ORIENTERING Intet.", or
     * be a field's label: "… FORRETNINGSUDVALGETS MØDER Bilag: Punkt 3" */
    while (k < n && s[k] != ' ' &&
           !(s[k] == '.' || s[k] == ',' || s[k] == ':')) {
        size_t m = utf8_decode(s + k, n - k, &cp);
        if (m == 0 || !fold_is_lower(cp))
            return 0;
        small++;
        k += m;
    }
    return letters >= 6 && small >= 2;
}
