/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_meeting.c - councils named by a meeting: a council's meeting
 * as one word ("Ældrerådsmøde" -> "Ældrerådet", "bestyrelsesmøde" ->
 * "Bestyrelsen"), and a council written in lower case after "møde i"
 * ("Referat af møde i standardiseringsudvalget for e-fakturering"),
 * a council that receives a recommendation ("anbefaler Byrådet"), which
 * is not the one meeting, and an association named after "møde i" that
 * the sentence says held the meeting ("… møde i Landsbyklyngen …, der
 * blev holdt på …"); the committee a letterhead naming the whole council
 * runs into on one line ("Aalborg Byråd. Folkeoplysningsudvalget."). For
 * council_names.c and council.c. */
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

/* "møde i Ø udvalget 1. september", "møde i ØK udvalget": a committee's
 * abbreviation in capitals (up to four letters) written apart from the
 * bare noun in the definite form, as a compound is often misspelt; the
 * length of the two words at t, 0 if not so. */
static size_t abbreviation_apart(const char *s, size_t n,
                                 const struct mnt_tok *t)
{
    static const char *const nouns[] = {" udvalget", " rådet"};
    size_t at = (size_t)(t->s - s);
    if (t->n > 8 || !mnt_tok_capital(t) || !mnt_all_capitals(t->s, t->n))
        return 0;
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++) {
        size_t m = strlen(nouns[k]), e = at + t->n + m;
        if (e <= n && memcmp(s + at + t->n, nouns[k], m) == 0 &&
            (e == n || strchr(" .,:;)", s[e]) != NULL))
            return t->n + m;
    }
    return 0;
}

/* "Referat af møde i standardiseringsudvalget for e-fakturering den …":
 * a council the minutes' heading names in lower case after "møde i" (a
 * body outside the municipalities, whose text writes its name as a
 * common noun, or a municipality's news page its own council: "Møde i
 * kommunalbestyrelsen 28. marts"), or after a recommendation's "at"
 * opening a line. Only a definite compound ("…udvalget",
 * "…rådet"; not a bare "udvalget") or body, with the words after "for"
 * in any case. Its length
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
    /* "at lokaludvalget godkender dagsordenen.": a recommendation's
     * point, its line opening with the infinitive's "at", names the body
     * that decides as its subject, written as a common noun */
    if (at == 3 && fold_eq(s, 3, "at ", 3))
        pre = 3;
    size_t apart = pre > 3 ? abbreviation_apart(s, n, t) : 0;
    if (apart > 0) {
        mnt_name_copy(out, t->s, apart);
        return apart;
    }
    /* the noun as printed: no genitive, no indefinite form; a body of
     * its own name comes back capitalised ("kommunalbestyrelsen") */
    if (pre == 0 || mnt_tok_capital(t) || !mnt_council_noun(t, 1, noun) ||
        !fold_eq(noun, strlen(noun), t->s, t->n) ||
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

/* Does s[i..) say the meeting was held ("…, der blev holdt på …", "…
 * holdt i …"), after an optional quoted alias ("”Vi Samler Enderne”")? */
static int held_after(const char *s, size_t n, size_t i)
{
    static const char *const quotes[] = {"\xE2\x80\x9D", "\xE2\x80\x9C", "\""};
    for (size_t q = 0; q < 3; q++) {
        size_t ql = strlen(quotes[q]);
        if (i + 1 + ql <= n && s[i] == ' ' &&
            memcmp(s + i + 1, quotes[q], ql) == 0) {
            /* the alias: up to its closing quote, within a name's length */
            size_t j = i + 1 + ql;
            while (j < n && j < i + MNT_NAME_MAX && s[j] != '"' &&
                   !(j + 3 <= n && (unsigned char)s[j] == 0xE2 &&
                     (unsigned char)s[j + 1] == 0x80 &&
                     ((unsigned char)s[j + 2] == 0x9D ||
                      (unsigned char)s[j + 2] == 0x9C)))
                j++;
            if (j >= n)
                return 0;
            i = j + (s[j] == '"' ? 1 : 3);
            break;
        }
    }
    static const char *const held[] = {", der blev holdt ", " holdt "};
    for (size_t k = 0; k < 2; k++) {
        size_t hl = strlen(held[k]);
        if (i + hl <= n && memcmp(s + i, held[k], hl) == 0)
            return 1;
    }
    return 0;
}

/* "Referat af møde i Landsbyklyngen Langeland og Strynø ”Vi Samler
 * Enderne”, der blev holdt på Frivilligcentret …": an association whose
 * name holds no council noun, named after "møde i" by capitalised words
 * (with an inner "og") that the sentence then says held the meeting - so
 * no room ("møde i Byrådssalen") nor town, which the meeting is held in.
 * Its length in s from t, the name in out; 0 if none. */
size_t mnt_held_meeting_council(const char *s, size_t n,
                                const struct mnt_tok *t, char out[MNT_NAME_MAX])
{
    static const char *const before[] = {"møde i ", "mødet i "};
    size_t at = (size_t)(t->s - s), pre = 0;
    for (size_t k = 0; k < sizeof before / sizeof *before && pre == 0; k++) {
        size_t bl = strlen(before[k]);
        if (at >= bl && fold_eq(s + at - bl, bl, before[k], bl))
            pre = bl;
    }
    if (pre == 0 || !mnt_tok_capital(t))
        return 0;
    size_t end = mnt_council_for_words(s, n, at, 1);
    if (end <= at || end - at >= MNT_NAME_MAX || !held_after(s, n, end))
        return 0;
    mnt_name_copy(out, t->s, end - at);
    return end - at;
}

/* Does s[0..n) end in the whole council's noun as a word ("… Aalborg
 * Byråd")? */
static int whole_council_before(const char *s, size_t n)
{
    static const char *const whole[] = {
        "byråd", "byrådet", "kommunalbestyrelse", "kommunalbestyrelsen"};
    for (size_t k = 0; k < sizeof whole / sizeof *whole; k++) {
        size_t wl = strlen(whole[k]);
        if ((n == wl && fold_eq(s, n, whole[k], wl)) ||
            (mnt_ends_fold(s, n, whole[k]) && s[n - wl - 1] == ' '))
            return 1;
    }
    return 0;
}

const char *mnt_committee_after(const struct mnt_line *l,
                                const struct mnt_tally *t)
{
    if (t->n != 2)
        return NULL;
    for (int w = 0; w < 2; w++) {
        const char *whole = t->name[w], *other = t->name[1 - w];
        size_t on = strlen(other);
        if (!whole_council_before(whole, strlen(whole)) ||
            whole_council_before(other, on))
            continue;
        for (size_t i = 2; i + on <= l->len; i++) {
            if (l->s[i - 1] != ' ' || !fold_eq(l->s + i, on, other, on))
                continue;
            /* only a full stop, comma or dash between the two names */
            size_t e = i, gap = 0;
            while (e > 0 && gap < 3 && strchr(" .,-", l->s[e - 1]) != NULL)
                e--, gap++;
            if (gap >= 2 && whole_council_before(l->s, e))
                return other;
        }
    }
    return NULL;
}
