/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_subject.c - for title_flat.c: the subject of a recommendation
 * ("Miljø- og Energiforvaltningen indstiller, at …") that a flattened
 * page runs a heading on into. */
#include <string.h>

#include "minutes/segment_internal.h"

/* A noun's definite form, capitalised: "Forvaltningen", "Direktøren",
 * "Energiforvaltningen". */
static int definite_noun(const char *s, size_t n)
{
    uint32_t cp;
    return n >= 5 && utf8_decode(s, n, &cp) > 0 && fold_is_upper(cp) &&
           (mnt_ends_fold(s, n, "en") || mnt_ends_fold(s, n, "et"));
}

/* Does a recommendation's subject start at s[i] and run to "indstiller":
 * one definite noun ("Forvaltningen indstiller"), or compound parts
 * joined by "og"/"&" before one ("Miljø- og Energiforvaltningen
 * indstiller")? A flattened page runs a heading on into it ("… for
 * Romdrup Å Miljø- og Energiforvaltningen indstiller, at …"); it names
 * no part of the title. */
int mnt_recommender_at(const char *s, size_t n, size_t i)
{
    int parts = 0; /* compound parts seen ("Miljø-") */
    for (int words = 0; words < 6 && i < n; words++) {
        size_t w = i;
        while (i < n && s[i] != ' ' && s[i] != ',')
            i++;
        if (i == w || i >= n || s[i] != ' ')
            return 0;
        size_t k = i + 1;
        int next_verb = n - k >= 10 && fold_eq(s + k, 10, "indstiller", 10) &&
                        (n - k == 10 || s[k + 10] == ' ' || s[k + 10] == ',');
        if (next_verb)
            return definite_noun(s + w, i - w) && (words == 0 || parts > 0);
        uint32_t cp;
        utf8_decode(s + w, i - w, &cp);
        if (s[i - 1] == '-' && fold_is_upper(cp) && i - w > 2)
            parts++; /* "Miljø-" */
        else if (!(parts > 0 && (fold_eq(s + w, i - w, "og", 2) ||
                                 (i - w == 1 && s[w] == '&'))))
            return 0;
        i = k;
    }
    return 0;
}
