/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_sentence.c - for title_flat.c: where the text starts at a word
 * inside a flattened line, the title before it ended: a capitalised word
 * that opens a sentence after a lower-case one (Danish capitalises no
 * nouns), repeats the title's head or its last word, follows a year, a
 * full stop or a question mark, or is glued onto the title with no
 * space. Split from title_flat.c in round `im` (it had reached the house
 * limit): these readers ask only what the words around one capital say,
 * title_flat.c's what opens an item's body (its case file, sections,
 * marks) and which reader's end wins over the whole line. */
#include <stdint.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* Does s[off..e) end in a day and a month standing as a word, one or
 * two digits each ("… fra 4.4", "… den 15.03")? */
static int day_month_before(const char *s, size_t off, size_t e)
{
    size_t k = e;
    for (int part = 0; part < 2; part++) {
        size_t d = k;
        while (d > off && mnt_digit(s[d - 1]))
            d--;
        if (d == k || k - d > 2 || d == off)
            return 0;
        k = d - 1; /* the dot before the month, the space before the day */
        if (s[k] != (part == 0 ? '.' : ' '))
            return 0;
    }
    return 1;
}

/* Is s[e-4..e) a year (19xx, 20xx) standing as a word after off, the
 * end of a range of years ("Budget 2007-2010") or of a date ("… fra
 * 4.4.2022")? */
static int year_word(const char *s, size_t off, size_t e)
{
    if (e < off + 5 || (s[e - 5] != ' ' && s[e - 5] != '-' && s[e - 5] != '.'))
        return 0;
    if (s[e - 5] == '-' && !year_word(s, off, e - 5))
        return 0;
    if (s[e - 5] == '.' && !day_month_before(s, off, e - 5))
        return 0;
    for (size_t k = e - 4; k < e; k++)
        if (!mnt_digit(s[k]))
            return 0;
    return (s[e - 4] == '1' && s[e - 3] == '9') ||
           (s[e - 4] == '2' && s[e - 3] == '0');
}

/* Does the word at s[i] repeat the title's first word s[off..] in its
 * definite form, a sentence going on in lower case ("Forslag til mødeplan
 * for Handicaprådet for Forslaget blev godkendt": the transcript dropped
 * the year that ended the title; "Udkast til … for Udkastet blev …")? A
 * minute opens by naming the item's subject again; a title goes on with
 * no word of its own head in the definite form. */
static int repeats_first_noun(const char *s, size_t n, size_t off, size_t i)
{
    static const char *const ends[] = {"et", "en",  "n",   "t",
                                       "ne", "ene", "erne"};
    size_t a = off, b = i;
    while (a < n && s[a] != ' ')
        a++;
    while (b < n && s[b] != ' ')
        b++;
    size_t fl = a - off, cl = b - i;
    uint32_t cp;
    if (fl < 4 || cl <= fl || !fold_eq(s + off, fl, s + i, fl) || b + 1 >= n ||
        (utf8_decode(s + b + 1, n - b - 1, &cp), !fold_is_lower(cp)))
        return 0;
    return fold_among(s + i + fl, cl - fl, ends, sizeof ends / sizeof *ends);
}

/* Does the capitalised word at s[i] say the word before it again ("…
 * Fælleshus i Lyngvig Lyngvig Borgerforening søger …")? A title names
 * nothing twice in a row; the minute opens by naming the subject the
 * title ended in, so the title ends before the repeat. Words of three
 * letters or more, the same bytes. */
static int repeats_word_before(const char *s, size_t n, size_t off, size_t i)
{
    size_t e = i;
    while (e < n && s[e] != ' ')
        e++;
    size_t wl = e - i;
    if (wl < 3 || i < off + wl + 1 || s[i - 1] != ' ')
        return 0;
    size_t p = i - 1 - wl;
    return (p == off || s[p - 1] == ' ') && memcmp(s + p, s + i, wl) == 0;
}

/* Does the text glue onto the title at s[i] (no space between, as a
 * magazine host or a transcript gives a flattened page): a capitalised
 * sentence word right after a lower-case word ("… for søenLine Sand"),
 * a year ("… for 2013Møderne holdes"), a full stop ("Evt.Ingen") or a
 * lone capital ("… Usserød ÅPoul Mose")? A name in camel case ("FynBus",
 * "eBoks") starts with a capital or has a short head, so it is kept. */
int mnt_glued_text_at(const char *s, size_t n, size_t off, size_t i)
{
    uint32_t cp, prev;
    if (utf8_is_cont((unsigned char)s[i]) || s[i - 1] == ' ')
        return 0;
    utf8_decode(s + i, n - i, &cp);
    if (!fold_is_upper(cp) || !mnt_next_is_lower(s, n, i))
        return 0;
    size_t pl = utf8_prev(s, s + i, &prev), p = i - pl;
    if (prev == '.')
        return p >= off + 3 && fold_is_letter((unsigned char)s[p - 1]) &&
               fold_is_letter((unsigned char)s[p - 2]) &&
               fold_is_letter((unsigned char)s[p - 3]);
    if (ascii_digit(prev))
        return year_word(s, off, i);
    if (fold_is_upper(prev)) /* a lone capital: " Å" before it */
        return p > off && s[p - 1] == ' ';
    if (!fold_is_lower(prev))
        return 0;
    size_t w = p, lower = 0;
    uint32_t c = prev;
    while (w > off && s[w - 1] != ' ') {
        w -= utf8_prev(s, s + w, &c);
        lower++;
    }
    return fold_is_lower(c) && lower >= 3 && i - off > 8;
}

/* Is cp a quote mark a title may print: straight, or Danish print's
 * ” (which opens as often as it closes) and “? */
static int quote_mark(uint32_t cp)
{
    return cp == '"' || cp == 0x201C || cp == 0x201D;
}

/* Does the quote mark at s[q] close one opened after off (an odd number
 * of them before it), with a letter right before it? */
static int quote_closes(const char *s, size_t off, size_t q)
{
    size_t n = 0;
    uint32_t cp;
    for (size_t k = off, b; k < q; k += b) {
        b = utf8_decode(s + k, q - k, &cp);
        n += quote_mark(cp);
    }
    return q > off && n % 2 == 1 && s[q - 1] != ' ';
}

/* Does the word at s[i] end in a colon, a field's label ("Dato:")? */
static int label_at(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] != ' ')
        i++;
    return s[i - 1] == ':';
}

/* Does the capitalised word at s[i] stand before a section's name or a
 * time slot with nothing but capitalised words and numbers between ("…
 * tilsyn på Bostedet Kildebakken Sagsfremstilling …", "… ved
 * Regionshospitalet Silkeborg (13.00-14.00) Sagsfremstilling", "… til
 * turnéteatret Vestjylland 2017 Resume", "… til det nye Frivillige Samråd
 * 2022 Resume")? Then the words are the title's last, a name after a
 * definite noun and the year it is for: a sentence's first word goes on
 * in lower case before a section's name. A case file's label whose value
 * was lost ("… Journalnummer Baggrund …") is none. */
static int last_word_before_section(const char *s, size_t n, size_t i)
{
    if (fold_prefix(s + i, n - i, "journal") > 0 ||
        fold_prefix(s + i, n - i, "sagsn") > 0)
        return 0;
    /* a name of two words at the most (more would be a page's fields:
     * "… ved Ådalen Indledning Sagsgang PBU Orientering"), no label */
    for (int words = 0, names = 1; words < 4 && names <= 2; words++) {
        uint32_t cp;
        while (i < n && s[i] != ' ')
            i++;
        if (i + 1 >= n || s[i - 1] == ':')
            return 0;
        i++;
        if (mnt_section_word_at(s + i, n - i) ||
            (i + 1 < n && s[i] == '(' && mnt_digit(s[i + 1])))
            return 1;
        utf8_decode(s + i, n - i, &cp);
        if (!fold_is_upper(cp) && !mnt_digit(s[i]))
            return 0;
        names += fold_is_upper(cp) != 0;
    }
    return 0;
}

/* Is s[i] the preposition "I" opening a sentence ("… træder ud I en mail
 * har …"), a lower-case word after it? A lone capital is a part's letter
 * or a case type's else ("område C", "Etape I og II" - mnt_names_a_part()). */
static int preposition_i_at(const char *s, size_t n, size_t i)
{
    return i + 2 < n && s[i] == 'I' && s[i + 1] == ' ' &&
           mnt_starts_lower(s + i + 2, n - i - 2);
}

/* Does the capitalised word at s[i] after a lower-case one open the
 * text's first sentence? Danish capitalises no nouns: "… af dagsorden
 * Dagsordenen blev" starts the text; "afgørelse i
 * Folkeoplysningsudvalget" is a name after a preposition, a role's name
 * goes on with its holder's unless a field's label or a subject before
 * its verb follows ("Valg af formand Udvalget valgte …"), a name
 * before a section's name ends the title itself (last_word_before_
 * section), a name opened goes on unless a subject before its verb or a
 * genitive before lower case reads as the sentence's ("… ved Skovvej
 * Kommunen ejer", not "… for Lejre Kommune - 2. behandling"); a
 * company's form ("… Vandværk I/S") ends a name; a lone capital
 * ("område C", a case type's "P") starts no sentence but the preposition
 * "I", nor does a word glued onto the text. */
static int sentence_opens_at(const char *s, size_t n, size_t off, size_t i)
{
    uint32_t cp;
    size_t cl = utf8_decode(s + i, n - i, &cp);
    return i - off > 8 && !mnt_after_small_word(s + off, i - 1 - off) &&
           !(mnt_after_role_name(s + off, i - 1 - off) && !label_at(s, n, i) &&
             !mnt_subject_after_role(s, n, off, i)) &&
           !last_word_before_section(s, n, i) &&
           !mnt_name_ends_at(s, n, off, i) &&
           !(mnt_name_opened(s + off, i - 1 - off) &&
             !mnt_subject_opens(s, n, i) &&
             !mnt_genitive_then_lower(s + i, n - i)) &&
           !mnt_company_form_at(s + i, n - i) &&
           !mnt_caps_compound_at(s + i, n - i) &&
           !(cp < 0x80 && i + 1 < n && s[i + 1] == ' ' &&
             !(preposition_i_at(s, n, i) &&
               !mnt_names_a_part(s + off, i - 1 - off))) &&
           !mnt_glued_text_at(s, n, off, i + cl);
}

/* Where the capitalised word at s[i] after a word ending in the letter
 * prev starts the text, or 0: a repeat of the title's head or of its
 * last word, a subject after a one-word title, a sentence's first
 * word; or where a name starting at s[i] ends that the text repeats. */
static size_t sentence_end(const char *s, size_t n, size_t off, size_t i,
                           uint32_t prev)
{
    if (i - off > 8 &&
        (repeats_first_noun(s, n, off, i) || repeats_word_before(s, n, off, i)))
        return i - 1;
    size_t d = i - off > 8 ? mnt_doubled_name_end(s, n, i) : 0;
    if (d > 0)
        return d;
    /* "ØU-72/06-D Budget Udvalget drøftede …": a title of one short word
     * before the text's subject and verb (sentence_opens_at waits 8
     * bytes: a title may open with a name, "Ny Forening") */
    if (fold_is_lower(prev) && i - off >= 5 && i - off <= 9 &&
        memchr(s + off, ' ', i - 1 - off) == NULL && mnt_subject_opens(s, n, i))
        return i - 1;
    if (fold_is_lower(prev) && sentence_opens_at(s, n, off, i))
        return i - 1;
    return 0;
}

/* How many letters stand right before s[e], back to a space or off? */
static size_t letters_before(const char *s, size_t off, size_t e)
{
    size_t k = e, letters = 0;
    uint32_t cp;
    while (k > off && s[k - 1] != ' ') {
        k -= utf8_prev(s, s + k, &cp);
        if (!fold_is_letter(cp))
            return 0;
        letters++;
    }
    return letters;
}

/* Does s[i] open a member's initials before a word in lower case ("EC
 * gennemgik regnskabet"): minutes name their members so, as the
 * sentence's subject? */
static int initials_then_lower(const char *s, size_t n, size_t i)
{
    size_t letters = 0, b = mnt_caps_run(s + i, n - i, 4, &letters);
    return letters >= 2 && letters <= 3 && i + b + 1 < n && s[i + b] == ' ' &&
           mnt_starts_lower(s + i + b + 1, n - i - b - 1);
}

/* Where the capitalised word at s[i] starts the text after a heading in
 * capitals, a year or a full stop, or 0. */
static size_t after_number_end(const char *s, size_t n, size_t off, size_t i,
                               uint32_t prev)
{
    if (i - off > 8 && prev != ':' && mnt_caps_then_text(s, n, off, i)) {
        size_t e = i - 1; /* "FORMANDSORIENTERING - Der er …" */
        if (e > off + 2 && s[e - 1] == '-' && s[e - 2] == ' ')
            e -= 2;
        return e;
    }
    /* "… Lokalplan 077 Lovgrundlag: …": a field's label after a number */
    if (i - off > 8 && mnt_label_after_number(s, n, i))
        return i - 1;
    /* "… orientering juni 2007 Orienteringen viser …": a year ends a
     * title as a lower-case word does */
    if (i - off > 8 && year_word(s, off, i - 1) &&
        (mnt_next_is_lower(s, n, i) || preposition_i_at(s, n, i)))
        return i - 1;
    /* "… skoleåret 2007/ Skolerne har …": a school or budget year whose
     * second half the transcript dropped ("2007/08") ends it too, the
     * slash kept as printed */
    if (prev == '/' && i - off > 10 && year_word(s, off, i - 2) &&
        mnt_next_is_lower(s, n, i))
        return i - 1;
    /* "… periode ( ) Oplæg v/ …": brackets the transcript emptied of
     * their digits ("(2014-2020)") end it as the year does, kept */
    if (prev == ')' && i - off > 8 && memcmp(s + i - 5, " ( ) ", 5) == 0 &&
        mnt_next_is_lower(s, n, i))
        return i - 1;
    /* "… godkendt. Sagen …" ends it; "2. behandling" (an ordinal, also in
     * capitals: "2. BEHANDLING"), "pr. 31. marts" (a number after an
     * abbreviation) and "Lokalplan nr. SKA …" (a code after one) do not; a
     * short title ends so too when a word of five letters or more ends it, no
     * abbreviation ("Økonomi. Kassereren gennemgik …", "Økonomi. EC gennemgik
     * …", not "Evt. Forslag") */
    if (i >= 2 && s[i - 2] == '.' && !mnt_after_object_abbrev(s, i - 1) &&
        (i - off > 12 ||
         (i - off > 6 && letters_before(s, off, i - 2) >= 5 &&
          (mnt_next_is_lower(s, n, i) || initials_then_lower(s, n, i)))) &&
        !mnt_caps_ordinal_at(s, n, off, i))
        return i - 2;
    /* "… tilsyn med fritidsdelen? Opfølgning på …": a question ends a
     * title as a full stop does, the mark kept as the heading asks */
    if (i >= 2 && s[i - 2] == '?' && i - off > 12)
        return i - 1;
    return 0;
}

/* Where the capitalised word at s[i] starts the text, or 0. A quoted
 * name closed after a lower-case word ("… projekt \"Ro for alle\"
 * Sundheds- og Kulturforvaltningen indstiller"): the word before the
 * quote says what the title ended in. */
size_t mnt_capital_end(const char *s, size_t n, size_t off, size_t i)
{
    uint32_t cp, prev;
    utf8_decode(s + i, n - i, &cp);
    if (!fold_is_upper(cp))
        return 0;
    size_t qb = utf8_prev(s, s + i - 1, &prev);
    if (quote_mark(prev) && quote_closes(s, off, i - 1 - qb))
        utf8_prev(s, s + i - 1 - qb, &prev);
    size_t e = sentence_end(s, n, off, i, prev);
    return e > 0 ? e : after_number_end(s, n, off, i, prev);
}
