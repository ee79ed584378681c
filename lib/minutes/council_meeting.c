/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_meeting.c - councils named by a meeting: a council's meeting
 * as one word ("Ældrerådsmøde" -> "Ældrerådet", "bestyrelsesmøde" ->
 * "Bestyrelsen"), and a council written in lower case after "møde i"
 * ("Referat af møde i standardiseringsudvalget for e-fakturering"), and
 * a council that receives a recommendation ("anbefaler Byrådet"), which
 * is not the one meeting. For council_names.c. */
#include <stdio.h>
#include <string.h>

#include "minutes/minutes_internal.h"

/* "Ældrerådsmøde", "BYRÅDSMØDE", "lokalrådsmødet",
 * "Kommunalbestyrelsesmøde": a meeting of a council, named in a header
 * ("Referat af byrådsmøde") -> that council ("Byrådet"). A board's
 * meeting ("bestyrelsesmøde") -> "Bestyrelsen": an association's or a
 * fund's board has no other name, while a bare "rådsmøde" or
 * "udvalgsmøde" belongs to a council named elsewhere on the page. */
int mnt_meeting_noun(const struct mnt_tok *t, char out[MNT_NAME_MAX])
{
    static const char *const ends[] = {"smødet", "smøde", "mødet", "møde"};
    char w[MNT_NAME_MAX];
    if (t->n >= MNT_NAME_MAX)
        return 0;
    if (mnt_all_capitals(t->s, t->n))
        mnt_title_case(t->s, t->n, w, sizeof w);
    else
        mnt_name_copy(w, t->s, t->n);
    size_t n = strlen(w);
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++)
        if (mnt_ends_fold(w, n, ends[k])) {
            n -= strlen(ends[k]);
            break;
        }
    if (n == strlen(w) || n < 3)
        return 0;
    mnt_capitalise(w);
    struct mnt_tok stem = {w, n};
    if (fold_eq(w, n, "bestyrelse", strlen("bestyrelse"))) {
        snprintf(out, MNT_NAME_MAX, "Bestyrelsen");
        return 1;
    }
    return mnt_council_noun(&stem, 1, out);
}

/* "Referat af møde i standardiseringsudvalget for e-fakturering den …":
 * a council the minutes' heading names in lower case after "møde i" (a
 * body outside the municipalities, whose text writes its name as a
 * common noun). Only a definite compound ("…udvalget", "…rådet"; not a
 * bare "udvalget"), with the words after "for" in any case. Its length
 * in s, the capitalised name in out; 0 if none. */
size_t mnt_lower_meeting_council(const char *s, size_t n,
                                 const struct mnt_tok *t,
                                 char out[MNT_NAME_MAX])
{
    static const char *const before[] = {"møde i ", "mødet i "};
    size_t at = (size_t)(t->s - s), pre = 0;
    char noun[MNT_NAME_MAX];
    for (size_t k = 0; k < sizeof before / sizeof *before && pre == 0; k++) {
        size_t bl = strlen(before[k]);
        if (at >= bl && fold_eq(s + at - bl, bl, before[k], bl) &&
            (at == bl || s[at - bl - 1] == ' '))
            pre = bl;
    }
    if (pre == 0 || mnt_tok_capital(t) || !mnt_council_noun(t, 1, noun) ||
        strlen(noun) != t->n || memcmp(noun, t->s, t->n) != 0 ||
        !(mnt_ends_fold(t->s, t->n, "et") || mnt_ends_fold(t->s, t->n, "en")))
        return 0;
    size_t len = t->n, k = strlen(" for ");
    if (n - at - t->n > k && memcmp(s + at + t->n, " for ", k) == 0) {
        size_t end = mnt_council_for_words(s, n, at + t->n + k, 0);
        if (end > 0 && end - at < MNT_NAME_MAX)
            len = end - at;
    }
    mnt_name_copy(out, t->s, len);
    mnt_capitalise(out);
    return len;
}

int mnt_recommended_to(const char *s, size_t at)
{
    static const char *const verbs[] = {"anbefaler", "over for", "overfor",
                                        "indstiller til", "videresendes til"};
    size_t e = at;
    while (e > 0 && s[e - 1] == ' ')
        e--;
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++) {
        size_t vl = strlen(verbs[k]);
        if (e >= vl && fold_eq(s + e - vl, vl, verbs[k], vl) &&
            (e == vl || s[e - vl - 1] == ' '))
            return 1;
    }
    return 0;
}
