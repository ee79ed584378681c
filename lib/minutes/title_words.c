/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_words.c - the word lists the title rules share: the small words
 * a title says between its others (prepositions, conjunctions) and the
 * section names that end a heading inside a flattened line. One list
 * each, for titles.c, title_flat.c and the letter-spaced run rule. */
#include <string.h>

#include "minutes/segment_internal.h"

/* Is w[0..n) a preposition or conjunction ("af", "i", "til", "og")? */
int mnt_small_word(const char *w, size_t n)
{
    static const char *const small[] = {
        "af",    "i",     "til",  "om",    "for",  "med",
        "på",    "fra",   "og",   "ved",   "hos",  "mod",
        "under", "langs", "samt", "efter", "over", "mellem"};
    for (size_t k = 0; k < sizeof small / sizeof *small; k++)
        if (fold_eq(w, n, small[k], strlen(small[k])))
            return 1;
    return 0;
}

/* Does s[0..n) end in a preposition or conjunction? */
int mnt_after_small_word(const char *s, size_t n)
{
    size_t w = n;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    return mnt_small_word(s + w, n - w);
}

/* A section name at a word start inside a flattened line ends the
 * heading ("2. Meddelelser Sagsfremstilling Formanden …"); at a line's
 * start it continues none. */
int mnt_section_word_at(const char *s, size_t n)
{
    static const char *const words[] = {
        "Sagsfremstilling", "Indstilling", "Beslutning",     "Resume",
        "Sagsresume",       "Baggrund",    "Sagsbeskrivelse"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        size_t m = fold_prefix(s, n, words[k]);
        if (m > 0 && (m == n || s[m] == ' ' || s[m] == ':'))
            return 1;
    }
    /* Region Hovedstaden's conclusions ("SAG NR. 5 EVENTUELT KONKLUSION
     * Intet.") and decisions ("SAG NR. 8 EVENTUELT BESLUTNINGER Intet."):
     * in capitals only, as the page prints its section names -
     * "… konklusion og videre forløb" is a title's word */
    static const char *const caps[] = {"KONKLUSION", "BESLUTNINGER"};
    for (size_t k = 0; k < sizeof caps / sizeof *caps; k++) {
        size_t m = strlen(caps[k]);
        if (n >= m && memcmp(s, caps[k], m) == 0 &&
            (m == n || s[m] == ' ' || s[m] == ':'))
            return 1;
    }
    return 0;
}
