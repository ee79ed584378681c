/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_nouns.c - council nouns and the compound names built on them:
 * "Udsatteråd" -> "Udsatterådet", "-komitéen", "-bestyrelsen", the
 * councils no compound names ("Kommunalbestyrelsen", "Magistraten"), and
 * the parts of a compound name before its noun ("Kultur- og
 * Idrætsudvalget", "Teknik og Miljøudvalget"); the words of a heading
 * around a council's name. For council_names.c, council_printed.c and
 * council_for.c. */
#include <stdio.h>
#include <string.h>

#include "minutes/minutes_internal.h"

#define COMPOUND_MAX 4u /* "Fritids-, Kultur- og …": hyphenated parts */

/* Council nouns, definite and indefinite ("Gudenåkomitéen",
 * "Skolebestyrelse", "Erhvervsforum": a forum keeps its printed form). */
static const struct {
    const char *def, *indef;
} SUFFIXES[] = {
    {"rådet", "råd"},       {"udvalget", "udvalg"},
    {"nævnet", "nævn"},     {"komitéen", "komité"},
    {"komiteen", "komite"}, {"bestyrelsen", "bestyrelse"},
    {"forum", "forum"},
};

/* Councils named by a whole word, definite and indefinite: the
 * commission a municipality keeps for its fire and rescue service
 * (beredskabsloven § 9). No noun "-kommissionen" in general: the
 * national commissions an item names ("Ydelseskommissionens
 * anbefalinger") are no council of the minutes. */
static const struct {
    const char *def, *indef;
} WHOLE[] = {
    {"Beredskabskommissionen", "Beredskabskommission"},
};

/* Councils whose name is no compound of a council noun. */
static const char *const BODIES[] = {"Kommunalbestyrelsen",
                                     "Borgerrepræsentationen", "Magistraten"};

/* "Udsatteråd", "Udsatterådets", "Socialudvalg", "BYRÅD" -> the definite
 * form in out. Lower-case words count only with `lower` (the last part of
 * "Kultur- og fritidsudvalgets"). Returns 0 for no council noun:
 * "Rådet" alone, "Personaleområdet". */
int mnt_council_noun(const struct mnt_tok *t, int lower, char out[MNT_NAME_MAX])
{
    char w[MNT_NAME_MAX];
    if (t->n + 3 >= MNT_NAME_MAX)
        return 0;
    if (mnt_all_capitals(t->s, t->n))
        mnt_title_case(t->s, t->n, w, sizeof w);
    else
        mnt_name_copy(w, t->s, t->n);
    struct mnt_tok tw = {w, strlen(w)};
    if (!lower && !mnt_tok_capital(&tw))
        return 0;
    size_t n = tw.n;
    if (n > 1 && w[n - 1] == 's')
        n--; /* genitive */
    for (size_t b = 0; b < sizeof BODIES / sizeof *BODIES; b++)
        if (fold_eq(w, n, BODIES[b], strlen(BODIES[b]))) {
            snprintf(out, MNT_NAME_MAX, "%s", BODIES[b]);
            return 1;
        }
    for (size_t b = 0; b < sizeof WHOLE / sizeof *WHOLE; b++)
        if (fold_eq(w, n, WHOLE[b].def, strlen(WHOLE[b].def)) ||
            fold_eq(w, n, WHOLE[b].indef, strlen(WHOLE[b].indef))) {
            snprintf(out, MNT_NAME_MAX, "%s", WHOLE[b].def);
            return 1;
        }
    for (size_t k = 0; k < sizeof SUFFIXES / sizeof *SUFFIXES; k++) {
        const char *def = SUFFIXES[k].def;
        size_t dl = strlen(def), il = strlen(SUFFIXES[k].indef);
        size_t base;
        if (mnt_ends_fold(w, n, def))
            base = n - dl;
        else if (n > il && fold_eq(w + n - il, il, def, il))
            base = n - il;
        else
            continue;
        /* "området", "Socialområdet", "Vareforrådet": words of their own
         * ending in -råd */
        if (k == 0 && base >= 2 &&
            (fold_eq(w + base - 2, 2, "om", 2) ||
             (base >= 3 && fold_eq(w + base - 3, 3, "for", 3))))
            return 0;
        /* bare "Rådet", "Udvalget" are too generic; "Byrådet" is not */
        if (base < 3 && !(base == 2 && fold_eq(w, 2, "by", 2)))
            return 0;
        memcpy(out, w, n);
        size_t len = n;
        if (n - base == il && dl > il) {
            memcpy(out + len, def + il, dl - il); /* "-et", "-en", "-n" */
            len += dl - il;
        }
        out[len] = '\0';
        return 1;
    }
    return 0;
}

/* Does the word s[0..n) end in a council noun with one form for the
 * definite and the indefinite ("Kontaktforum", "Erhvervsforum": a forum is
 * named as printed, so "Kontaktforum for Handicap" is a council's whole
 * name, like "Lokalrådet for …")? */
int mnt_council_noun_one_form(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof SUFFIXES / sizeof *SUFFIXES; k++)
        if (strcmp(SUFFIXES[k].def, SUFFIXES[k].indef) == 0 &&
            n > strlen(SUFFIXES[k].def) && mnt_ends_fold(s, n, SUFFIXES[k].def))
            return 1;
    return 0;
}

int mnt_council_word_byte(char c)
{
    return ascii_letter(c) || (unsigned char)c >= 0x80;
}

/* Words of a heading around a council's name. */
int mnt_council_stop_word(const struct mnt_tok *t)
{
    static const char *const words[] = {
        "den", "d",  "kl",      "i",         "på",   "fra",  "til",
        "om",  "og", "referat", "dagsorden", "møde", "mødet"};
    return fold_among(t->s, t->n, words, sizeof words / sizeof *words);
}

/* "Teknik" in "Teknik og Miljøudvalget": a capitalised part of a compound
 * name printed without its hyphen - no council itself ("Byrådet og
 * Økonomiudvalget" are two), no definite noun ("Kommunen og …",
 * "Forvaltningen og …"), no word of the heading ("Referat og …"). A part
 * in capitals only where the whole name is ("KLIMA OG MILJØUDVALGET", a
 * page header: `caps`), and no abbreviation there ("TMU OG …"). */
#define CAPS_PART_MIN 4u /* bytes of a part in capitals, not initials */
static int plain_part(const char *s, size_t n, int caps)
{
    struct mnt_tok t = {s, n};
    char noun[MNT_NAME_MAX];
    if (n < 3 || mnt_council_stop_word(&t) || mnt_council_noun(&t, 0, noun))
        return 0;
    if (mnt_all_capitals(s, n) && !(caps && n >= CAPS_PART_MIN))
        return 0;
    return !mnt_ends_fold(s, n, "en") && !mnt_ends_fold(s, n, "et") &&
           !mnt_ends_fold(s, n, "erne");
}

/* "MILJØ OG GRØN VÆKSTUDVALGET": an adjective before the last part's noun
 * belongs to that part when "og" joins it to the parts before ("grøn
 * vækst", "grøn omstilling", an "-al"/"-isk" one: mnt_name_adjective()),
 * in capitals where the whole name is, else in lower case. The start of
 * the adjective, or at if there is none. */
static size_t adjective_start(const char *s, size_t at, int caps)
{
    if (at < 2 || s[at - 1] != ' ')
        return at;
    size_t w = at - 1;
    while (w > 0 && at - 1 - w < MNT_NAME_MAX &&
           mnt_council_word_byte(s[w - 1]))
        w--;
    size_t n = at - 1 - w;
    if (n == 0 || w < 4 ||
        (memcmp(s + w - 4, " og ", 4) != 0 &&
         (!caps || memcmp(s + w - 4, " OG ", 4) != 0)))
        return at;
    uint32_t cp;
    if (utf8_decode(s + w, n, &cp) == 0 ||
        (caps ? !mnt_all_capitals(s + w, n) : fold_is_upper(cp)))
        return at;
    /* the case was checked above: folding only spares a list of both */
    int adj = mnt_name_adjective(s + w, n) ||
              fold_eq(s + w, n, "grøn", strlen("grøn")) ||
              fold_eq(s + w, n, "grønne", strlen("grønne"));
    return adj ? w : at;
}

/* Start of "Kultur- og " / "Fritids-, Kultur- og " / "Børn- Kultur og " /
 * "Teknik og " / "Plan, Teknik og " before the noun at s[at]: the parts of a
 * compound council name. Returns at if there are none. */
size_t mnt_council_compound_start(const char *s, size_t at, int caps)
{
    size_t p;
    int first_hyphen = 0;
    size_t adj = adjective_start(s, at, caps);
    if (adj != at) {
        size_t start = mnt_council_compound_start(s, adj, caps);
        return start != adj ? start : at;
    }
    /* "UDVIKLINGSPLANS- OG TRAFIKUDVALGET": a name in capitals joins its
     * parts with "OG" */
    if (at >= 4 && (memcmp(s + at - 4, " og ", 4) == 0 ||
                    (caps && memcmp(s + at - 4, " OG ", 4) == 0)))
        p = at - 4;
    else if (at >= 3 && memcmp(s + at - 3, " & ", 3) == 0)
        p = at - 3;
    else
        return at;
    size_t start = at;
    for (unsigned parts = 0; parts < COMPOUND_MAX; parts++) {
        size_t q = p;
        int comma = q > 0 && s[q - 1] == ',';
        if (comma)
            q--;
        int hyphen = q > 0 && s[q - 1] == '-';
        if (hyphen)
            q--;
        size_t w = q;
        while (w > 0 && q - w < MNT_NAME_MAX && mnt_council_word_byte(s[w - 1]))
            w--;
        uint32_t cp;
        if (w == q || utf8_decode(s + w, q - w, &cp) == 0 || !fold_is_upper(cp))
            break;
        /* "Plan, Teknik og Miljøudvalget": plain parts joined by ", "
         * to the one before "og" */
        if (hyphen || ((parts == 0 || (comma && start == p + 1)) &&
                       plain_part(s + w, q - w, caps))) {
            first_hyphen |= parts == 0 && hyphen;
            start = w;
        }
        /* "Regional Udviklingsplans- og Trafikudvalget": an adjective
         * before the first hyphenated part is the name's first word */
        else if (parts == 1 && first_hyphen && start == p + 1 && !comma &&
                 mnt_name_adjective(s + w, q - w)) {
            start = w;
            break;
        }
        if (w < 2 || s[w - 1] != ' ')
            break;
        p = w - 1;
    }
    return start;
}
