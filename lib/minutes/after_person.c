/* SPDX-License-Identifier: GPL-2.0-or-later */
/* after_person.c - is a name in a line an attendee's organisation, not
 * the meeting's council or authority (mnt_after_person): it follows a
 * person's name and a comma in an attendee list ("Rune Berg, Vejle
 * Kommune"), or a person's role ("Direktør fra Region Hovedstaden").
 * The words of a person's name (mnt_name_word) serve authority.c too.
 * Split from authority.c when that grew past 600 lines. */
#include <string.h>

#include "minutes/minutes_internal.h"

int mnt_name_word(const char *s, size_t i, size_t e)
{
    struct mnt_tok t = {s + i, e - i};
    char name[MNT_NAME_MAX];
    if (e - i < 2 || !mnt_tok_capital(&t) || mnt_all_capitals(t.s, t.n))
        return 0;
    for (size_t k = i; k < e;) {
        uint32_t cp;
        size_t b = utf8_decode(s + k, e - k, &cp);
        if (b == 0 || (!fold_is_letter(cp) && cp != '-'))
            return 0;
        k += b;
    }
    /* a meeting place's label and rooms: "Sted Byrådssalen, Vordingborg
     * Rådhus" */
    static const char *const places[] = {"sted",    "mødested", "lokale",
                                         "adresse", "rådhus",   "kommune"};
    static const char *const rooms[] = {"salen", "lokalet", "huset",
                                        "rådhuset"};
    for (size_t k = 0; k < sizeof places / sizeof *places; k++)
        if (fold_eq(t.s, t.n, places[k], strlen(places[k])))
            return 0;
    for (size_t k = 0; k < sizeof rooms / sizeof *rooms; k++)
        if (mnt_ends_fold(t.s, t.n, rooms[k]))
            return 0;
    return !mnt_council_noun(&t, 0, name) &&
           !mnt_place_authority(t.s, t.n, name);
}

/* The first attendance field's key in s[0..n) ("Tilstede", "Deltagere",
 * "Afbud" …) at a word's start; n if none. Linear: once per line. */
size_t mnt_attendance_key_at(const char *s, size_t n)
{
    static const char *const keys[] = {
        "tilstede", "til stede",  "deltagere", "deltog",       "medlemmer",
        "afbud",    "fraværende", "fremmødte", "mødedeltagere"};
    for (size_t k = 0; k < n; k++) {
        if (k > 0 && s[k - 1] != ' ' && s[k - 1] != ':' && s[k - 1] != '\t')
            continue;
        for (size_t j = 0; j < sizeof keys / sizeof *keys; j++)
            if (fold_prefix(s + k, n - k, keys[j]) > 0)
                return k;
    }
    return n;
}

/* Does s[0..at) hold only a person's role and "fra" or "i" ("Direktør
 * fra ", "Koncerndirektør i ", "- Observatør fra ")? The name at s[at]
 * is then the organisation an attendee comes from ("Direktør fra Region
 * Hovedstaden Ole Brask" under "Afbud fra:"). "Referat fra Økonomiudvalget"
 * names no role. */
static int after_role(const char *s, size_t at)
{
    static const char *const roles[] = {
        "direktør",   "chef",         "leder",   "konsulent",
        "observatør", "repræsentant", "sekretær"};
    size_t e = at, b = 0;
    if (e >= 4 && memcmp(s + e - 4, "fra ", 4) == 0)
        e -= 4;
    else if (e >= 2 && memcmp(s + e - 2, "i ", 2) == 0)
        e -= 2;
    else
        return 0;
    if (e == 0 || s[e - 1] != ' ')
        return 0;
    e--;
    while (b < e && (s[b] == ' ' || s[b] == '-' || s[b] == '*' || s[b] == '.' ||
                     mnt_digit(s[b])))
        b++;
    if (e - b >= 3 && memcmp(s + b, "\xE2\x80\xA2", 3) == 0) /* "• " */
        for (b += 3; b < e && s[b] == ' ';)
            b++;
    for (size_t k = b; k < e; k++)
        if (s[k] == ' ')
            return 0; /* one word */
    struct mnt_tok t = {s + b, e - b};
    if (t.n < 4 || !mnt_tok_capital(&t))
        return 0;
    for (size_t k = 0; k < sizeof roles / sizeof *roles; k++)
        if (mnt_ends_fold(t.s, t.n, roles[k]) ||
            fold_eq(t.s, t.n, roles[k], strlen(roles[k])))
            return 1;
    return 0;
}

int mnt_after_person(const char *s, size_t n, size_t at, size_t *key)
{
    /* "Direktør fra Region Hovedstaden": the name may be the second
     * word of the organisation */
    size_t w = at;
    if (at <= n && at > 1 && s[at - 1] == ' ' && s[at - 2] != ' ') {
        size_t b = at - 1;
        while (b > 0 && s[b - 1] != ' ')
            b--;
        if (ascii_upper(s[b]))
            w = b;
    }
    if (at <= n && (after_role(s, at) || (w < at && after_role(s, w))))
        return 1;
    size_t i = at;
    if (at > n || i < 2 || s[i - 1] != ' ' || s[i - 2] != ',')
        return 0;
    i -= 2;
    size_t words = 0, start = i;
    while (words < 3 && i > 0) {
        size_t e = i, b = i;
        while (b > 0 && s[b - 1] != ' ' && s[b - 1] != ',' && s[b - 1] != ':')
            b--;
        if (!mnt_name_word(s, b, e))
            break;
        words++, start = b;
        if (b == 0 || s[b - 1] != ' ')
            break;
        i = b - 1;
    }
    if (words < 2)
        return 0;
    /* the name opens the line, maybe after a list's number ("3. Jonna
     * Hald, Dansk Handicap Forbund"), or an attendance field holds it */
    size_t lead = 0;
    while (lead < start && (s[lead] == ' ' || s[lead] == '.' ||
                            s[lead] == '-' || mnt_digit(s[lead])))
        lead++;
    if (lead == start)
        return 1;
    if (*key == SIZE_MAX)
        *key = mnt_attendance_key_at(s, n);
    return *key < start;
}
