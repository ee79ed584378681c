/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_names.c - the councils a line names: council nouns
 * ("Udsatteråd" -> "Udsatterådet", "-komitéen", "-bestyrelsen"), compound
 * names ("Kultur- og Idrætsudvalget", "Teknik og Miljøudvalget"), "Rådet
 * for …", "Lokalrådet for …", a district's lokaludvalg, "Det fælles
 * landdistriktsråd"; menus and owners ("Byråd & politik", "Regionsrådets
 * Forretningsudvalg") name none. For council.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"

#define PHRASE_WORDS 5u /* words after "Udvalget for", "Rådet for" */
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

static int is_word_byte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (unsigned char)c >= 0x80;
}

/* Words of a heading around a council's name. */
static int is_stop_word(const struct mnt_tok *t)
{
    static const char *const words[] = {
        "den", "d",  "kl",      "i",         "på",   "fra",  "til",
        "om",  "og", "referat", "dagsorden", "møde", "mødet"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (fold_eq(t->s, t->n, words[i], strlen(words[i])))
            return 1;
    return 0;
}

/* "Teknik" in "Teknik og Miljøudvalget": a capitalised part of a compound
 * name printed without its hyphen - no council itself ("Byrådet og
 * Økonomiudvalget" are two), no definite noun ("Kommunen og …",
 * "Forvaltningen og …"), no word of the heading ("Referat og …"). */
static int plain_part(const char *s, size_t n)
{
    struct mnt_tok t = {s, n};
    char noun[MNT_NAME_MAX];
    if (n < 3 || is_stop_word(&t) || mnt_council_noun(&t, 0, noun))
        return 0;
    return !mnt_ends_fold(s, n, "en") && !mnt_ends_fold(s, n, "et") &&
           !mnt_ends_fold(s, n, "erne") && !mnt_all_capitals(s, n);
}

/* Start of "Kultur- og " / "Fritids-, Kultur- og " / "Børn- Kultur og " /
 * "Teknik og " / "Plan, Teknik og " before the noun at s[at]: the parts of a
 * compound council name. Returns at if there are none. */
static size_t compound_start(const char *s, size_t at, int caps)
{
    size_t p;
    int first_hyphen = 0;
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
        while (w > 0 && q - w < MNT_NAME_MAX && is_word_byte(s[w - 1]))
            w--;
        uint32_t cp;
        if (w == q || utf8_decode(s + w, q - w, &cp) == 0 || !fold_is_upper(cp))
            break;
        /* "Plan, Teknik og Miljøudvalget": plain parts joined by ", "
         * to the one before "og" */
        if (hyphen || ((parts == 0 || (comma && start == p + 1)) &&
                       plain_part(s + w, q - w))) {
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

/* Where a capitalised abbreviation of one to three ASCII letters ending
 * at s[dot] (its full stop: "Kgs.", "St.", "Sdr.") starts, after a space
 * or the line's start; dot + 1 (no abbreviation) otherwise. */
static size_t abbrev_start(const char *s, size_t dot)
{
    size_t w = dot;
    while (w > 0 && dot - w < 3 &&
           ((s[w - 1] >= 'a' && s[w - 1] <= 'z') ||
            (s[w - 1] >= 'A' && s[w - 1] <= 'Z')))
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
               (is_word_byte(s[w - 1]) || s[w - 1] == '-'))
            w--;
        /* "Kgs. Enghave Lokaludvalg": a district's name may open with
         * an abbreviation (Kongens, Sankt, Sønder), its full stop no
         * sentence's end */
        if (w == start - 1 && w > 0 && s[w - 1] == '.')
            w = abbrev_start(s, w - 1);
        uint32_t cp;
        if (w == start - 1 || utf8_decode(s + w, start - 1 - w, &cp) == 0 ||
            !fold_is_upper(cp))
            break;
        struct mnt_tok word = {s + w, start - 1 - w};
        if (is_stop_word(&word))
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
        while (w > 0 && start - w < 40 && is_word_byte(s[w - 1]))
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

/* "Teknisk Udvalg", "TEKNISK UDVALG", "Akademisk Råd", "Grønt Råd": the
 * bare noun after a capitalised adjective (council_adjective()), a council
 * named in two words; kept as printed (title-cased). Writes the name and
 * returns 1, or 0. */
static int adjective_council(const char *s, const struct mnt_tok *t,
                             char out[MNT_NAME_MAX])
{
    static const char *const nouns[] = {"udvalg", "udvalget", "nævn",
                                        "nævnet", "råd",      "rådet"};
    int noun = 0;
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++)
        noun |= fold_eq(t->s, t->n, nouns[k], strlen(nouns[k]));
    size_t at = (size_t)(t->s - s);
    if (!noun || !mnt_tok_capital(t) || at < 5 || s[at - 1] != ' ')
        return 0;
    size_t w = at - 1;
    while (w > 0 && at - 1 - w < 40 && is_word_byte(s[w - 1]))
        w--;
    struct mnt_tok adj = {s + w, at - 1 - w};
    if (!mnt_tok_capital(&adj) || !council_adjective(&adj) ||
        at - w + t->n >= MNT_NAME_MAX)
        return 0;
    if (mnt_all_capitals(s + w, at - w + t->n))
        mnt_title_case(s + w, at - w + t->n, out, MNT_NAME_MAX);
    else
        mnt_name_copy(out, s + w, at - w + t->n);
    return 1;
}

/* A council noun at token t of s, with its compound parts: "Kultur- og
 * Idrætsudvalget". Writes the name and returns 1, or returns 0. */
static int council_at(const char *s, const struct mnt_tok *t,
                      char out[MNT_NAME_MAX])
{
    if (local_council(s, t, out) || article_council(s, t, out) ||
        adjective_council(s, t, out))
        return 1;
    int caps = mnt_all_capitals(t->s, t->n);
    size_t at = (size_t)(t->s - s), start = compound_start(s, at, caps);
    char noun[MNT_NAME_MAX];
    if (!mnt_council_noun(t, start < at, noun))
        return 0;
    size_t pre = at - start, nn = strlen(noun);
    if (pre + nn >= MNT_NAME_MAX)
        pre = 0; /* a compound too long to be a name: keep the noun */
    if (caps && pre > 0 && mnt_all_capitals(s + start, pre))
        pre = mnt_caps_parts_case(s + start, pre, out);
    else
        memcpy(out, s + start + (at - start - pre), pre);
    memcpy(out + pre, noun, nn + 1);
    return 1;
}

/* "Udvalget for Social, Sundhed & Ældre mandag den …": a weekday ends a
 * council's name. */
static int is_weekday(const struct mnt_tok *t)
{
    static const char *const days[] = {"mandag", "tirsdag", "onsdag", "torsdag",
                                       "fredag", "lørdag",  "søndag"};
    for (size_t k = 0; k < sizeof days / sizeof *days; k++)
        if (fold_eq(t->s, t->n, days[k], strlen(days[k])))
            return 1;
    return 0;
}

/* The words after "for " at s[i..n) in a council's name: up to
 * PHRASE_WORDS words, an inner "og" or ", " allowed, with `capitals` only
 * capitalised ones. Returns the offset after the last, or 0. */
size_t mnt_council_for_words(const char *s, size_t n, size_t i, int capitals)
{
    size_t end = 0;
    struct mnt_tok t;
    for (unsigned words = 0; words < PHRASE_WORDS; words++) {
        size_t want = i; /* the next word must follow one space */
        if (!mnt_tok_next(s, n, &i, &t) || t.s != s + want)
            break;
        uint32_t cp;
        utf8_decode(t.s, t.n, &cp);
        int og = mnt_tok_is(&t, "og");
        if (!fold_is_letter(cp) || (!og && is_stop_word(&t)) ||
            is_weekday(&t) || (capitals && !og && !mnt_tok_capital(&t)))
            break;
        if (!og)
            end = (size_t)(t.s + t.n - s);
        if (i + 1 < n && s[i] == ',' && s[i + 1] == ' ' && !og)
            i++; /* "Udvalget for Klima, Miljø og Natur" */
        else if (i + 3 < n && memcmp(s + i, " & ", 3) == 0 && !og)
            i += 2; /* "Udvalget for Teknik & Miljø" */
        if (i >= n || s[i] != ' ')
            break;
        i++;
    }
    return end;
}

/* "Rådet for handicap, psykiatri og udsatheds møde den …": a council's
 * name in the genitive before "møde" may print its words after "for" in
 * lower case - the heading says whose meeting it is, so they are its
 * name, not a sentence going on. From s[i], up to PHRASE_WORDS letter
 * words (an inner "og" or ", "): the offset of the genitive's "s" (the
 * name's end), or 0. */
static size_t genitive_for_words(const char *s, size_t n, size_t i)
{
    struct mnt_tok t;
    for (unsigned words = 0; words < PHRASE_WORDS; words++) {
        size_t want = i;
        if (!mnt_tok_next(s, n, &i, &t) || t.s != s + want)
            return 0;
        uint32_t cp;
        utf8_decode(t.s, t.n, &cp);
        int og = mnt_tok_is(&t, "og");
        if (!fold_is_letter(cp) || (!og && is_stop_word(&t)) || is_weekday(&t))
            return 0;
        size_t e = (size_t)(t.s + t.n - s), m = strlen(" møde");
        if (!og && t.n > 2 && s[e - 1] == 's' && n - e >= m &&
            fold_prefix(s + e, n - e, " møde") == m &&
            (e + m == n || s[e + m] == ' ' || s[e + m] == ':'))
            return e - 1;
        if (i + 1 < n && s[i] == ',' && s[i + 1] == ' ' && !og)
            i++;
        if (i >= n || s[i] != ' ')
            return 0;
        i++;
    }
    return 0;
}

/* "Rådet for Socialt Udsatte", "Udvalget for Ældre og Sundhed", "Udvalg
 * for regional udvikling", "Bestyrelsen for Søby Havn": the head and the
 * words after "for" (all but Udvalg want capitalised words, or a genitive
 * before "møde"). Returns the
 * phrase length in s, or 0. */
static size_t head_for(const char *s, size_t n, size_t at)
{
    static const char *const heads[] = {"Udvalget for ", "Udvalg for ",
                                        "Rådet for ",    "Nævnet for ",
                                        "Komitéen for ", "Bestyrelsen for "};
    size_t k = 0;
    int capitals = 0;
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++) {
        size_t hl = strlen(heads[h]);
        if (n - at >= hl && memcmp(s + at, heads[h], hl) == 0) {
            k = hl;
            capitals = h >= 2;
            break;
        }
    }
    if (k == 0 || (at > 0 && s[at - 1] != ' ' && s[at - 1] != '\t'))
        return 0;
    size_t end = mnt_council_for_words(s, n, at + k, capitals);
    if (end == 0 && capitals)
        end = genitive_for_words(s, n, at + k);
    return end > at + k ? end - at : 0;
}

/* "Lokalrådet for Næstved Vestegn", "Klagenævnet for Ejendomsvurdering":
 * a council noun printed in its definite form, then "for" and
 * capitalised words. Returns the length of the name from t, or 0. */
static size_t noun_for(const char *s, size_t n, const struct mnt_tok *t,
                       const char *name)
{
    size_t at = (size_t)(t->s - s), k = strlen(" for ");
    /* printed definite ("Lokalrådet for …"), or - a compound's head
     * capitalised - indefinite ("Underudvalg for Økonomi": its name is
     * the one printed, not "Underudvalget") */
    size_t nl = strlen(name);
    int definite =
        nl == t->n && memcmp(name, t->s, t->n) == 0 &&
        (mnt_ends_fold(t->s, t->n, "et") || mnt_ends_fold(t->s, t->n, "en"));
    int indefinite =
        nl == t->n + 2 && memcmp(name, t->s, t->n) == 0 && mnt_tok_capital(t);
    if (!(definite || indefinite) || n - at - t->n < k ||
        memcmp(s + at + t->n, " for ", k) != 0)
        return 0;
    size_t from = at + t->n + k, end = mnt_council_for_words(s, n, from, 1);
    char auth[MNT_NAME_MAX];
    /* "Handicaprådet for Fredericia Kommune": whose council it is, the
     * authority's, not part of its name */
    if (end > from && end - from < MNT_NAME_MAX) {
        char words[MNT_NAME_MAX];
        mnt_name_copy(words, s + from, end - from);
        if (mnt_authority_normalise(words, auth))
            return 0;
    }
    return end > 0 && end - at < MNT_NAME_MAX ? end - at : 0;
}

/* "Handicaprådet for Lolland og Guldborgsund Kommuner", "Fælles
 * Ældreråd for Fanø og Esbjerg", "Det fælles handicapråd for …": a
 * council of several municipalities, kept as printed from its article or
 * "Fælles". Returns where its name starts in s, or n if t is no such
 * council (`name` is council_at()'s). */
static size_t joint_at(const char *s, size_t n, const struct mnt_tok *t,
                       const char *name)
{
    size_t at = (size_t)(t->s - s), end = at + t->n, k = strlen(" for ");
    if (n - end < k || memcmp(s + end, " for ", k) != 0 ||
        mnt_joint_places(s, n, end + k, NULL, NULL, NULL) == 0)
        return n;
    size_t start = compound_start(s, at, mnt_all_capitals(t->s, t->n)),
           nl = strlen(name);
    /* article_council()'s "Det fælles handicapråd", as printed */
    if (nl <= end && nl > t->n && memcmp(s + end - nl, name, nl) == 0)
        start = end - nl;
    size_t fl = strlen("fælles");
    if (start > fl && s[start - 1] == ' ' &&
        fold_eq(s + start - 1 - fl, fl, "fælles", fl) &&
        (start == fl + 1 || s[start - fl - 2] == ' '))
        start -= fl + 1;
    return start;
}

/* "Byråd og udvalg", "Råd og nævn", "Byråd & politik": a site's menu,
 * not a council - a council noun in its indefinite form joined by "og"
 * or "&" to a word in lower case. `end` is the offset after the word. */
static int menu_label(const char *s, size_t n, size_t end)
{
    static const char *const tails[] = {" og udvalg", " og nævn", " og råd",
                                        " & udvalg"};
    static const char *const joins[] = {" og ", " & "};
    static const char *const indef[] = {"råd", "udvalg", "nævn"};
    for (size_t k = 0; k < sizeof tails / sizeof *tails; k++) {
        size_t len = fold_prefix(s + end, n - end, tails[k]);
        uint32_t cp = 0;
        if (len > 0 && end + len < n)
            utf8_decode(s + end + len, n - end - len, &cp);
        if (len > 0 && !fold_is_letter(cp))
            return 1;
    }
    int noun = 0;
    for (size_t k = 0; k < sizeof indef / sizeof *indef; k++)
        noun |= mnt_ends_fold(s, end, indef[k]);
    for (size_t k = 0; noun && k < sizeof joins / sizeof *joins; k++) {
        size_t len = fold_prefix(s + end, n - end, joins[k]);
        uint32_t cp = 0;
        if (len > 0 && end + len < n)
            utf8_decode(s + end + len, n - end - len, &cp);
        if (len > 0 && fold_is_lower(cp))
            return 1;
    }
    return 0;
}

/* "Seniorråd Øst", "Lokalrådet Nord": one of a municipality's several
 * councils of a kind, told apart by the part of the municipality printed
 * after the noun; kept as printed (the noun alone would make them one
 * council). Only a noun standing alone (no compound before it, no
 * genitive). The length of the name from t, or 0. */
static size_t district_after(const char *s, size_t n, const struct mnt_tok *t,
                             const char *name)
{
    static const char *const parts[] = {"Nord", "Syd", "Øst", "Vest", "Midt"};
    char noun[MNT_NAME_MAX];
    size_t at = (size_t)(t->s - s), end = at + t->n;
    if (end + 1 >= n || s[end] != ' ' || t->s[t->n - 1] == 's' ||
        !mnt_council_noun(t, 0, noun) || strcmp(noun, name) != 0)
        return 0;
    for (size_t k = 0; k < sizeof parts / sizeof *parts; k++) {
        size_t pl = strlen(parts[k]), e = end + 1 + pl;
        if (e <= n && memcmp(s + end + 1, parts[k], pl) == 0 &&
            (e == n || !is_word_byte(s[e])))
            return e - at;
    }
    return 0;
}

/* "Regionsrådets Forretningsudvalg", "Kommunalbestyrelsens
 * Økonomiudvalg": a council in the genitive before another names whose
 * committee that is; the other is the council. `end` is after t. */
static int owner_of_next(const char *s, size_t n, size_t end,
                         const struct mnt_tok *t)
{
    struct mnt_tok next;
    char name[MNT_NAME_MAX];
    size_t j = end;
    return t->n > 1 && t->s[t->n - 1] == 's' && end < n && s[end] == ' ' &&
           mnt_tok_next(s, n, &j, &next) && next.s == s + end + 1 &&
           mnt_tok_capital(&next) && mnt_council_noun(&next, 0, name);
}

/* The end of a bracket opening at s[e] after spaces ("Byrådet (Teknisk
 * Udvalg)"), or 0 if none opens there. */
static size_t bracket_after(const char *s, size_t n, size_t e)
{
    size_t j = e;
    while (j < n && s[j] == ' ')
        j++;
    if (j >= n || s[j] != '(')
        return 0;
    for (size_t k = j + 1; k < n && k - j < MNT_NAME_MAX; k++)
        if (s[k] == ')')
            return k + 1;
    return 0;
}

#define GLUED_PARTS 8u /* words of a glued run looked at */

/* "MesingeLokalrådTræTil stede: …": a page's logo words glued to each
 * other and to its first line, one of them a council noun named by the
 * word before it - the council, "Mesinge Lokalråd" (kept as printed).
 * Writes it and returns 1, or returns 0. */
static int glued_council(const struct mnt_tok *tok, char out[MNT_NAME_MAX])
{
    size_t cut[GLUED_PARTS + 1], nc = 0;
    uint32_t prev = 0, cp;
    cut[nc++] = 0;
    for (size_t i = 0; i < tok->n;) {
        size_t k = utf8_decode(tok->s + i, tok->n - i, &cp);
        if (k == 0)
            return 0;
        if (i > 0 && fold_is_lower(prev) && fold_is_upper(cp)) {
            if (nc == GLUED_PARTS)
                return 0;
            cut[nc++] = i;
        }
        prev = cp;
        i += k;
    }
    cut[nc] = tok->n;
    for (size_t k = 1; k < nc; k++) {
        struct mnt_tok part = {tok->s + cut[k], cut[k + 1] - cut[k]};
        size_t before = cut[k] - cut[k - 1];
        char noun[MNT_NAME_MAX];
        if (before < 3 || before + 1 + part.n >= MNT_NAME_MAX ||
            !mnt_council_noun(&part, 0, noun))
            continue;
        memcpy(out, tok->s + cut[k - 1], before);
        out[before] = ' ';
        memcpy(out + before + 1, part.s, part.n);
        out[before + 1 + part.n] = '\0';
        return 1;
    }
    return 0;
}

void mnt_councils_count_line(const char *s, size_t n, int header, int meetings,
                             struct mnt_tally *t)
{
    char name[MNT_NAME_MAX];
    size_t key = SIZE_MAX;  /* mnt_after_person()'s, once for the line */
    size_t bracket_end = 0; /* an attendee's bracket ends before it */
    for (size_t i = 0; i < n; i++) {
        /* the initials of head_for()'s heads: every byte is tried */
        size_t len = s[i] != '\0' && strchr("URNKB", s[i]) != NULL
                         ? head_for(s, n, i)
                         : 0;
        /* a temporary committee, named in the header only */
        if (len == 0 && header &&
            (s[i] == '\xC2' || s[i] == 'm' || s[i] == 'M'))
            len = mnt_adhoc_council(s, n, i);
        if (len > 0 && len < MNT_NAME_MAX) {
            char name1[MNT_NAME_MAX];
            mnt_name_copy(name1, s + i, len);
            mnt_capitalise(name1);
            mnt_tally_add(t, name1, strlen(name1), 1, header);
            i += len;
        }
    }
    size_t i = 0;
    struct mnt_tok tok;
    while (mnt_tok_next(s, n, &i, &tok)) {
        /* "KKR Sjælland": a council named by no council noun */
        size_t kkr = mnt_kkr_at(s, n, &tok, name);
        if (kkr > 0) {
            mnt_tally_add(t, name, strlen(name), 1, header);
            i = (size_t)(tok.s - s) + kkr;
            continue;
        }
        if (meetings && mnt_meeting_noun(&tok, name)) {
            mnt_tally_add(t, name, strlen(name), 1, header);
            continue;
        }
        size_t low = mnt_lower_meeting_council(s, n, &tok, name);
        if (low == 0)
            low = mnt_held_meeting_council(s, n, &tok, name);
        if (low > 0) {
            mnt_tally_add(t, name, strlen(name), 1, header);
            i = (size_t)(tok.s - s) + low;
            continue;
        }
        if (header && glued_council(&tok, name)) {
            mnt_tally_add(t, name, strlen(name), 1, header);
            continue;
        }
        if (!council_at(s, &tok, name) || (size_t)(tok.s - s) < bracket_end)
            continue;
        /* "Eva Lund, Ældrerådet": an attendee's council, not this one;
         * so is the committee in brackets after it ("Kurt Juhl, Byrådet
         * (Social- og Sundhedsudvalget)") */
        if (mnt_after_person(s, n, (size_t)(tok.s - s), &key)) {
            bracket_end = bracket_after(s, n, (size_t)(tok.s + tok.n - s));
            continue;
        }
        if (menu_label(s, n, i) || owner_of_next(s, n, i, &tok) ||
            (!header && mnt_recommended_to(s, (size_t)(tok.s - s))))
            continue;
        size_t dl = district_after(s, n, &tok, name);
        if (dl > 0) {
            mnt_tally_add(t, tok.s, dl, 1, header);
            i = (size_t)(tok.s - s) + dl;
            continue;
        }
        size_t from = joint_at(s, n, &tok, name);
        if (from < n) {
            size_t end = mnt_joint_places(
                s, n, (size_t)(tok.s + tok.n - s) + strlen(" for "), NULL, NULL,
                NULL);
            mnt_tally_add(t, s + from, end - from, 1, header);
            i = end;
            continue;
        }
        size_t len = noun_for(s, n, &tok, name);
        if (len > 0)
            mnt_tally_add(t, tok.s, len, 1, header);
        else
            mnt_tally_add(t, name, strlen(name), 1, header);
    }
}
