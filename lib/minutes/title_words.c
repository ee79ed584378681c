/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_words.c - the word lists the title rules share: the small words
 * a title says between its others (prepositions, conjunctions) and the
 * section names that end a heading inside a flattened line. One list
 * each, for titles.c, title_flat.c and the letter-spaced run rule. Also
 * two shapes of words in capitals and labels: a capitals heading's
 * wrapped rest, a field label spaced before its colon. */
#include <stdint.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* Is w[0..n) a preposition or conjunction ("af", "i", "til", "og")? */
int mnt_small_word(const char *w, size_t n)
{
    static const char *const small[] = {
        "af",   "i",     "til",  "om",     "for",   "med",   "på",
        "fra",  "og",    "ved",  "hos",    "mod",   "under", "langs",
        "samt", "efter", "over", "mellem", "gennem"};
    return fold_among(w, n, small, sizeof small / sizeof *small);
}

/* Does s[0..n) end in a preposition or conjunction (or "herunder")? A
 * presenter's "ved" glued to a slash ("… skolens brugere /ved Niels")
 * is one too. */
int mnt_after_small_word(const char *s, size_t n)
{
    size_t w = n;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    if (w < n && s[w] == '/')
        w++;
    /* "… Siden sidst, herunder" / "nyt fra …": a word that announces
     * what follows ends no title either */
    if (fold_eq(s + w, n - w, "herunder", 8))
        return 1;
    return mnt_small_word(s + w, n - w);
}

/* Does s[0..n) end in an abbreviation and its stop that a name or a
 * number always follows ("Lokalplan nr.", "… vedr.", "jf.")? A plan's
 * code or a place in capitals after it goes on with the title ("Forslag
 * til Lokalplan nr. SKA Feriehuse …", the code's numbers stripped by a
 * transcript), no sentence starts there. */
int mnt_after_object_abbrev(const char *s, size_t n)
{
    static const char *const abbr[] = {"nr",   "vedr",  "pkt",  "jf", "jvf",
                                       "inkl", "ekskl", "iflg", "ift"};
    if (n < 2 || s[n - 1] != '.')
        return 0;
    size_t w = n - 1;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    return fold_among(s + w, n - 1 - w, abbr, sizeof abbr / sizeof *abbr);
}

#define ROLE_NAME_WORDS 3u /* a person's names after the role at most */

int mnt_after_role_name(const char *s, size_t n)
{
    static const char *const roles[] = {
        "rådmand", "rådmændene", "medlem",   "politiker", "borgmester",
        "formand", "formanden",  "direktør", "direktøren"};
    size_t e = n;
    for (unsigned names = 0; names <= ROLE_NAME_WORDS; names++) {
        size_t w = e;
        while (w > 0 && s[w - 1] != ' ')
            w--;
        uint32_t cp;
        if (w == e || utf8_decode(s + w, e - w, &cp) == 0)
            return 0;
        if (!fold_is_upper(cp)) {
            /* "… kommunalbestyrelsesmedlem": a compound ending in a
             * role; "… fra rådmand": the role itself after "fra", whose
             * question or proposal names its sender ("Valg af formand
             * Jens Hansen blev valgt" names the holder in the minute) -
             * "formanden" alone names its holder, the text may open
             * after it ("… fra formanden Formanden meddelte …") */
            int from = w >= 4 && fold_eq(s + w - 4, 3, "fra", 3) &&
                       (w == 4 || s[w - 5] == ' ');
            for (size_t k = 0; k < sizeof roles / sizeof *roles; k++)
                if (mnt_ends_fold(s + w, e - w, roles[k]) ||
                    (from &&
                     fold_eq(s + w, e - w, roles[k], strlen(roles[k])) &&
                     !mnt_ends_fold(roles[k], strlen(roles[k]), "en")))
                    return 1;
            return 0;
        }
        if (w == 0)
            return 0;
        e = w - 1; /* a name's word: the role may stand before it */
    }
    return 0;
}

/* Letters in s[0..n) (in *letters), and none in lower case? */
static int all_caps(const char *s, size_t n, size_t *letters)
{
    *letters = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp = 0;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (k == 0)
            return 0;
        if (fold_is_lower(cp))
            return 0;
        *letters += fold_is_upper(cp) != 0;
        i += k;
    }
    return 1;
}

/* Does s[0..n) part its words with a dash (" - ", " – ")? */
static int parted_by_dash(const char *s, size_t n)
{
    for (size_t i = 1; i + 2 < n; i++)
        if (s[i - 1] == ' ' &&
            ((s[i] == '-' && s[i + 1] == ' ') ||
             (i + 3 < n && memcmp(s + i, "\xE2\x80\x93 ", 4) == 0)))
            return 1;
    return 0;
}

/* A heading set in capitals that a PDF wrapped ("3. ANSØGNING -
 * VÆKSTPULJEN - MADMARKED PÅ HAVNEN I SKIVE" / "OG OPSTART AF
 * FORENINGEN", "… RENOVERING AF FAGLOKALER" / "- ANLÆG"): the next line,
 * in capitals too and no field (no colon), opens with a preposition or
 * conjunction, or with the dash before a title's last part - no
 * capitals line of its own under a heading does ("FORVENTET SAGSGANG",
 * "INDSTILLING"), so it is the title's rest, which a capital at its
 * start hides. */
int mnt_caps_wrap(const char *h, size_t hn, const char *t, size_t tn)
{
    size_t hl = 0, tl = 0, w = 0;
    if (hn < 12 || tn > 80 || strchr(".:;!?", h[hn - 1]) != NULL ||
        memchr(t, ':', tn) != NULL || !all_caps(h, hn, &hl) ||
        !all_caps(t, tn, &tl) || hl < 8)
        return 0;
    while (w < tn && t[w] != ' ')
        w++;
    /* a dash only where the heading already parts its title with
     * dashes ("RESEN SKOLE - RENOVERING …"): under "5. MEDDELELSER" a
     * line "- ORIENTERING OM …" is a list's */
    int dash = ((w == 1 && t[0] == '-') ||
                (w == 3 && memcmp(t, "\xE2\x80\x93", 3) == 0)) && /* "–" */
               parted_by_dash(h, hn);
    return w < tn && tl > 0 && (dash || (tl > w && mnt_small_word(t, w)));
}

/* Does s[0..n) open with a word of two letters or more, none in lower
 * case ("INDSTILLING", "VEDR.")? */
static int caps_word(const char *s, size_t n)
{
    size_t w = 0, letters = 0;
    while (w < n && s[w] != ' ')
        w++;
    return all_caps(s, w, &letters) && letters >= 2;
}

/* A section name at a word start inside a flattened line ends the
 * heading ("2. Meddelelser Sagsfremstilling Formanden …"); at a line's
 * start it continues none. */
int mnt_section_word_at(const char *s, size_t n)
{
    static const char *const words[] = {
        "Sagsfremstilling", "Indstilling", "Beslutning",      "Resume",
        "Sagsresume",       "Baggrund",    "Sagsbeskrivelse", "Sagens kerne"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        size_t m = fold_prefix(s, n, words[k]);
        /* "Indstilling af medlemmer til Handicaprådet", "Beslutning om
         * ny skolestruktur": the word governing "af" or "om" is a
         * title's first word; a section's name stands alone or before
         * its text ("Beslutning i Byrådet den …", "Indstilling
         * Forvaltningen indstiller …") */
        if (m > 0 && m + 4 <= n &&
            (memcmp(s + m, " af ", 4) == 0 || memcmp(s + m, " om ", 4) == 0 ||
             memcmp(s + m, " AF ", 4) == 0 || memcmp(s + m, " OM ", 4) == 0))
            continue;
        /* "FOLKEOPLYSNINGSUDVALGETS INDSTILLING VEDR. TILSKUD": in a
         * title set in capitals the word goes on into more capitals; a
         * section's name in capitals stands before its text */
        if (m > 0 && m < n && s[m] == ' ' && caps_word(s, m) &&
            caps_word(s + m + 1, n - m - 1))
            continue;
        if (m > 0 && (m == n || s[m] == ' ' || s[m] == ':'))
            return 1;
    }
    /* Region Hovedstaden's conclusions ("SAG NR. 5 EVENTUELT KONKLUSION
     * Intet.") and decisions ("SAG NR. 8 EVENTUELT BESLUTNINGER Intet."):
     * in capitals only, as the page prints its section names -
     * "… konklusion og videre forløb" is a title's word */
    static const char *const caps[] = {"KONKLUSION", "BESLUTNINGER"};
    for (size_t k = 0; k < sizeof caps / sizeof *caps; k++) {
        size_t m = strlen(caps[k]);
        if (n >= m && memcmp(s, caps[k], m) == 0 &&
            (m == n || s[m] == ' ' || s[m] == ':'))
            return 1;
    }
    return 0;
}

/* "Sagsnr. : Dok.nr. : KLE : …": label w (one ending in a colon) with
 * spaces before its colon - a PDF that sets its field labels' colons in
 * a column (Norddjurs' "Sagsnr.   : …"), whose transcript keeps one
 * space of the gap. */
int mnt_spaced_colon_at(const char *s, size_t n, const char *w)
{
    size_t m = strlen(w);
    if (m < 2 || w[m - 1] != ':')
        return 0;
    char base[16];
    if (m - 1 >= sizeof base)
        return 0;
    memcpy(base, w, m - 1);
    base[m - 1] = '\0';
    size_t b = fold_prefix(s, n, base);
    if (b == 0 || b >= n || s[b] != ' ')
        return 0;
    b = mnt_skip_sp(s, n, b);
    return b < n && s[b] == ':';
}

int mnt_caps_words_before(const char *s, size_t e, size_t *start)
{
    for (int k = 0; k < 2; k++) {
        size_t b = e;
        while (b > 0 && s[b - 1] != ' ')
            b--;
        if (!caps_word(s + b, e - b))
            return 0;
        *start = b;
        if (b < 2)
            return k == 1;
        e = b - 1;
    }
    return 1;
}

int mnt_dash_before(const char *s, size_t e)
{
    if (e >= 2 && s[e - 1] == '-' && s[e - 2] == ' ')
        return 1;
    return e >= 4 && memcmp(s + e - 3, "\xe2\x80\x93", 3) == 0 &&
           s[e - 4] == ' ';
}

int mnt_caps_small_word_before(const char *s, size_t n, size_t i)
{
    size_t e = i - 1, w = e;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    if (!(e > w && mnt_small_word(s + w, e - w) &&
          mnt_all_capitals(s + w, e - w)))
        return 0;
    /* the title goes on in capitals after its number ("1. SAL"); a
     * title in small letters after it ("TEMA: FORMALIA I 1. Godkendelse
     * af dagsorden", a transcript's theme line) starts a heading */
    size_t k = i;
    while (k < n && mnt_digit(s[k]))
        k++;
    if (k < n && s[k] == '.')
        k++;
    k = mnt_skip_sp(s, n, k);
    size_t x = k;
    while (x < n && s[x] != ' ')
        x++;
    return x == k || mnt_all_capitals(s + k, x - k);
}

/* Does the word at t[k..) fold to one of words (its end a space, a
 * full stop, a comma or the text's end)? */
static int word_among(const char *t, size_t n, size_t k,
                      const char *const *words, size_t nwords)
{
    for (size_t w = 0; w < nwords; w++) {
        size_t m = fold_prefix(t + k, n - k, words[w]);
        if (m > 0 && (k + m == n || t[k + m] == ' ' || t[k + m] == '.' ||
                      t[k + m] == ','))
            return 1;
    }
    return 0;
}

int mnt_role_ordinal_title(const char *t, size_t n)
{
    static const char *const roles[] = {"suppleant", "stedfortræder"};
    static const char *const verbs[] = {"deltog", "deltager",  "indkaldt",
                                        "mødte",  "indtrådte", "indtræder"};
    if (!word_among(t, n, 0, roles, sizeof roles / sizeof *roles))
        return 0;
    /* the sentence goes on to say the member came in another's place */
    for (size_t k = 1; k < n && t[k - 1] != '.'; k++)
        if (t[k - 1] == ' ' &&
            word_among(t, n, k, verbs, sizeof verbs / sizeof *verbs))
            return 1;
    return 0;
}

int mnt_company_form_at(const char *s, size_t n)
{
    static const char *const forms[] = {"ApS", "A/S", "I/S",  "K/S",
                                        "P/S", "IVS", "AMBA", "FMBA"};
    size_t w = 0;
    while (w < n && s[w] != ' ' && s[w] != ',')
        w++;
    if (w > 0 && s[w - 1] == '.')
        w--; /* "… Vandteknik I/S. Åbent": the sentence's full stop */
    return fold_among(s, w, forms, sizeof forms / sizeof *forms);
}

int mnt_caps_compound_at(const char *s, size_t n)
{
    size_t h = 0, letters = 0;
    while (h < n && s[h] != ' ' && s[h] != '-')
        h++;
    uint32_t cp;
    return h + 1 < n && s[h] == '-' && all_caps(s, h, &letters) &&
           letters >= 2 && utf8_decode(s + h + 1, n - h - 1, &cp) > 0 &&
           fold_is_lower(cp);
}

/* A flattened page reads "… Title Lovgrundlag: …" and a title's last
 * word in lower case ends it before the label (a sentence's first word,
 * title_flat.c); a number closes a title as often ("… omfattet af
 * Lokalplan 077"), and no title goes on with a capitalised label after
 * one - a label's colon follows its own word, not a title's number. */
int mnt_label_after_number(const char *s, size_t n, size_t i)
{
    uint32_t cp = 0;
    size_t w = i, letters = 0;
    if (i < 2 || s[i - 1] != ' ' || !mnt_digit(s[i - 2]) ||
        utf8_decode(s + i, n - i, &cp) == 0 || !fold_is_upper(cp))
        return 0;
    while (w < n && s[w] != ' ' && s[w] != ':') {
        size_t b = utf8_decode(s + w, n - w, &cp);
        if (b == 0 || !fold_is_letter(cp))
            return 0;
        w += b, letters++;
    }
    return letters >= 4 && w + 2 < n && s[w] == ':' && s[w + 1] == ' ';
}
