/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_subject.c - for title_flat.c: the subject of a recommendation
 * ("Miljø- og Energiforvaltningen indstiller, at …") that a flattened
 * page runs a heading on into, and the readers of a sentence's subject
 * and of a name a title goes on with, a presenter's mark and the minute
 * of an item named "Evt." (moved out of title_flat.c when that grew past
 * 600 lines). */
#include <string.h>

#include "minutes/segment_internal.h"

/* A noun's definite form, capitalised: "Forvaltningen", "Direktøren",
 * "Energiforvaltningen". */
static int definite_noun(const char *s, size_t n)
{
    uint32_t cp;
    return n >= 5 && utf8_decode(s, n, &cp) > 0 && fold_is_upper(cp) &&
           (mnt_ends_fold(s, n, "en") || mnt_ends_fold(s, n, "et"));
}

/* Does a recommendation's subject start at s[i] and run to "indstiller":
 * one definite noun ("Forvaltningen indstiller"), or compound parts
 * joined by "og"/"&" before one ("Miljø- og Energiforvaltningen
 * indstiller")? A flattened page runs a heading on into it ("… for
 * Romdrup Å Miljø- og Energiforvaltningen indstiller, at …"); it names
 * no part of the title. */
int mnt_recommender_at(const char *s, size_t n, size_t i)
{
    int parts = 0; /* compound parts seen ("Miljø-") */
    for (int words = 0; words < 6 && i < n; words++) {
        size_t w = i;
        while (i < n && s[i] != ' ' && s[i] != ',')
            i++;
        if (i == w || i >= n || s[i] != ' ')
            return 0;
        size_t k = i + 1;
        int next_verb = n - k >= 10 && fold_eq(s + k, 10, "indstiller", 10) &&
                        (n - k == 10 || s[k + 10] == ' ' || s[k + 10] == ',');
        if (next_verb)
            return definite_noun(s + w, i - w) && (words == 0 || parts > 0);
        uint32_t cp;
        utf8_decode(s + w, i - w, &cp);
        if (s[i - 1] == '-' && fold_is_upper(cp) && i - w > 2)
            parts++; /* "Miljø-" */
        else if (!(parts > 0 && (fold_eq(s + w, i - w, "og", 2) ||
                                 (i - w == 1 && s[w] == '&'))))
            return 0;
        i = k;
    }
    return 0;
}

/* Does the word at s[0..n) read as a sentence's subject: a noun's
 * definite form ("Kommunen", "Byfestforeningen", "Udvalget",
 * "Borgerne") or "Der"? A name's second word rarely is ("Roklub",
 * "Forældreforening"); "Kommune" ends as a plural does, so a subject
 * wants its verb after it (mnt_subject_opens). */
static int definite_word(const char *s, size_t n)
{
    size_t w = 0;
    while (w < n && s[w] != ' ' && s[w] != ',' && s[w] != '.')
        w++;
    return (w >= 4 && (mnt_ends_fold(s, w, "en") || mnt_ends_fold(s, w, "et") ||
                       mnt_ends_fold(s, w, "ne"))) ||
           (w == 3 && fold_eq(s, w, "der", 3));
}

/* The end of the word at s[i], a space or n. */
static size_t word_end(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] != ' ')
        i++;
    return i;
}

/* Does s[0..n) open with a definite noun in the genitive before a word
 * in lower case: a section's name ("Sagens kerne Forældre og …",
 * "Udvalgets bemærkninger") or a sentence's subject ("Kommunens
 * udgifter …")? A name goes on in capitals ("Folketingets Udvalg for …",
 * "Folkeoplysningens Dag"); "Jens" is too short to count. */
int mnt_genitive_then_lower(const char *s, size_t n)
{
    size_t w = word_end(s, n, 0);
    return w >= 6 && w + 1 < n && mnt_definite_genitive(s, w) &&
           mnt_starts_lower(s + w + 1, n - w - 1);
}

/* Does the word at s[i] open a sentence as its subject, the next word in
 * lower case ("Udvalget drøftede …", "Kommunen ejer …")? */
int mnt_subject_opens(const char *s, size_t n, size_t i)
{
    size_t w = word_end(s, n, i);
    return definite_word(s + i, n - i) && w + 1 < n &&
           mnt_starts_lower(s + w + 1, n - w - 1);
}

/* Is s[v..p) the capitalised article of a name ("Det", "Den", "De") at
 * the title's start or after a preposition ("Årsmøde i Det Centrale",
 * "Det Lokale")? An institution's name opens with it and goes on in
 * capitals ("Det Centrale Handicapråd", "Den Danske Dommerforening"):
 * the capitalised word after its adjective is the name's noun, no
 * sentence's first word. */
static int article_opened(const char *s, size_t v, size_t p)
{
    static const char *const articles[] = {"Det", "Den", "De"};
    for (size_t k = 0; k < sizeof articles / sizeof *articles; k++)
        if (p - v == strlen(articles[k]) &&
            memcmp(s + v, articles[k], p - v) == 0)
            return v == 0 || mnt_after_small_word(s, v - 1);
    return 0;
}

/* Does s[0..n) end in a capitalised word that opens a name after a
 * preposition, a dash or a name's article ("… ansøgning fra Nørresundby",
 * "Ny forening - Aalborg", "… i Det Centrale")? Then a capitalised word after
 * it goes on with the name
 * ("Nørresundby Roklub", "Aalborg Frisbeeklub") and starts no sentence -
 * unless it reads as the sentence's subject ("… ved Folehavevej Kommunen
 * ejer …": mnt_subject_opens, title_flat.c asks), or the word is a whole
 * name in its definite form ("… fra Trafikkontaktrådet Næste møde …"). */
/* mnt_name_opened(), the name let run over `more` capitalised words
 * after the one that opened it. */
static int name_opened_in(const char *s, size_t n, int more)
{
    size_t w = n;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    uint32_t cp;
    if (w < 2 || w == n || utf8_decode(s + w, n - w, &cp) == 0 ||
        !fold_is_upper(cp) || definite_word(s + w, n - w))
        return 0;
    size_t p = w - 1; /* the space before the word */
    size_t v = p;
    while (v > 0 && s[v - 1] != ' ')
        v--;
    if ((p - v == 1 && s[v] == '-') ||
        (p - v == 3 && memcmp(s + v, "\xE2\x80\x93", 3) == 0))
        return 1; /* "- Aalborg", "– Aalborg" */
    return mnt_after_small_word(s, p) || article_opened(s, v, p) ||
           (more > 0 && name_opened_in(s, p, more - 1));
}

int mnt_name_opened(const char *s, size_t n)
{
    return name_opened_in(s, n, 0);
}

/* Does the capitalised word at s[i] end a name of three words opened
 * before it, the text's subject right after it ("… om Vandråd Randers
 * Fjord Vandrådet har holdt …")? The subject shows where the text
 * starts; without it a third capital is as often a file's or a status's
 * word the page runs on into ("… i Region Sjælland Åbent"). */
int mnt_name_ends_at(const char *s, size_t n, size_t off, size_t i)
{
    size_t e = word_end(s, n, i);
    return e + 1 < n && e > i && fold_is_letter((unsigned char)s[e - 1]) &&
           mnt_status_word_len(s + i, n - i) == 0 &&
           name_opened_in(s + off, i - 1 - off, 1) &&
           mnt_subject_opens(s, n, e + 1);
}

/* Does a subject before its verb stand at s[i] right after the role, no
 * name between ("Valg af formand Udvalget valgte …")? After a name a
 * surname's "-sen" would read as a definite noun ("… fra rådmand Bo
 * Mørch Andresen om …"). */
int mnt_subject_after_role(const char *s, size_t n, size_t off, size_t i)
{
    size_t w = i - 1;
    while (w > off && s[w - 1] != ' ')
        w--;
    return mnt_starts_lower(s + w, i - 1 - w) && mnt_subject_opens(s, n, i);
}

/* Does a capitalised word in lower case open at s[i] ("Intet", "Nuka";
 * not "BEMÆRKNINGER")? */
static int capitalised_word_at(const char *s, size_t n, size_t i)
{
    uint32_t first, second;
    if (i >= n)
        return 0;
    size_t b = utf8_decode(s + i, n - i, &first);
    if (!fold_is_upper(first) || i + b >= n)
        return 0;
    utf8_decode(s + i + b, n - i - b, &second);
    return fold_is_lower(second);
}

/* Does the text of the last item, named "Evt." alone, open at s[i]: a
 * one-word minute ("… 7. Evt. Intet.") or a person's name ("PKT. 9. EVT.
 * Nuka Heilmann spurgte …")? A title goes on after the abbreviation in
 * small words ("Evt. Forslag om fælles bustur") or in capitals ("EVT.
 * BEMÆRKNINGER TIL REFERATET"). */
int mnt_minute_after_evt(const char *s, size_t n, size_t i)
{
    if (!capitalised_word_at(s, n, i))
        return 0;
    size_t j = word_end(s, n, i);
    return s[j - 1] == '.' || (j + 1 < n && capitalised_word_at(s, n, j + 1));
}

/* Does the word at s[i] mark who presents the item ("… referat v.
 * Dorte Godkendt …", "… budget v/ Randi Kvist …", ved)? A word in lower
 * case after it is the title's own ("Orientering v. formanden"). */
int mnt_presenter_at(const char *s, size_t n, size_t i)
{
    return i + 4 < n && s[i] == 'v' && (s[i + 1] == '.' || s[i + 1] == '/') &&
           s[i + 2] == ' ' && mnt_starts_upper(s + i + 3, n - i - 3);
}

/* Is the word at s[i] a name's: capitalised, letters and hyphens only
 * (no label's colon, "Juel Sagsfremstilling:"), no section's name? */
static int name_word_at(const char *s, size_t n, size_t i)
{
    size_t e = word_end(s, n, i);
    uint32_t cp;
    for (size_t k = i, b; k < e; k += b) {
        b = utf8_decode(s + k, e - k, &cp);
        if (b == 0 || (!fold_is_letter(cp) && cp != '-'))
            return 0;
    }
    return capitalised_word_at(s, n, i) && !mnt_section_word_at(s + i, n - i);
}

size_t mnt_glued_presenter_end(const char *s, size_t n, size_t i)
{
    uint32_t cp;
    if (i + 3 >= n || s[i] != 'v' || s[i + 1] != '/' ||
        utf8_decode(s + i + 2, n - i - 2, &cp) == 0 || !fold_is_letter(cp))
        return 0;
    size_t e = word_end(s, n, i), names = 0;
    /* a name's word goes on while a capitalised word follows it: the last
     * capitalised word before lower case is the minute's subject */
    while (names < 2 && e + 1 < n && name_word_at(s, n, e + 1)) {
        size_t f = word_end(s, n, e + 1);
        if (f + 1 >= n || !mnt_starts_upper(s + f + 1, n - f - 1))
            break;
        e = f;
        names++;
    }
    return names > 0 ? e : 0;
}

/* Does s[a..a+k) stand as whole words in the document before l->s[off],
 * the word before it not the one before s[a] (a contents entry printing
 * the title itself)? */
static int said_before(const struct mnt_doc *d, const struct mnt_line *l,
                       size_t off, size_t a, size_t k)
{
    size_t pw = a - 1;
    while (pw > 0 && l->s[pw - 1] != ' ')
        pw--;
    for (size_t i = 0; i < d->nlines && &d->lines[i] <= l; i++) {
        const struct mnt_line *o = &d->lines[i];
        size_t lim = o == l ? off : o->len;
        for (size_t j = 0; j + k <= lim; j++) {
            if (memcmp(o->s + j, l->s + a, k) != 0 ||
                (j > 0 && o->s[j - 1] != ' ') ||
                (j + k < o->len && o->s[j + k] != ' '))
                continue;
            size_t q = j > 0 ? j - 1 : 0, qw = q;
            while (qw > 0 && o->s[qw - 1] != ' ')
                qw--;
            if (j == 0 || q - qw != a - 1 - pw ||
                memcmp(o->s + qw, l->s + pw, q - qw) != 0)
                return 1;
        }
    }
    return 0;
}

size_t mnt_listed_name_cut(const struct mnt_doc *d, const struct mnt_line *l,
                           size_t off, size_t e)
{
    const char *s = l->s;
    size_t n = l->len, w = e;
    while (w > off && s[w - 1] != ' ')
        w--;
    if (w <= off + 1 || e + 1 >= n || s[e] != ' ' ||
        !capitalised_word_at(s, n, w) || !capitalised_word_at(s, n, e + 1))
        return 0;
    size_t f = word_end(s, n, e + 1);
    if (f + 1 >= n || !mnt_starts_lower(s + f + 1, n - f - 1) ||
        !said_before(d, l, off, w, f - w))
        return 0;
    while (w > off && s[w - 1] == ' ')
        w--;
    return w;
}

#define DOUBLED_NAME_WORDS 4u /* a name the minute repeats, at most */

size_t mnt_doubled_name_end(const char *s, size_t n, size_t i)
{
    size_t e = i;
    for (unsigned words = 1; words <= DOUBLED_NAME_WORDS; words++) {
        if (!name_word_at(s, n, e == i ? i : e + 1))
            return 0;
        e = word_end(s, n, e == i ? i : e + 1);
        size_t k = e - i;
        if (words >= 2 && e + 1 + k <= n && memcmp(s + i, s + e + 1, k) == 0 &&
            (e + 1 + k == n || s[e + 1 + k] == ' '))
            return e;
    }
    return 0;
}

int mnt_that_point_at(const char *s, size_t n, size_t off, size_t i)
{
    uint32_t prev;
    if (i < off + 10 || i + 4 >= n || s[i] != 'a' || s[i + 1] != 't' ||
        s[i + 2] != ' ' || s[i - 1] != ' ' ||
        mnt_after_small_word(s + off, i - 1 - off) ||
        (utf8_prev(s, s + i - 1, &prev), !fold_is_lower(prev)))
        return 0;
    size_t e = i + 2;
    for (int words = 0; words < 2 && name_word_at(s, n, e + 1); words++) {
        e = word_end(s, n, e + 1);
        if (e + 1 < n && mnt_starts_lower(s + e + 1, n - e - 1))
            return 1;
    }
    return 0;
}
