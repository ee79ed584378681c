/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_genitive.c - a committee named by its areas in the genitive
 * before "møde" and the date: "Social og sundheds møde den 12. juni 2023"
 * is the meeting of "Social og sundhed" (a council that drops "udvalg"
 * from its committees' names prints no council noun the header could
 * read, and the text then names "Byrådet" most often). For
 * council_forms.c. */
#include <string.h>

#include "minutes/minutes_internal.h"

#define GENITIVE_WORDS 6u /* words of the name */

/* Small words that never stand in a committee's name ("Referat af …",
 * "Dagsorden for …"): the line is a heading about the meeting, not the
 * name and its meeting. */
static int small_word(const struct mnt_tok *t)
{
    static const char *const words[] = {"af",  "for", "med", "ved", "fra",
                                        "til", "om",  "i",   "på"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (fold_eq(t->s, t->n, words[k], strlen(words[k])))
            return 1;
    return 0;
}

/* Does s[e..n) say " møde den …" or " møde d. …" (the name's meeting on
 * a day), with a date on the line? */
static int meeting_on_date(const char *s, size_t n, size_t e)
{
    static const char *const tails[] = {" møde den ", " møde d. "};
    char iso[11];
    for (size_t k = 0; k < sizeof tails / sizeof *tails; k++) {
        size_t tl = strlen(tails[k]);
        if (n - e >= tl && fold_prefix(s + e, n - e, tails[k]) == tl)
            return mnt_date_find(s + e + tl, n - e - tl, iso) != 0;
    }
    return 0;
}

int mnt_council_genitive_meeting(const char *s, size_t n,
                                 char out[MNT_NAME_MAX])
{
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    size_t start = i;
    struct mnt_tok t;
    for (unsigned words = 0; words < GENITIVE_WORDS; words++) {
        size_t want = i;
        if (!mnt_tok_next(s, n, &i, &t) || t.s != s + want)
            return 0;
        uint32_t cp;
        utf8_decode(t.s, t.n, &cp);
        int og = mnt_tok_is(&t, "og");
        /* the name opens with a capital ("Social og sundhed") and has no
         * word of a heading or small word but "og" */
        if (!fold_is_letter(cp) || (words == 0 && !mnt_tok_capital(&t)) ||
            (!og && (mnt_council_stop_word(&t) || small_word(&t))))
            return 0;
        size_t e = (size_t)(t.s + t.n - s);
        if (!og && words > 0 && mnt_genitive_before_meeting(s, n, e) &&
            meeting_on_date(s, n, e)) {
            mnt_name_copy(out, s + start, e - 1 - start);
            return 1;
        }
        /* "Social-, Sundheds- og …", "Klima, Miljø og …" */
        if (i < n && s[i] == '-')
            i++;
        if (i < n && s[i] == ',')
            i++;
        if (i >= n || s[i] != ' ')
            return 0;
        i++;
    }
    return 0;
}
