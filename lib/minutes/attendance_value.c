/* SPDX-License-Identifier: GPL-2.0-or-later */
/* attendance_value.c - where an attendance field's value stops being a
 * list of people: a body joins the item's decision to "Fraværende: …"
 * (an empty field, or one paragraph of <br> lines), and what follows is
 * a decision, a point's answer ("Ad 1: Godkendt."), a sentence or a
 * speaker's line ("Lise Vang: Spørgsmål til …"), never a name. Split
 * from attendance.c (round ho). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "minutes/minutes_internal.h"

/* Does p[0..n) open with a word only a decision opens with
 * ("Godkendt", "Sagen"; with councils 1 also "Udvalget")? */
#define NCOUNCIL                                                               \
    3u /* the last words of first[]: a council, a decision's                   \
        * subject or a heading's ("Beslutning Byrådet") */
static int decision_word(const char *p, size_t n, int councils)
{
    static const char *const first[] = {
        "Godkendt",      "Godkendes",     "Taget",   "Anbefalet", "Anbefales",
        "Vedtaget",      "Tiltrådt",      "Drøftet", "Udsat",     "Sagen",
        "Indstillingen", "Orienteringen", "Rådet",   "Udvalget",  "Byrådet"};
    struct mnt_tok t;
    size_t j = 0;
    if (!mnt_tok_next(p, n, &j, &t))
        return 0;
    size_t nk = sizeof first / sizeof *first - (councils ? 0 : NCOUNCIL);
    for (size_t k = 0; k < nk; k++)
        if (fold_eq(t.s, t.n, first[k], strlen(first[k])))
            return 1;
    return 0;
}

/* "Fraværende: " left empty, the decision under it joined to it
 * ("Fraværende: Godkendt.", "Fraværende: Inger Holm blev valgt."): what
 * follows the key is no list of people. */
int mnt_attend_decision_after(const char *p, size_t n)
{
    static const char *const verbs[] = {" blev ", " er ", " har ", " var "};
    size_t i = 0;
    while (i < n && p[i] == ' ')
        i++;
    if (i >= n)
        return 0;
    if (decision_word(p + i, n - i, 1))
        return 1;
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++) {
        size_t vn = strlen(verbs[k]);
        for (size_t x = i; x + vn <= n; x++)
            if (memcmp(p + x, verbs[k], vn) == 0 &&
                (x + vn >= n ||
                 fold_prefix(p + x + vn, n - x - vn, "fraværende") == 0))
                return 1;
    }
    return 0;
}

/* The first two words of p[0..n) in a and b; 0 if it has fewer. */
static int two_words(const char *p, size_t n, struct mnt_tok *a,
                     struct mnt_tok *b)
{
    size_t j = 0;
    return mnt_tok_next(p, n, &j, a) && mnt_tok_next(p, n, &j, b);
}

/* After a party ("Hanne Lykke (A) Budget for …"): a capitalised word and
 * a small one, a sentence; the next name of a list has a capital second
 * word (or a particle) or comes after "og". */
static int sentence_after(const char *p, size_t n)
{
    /* name particles: "Ib de Lange (V)" */
    static const char *const joins[] = {"de", "la", "le", "von", "van", "du"};
    struct mnt_tok a, b;
    uint32_t c1 = 0, c2 = 0;
    if (!two_words(p, n, &a, &b))
        return 0;
    utf8_decode(a.s, a.n, &c1);
    utf8_decode(b.s, b.n, &c2);
    if (!fold_is_upper(c1) || !fold_is_lower(c2))
        return 0;
    for (size_t k = 0; k < sizeof joins / sizeof *joins; k++)
        if (fold_eq(b.s, b.n, joins[k], strlen(joins[k])))
            return 0;
    return 1;
}

/* A decision's answer to a point of the recommendation or a question's
 * answer: "Ad 1: Godkendt.", "At 2: Anbefales.", "Ad pkt. 3". */
static int point_answer(const char *p, size_t n)
{
    struct mnt_tok a, b;
    if (!two_words(p, n, &a, &b))
        return 0;
    if (!mnt_tok_is(&a, "Ad") && !mnt_tok_is(&a, "At"))
        return 0;
    if (a.s[0] != 'A')
        return 0; /* "at" in a sentence; the answers are capitalised */
    return (b.s[0] >= '0' && b.s[0] <= '9') || mnt_tok_is(&b, "pkt") ||
           mnt_tok_is(&b, "punkt");
}

/* Do the words p[s..e) end in an attendance key ("Tue Lund Fraværende",
 * "Til stede")? */
static int key_ends(const char *p, size_t s, size_t e)
{
    for (size_t w = s; w < e; w++)
        if ((w == s || p[w - 1] == ' ') &&
            mnt_is_attendance_label(p + w, e - w))
            return 1;
    return 0;
}

/* A speaker's line of the decision: one to three capitalised words and
 * a colon ("Lise Vang: Spørgsmål til punkt 3 …"), a name the field's
 * list never prints so. An attendance key ("Afbud: …") is no speaker. */
static int speaker_line(const char *p, size_t n)
{
    size_t words = 0, i = 0;
    while (i < n && p[i] == ' ')
        i++;
    size_t s = i;
    struct mnt_tok t;
    for (size_t j = i; words < 3 && mnt_tok_next(p, n, &j, &t); words++) {
        if (!mnt_tok_capital(&t) || t.s != p + i)
            return 0;
        i = (size_t)(t.s - p) + t.n;
        if (i + 1 < n && p[i] == ':' && p[i + 1] == ' ')
            return !key_ends(p, s, i);
        if (i >= n || p[i] != ' ')
            return 0;
        i++;
    }
    return 0;
}

/* What opens an empty field's value is a sentence (sentence_after()),
 * unless its small word is a preposition of a name with its council
 * ("Formanden orienterede om …", "Et medlem spurgte …"; not "Mette fra
 * Ældrerådet"). */
static int sentence_opens(const char *p, size_t n)
{
    static const char *const small[] = {"fra", "og",   "i",   "af",  "for",
                                        "til", "samt", "ved", "med", "pga"};
    struct mnt_tok a, b;
    if (!sentence_after(p, n) || !two_words(p, n, &a, &b))
        return 0;
    for (size_t k = 0; k < sizeof small / sizeof *small; k++)
        if (fold_eq(b.s, b.n, small[k], strlen(small[k])))
            return 0;
    return 1;
}

/* The value opens with a name and its party ("Jonas Krag (A), …"): a
 * list of people, whatever verb a decision joined to it holds later. */
static int party_first(const char *p, size_t n)
{
    size_t i = 0, words = 0;
    struct mnt_tok t;
    for (size_t j = 0; words < 4 && mnt_tok_next(p, n, &j, &t); words++) {
        if (!mnt_tok_capital(&t))
            return 0;
        i = (size_t)(t.s - p) + t.n;
        while (i < n && p[i] == ' ')
            i++;
        if (i < n && p[i] == '(') {
            size_t k = i + 1;
            while (k < n && k - i <= 4 && p[k] >= 'A' && p[k] <= 'Z')
                k++;
            return k > i + 1 && k < n && p[k] == ')';
        }
        if (i < n && p[i] != (char)0xc3 && !(p[i] >= 'A' && p[i] <= 'Z'))
            return 0;
    }
    return 0;
}

int mnt_attend_not_people(const char *p, size_t n)
{
    if (party_first(p, n))
        return point_answer(p, n) || speaker_line(p, n);
    return mnt_attend_decision_after(p, n) || point_answer(p, n) ||
           speaker_line(p, n) || sentence_opens(p, n);
}

/* Where a field's list of people p[v..n) ends: before the body's next
 * paragraph joined to it after a party or a full stop - a decision
 * ("Fraværende: Hanne Lykke (A)" / "Godkendt."), a point's answer ("Ad
 * 1: …"), a speaker's line, or after a party a sentence. */
size_t mnt_attend_field_end(const char *p, size_t v, size_t n)
{
    for (size_t i = v; i + 2 < n; i++) {
        /* a decision's first word after the last name, no stop between
         * ("…, Karen Friis Sagen blev udsat") */
        if (p[i] == ' ' && i > v && p[i - 1] != ' ' && p[i - 1] != ',' &&
            p[i + 1] >= 'A' && p[i + 1] <= 'Z' &&
            decision_word(p + i + 1, n - i - 1, 0))
            return i;
        /* an initial's full stop ("Lone M. Skov") ends no list */
        if (p[i] == '.' && i >= 2 && p[i - 2] == ' ' && p[i - 1] >= 'A' &&
            p[i - 1] <= 'Z')
            continue;
        if ((p[i] == ')' || p[i] == '.') && p[i + 1] == ' ' &&
            (mnt_attend_decision_after(p + i + 2, n - i - 2) ||
             point_answer(p + i + 2, n - i - 2) ||
             speaker_line(p + i + 2, n - i - 2) ||
             (p[i] == ')' && sentence_after(p + i + 2, n - i - 2))))
            return i + 1;
    }
    return n;
}
