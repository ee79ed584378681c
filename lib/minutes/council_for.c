/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_for.c - councils named with "for": a head and the words after
 * it ("Udvalget for Ældre og Sundhed", "Rådet for Socialt Udsatte", a
 * genitive in lower case before "møde": "Rådet for handicap, psykiatri og
 * udsatheds møde"), a definite noun and "for" ("Lokalrådet for Næstved
 * Vestegn"; not an authority: "Handicaprådet for Fredericia Kommune"), a
 * council of several municipalities ("Fælles Ældreråd for Fanø og
 * Esbjerg"). For council_names.c. */
#include <string.h>

#include "minutes/segment_internal.h"

#define PHRASE_WORDS 5u /* words after "Udvalget for", "Rådet for" */

/* "Udvalget for Social, Sundhed & Ældre mandag den …": a weekday ends a
 * council's name. */
int mnt_weekday_word(const struct mnt_tok *t)
{
    static const char *const days[] = {"mandag", "tirsdag", "onsdag", "torsdag",
                                       "fredag", "lørdag",  "søndag"};
    return fold_among(t->s, t->n, days, sizeof days / sizeof *days);
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
        int og = mnt_tok_is(&t, "og") || mnt_tok_is(&t, "OG");
        /* "Kontaktrådet for Trafikbetjeningen af Bornholm": "af" before
         * a place (a capital) goes on with the name, as "og" does */
        if (mnt_tok_is(&t, "af") && end > 0) {
            size_t j = i + 1;
            struct mnt_tok nx;
            og = i < n && s[i] == ' ' && mnt_tok_next(s, n, &j, &nx) &&
                 nx.s == s + i + 1 && mnt_tok_capital(&nx) &&
                 !mnt_council_stop_word(&nx) && !mnt_weekday_word(&nx);
            if (!og)
                break;
        }
        if (!fold_is_letter(cp) || (!og && mnt_council_stop_word(&t)) ||
            mnt_weekday_word(&t) || (capitals && !og && !mnt_tok_capital(&t)))
            break;
        /* "Bestyrelsen for Søby Havn Dato: Torsdag …": a header flattened
         * into one line; a word before a colon and a capital is the next
         * field's label ("Dato:" before its digits too) - "… til Udvalget
         * for Kultur og Fritid: 1. At …" ends a sentence's name */
        if (t.s + t.n + 2 < s + n && t.s[t.n] == ':' && t.s[t.n + 1] == ' ' &&
            (mnt_starts_upper(t.s + t.n + 2, (size_t)(s + n - t.s) - t.n - 2) ||
             mnt_tok_is(&t, "Dato")))
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

/* A word no council's lower-case words after "for" have. */
static int not_for_word(const struct mnt_tok *t)
{
    return mnt_council_stop_word(t) || mnt_weekday_word(t);
}

/* "Rådet for handicap, psykiatri og udsatheds møde den …": a council's
 * name in the genitive before "møde" may print its words after "for" in
 * lower case - the heading says whose meeting it is, so they are its
 * name, not a sentence going on. From s[i], up to PHRASE_WORDS letter
 * words (an inner "og" or ", "): the offset of the genitive's "s" (the
 * name's end), or 0. */
static size_t genitive_for_words(const char *s, size_t n, size_t i)
{
    static const struct mnt_genitive_form form = {PHRASE_WORDS, 0,   0, 0,
                                                  not_for_word, NULL};
    size_t e = mnt_genitive_name(s, n, i, &form);
    return e > 0 ? e - 1 : 0;
}

/* "Udvalget for By og Lands møde den …": capitalised words after "for"
 * whose last is in the genitive before "møde" - the heading says whose
 * meeting it is, the "s" is no part of the name. The name's end in
 * s[from..end): end less the genitive's "s", or end. */
static size_t genitive_end(const char *s, size_t n, size_t from, size_t end)
{
    return mnt_genitive_before_meeting(s + from, n - from, end - from) ? end - 1
                                                                       : end;
}

/* Is the last word of s[from..end) a council noun ("… for Vækstforum",
 * "… for Ældrerådet")? */
static int last_word_council(const char *s, size_t from, size_t end)
{
    size_t w = end;
    while (w > from && s[w - 1] != ' ')
        w--;
    struct mnt_tok t = {s + w, end - w};
    char name[MNT_NAME_MAX];
    return mnt_council_noun(&t, 0, name);
}

/* The end of the words in capitals opening s[from..end) ("… BØRN OG UNGE
 * Referat"): a name printed in capitals ends at the first word with a
 * small letter. from if the first word has one. */
static size_t caps_run_end(const char *s, size_t from, size_t end)
{
    size_t last = from, i = from;
    while (i < end) {
        size_t w = i;
        while (w < end && s[w] != ' ')
            w++;
        if (!mnt_all_capitals(s + i, w - i) &&
            !(w - i == 1 && s[i] == '&')) /* "TEKNIK & MILJØ" */
            break;
        last = w;
        while (w < end && (s[w] == ' ' || s[w] == ','))
            w++;
        i = w;
    }
    while (last > from && s[last - 1] == ',')
        last--;
    return last;
}

/* A council's name printed in capitals ("UDVALGET FOR BØRN OG UNGE"), as
 * its words print it elsewhere: "Udvalget for Børn og Unge", the small
 * words a name says between its others (mnt_small_word()) in small
 * letters. In place. */
void mnt_council_caps_case(char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n >= MNT_NAME_MAX || !mnt_all_capitals(name, n))
        return;
    char low[MNT_NAME_MAX];
    mnt_title_case(name, n, low, sizeof low);
    for (size_t w = strcspn(low, " "); low[w] == ' ';) {
        size_t b = w + 1, e = b + strcspn(low + b, " ");
        if (mnt_small_word(low + b, e - b) &&
            ascii_upper((unsigned char)low[b]))
            low[b] = (char)(low[b] + 32); /* "Og", "For", "I": ASCII */
        w = e;
    }
    memcpy(name, low, strlen(low) + 1);
}

/* "Rådet for Socialt Udsatte", "Udvalget for Ældre og Sundhed", "Udvalg
 * for regional udvikling", "Bestyrelsen for Søby Havn": the head and the
 * words after "for" (all but Udvalg want capitalised words, or a genitive
 * before "møde"). Returns the
 * phrase length in s, or 0. */
size_t mnt_council_head_for(const char *s, size_t n, size_t at)
{
    static const char *const heads[] = {
        "Udvalget for ", "Udvalg for ",      "Rådet for ",        "Nævnet for ",
        "Komitéen for ", "Bestyrelsen for ", "Formandskabet for "};
    /* a letterhead in capitals: "UDVALGET FOR BØRN OG UNGE" */
    static const char *const caps[] = {
        "UDVALGET FOR ", "UDVALG FOR ",      "RÅDET FOR ",        "NÆVNET FOR ",
        "KOMITÉEN FOR ", "BESTYRELSEN FOR ", "FORMANDSKABET FOR "};
    size_t k = 0, h = 0;
    int capitals = 0, in_caps = 0;
    for (; h < sizeof heads / sizeof *heads; h++) {
        size_t hl = strlen(heads[h]), cl = strlen(caps[h]);
        if (n - at >= hl && memcmp(s + at, heads[h], hl) == 0) {
            k = hl;
            capitals = h >= 2;
            break;
        }
        if (n - at >= cl && memcmp(s + at, caps[h], cl) == 0) {
            k = cl;
            capitals = in_caps = 1;
            break;
        }
    }
    if (k == 0 || (at > 0 && s[at - 1] != ' ' && s[at - 1] != '\t'))
        return 0;
    size_t end = mnt_council_for_words(s, n, at + k, capitals);
    if (in_caps)
        end = caps_run_end(s, at + k, end);
    if (end == 0 && capitals)
        end = genitive_for_words(s, n, at + k);
    else if (end > at + k)
        end = genitive_end(s, n, at + k, end);
    /* "Møde i Formandskabet for Vækstforum": the chairs of a council meet
     * as a body of their own; only a council's name after "for" makes one
     * ("Formandskabet for Dansk Industri" is an association's) */
    if (h == sizeof heads / sizeof *heads - 1 && end > at + k &&
        !last_word_council(s, at + k, end))
        return 0;
    return end > at + k ? end - at : 0;
}

/* "Lokalrådet for Næstved Vestegn", "Klagenævnet for Ejendomsvurdering",
 * "Kontaktforum for Handicap": a council noun printed in its definite
 * form (or a forum's one form), then "for" and capitalised words. Returns the
 * length of the name from t, or 0. */
size_t mnt_council_noun_for(const char *s, size_t n, const struct mnt_tok *t,
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
    /* "Kontaktforum for Handicap": a noun of one form, as printed */
    int one_form = nl == t->n && memcmp(name, t->s, t->n) == 0 &&
                   mnt_tok_capital(t) && mnt_council_noun_one_form(t->s, t->n);
    if (!(definite || indefinite || one_form) || n - at - t->n < k ||
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
 * council (`name` is council_names.c's council_at()'s). */
size_t mnt_council_joint_at(const char *s, size_t n, const struct mnt_tok *t,
                            const char *name)
{
    size_t at = (size_t)(t->s - s), end = at + t->n, k = strlen(" for ");
    if (n - end < k || memcmp(s + end, " for ", k) != 0 ||
        mnt_joint_places(s, n, end + k, NULL, NULL, NULL) == 0)
        return n;
    size_t start =
               mnt_council_compound_start(s, at, mnt_all_capitals(t->s, t->n)),
           nl = strlen(name);
    /* council_printed.c's article_council()'s "Det fælles handicapråd", as
     * printed */
    if (nl <= end && nl > t->n && memcmp(s + end - nl, name, nl) == 0)
        start = end - nl;
    size_t fl = strlen("fælles");
    if (start > fl && s[start - 1] == ' ' &&
        fold_eq(s + start - 1 - fl, fl, "fælles", fl) &&
        (start == fl + 1 || s[start - fl - 2] == ' '))
        start -= fl + 1;
    return start;
}
