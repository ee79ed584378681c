/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_genitive.c - a committee named by its areas in the genitive
 * before "møde" and the date: "Social og sundheds møde den 12. juni 2023"
 * is the meeting of "Social og sundhed" (a council that drops "udvalg"
 * from its committees' names prints no council noun the header could
 * read, and the text then names "Byrådet" most often). For
 * council_forms.c. */
#include <string.h>

#include "minutes/segment_internal.h"

#define GENITIVE_WORDS 6u /* words of the name */

/* Does s[e..n) say " møde den …" or " møde d. …" (the name's meeting on
 * a day), with a date on the line, or " møde " and the date right after
 * it, its weekday before it at most ("… møde 7. maj 2024", "… møde
 * tirsdag, 7 maj, 2024": round ic)? */
static int meeting_on_date(const char *s, size_t n, size_t e)
{
    static const char *const tails[] = {" møde den ", " møde d. "};
    char iso[11];
    for (size_t k = 0; k < sizeof tails / sizeof *tails; k++) {
        size_t tl = strlen(tails[k]);
        if (n - e >= tl && fold_prefix(s + e, n - e, tails[k]) == tl)
            return mnt_date_find(s + e + tl, n - e - tl, iso) != 0;
    }
    size_t ml = strlen(" møde ");
    return n - e > ml && fold_prefix(s + e, n - e, " møde ") == ml &&
           mnt_date_opens(s + e + ml, n - e - ml);
}

/* A word no committee's name has: a heading's word, a small word
 * ("Referat af …", "Dagsorden for …": the line is a heading about the
 * meeting, not the name and its meeting; "og" is read before). */
static int not_area(const struct mnt_tok *t)
{
    return mnt_council_stop_word(t) || mnt_small_word(t->s, t->n);
}

/* Does the word that ends at s[e] end in a genitive "s" before "møde"
 * ("… udsatheds møde", "By og Lands møde:"), the word longer than two
 * letters? The heading says whose meeting it is. */
int mnt_genitive_before_meeting(const char *s, size_t n, size_t e)
{
    size_t m = strlen(" møde"), w = e;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    return e - w > 2 && s[e - 1] == 's' && n - e >= m &&
           fold_prefix(s + e, n - e, " møde") == m &&
           (e + m == n || s[e + m] == ' ' || s[e + m] == ':' ||
            s[e + m] == '\n');
}

size_t mnt_genitive_name(const char *s, size_t n, size_t i,
                         const struct mnt_genitive_form *f)
{
    struct mnt_tok t;
    for (unsigned words = 0; words < f->max_words; words++) {
        size_t want = i; /* the next word must follow one space */
        if (!mnt_tok_next(s, n, &i, &t) || t.s != s + want)
            return 0;
        uint32_t cp;
        utf8_decode(t.s, t.n, &cp);
        int og = mnt_tok_is(&t, "og");
        if (!fold_is_letter(cp) ||
            (words == 0 && f->capital_first && !mnt_tok_capital(&t)) ||
            (!og && f->refuse(&t)))
            return 0;
        size_t e = (size_t)(t.s + t.n - s);
        if (!og && words >= f->min_words &&
            mnt_genitive_before_meeting(s, n, e) &&
            (f->accept == NULL || f->accept(s, n, e)))
            return e;
        if (f->hyphens) {
            /* "Social-, Sundheds- og …", "Klima, Miljø og …" */
            if (i < n && s[i] == '-')
                i++;
            if (i < n && s[i] == ',')
                i++;
        } else if (i + 1 < n && s[i] == ',' && s[i + 1] == ' ' && !og) {
            i++; /* "handicap, psykiatri og udsatheds" */
        }
        if (i >= n || s[i] != ' ')
            return 0;
        i++;
    }
    return 0;
}

int mnt_council_genitive_meeting(const char *s, size_t n,
                                 char out[MNT_NAME_MAX])
{
    /* the name opens with a capital ("Social og sundhed"), has two words
     * or more and no word of a heading or small word but "og" */
    static const struct mnt_genitive_form form = {
        GENITIVE_WORDS, 1, 1, 1, not_area, meeting_on_date};
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    size_t e = mnt_genitive_name(s, n, i, &form);
    if (e == 0)
        return 0;
    mnt_name_copy(out, s + i, e - 1 - i);
    return 1;
}
