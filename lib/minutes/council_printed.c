/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_printed.c - councils whose name is kept as printed, not made
 * the definite form of their noun: a district's lokaludvalg ("Amager
 * Vest Lokaludvalg", "Kgs. Enghave Lokaludvalg"), a council named with an
 * article and adjectives ("Det fælles landdistriktsråd"), a bare noun
 * after an adjective ("Teknisk Udvalg", "Grønt Råd"). For
 * council_names.c. */
#include <string.h>

#include "minutes/minutes_internal.h"

size_t mnt_abbrev_start(const char *s, size_t dot)
{
    size_t w = dot;
    while (w > 0 && dot - w < 3 && ascii_letter(s[w - 1]))
        w--;
    if (w == dot || s[w] < 'A' || s[w] > 'Z' || (w > 0 && s[w - 1] != ' '))
        return dot + 1;
    return w;
}

/* "Amager Vest Lokaludvalg", "Brønshøj-Husum Lokaludvalgs": a local
 * council named by its district, kept as printed (Copenhagen has twelve).
 * Writes the name and returns 1, or returns 0. */
static int local_council(const char *s, const struct mnt_tok *t,
                         char out[MNT_NAME_MAX])
{
    size_t n = t->n;
    if (n > 1 && t->s[n - 1] == 's')
        n--;
    if (!fold_eq(t->s, n, "Lokaludvalg", strlen("Lokaludvalg")))
        return 0;
    size_t at = (size_t)(t->s - s), start = at;
    for (int words = 0; words < 3 && start >= 2 && s[start - 1] == ' ';
         words++) {
        size_t w = start - 1;
        while (w > 0 && start - w < MNT_NAME_MAX &&
               (mnt_council_word_byte(s[w - 1]) || s[w - 1] == '-'))
            w--;
        /* "Kgs. Enghave Lokaludvalg": a district's name may open with
         * an abbreviation (Kongens, Sankt, Sønder), its full stop no
         * sentence's end */
        if (w == start - 1 && w > 0 && s[w - 1] == '.')
            w = mnt_abbrev_start(s, w - 1);
        uint32_t cp;
        if (w == start - 1 || utf8_decode(s + w, start - 1 - w, &cp) == 0 ||
            !fold_is_upper(cp))
            break;
        struct mnt_tok word = {s + w, start - 1 - w};
        if (mnt_council_stop_word(&word))
            break;
        start = w;
    }
    if (start == at || at - start + n >= MNT_NAME_MAX)
        return 0;
    memcpy(out, s + start, at - start + n);
    out[at - start + n] = '\0';
    return 1;
}

/* "Det fælles landdistriktsråd", "Det rådgivende integrationsudvalg",
 * "Det Centrale Handicapråd": a council named with an article and one or
 * two adjectives (capitalised only with the noun), its noun indefinite;
 * kept as printed. */
static int article_council(const char *s, const struct mnt_tok *t,
                           char out[MNT_NAME_MAX])
{
    size_t start = (size_t)(t->s - s);
    char noun[MNT_NAME_MAX];
    if (t->n == 0 || !mnt_council_noun(t, 1, noun))
        return 0;
    for (int words = 0; words < 3 && start >= 2 && s[start - 1] == ' ';
         words++) {
        size_t w = start - 1;
        while (w > 0 && start - w < 40 && mnt_council_word_byte(s[w - 1]))
            w--;
        if (w == start - 1 || (w > 0 && s[w - 1] != ' '))
            return 0; /* two spaces, or a word too long */
        if (fold_eq(s + w, start - 1 - w, "Det", 3) ||
            fold_eq(s + w, start - 1 - w, "Den", 3)) {
            size_t len = (size_t)(t->s - s) + t->n - w;
            if (s[w] < 'A' || s[w] > 'Z' || words == 0 || len >= MNT_NAME_MAX)
                return 0;
            memcpy(out, s + w, len);
            out[len] = '\0';
            return 1;
        }
        uint32_t cp;
        utf8_decode(s + w, start - 1 - w, &cp);
        if (!fold_is_lower(cp) && !(mnt_tok_capital(t) && fold_is_upper(cp)))
            return 0;
        start = w;
    }
    return 0;
}

/* An adjective that makes a council's name with a bare noun: one in -isk
 * ("Teknisk"), a neuter one in -t ("Grønt", "Lokalt": råd, udvalg and
 * nævn are neuter), "Fælles"; not a pronoun or participle in -t
 * ("Hvert Udvalg", "Samlet Udvalg"). */
static int council_adjective(const struct mnt_tok *adj)
{
    static const char *const pronouns[] = {"hvert", "ethvert", "intet",
                                           "noget", "andet",   "hvilket",
                                           "dette", "sådant",  "samlet"};
    if (fold_eq(adj->s, adj->n, "fælles", strlen("fælles")))
        return 1;
    if (adj->n < 5)
        return 0;
    if (mnt_ends_fold(adj->s, adj->n, "isk"))
        return 1;
    for (size_t k = 0; k < sizeof pronouns / sizeof *pronouns; k++)
        if (fold_eq(adj->s, adj->n, pronouns[k], strlen(pronouns[k])))
            return 0;
    return mnt_ends_fold(adj->s, adj->n, "t");
}

/* "Det Grønne Råd", "Det Tekniske Udvalg": a capitalised adjective in
 * its definite form (-e) after the article "Det"/"Den" makes a council's
 * name with the bare noun as council_adjective()'s do without one. Where
 * the article starts in s, or (size_t)-1. */
static size_t definite_article_before(const char *s, const struct mnt_tok *adj)
{
    size_t a = (size_t)(adj->s - s);
    if (adj->n < 4 || !mnt_ends_fold(adj->s, adj->n, "e") || a < 4 ||
        s[a - 1] != ' ')
        return (size_t)-1;
    if ((memcmp(s + a - 4, "Det", 3) != 0 && memcmp(s + a - 4, "Den", 3) != 0 &&
         memcmp(s + a - 4, "DET", 3) != 0 &&
         memcmp(s + a - 4, "DEN", 3) != 0) ||
        (a > 4 && mnt_council_word_byte(s[a - 5])))
        return (size_t)-1;
    return a - 4;
}

/* "Svendborg Lokale Beskæftigelsesråd": a capitalised adjective in its
 * definite form after a municipality's town, which stands for the
 * article ("Det Lokale Beskæftigelsesråd"); the town opens the name.
 * Where the town starts in s, or (size_t)-1. */
static size_t town_before(const char *s, const struct mnt_tok *adj)
{
    size_t a = (size_t)(adj->s - s), w;
    char town[MNT_NAME_MAX];
    if (adj->n < 4 || !mnt_ends_fold(adj->s, adj->n, "e") || a < 3 ||
        s[a - 1] != ' ' || fold_eq(adj->s, adj->n, "kommune", 7))
        return (size_t)-1; /* "Struer Kommune Økonomiudvalg" */
    w = a - 1;
    while (w > 0 && a - 1 - w < MNT_NAME_MAX && mnt_council_word_byte(s[w - 1]))
        w--;
    struct mnt_tok t = {s + w, a - 1 - w};
    if (t.n == 0 || (w > 0 && s[w - 1] != ' ') || !mnt_tok_capital(&t) ||
        mnt_all_capitals(t.s, t.n) || !mnt_place_authority(t.s, t.n, town))
        return (size_t)-1;
    return w;
}

/* A word in -t before a council that is no part of its name: the
 * document's ("REFERAT HANDICAPRÅD", "Resultat") or the meeting's kind
 * ("Ekstraordinært Forretningsudvalg"). A bare noun needs its adjective,
 * so only a compound's is checked. */
static int meeting_word(const struct mnt_tok *w)
{
    return mnt_ends_fold(w->s, w->n, "at") ||
           mnt_ends_fold(w->s, w->n, "ordinært");
}

/* A compound council noun in its indefinite form ("Samråd",
 * "Beskæftigelsesråd", "Koordinationsudvalg"): after an adjective it is
 * a name in two words ("Frivilligt Samråd"), as a bare noun is; the
 * definite form after an adjective is no name ("Nyvalgt Samrådet"). */
static int indefinite_compound(const struct mnt_tok *t)
{
    static const char *const ends[] = {"råd", "udvalg", "nævn"};
    char noun[MNT_NAME_MAX];
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++)
        if (t->n > strlen(ends[k]) && mnt_ends_fold(t->s, t->n, ends[k]))
            return mnt_council_noun(t, 0, noun);
    return 0;
}

/* "Teknisk Udvalg", "TEKNISK UDVALG", "Akademisk Råd", "Grønt Råd",
 * "Frivilligt Samråd": the bare noun or an indefinite compound after a
 * capitalised adjective (council_adjective()), a council named in two
 * words; kept as printed (title-cased). Writes the name and returns 1,
 * or 0. */
static int adjective_council(const char *s, const struct mnt_tok *t,
                             char out[MNT_NAME_MAX])
{
    static const char *const nouns[] = {"udvalg", "udvalget", "nævn",
                                        "nævnet", "råd",      "rådet"};
    int bare = 0, compound = indefinite_compound(t);
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++)
        bare |= fold_eq(t->s, t->n, nouns[k], strlen(nouns[k]));
    int noun = bare || compound;
    size_t at = (size_t)(t->s - s);
    if (!noun || !mnt_tok_capital(t) || at < 5 || s[at - 1] != ' ')
        return 0;
    size_t w = at - 1;
    while (w > 0 && at - 1 - w < 40 && mnt_council_word_byte(s[w - 1]))
        w--;
    struct mnt_tok adj = {s + w, at - 1 - w};
    if (!mnt_tok_capital(&adj) || (!bare && meeting_word(&adj)))
        return 0;
    if (!council_adjective(&adj)) {
        w = definite_article_before(s, &adj);
        if (w == (size_t)-1 && !bare)
            w = town_before(s, &adj);
        if (w == (size_t)-1)
            return 0;
    }
    if (at - w + t->n >= MNT_NAME_MAX)
        return 0;
    if (mnt_all_capitals(s + w, at - w + t->n))
        mnt_title_case(s + w, at - w + t->n, out, MNT_NAME_MAX);
    else
        mnt_name_copy(out, s + w, at - w + t->n);
    return 1;
}

/* A council at token t of s whose name is kept as printed: a district's
 * lokaludvalg, an article's, an adjective's. */
int mnt_council_printed(const char *s, const struct mnt_tok *t,
                        char out[MNT_NAME_MAX])
{
    return local_council(s, t, out) || article_council(s, t, out) ||
           adjective_council(s, t, out);
}
