/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_flat.c - for titles.c: where a title cut out of a flattened line
 * (a PDF page read as one line) ends. Apart from titles.c: these rules
 * read inside one long line, titles.c's read whole lines and how they
 * wrap. The hyphen wraps such a line keeps are joined in title_trim.c.
 * Here: what opens the item's body (a case file, a section, a case
 * type's letter, a list's first point, a status) and which reader's end
 * wins; where a capitalised word starts the text's first sentence is
 * title_sentence.c's (round `im`). */
#include <string.h>

#include "minutes/segment_internal.h"

/* s[off..i-1) without the spaces at its end: where a title ends that the
 * word at s[i] cuts off. */
static size_t end_before(const char *s, size_t off, size_t i)
{
    size_t e = i - 1;
    while (e > off && s[e - 1] == ' ')
        e--;
    return e;
}

/* Does s[0..n) end in a word that parts lettered A, B, C are named by
 * ("område C", "Etape B", "bilag A")? Their letter is the title's. */
int mnt_names_a_part(const char *s, size_t n)
{
    static const char *const words[] = {
        "område", "delområde", "etape", "fase",     "bilag",
        "zone",   "afsnit",    "spor",  "scenarie", "skema"};
    size_t w = n;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    return fold_among(s + w, n - w, words, sizeof words / sizeof *words);
}

/* "… Budgetforslag S Svømmehallens bestyrelse har …": a case type's lone
 * capital letter at s[i] between the title and its text's first
 * sentence (a capitalised word going on in lower case) - a dagsorden
 * with no section names after the letter. Not the letter of a part
 * ("område C Vest", "skema B Boligselskabet"). Where the title ends, or
 * 0. */
static size_t type_letter_at(const char *s, size_t n, size_t off, size_t i)
{
    if (i < off + 10 || i + 3 >= n || s[i] < 'A' || s[i] > 'Z' ||
        s[i + 1] != ' ' || s[i - 1] != ' ')
        return 0;
    size_t w = i + 2;
    uint32_t cp, prev;
    utf8_decode(s + w, n - w, &cp);
    if (!fold_is_upper(cp) || !mnt_next_is_lower(s, n, w))
        return 0;
    size_t e = end_before(s, off, i);
    utf8_prev(s, s + e, &prev);
    if (!fold_is_letter(prev) || mnt_names_a_part(s + off, e - off))
        return 0;
    return e;
}

/* Does a list's first lettered point open at s[i] ("… Meddelelser a) Der
 * holdes …")? A flattened page runs an item's points on after its
 * heading; "a)" as a word before a capitalised one opens the text. Only
 * the first letter: a title names no list of parts by "a)". */
static int first_point_at(const char *s, size_t n, size_t off, size_t i)
{
    uint32_t cp;
    if (i < off + 4 || i + 4 >= n || s[i - 1] != ' ' || s[i] != 'a' ||
        s[i + 1] != ')' || s[i + 2] != ' ')
        return 0;
    utf8_decode(s + i + 3, n - i - 3, &cp);
    return fold_is_upper(cp) && mnt_next_is_lower(s, n, i + 3);
}

/* Where a case type's letter before the item's first section ends a
 * title ("… for Nationalpark Marsken S Sagsfremstilling …"), no
 * sentence's end before it, or 0. With no contents to name the title, a
 * name's capitalised word ("Det Lokale Integrationsråd", "Tønder
 * Kommunes Klimastrategi") would read as the text's first sentence; the
 * letter and the section after it say where the heading ends. */
static size_t letter_section_end(const char *s, size_t n, size_t off,
                                 size_t lim)
{
    for (size_t i = off + 10; i + 2 < lim; i++) {
        if (s[i - 1] == '.' && s[i] == ' ' && s[i - 2] >= 'a' &&
            s[i - 2] <= 'z')
            return 0; /* "… godkendt. Sagen …" */
        if (s[i - 1] == ' ' && s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] == ' ' &&
            mnt_section_word_at(s + i + 2, n - i - 2) &&
            !mnt_names_a_part(s + off, i - 1 - off))
            return end_before(s, off, i);
    }
    return 0;
}

/* Does the word at s[i] open the item's sections or case file: a
 * section's name, a field's label, a filing code, a bare case number or
 * a case word? A section's name is printed capitalised; "… til
 * beslutning" after a small word is the title's own ("Forslag til
 * beslutning fra …", "Valg til Seniorråd 2009 – til beslutning"). */
static int case_file_at(const char *s, size_t n, size_t off, size_t i)
{
    int section = mnt_section_word_at(s + i, n - i) &&
                  !(mnt_starts_lower(s + i, n - i) &&
                    mnt_after_small_word(s + off, i - 1 - off));
    return section || mnt_field_word_at(s + i, n - i) ||
           mnt_filing_code_at(s + i, n - i) > 0 ||
           mnt_bare_case_at(s + i, n - i) || mnt_case_word_at(s + i, n - i);
}

/* Where the title ends before the case file opening at s[i]
 * (case_file_at): before the section owner's name in the genitive ("…
 * ADMINISTRATIONENS INDSTILLING"), before a case type's letter ("…
 * april P Sagsfremstilling") - not the letter of a part ("… i område
 * C") - or right before the word. */
static size_t end_before_case_file(const char *s, size_t n, size_t off,
                                   size_t i)
{
    size_t e = i - 1;
    size_t g = mnt_section_word_at(s + i, n - i)
                   ? mnt_caps_genitive_before(s + off, e - off, s + i, n - i)
                   : 0;
    if (g > 0)
        return off + g;
    if (e >= off + 3 && s[e - 2] == ' ' && s[e - 1] >= 'A' && s[e - 1] <= 'Z' &&
        e - 2 > off && !mnt_names_a_part(s + off, e - 2 - off))
        e -= 2;
    return e;
}

/* Does the word at s[i] open the item's body (a list's first point, the
 * status cell, the case file, a case type's letter, a presenter's mark,
 * the text after "Evt.", the recommender)?
 * Then *end is where the title ends - off itself, at the least. These
 * words are the text's own whatever stands before them. */
static int body_opens_at(const char *s, size_t n, size_t off, size_t i,
                         size_t *end)
{
    /* "… Spørgetid 24. juni 2020 • Sagsfremstilling …": a web page
     * printed to PDF sets each section's name after a list's bullet; no
     * title holds one, so the bullet ends it */
    if (first_point_at(s, n, off, i) || mnt_that_point_at(s, n, off, i) ||
        (i > off && n - i >= 4 && memcmp(s + i, "\xe2\x80\xa2 ", 4) == 0)) {
        *end = end_before(s, off, i);
        return 1;
    }
    /* "… skoleåret 2011/12 Åben sag Sagsnr.: …": the status cell ends
     * the title before the fields, after a number or capitals too (a
     * lower-case word before "Åben" is cut below anyway) */
    if (mnt_status_cell_at(s + i, n - i) && end_before(s, off, i) > off) {
        *end = end_before(s, off, i);
        return 1;
    }
    if (case_file_at(s, n, off, i)) {
        *end = end_before_case_file(s, n, off, i);
        return 1;
    }
    size_t tl = type_letter_at(s, n, off, i);
    *end = tl > 0 ? tl : i - 1;
    if (tl > 0 || (i - off > 8 && mnt_presenter_at(s, n, i)))
        return 1;
    if (i == off + 5 && fold_prefix(s + off, 5, "Evt. ") == 5 &&
        mnt_minute_after_evt(s, n, i))
        return 1;
    return i - off > 8 && mnt_recommender_at(s, n, i);
}

/* Where the first of the whole line's readers finds the title's end: a
 * status after it, a closed item's mark ending its page, a case file's field,
 * spaced letters, a case type's letter before the first section; or 0. They
 * look past the words the scan below would stop at. */
static size_t marked_end(const struct mnt_line *l, size_t off, size_t lim)
{
    size_t e = mnt_status_after(l, off, lim);
    if (e == 0)
        e = mnt_closed_mark_end(l->s, l->len, off);
    if (e == 0)
        e = mnt_field_after_title(l, off);
    if (e == 0)
        e = mnt_spaced_after_title(l, off);
    if (e == 0)
        e = letter_section_end(l->s, l->len, off, lim);
    return e;
}

/* Where a heading inside a long (flattened) line ends: before a section
 * name or a field label, at the end of its first sentence, or at a word
 * boundary near 150 bytes. */
static size_t flat_title_end(const struct mnt_line *l, size_t off)
{
    size_t lim = off + 150 < l->len ? off + 150 : l->len, space = 0;
    while (lim < l->len && lim > off && utf8_is_cont((unsigned char)l->s[lim]))
        lim--; /* never inside a character */
    size_t e = marked_end(l, off, lim);
    if (e > 0)
        return e;
    for (size_t i = off + 1; i < lim; i++) {
        if (mnt_glued_text_at(l->s, l->len, off, i))
            return i;
        if (l->s[i - 1] != ' ')
            continue;
        space = i - 1;
        e = mnt_glued_presenter_end(l->s, l->len, i);
        if (e > 0)
            return e;
        if (body_opens_at(l->s, l->len, off, i, &e))
            return e;
        e = mnt_capital_end(l->s, l->len, off, i);
        if (e > 0)
            return e;
    }
    return lim == l->len ? l->len : (space > off ? space : lim);
}

/* Do the flattened contents end with s[0..n) (trailing spaces aside)? */
static int contents_end_with(const struct mnt_parser *p, const char *s,
                             size_t n)
{
    size_t tn = p->toc_len;
    while (tn > 0 && p->toc_text[tn - 1] == ' ')
        tn--;
    return tn >= n && memcmp(p->toc_text + tn - n, s, n) == 0 &&
           (tn == n || p->toc_text[tn - n - 1] == ' ');
}

/* The end of a title cut out of a flattened page: the heuristics'
 * (flat_title_end), unless the flattened table of contents names it in
 * full - "Lokalplan 4-3-112, Boliger ved Vestre Fjordpark, …" goes on
 * past the capitals, "Budgetopfølgning pr. 30. juni 2017" stops before
 * the case number "2017-002241" - or names more of it. A contents entry
 * the transcript dropped a word of ("… status for budget" for the
 * page's "… status for budget 2008 Sagsnr.: …") loses to the heading's
 * own words running on to the case file's field. */
size_t mnt_flat_end(const struct mnt_parser *p, const struct mnt_line *l,
                    size_t off)
{
    size_t e = flat_title_end(l, off), f = mnt_footer_start(p, l);
    size_t named = mnt_listed_name_cut(&p->doc, l, off, e);
    if (named > 0)
        e = named;
    size_t pt = mnt_page_tail_start(&p->doc, l);
    if (e == l->len && pt > off) /* not into the page's closing number */
        e = pt;
    int whole;
    size_t m = mnt_toc_title_len(p, l->s + off, l->len - off, &whole);
    /* a contents entry that lost its end to its page number ("… efter 12
     * offentlighedsfase") or its year ("… landdistrikter Kanalvej …")
     * names less than the page's title up to its case file's fields */
    if (m > 0 && off + m < e && mnt_field_after_title(l, off) == e)
        return e;
    /* an entry the contents' end cut (the list went on over a page the
     * transcript printed apart: "… Frigivelse af anlægsbevilling til"
     * for the page's "… til renovering af Struer Bibliotek Der er …")
     * names only the title's start: its words in lower case run on to
     * the heuristics' end */
    if (m > 0 && whole && off + m < e && contents_end_with(p, l->s + off, m) &&
        off + m + 1 < l->len && l->s[off + m] == ' ' &&
        mnt_starts_lower(l->s + off + m + 1, l->len - off - m - 1))
        return f > off && e > f ? f : e;
    /* the title never runs into the page's running footer */
    if (m > 0 && whole) {
        size_t r = mnt_title_runs_on(l->s + off, l->len - off, m);
        r = off + (r > 0 ? r : m);
        return f > off && r > f ? f : r;
    }
    /* the entry names more than the heuristics' end ("… i Vestby
     * Kommune fra 2005 til" past the capital of a name) but lost a
     * number the page's heading still has before its first section
     * ("… til 2006 Sagsfremstilling"): the heading's own words run on -
     * not into a closed item's cell the next entry's mark repeats (hz) */
    if (m > 0 && off + m > e && !mnt_closed_cell_at(l->s + e, l->len - e)) {
        size_t r = mnt_title_runs_on(l->s + off, l->len - off, m);
        return off + (r > 0 ? r : m);
    }
    return e;
}
