/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council.c - which council a meeting's minutes are from: a field of the
 * header ("Udvalg: Udsatteråd", "UDVALG" over "Handicaprådet", "Møde:",
 * "Forum:"), else a council the header names ("Byrådet - Referat",
 * "Kultur- og Idrætsudvalget", "Udvalget for Ældre og Sundhed", "Rådet for
 * Socialt Udsatte"), else the council noun the text names most often. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"

#define HEADER_LINES 15u /* non-blank lines that count as the header */
#define SCAN_LINES   60u /* lines searched when there is no preamble */
#define PHRASE_WORDS 5u  /* words after "Udvalget for", "Rådet for" */
#define COMPOUND_MAX 4u  /* "Fritids-, Kultur- og …": hyphenated parts */

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

static int ends_fold(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n > k && mnt_eq_fold(s + n - k, k, suffix, k);
}

static void copy_name(char out[MNT_NAME_MAX], const char *s, size_t n)
{
    if (n >= MNT_NAME_MAX) {
        n = MNT_NAME_MAX - 1;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(out, s, n);
    out[n] = '\0';
}

/* "THISTED BYRÅD" -> "Thisted Byråd": capitals of a word printed in
 * capitals folded (ASCII, Æ Ø Å). Writes at most cap - 1 bytes. */
static void title_case(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    int first = 1;
    for (size_t i = 0; i < n && o + 2 < cap;) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xC3 && i + 1 < n && !first &&
            ((unsigned char)s[i + 1] == 0x86 ||
             (unsigned char)s[i + 1] == 0x98 ||
             (unsigned char)s[i + 1] == 0x85)) {
            out[o++] = (char)c;
            out[o++] = (char)((unsigned char)s[i + 1] + 0x20);
            i += 2;
            continue;
        }
        out[o++] = (char)(!first && c >= 'A' && c <= 'Z' ? c + 32 : c);
        first = c == ' ' || c == '-';
        i++;
    }
    out[o] = '\0';
}

static int all_capitals(const char *s, size_t n)
{
    int upper = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += mnt_u8_decode(s + i, n - i, &cp);
        if (mnt_cp_is_lower(cp))
            return 0;
        upper |= mnt_cp_is_upper(cp);
    }
    return upper;
}

/* "Udsatteråd", "Udsatterådets", "Socialudvalg", "BYRÅD" -> the definite
 * form in out. Lower-case words count only with `lower` (the last part of
 * "Kultur- og fritidsudvalgets"). Returns 0 for no council noun:
 * "Rådet" alone, "Personaleområdet". */
static int council_noun(const struct mnt_tok *t, int lower,
                        char out[MNT_NAME_MAX])
{
    char w[MNT_NAME_MAX];
    if (t->n + 3 >= MNT_NAME_MAX)
        return 0;
    if (all_capitals(t->s, t->n))
        title_case(t->s, t->n, w, sizeof w);
    else
        copy_name(w, t->s, t->n);
    struct mnt_tok tw = {w, strlen(w)};
    if (!lower && !mnt_tok_capital(&tw))
        return 0;
    size_t n = tw.n;
    if (n > 1 && w[n - 1] == 's')
        n--; /* genitive */
    for (size_t b = 0; b < sizeof BODIES / sizeof *BODIES; b++)
        if (mnt_eq_fold(w, n, BODIES[b], strlen(BODIES[b]))) {
            snprintf(out, MNT_NAME_MAX, "%s", BODIES[b]);
            return 1;
        }
    for (size_t k = 0; k < sizeof SUFFIXES / sizeof *SUFFIXES; k++) {
        const char *def = SUFFIXES[k].def;
        size_t dl = strlen(def), il = strlen(SUFFIXES[k].indef);
        size_t base;
        if (ends_fold(w, n, def))
            base = n - dl;
        else if (n > il && mnt_eq_fold(w + n - il, il, def, il))
            base = n - il;
        else
            continue;
        /* "området", "Socialområdet", "Vareforrådet": words of their own
         * ending in -råd */
        if (k == 0 && base >= 2 &&
            (mnt_eq_fold(w + base - 2, 2, "om", 2) ||
             (base >= 3 && mnt_eq_fold(w + base - 3, 3, "for", 3))))
            return 0;
        /* bare "Rådet", "Udvalget" are too generic; "Byrådet" is not */
        if (base < 3 && !(base == 2 && mnt_eq_fold(w, 2, "by", 2)))
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
        if (mnt_eq_fold(t->s, t->n, words[i], strlen(words[i])))
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
    if (n < 3 || is_stop_word(&t) || council_noun(&t, 0, noun))
        return 0;
    return !ends_fold(s, n, "en") && !ends_fold(s, n, "et") &&
           !ends_fold(s, n, "erne") && !all_capitals(s, n);
}

/* Start of "Kultur- og " / "Fritids-, Kultur- og " / "Børn- Kultur og " /
 * "Teknik og " before the noun at s[at]: the parts of a compound council
 * name. Returns at if there are none. */
static size_t compound_start(const char *s, size_t at)
{
    size_t p;
    if (at >= 4 && memcmp(s + at - 4, " og ", 4) == 0)
        p = at - 4;
    else if (at >= 3 && memcmp(s + at - 3, " & ", 3) == 0)
        p = at - 3;
    else
        return at;
    size_t start = at;
    for (unsigned parts = 0; parts < COMPOUND_MAX; parts++) {
        size_t q = p;
        if (q > 0 && s[q - 1] == ',')
            q--;
        int hyphen = q > 0 && s[q - 1] == '-';
        if (hyphen)
            q--;
        size_t w = q;
        while (w > 0 && q - w < MNT_NAME_MAX && is_word_byte(s[w - 1]))
            w--;
        uint32_t cp;
        if (w == q || mnt_u8_decode(s + w, q - w, &cp) == 0 ||
            !mnt_cp_is_upper(cp))
            break;
        if (hyphen || (parts == 0 && plain_part(s + w, q - w)))
            start = w;
        if (w < 2 || s[w - 1] != ' ')
            break;
        p = w - 1;
    }
    return start;
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
    if (!mnt_eq_fold(t->s, n, "Lokaludvalg", strlen("Lokaludvalg")))
        return 0;
    size_t at = (size_t)(t->s - s), start = at;
    for (int words = 0; words < 3 && start >= 2 && s[start - 1] == ' ';
         words++) {
        size_t w = start - 1;
        while (w > 0 && start - w < MNT_NAME_MAX &&
               (is_word_byte(s[w - 1]) || s[w - 1] == '-'))
            w--;
        uint32_t cp;
        if (w == start - 1 || mnt_u8_decode(s + w, start - 1 - w, &cp) == 0 ||
            !mnt_cp_is_upper(cp))
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
    if (t->n == 0 || !council_noun(t, 1, noun))
        return 0;
    for (int words = 0; words < 3 && start >= 2 && s[start - 1] == ' ';
         words++) {
        size_t w = start - 1;
        while (w > 0 && start - w < 40 && is_word_byte(s[w - 1]))
            w--;
        if (w == start - 1 || (w > 0 && s[w - 1] != ' '))
            return 0; /* two spaces, or a word too long */
        if (mnt_eq_fold(s + w, start - 1 - w, "Det", 3) ||
            mnt_eq_fold(s + w, start - 1 - w, "Den", 3)) {
            size_t len = (size_t)(t->s - s) + t->n - w;
            if (s[w] < 'A' || s[w] > 'Z' || words == 0 || len >= MNT_NAME_MAX)
                return 0;
            memcpy(out, s + w, len);
            out[len] = '\0';
            return 1;
        }
        uint32_t cp;
        mnt_u8_decode(s + w, start - 1 - w, &cp);
        if (!mnt_cp_is_lower(cp) &&
            !(mnt_tok_capital(t) && mnt_cp_is_upper(cp)))
            return 0;
        start = w;
    }
    return 0;
}

/* A council noun at token t of s, with its compound parts: "Kultur- og
 * Idrætsudvalget". Writes the name and returns 1, or returns 0. */
static int council_at(const char *s, const struct mnt_tok *t,
                      char out[MNT_NAME_MAX])
{
    if (local_council(s, t, out) || article_council(s, t, out))
        return 1;
    size_t at = (size_t)(t->s - s), start = compound_start(s, at);
    char noun[MNT_NAME_MAX];
    if (!council_noun(t, start < at, noun))
        return 0;
    size_t pre = at - start, nn = strlen(noun);
    if (pre + nn >= MNT_NAME_MAX)
        pre = 0; /* a compound too long to be a name: keep the noun */
    memcpy(out, s + start + (at - start - pre), pre);
    memcpy(out + pre, noun, nn + 1);
    return 1;
}

/* The words after "for " at s[i..n) in a council's name: up to
 * PHRASE_WORDS words, an inner "og" or ", " allowed, with `capitals` only
 * capitalised ones. Returns the offset after the last, or 0. */
static size_t for_words(const char *s, size_t n, size_t i, int capitals)
{
    size_t end = 0;
    struct mnt_tok t;
    for (unsigned words = 0; words < PHRASE_WORDS; words++) {
        size_t want = i; /* the next word must follow one space */
        if (!mnt_tok_next(s, n, &i, &t) || t.s != s + want)
            break;
        uint32_t cp;
        mnt_u8_decode(t.s, t.n, &cp);
        int og = mnt_tok_is(&t, "og");
        if (!mnt_cp_is_letter(cp) || (!og && is_stop_word(&t)) ||
            (capitals && !og && !mnt_tok_capital(&t)))
            break;
        if (!og)
            end = (size_t)(t.s + t.n - s);
        if (i + 1 < n && s[i] == ',' && s[i + 1] == ' ' && !og)
            i++; /* "Udvalget for Klima, Miljø og Natur" */
        if (i >= n || s[i] != ' ')
            break;
        i++;
    }
    return end;
}

/* "Rådet for Socialt Udsatte", "Udvalget for Ældre og Sundhed", "Udvalg
 * for regional udvikling", "Bestyrelsen for Søby Havn": the head and the
 * words after "for" (all but Udvalg want capitalised words). Returns the
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
    size_t end = for_words(s, n, at + k, capitals);
    return end > at + k ? end - at : 0;
}

/* "Lokalrådet for Næstved Vestegn", "Klagenævnet for Ejendomsvurdering":
 * a council noun printed in its definite form, then "for" and
 * capitalised words. Returns the length of the name from t, or 0. */
static size_t noun_for(const char *s, size_t n, const struct mnt_tok *t,
                       const char *name)
{
    size_t at = (size_t)(t->s - s), k = strlen(" for ");
    if (strlen(name) != t->n || memcmp(name, t->s, t->n) != 0 ||
        n - at - t->n < k || memcmp(s + at + t->n, " for ", k) != 0 ||
        !(ends_fold(t->s, t->n, "et") || ends_fold(t->s, t->n, "en")))
        return 0;
    size_t end = for_words(s, n, at + t->n + k, 1);
    return end > 0 && end - at < MNT_NAME_MAX ? end - at : 0;
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
        size_t len = mnt_prefix_fold(s + end, n - end, tails[k]);
        uint32_t cp = 0;
        if (len > 0 && end + len < n)
            mnt_u8_decode(s + end + len, n - end - len, &cp);
        if (len > 0 && !mnt_cp_is_letter(cp))
            return 1;
    }
    int noun = 0;
    for (size_t k = 0; k < sizeof indef / sizeof *indef; k++)
        noun |= ends_fold(s, end, indef[k]);
    for (size_t k = 0; noun && k < sizeof joins / sizeof *joins; k++) {
        size_t len = mnt_prefix_fold(s + end, n - end, joins[k]);
        uint32_t cp = 0;
        if (len > 0 && end + len < n)
            mnt_u8_decode(s + end + len, n - end - len, &cp);
        if (len > 0 && mnt_cp_is_lower(cp))
            return 1;
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
           mnt_tok_capital(&next) && council_noun(&next, 0, name);
}

static void count_councils_line(const char *s, size_t n, int header,
                                struct mnt_tally *t)
{
    char name[MNT_NAME_MAX];
    for (size_t i = 0; i < n; i++) {
        /* the initials of head_for()'s heads: every byte is tried */
        size_t len = s[i] != '\0' && strchr("URNKB", s[i]) != NULL
                         ? head_for(s, n, i)
                         : 0;
        if (len > 0 && len < MNT_NAME_MAX) {
            mnt_tally_add(t, s + i, len, 1, header);
            i += len;
        }
    }
    size_t i = 0;
    struct mnt_tok tok;
    while (mnt_tok_next(s, n, &i, &tok)) {
        if (!council_at(s, &tok, name) || menu_label(s, n, i) ||
            owner_of_next(s, n, i, &tok))
            continue;
        size_t len = noun_for(s, n, &tok, name);
        if (len > 0)
            mnt_tally_add(t, tok.s, len, 1, header);
        else
            mnt_tally_add(t, name, strlen(name), 1, header);
    }
}

/* ---- fields of the header ---- */

/* Offset of the value after "Key:", "Key " + capital, "KeyCapital"
 * ("UdvalgÆldreråd"), or "UDVALG" alone (value on the next line: then
 * returns l->len); 0 if the line is no such field. A leading "- " or
 * "• " is skipped. */
static size_t field_value_at(const struct mnt_line *l, const char *key,
                             int *colon)
{
    size_t b = 0;
    while (b < l->len && (l->s[b] == '-' || l->s[b] == '*' || l->s[b] == ' '))
        b++;
    if (l->len - b >= 3 && memcmp(l->s + b, "\xE2\x80\xA2", 3) == 0)
        b += 3;
    while (b < l->len && l->s[b] == ' ')
        b++;
    size_t k = mnt_prefix_fold(l->s + b, l->len - b, key);
    if (k == 0)
        return 0;
    size_t i = b + k;
    *colon = 0;
    while (i < l->len && l->s[i] == ' ')
        i++;
    /* "Udvalg: X", or a table row "Udvalg<TAB>X" */
    if (i < l->len && (l->s[i] == ':' || l->s[i] == '\t')) {
        *colon = 1;
        for (i++; i < l->len && (l->s[i] == ' ' || l->s[i] == '\t');)
            i++;
        return i;
    }
    if (i == l->len) /* "UDVALG" alone, printed in capitals */
        return all_capitals(l->s + b, k) ? i : 0;
    uint32_t cp;
    mnt_u8_decode(l->s + i, l->len - i, &cp);
    if (!mnt_cp_is_upper(cp))
        return 0; /* "Udvalgets", "Udvalg for …" */
    return i;
}

/* Next text line after i within lim, or lim. */
static size_t next_text(const struct mnt_doc *d, size_t i, size_t lim)
{
    for (size_t j = i + 1; j < lim && j < i + 4; j++)
        if (d->lines[j].kind == MNT_LINE_TEXT)
            return j;
    return lim;
}

/* "regionsrådet" -> "Regionsrådet" (ASCII, æ ø å). */
static void capitalise(char *w)
{
    unsigned char *u = (unsigned char *)w;
    if (u[0] >= 'a' && u[0] <= 'z')
        u[0] = (unsigned char)(u[0] - 32);
    else if (u[0] == 0xC3 && (u[1] == 0xA5 || u[1] == 0xA6 || u[1] == 0xB8))
        u[1] = (unsigned char)(u[1] - 0x20);
}

/* The council a field's value names: a lone noun in its definite form
 * ("Udsatteråd" -> "Udsatterådet"), a town and a noun without the town
 * ("Viborg Udsatteråd" -> "Udsatterådet"), anything else as printed. */
static int council_of_value(const char *v, size_t n, int need_noun,
                            char out[MNT_NAME_MAX])
{
    while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '.'))
        n--;
    /* "Økonomiudvalget (ØU)": the name without its abbreviation */
    if (n > 0 && v[n - 1] == ')')
        for (size_t p = n - 1; p > 1; p--)
            if (v[p] == '(' && v[p - 1] == ' ') {
                n = p - 1;
                break;
            }
    if (n == 0)
        return 0;
    struct mnt_tok first, second;
    size_t i = 0, j;
    char town[MNT_NAME_MAX];
    if (!mnt_tok_next(v, n, &i, &first))
        return 0;
    j = i;
    /* "- Udvalg: regionsrådet": the field says it is a council */
    if (i == n && first.s == v && council_noun(&first, 1, out)) {
        capitalise(out);
        return 1;
    }
    if (mnt_tok_next(v, n, &j, &second) && j == n &&
        mnt_place_authority(first.s, first.n, town) &&
        council_noun(&second, 0, out))
        return 1;
    int noun = 0;
    for (size_t p = 0; p < n; p++)
        if (v[p] >= '0' && v[p] <= '9')
            return 0; /* "Møde: tirsdag d. 14. maj" */
    for (size_t p = 0; mnt_tok_next(v, n, &p, &first);)
        noun |= council_noun(&first, 1, town);
    if (need_noun && !noun)
        return 0;
    copy_name(out, v, n);
    return 1;
}

/* The number of cells of a table row (tab-joined). */
static size_t cells_of(const struct mnt_line *l)
{
    size_t n = 1;
    for (size_t i = 0; i < l->len; i++)
        n += l->s[i] == '\t';
    return n;
}

/* A council field on line i: "Udvalg: X", "UDVALG" / "X", "Møde:" / "X". */
static int council_field(const struct mnt_doc *d, size_t i, size_t lim,
                         char out[MNT_NAME_MAX])
{
    static const struct {
        const char *key;
        int need_noun; /* the value must name a council */
    } keys[] = {{"Udvalg", 0}, {"Råd", 0},  {"Forum", 0},
                {"Organ", 0},  {"Møde", 1}, {"Mødeforum", 0}};
    const struct mnt_line *l = &d->lines[i];
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        int colon = 0;
        size_t v = field_value_at(l, keys[k].key, &colon);
        if (v == 0)
            continue;
        if (!colon && keys[k].need_noun)
            continue;
        size_t j = next_text(d, i, lim);
        /* a table's header row "Udvalg | Dato | Type" over its values
         * "Byrådet | 26-08-2020 16:00 | Referat": the value is the cell
         * under the key */
        if (l->cell && j < lim && d->lines[j].cell && cells_of(l) >= 3 &&
            cells_of(&d->lines[j]) == cells_of(l)) {
            const char *t = memchr(d->lines[j].s, '\t', d->lines[j].len);
            return council_of_value(d->lines[j].s, (size_t)(t - d->lines[j].s),
                                    keys[k].need_noun, out);
        }
        if (v < l->len)
            return council_of_value(l->s + v, l->len - v, keys[k].need_noun,
                                    out);
        return j < lim && council_of_value(d->lines[j].s, d->lines[j].len,
                                           keys[k].need_noun, out);
    }
    return 0;
}

/* A header line printed in capitals, its words title-cased and its small
 * words ("og", "for", "i") in lower case. Returns the length written. */
static size_t header_case(const char *s, size_t n, char *out, size_t cap)
{
    static const char *const small[] = {"Og", "For", "I", "Af", "Til", "Om"};
    title_case(s, n, out, cap);
    size_t len = strlen(out);
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && out[i - 1] != ' ')
            continue;
        for (size_t k = 0; k < sizeof small / sizeof *small; k++) {
            size_t sl = strlen(small[k]);
            if (i + sl <= len && memcmp(out + i, small[k], sl) == 0 &&
                (i + sl == len || out[i + sl] == ' '))
                out[i] = (char)(out[i] + 32);
        }
    }
    return len;
}

/* Item headings are no header: "3. Orientering fra Ældrerådet". */
static int looks_like_item(const struct mnt_line *l)
{
    size_t i = 0;
    while (i < l->len && (l->s[i] == ' ' || l->s[i] == '-'))
        i++;
    if (l->len - i >= 3 && memcmp(l->s + i, "\xE2\x80\xA2", 3) == 0)
        i += 3;
    while (i < l->len && l->s[i] == ' ')
        i++;
    if (i < l->len && l->s[i] >= '0' && l->s[i] <= '9')
        return 1;
    return mnt_prefix_fold(l->s + i, l->len - i, "Pkt") > 0 ||
           mnt_prefix_fold(l->s + i, l->len - i, "Punkt ") > 0 ||
           mnt_prefix_fold(l->s + i, l->len - i, "Sag nr") > 0;
}

/* The councils a header line names; a line in capitals ("BØRNE- OG
 * UNGEUDVALGET") read as "Børne- og Ungeudvalget". */
static void header_councils(const struct mnt_line *l, struct mnt_tally *t)
{
    if (all_capitals(l->s, l->len)) {
        char low[MNT_NAME_MAX * 2];
        size_t ln = header_case(l->s, l->len, low, sizeof low);
        count_councils_line(low, ln, 1, t);
    } else {
        count_councils_line(l->s, l->len, 1, t);
    }
}

/* Is line i a council's name and nothing else? */
static int lone_council(const struct mnt_line *l)
{
    if (l->kind != MNT_LINE_TEXT || l->len >= MNT_NAME_MAX)
        return 0;
    struct mnt_tally *t = calloc(1, sizeof *t);
    if (t == NULL)
        return 0;
    header_councils(l, t);
    int lone = t->n == 1 && strlen(t->name[0]) + 2 >= l->len;
    free(t);
    return lone;
}

#define COUNCIL_LIST 3u /* lines of council names that make a menu */

/* Line i in a run of COUNCIL_LIST lines that each name only a council: a
 * site's list of committees ("Byrådet" / "Økonomiudvalget" / …), not the
 * council that met. */
static int in_council_list(const struct mnt_doc *d, size_t i, size_t lim)
{
    if (!lone_council(&d->lines[i]))
        return 0;
    size_t run = 1;
    for (size_t j = i;
         j > 0 && run < COUNCIL_LIST && lone_council(&d->lines[j - 1]); j--)
        run++;
    for (size_t j = i + 1;
         j < lim && run < COUNCIL_LIST && lone_council(&d->lines[j]); j++)
        run++;
    return run >= COUNCIL_LIST;
}

/* "1 ! R e f e r a t MØDE …", "1 Referat Handicaprådet Mødedato: …": a
 * PDF transcript's first page number before the minutes' own heading,
 * no item (that would be "1. Referat fra sidste møde"). */
static int page_number_first(const struct mnt_line *l)
{
    static const char *const heads[] = {
        "referat",           "r e f e r a t",       "dagsorden",
        "d a g s o r d e n", "beslutningsprotokol", "mødereferat",
        "protokol"};
    size_t i = 0;
    while (i < l->len && l->s[i] >= '0' && l->s[i] <= '9')
        i++;
    if (i == 0 || i >= l->len || l->s[i] != ' ')
        return 0;
    while (i < l->len && (l->s[i] == ' ' || l->s[i] == '!'))
        i++;
    for (size_t k = 0; k < sizeof heads / sizeof *heads; k++)
        if (mnt_prefix_fold(l->s + i, l->len - i, heads[k]) > 0)
            return 1;
    return 0;
}

/* Council named in the header: a field first, then the first line that
 * names one ("REFERAT Udsatterådet d. …", "møde i Rådet for Socialt
 * Udsatte"). */
static int council_from_header(const struct mnt_doc *d, size_t npre,
                               char out[MNT_NAME_MAX])
{
    size_t lim = npre > 0 ? npre : SCAN_LINES;
    if (lim > d->nlines)
        lim = d->nlines;
    for (int pass = 0; pass < 2; pass++) {
        size_t seen = 0;
        for (size_t i = 0; i < lim && seen < HEADER_LINES; i++) {
            const struct mnt_line *l = &d->lines[i];
            /* a list of committees counts for no header line */
            if (l->kind != MNT_LINE_TEXT || in_council_list(d, i, lim))
                continue;
            seen++;
            if (pass == 0) {
                if (council_field(d, i, lim, out))
                    return 1;
                continue;
            }
            if (looks_like_item(l) && !(seen == 1 && page_number_first(l)))
                continue;
            struct mnt_tally *t = calloc(1, sizeof *t);
            if (t == NULL)
                return 0;
            header_councils(l, t);
            /* three councils on one line: a menu or a list of links */
            int found = t->n > 0 && t->n < 3;
            if (found)
                snprintf(out, MNT_NAME_MAX, "%s", t->name[0]);
            free(t);
            if (found)
                return 1;
        }
    }
    return 0;
}

static int council_from_content(const struct mnt_doc *d, char out[MNT_NAME_MAX])
{
    struct mnt_tally *t = calloc(1, sizeof *t);
    if (t == NULL)
        return 0;
    /* Item headings name topics ("Orientering fra Ældrerådet"), not the
     * council that met. */
    for (size_t i = 0; i < d->nlines; i++)
        if (d->lines[i].kind == MNT_LINE_TEXT && !looks_like_item(&d->lines[i]))
            count_councils_line(d->lines[i].s, d->lines[i].len, 0, t);
    const char *best = mnt_tally_best(t, NULL);
    if (best != NULL)
        snprintf(out, MNT_NAME_MAX, "%s", best);
    free(t);
    return best != NULL;
}

int mnt_council_find(const struct mnt_doc *d, size_t npre,
                     char out[MNT_NAME_MAX], int *from_header)
{
    *from_header = 1;
    if (council_from_header(d, npre, out))
        return 1;
    *from_header = 0;
    return council_from_content(d, out);
}

enum mnt_authority_kind mnt_council_kind(const char *name)
{
    static const char *const municipal[] = {"byråd",
                                            "byrådet",
                                            "kommunalbestyrelse",
                                            "kommunalbestyrelsen",
                                            "borgerrepræsentationen",
                                            "magistraten"};
    static const char *const regional[] = {"regionsråd", "regionsrådet"};
    if (name == NULL)
        return MNT_AUTH_ANY;
    size_t n = strlen(name);
    for (size_t k = 0; k < sizeof municipal / sizeof *municipal; k++)
        if (ends_fold(name, n, municipal[k]) ||
            mnt_eq_fold(name, n, municipal[k], strlen(municipal[k])))
            return MNT_AUTH_MUNICIPAL;
    for (size_t k = 0; k < sizeof regional / sizeof *regional; k++)
        if (ends_fold(name, n, regional[k]) ||
            mnt_eq_fold(name, n, regional[k], strlen(regional[k])))
            return MNT_AUTH_REGIONAL;
    return MNT_AUTH_ANY;
}

static int contains_phrase(const struct mnt_doc *d, const char *p)
{
    size_t pn = strlen(p);
    if (pn == 0 || pn > d->len)
        return 0;
    for (const char *s = d->text; (size_t)(d->text + d->len - s) >= pn;) {
        const char *hit = memchr(s, p[0], (size_t)(d->text + d->len - s));
        if (hit == NULL || (size_t)(d->text + d->len - hit) < pn)
            return 0;
        if (memcmp(hit, p, pn) == 0) {
            uint32_t cp = 0;
            const char *after = hit + pn;
            if (after < d->text + d->len)
                mnt_u8_decode(after, (size_t)(d->text + d->len - after), &cp);
            if (!mnt_cp_is_letter(cp))
                return 1;
        }
        s = hit + 1;
    }
    return 0;
}

char *mnt_council_compose(const struct mnt_doc *d, const char *body,
                          const char *authority)
{
    char buf[3 * MNT_NAME_MAX];
    if (body == NULL)
        return authority ? strdup(authority) : NULL;
    if (authority == NULL)
        return strdup(body);
    size_t bn = strlen(body);
    /* "Herning Kommunes Handicapråd", "Region Midtjyllands HMU": the name
     * already says whose council it is */
    if (strstr(body, authority) != NULL)
        return strdup(body);
    if (bn > 2 && strcmp(body + bn - 2, "et") == 0 &&
        (ends_fold(body, bn, "rådet") || ends_fold(body, bn, "udvalget") ||
         ends_fold(body, bn, "nævnet"))) {
        snprintf(buf, sizeof buf, "%ss %.*s", authority, (int)(bn - 2), body);
        if (contains_phrase(d, buf))
            return strdup(buf);
    }
    snprintf(buf, sizeof buf, "%s, %s", body, authority);
    return strdup(buf);
}
