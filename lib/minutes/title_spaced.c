/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_spaced.c - for title_flat.c: a title cut out of a flattened line
 * that ends before a letter-spaced run ("… Anlægsregnskab T e k n is k U
 * d v a lg"), a field's value a transcript read from a font set with
 * wide spacing. Apart from title_flat.c: these rules read a run's
 * pieces of one to three letters, the rest of title_flat.c reads words. */
#include <string.h>

#include "minutes/segment_internal.h"

/* Does a letter-spaced run start at s[0..n): a word a transcript read
 * from a font set with wide spacing, one or two letters at a time ("T e
 * k n is k U d v a lg", "S o c ia lu d v a lg e t")? Five words in a row
 * of at most two letters each, three or more of them single letters, and
 * every one of letters only: Danish titles have no such runs ("i og på"
 * has one single letter; "område A, B og C" has its commas). */
static int spaced_run_at(const char *s, size_t n)
{
    size_t i = 0, single = 0;
    for (int w = 0; w < 5; w++) {
        size_t letters = 0;
        while (i < n && s[i] != ' ') {
            uint32_t cp;
            size_t k = utf8_decode(s + i, n - i, &cp);
            if (k == 0 || !fold_is_letter(cp))
                return 0;
            i += k, letters++;
        }
        if (letters == 0 || letters > 2)
            return 0;
        single += letters == 1;
        if (w < 4 && (i >= n || s[i] != ' '))
            return 0;
        i++;
    }
    return single >= 3;
}

/* Words a Danish title says between its other words, of three letters
 * at most: no letter-spaced run's pieces. */
static int short_title_word(const char *w, size_t n)
{
    static const char *const words[] = {"den", "det", "en", "et", "de",
                                        "ny",  "nye", "år", "nr"};
    if (mnt_small_word(w, n))
        return 1;
    return fold_among(w, n, words, sizeof words / sizeof *words);
}

/* Where a title ends before a letter-spaced run whose first pieces OCR
 * read three letters at a time ("… klubhus K u ltu ru d v a lg e t":
 * the run found from "ru"): from the run's start e (the space before
 * it) back over pieces of one letter, and of two or three lower-case
 * letters that are no title's words when a one-letter piece stands
 * before them ("… ny hal K u ltu …" keeps "hal"), down to off. */
static size_t spaced_lead(const char *s, size_t off, size_t e)
{
    size_t end = e; /* the title's end so far: before a one-letter piece */
    for (;;) {
        size_t b = e;
        while (b > off && s[b - 1] != ' ')
            b--;
        size_t letters = 0, lower = 1;
        for (size_t i = b; i < e;) {
            uint32_t cp;
            size_t k = utf8_decode(s + i, e - i, &cp);
            if (k == 0 || !fold_is_letter(cp))
                return end;
            lower &= fold_is_lower(cp);
            i += k, letters++;
        }
        if (b <= off + 8 || letters == 0 || letters > 3 ||
            short_title_word(s + b, e - b) || (letters > 1 && !lower))
            return end;
        e = b;
        while (e > off && s[e - 1] == ' ')
            e--;
        if (letters == 1)
            end = e;
    }
}

/* "Sag nr. 9 Sag fra: Vejbelysning i 2001 Anlægsregnskab T e k n is k U d
 * v a lg Journal nr.: …": a letter-spaced run within 150 bytes ends the
 * title (it is a field's value set in another font, here the sending
 * committee) when no colon, sentence's end or section name comes first;
 * the words before it are the title's, a year and capitalised names too
 * ("… 2001 Anlægsregnskab", "… Kommunes Vandforsyning"). The end, or 0. */
size_t mnt_spaced_after_title(const struct mnt_line *l, size_t off)
{
    for (size_t i = off + 1; i < l->len && i < off + 150; i++) {
        if (l->s[i] == ':' ||
            (i >= off + 2 && l->s[i - 2] == '.' && l->s[i - 1] == ' ' &&
             mnt_starts_upper(l->s + i, l->len - i)))
            return 0;
        if (l->s[i - 1] != ' ')
            continue;
        if (mnt_section_word_at(l->s + i, l->len - i))
            return 0;
        if (i > off + 8 && spaced_run_at(l->s + i, l->len - i)) {
            size_t e = spaced_lead(l->s, off, i - 1);
            while (e > off && l->s[e - 1] == ' ')
                e--;
            return e;
        }
    }
    return 0;
}
