/* SPDX-License-Identifier: GPL-2.0-or-later */
/* numberless.c - for inline.c: a PDF transcript that lost every
 * heading's number (a document site dropped the digits), the flattened
 * contents keeping only their first ("2 Indholdsfortegnelse Side 246.
 * Godkendelse af … Orientering om … Underskrifter"). The contents' titles,
 * followed on a page by a case file's field, say where its headings
 * are. Apart from inline.c, which cuts at numbered headings. */
#include <stdint.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* The contents' first number ("Side 246. …"), within 40 bytes, and in
 * *title the offset of the first entry's title after it; 0 none. */
static unsigned first_number(const char *s, size_t n, size_t *title)
{
    size_t e = 0;
    unsigned v = mnt_first_number(s, n, 0, 0, &e);
    if (v > 0)
        *title = mnt_skip_sp(s, n, e);
    return v;
}

#define FIRST_TITLE_CMP 12u /* bytes of the first title compared */

/* Does the contents' first number head its first entry's title at
 * l->s[k], number word ending at e ("246. Godkendelse af …")? A page's
 * number ("1 Kommunalbestyrelsen Referat …") or an attachment list's
 * ("Bilagsoversigt 4. … 1. Tilstandsrapport …") is no heading. */
static int numbers_first_title(const struct mnt_line *l, size_t e,
                               const char *title, size_t tn)
{
    size_t t = mnt_skip_sp(l->s, l->len, e);
    size_t c = tn < FIRST_TITLE_CMP ? tn : FIRST_TITLE_CMP;
    return c > 0 && t + c <= l->len && memcmp(l->s + t, title, c) == 0;
}

#define NAMES_MAX       2000u /* bytes of a contents' text searched for titles */
#define NUMBERLESS_SPAN 160u  /* bytes of unnumbered entries without a digit */

/* Is l->s[w] inside the capitals title of a numbered heading that opens
 * the piece at `at` ("3 1. TØNDERINGVEJ - ETABLERING AF VEJANLÆG -
 * BEVILLINGSSAG Sagsnr …": a page's number, the item's, then only
 * capitals up to w)? A word there that a contents entry also ends with
 * in capitals ("… TV-UNDERSØGELSER BEVILLINGSSAG Åbent") is the title's
 * tail, no heading of its own. */
static int in_caps_heading(const struct mnt_line *l, size_t at, size_t w)
{
    size_t i = mnt_skip_sp(l->s, l->len, at), e = 0;
    /* "Punkt 3: LÅNEOPTAGELSE FOR 2015 …": a label's word before the
     * item's number, closed by a colon */
    int cap = i < w && l->s[i] == 'P'; /* a heading's, not "jf. punkt 3" */
    size_t lw = cap ? fold_prefix(l->s + i, l->len - i, "Punkt ") : 0;
    if (lw == 0 && cap)
        lw = fold_prefix(l->s + i, l->len - i, "Pkt. ");
    i = mnt_skip_sp(l->s, l->len, i + lw);
    for (int k = 0; k < 2 && i < w; k++) {
        if (mnt_number_word(l->s, l->len, i, 0, &e) == 0 || e >= w)
            return 0;
        if (lw > 0 && l->s[e] == ':')
            e++;
        int dot = l->s[e - 1] == '.' || l->s[e - 1] == ':';
        i = mnt_skip_sp(l->s, l->len, e);
        if (dot)
            break;
        if (k == 1)
            return 0; /* two numbers without the item's dot */
    }
    if (e == 0 || (l->s[e - 1] != '.' && l->s[e - 1] != ':') || i >= w)
        return 0;
    int letters = 0;
    while (i < w) {
        uint32_t cp = 0;
        size_t m = utf8_decode(l->s + i, l->len - i, &cp);
        if (m == 0 || fold_is_lower(cp))
            return 0;
        letters += fold_is_upper(cp);
        i += m;
    }
    return letters >= 4;
}

/* Does s[0..n) stand in the contents' text toc[0..tn) as whole words?
 * The last entry may run into its dotted leaders ("… - LUKKET
 * SAG...12 Bilagsoversigt"): they end its last word as a space does,
 * else only the entry's tail ("LUKKET SAG", which the entry before
 * ends with too) is found. */
static int in_contents(const char *toc, size_t tn, const char *s, size_t n)
{
    for (size_t q = 0; q + n <= tn; q++) {
        size_t e = q + n;
        if ((q == 0 || toc[q - 1] == ' ') &&
            (e == tn || toc[e] == ' ' ||
             (toc[e] == '.' && e + 1 < tn && toc[e + 1] == '.')) &&
            memcmp(toc + q, s, n) == 0)
            return 1;
    }
    return 0;
}

/* s[0..n) without its trailing number words ("Udviklingscenter
 * Haderslev: Regnskab 2006" -> "… Regnskab"): the document site that
 * dropped the headings' numbers dropped the digits inside the flattened
 * contents' titles too, while the page's heading kept them ("Takster
 * 2009" is "Takster" there). Its length, n when it ends in no number. */
static size_t without_trailing_numbers(const char *s, size_t n)
{
    size_t e = n;
    for (;;) {
        size_t k = e;
        while (k > 0 &&
               (mnt_digit(s[k - 1]) || s[k - 1] == '/' || s[k - 1] == '-'))
            k--;
        if (k == e || k == 0 || s[k - 1] != ' ' || !mnt_digit(s[k]))
            break;
        e = k - 1;
    }
    return e;
}

/* Does the contents' text name the title s[0..n), whole or without the
 * number words it ends with (see without_trailing_numbers)? */
static int contents_name(const char *toc, size_t tn, const char *s, size_t n)
{
    if (in_contents(toc, tn, s, n))
        return 1;
    size_t e = without_trailing_numbers(s, n);
    /* a word of five letters or more left: the number and the case
     * file's field right after it make the heading, not the word */
    return e < n && e >= 5 && in_contents(toc, tn, s, e);
}

/* Where a flattened page's own words start: after its number and the
 * page word ("4 Side djurshjem …", "4 Side 3 …"); 0 for a piece cut
 * off a page, or a line that opens with no page number. */
static size_t page_first_word(const struct mnt_line *l)
{
    size_t o = l->cut ? 0 : mnt_page_number_len(l->s, l->len);
    return o > 0 ? mnt_after_page_word(l->s, l->len, o) : 0;
}

/* Is l->s[w..w+e) the tail of a title the contents name, opening at a
 * word between `w0` (where the piece starts) and w? The piece may open
 * with the heading's label ("Punkt 2: Parcelhusgrunde på Lærkevej i
 * Suldrup" names "Lærkevej i Suldrup" only as the title's tail). A title
 * opens with a capital, and is short: words more than TAIL_SPAN bytes
 * back are not looked at. */
#define TAIL_SPAN 160u
static int title_tail(const char *toc, size_t tn, const struct mnt_line *l,
                      size_t w0, size_t w, size_t e)
{
    if (w > w0 + TAIL_SPAN)
        w0 = w - TAIL_SPAN;
    for (size_t v = w0; v < w; v++)
        if ((v == w0 ||
             (l->s[v - 1] == ' ' && mnt_starts_upper(l->s + v, l->len - v))) &&
            contents_name(toc, tn, l->s + v, w + e - v))
            return 1;
    return 0;
}

/* A transcript that lost every number but the contents' first ("2
 * Indholdsfortegnelse Side 246. Godkendelse af … Orientering om …
 * Underskrifter"): a heading is a title the contents name, word for word
 * and eight bytes or more, followed on the page by its case file's
 * field within 150 bytes ("3 Godkendelse af … Sagsnr.: 07/21538 …", "…
 * Hanne Bo Orientering om … Sagsnr.: …"). Its offset in line l at or
 * after `from`, 0 if none. */
size_t mnt_contents_named_head(const struct mnt_line *names,
                               const struct mnt_line *l, size_t from)
{
    const char *toc = names->s;
    size_t tn = names->len;
    if (tn > NAMES_MAX) /* a contents list is short: bounded work */
        tn = NAMES_MAX;
    size_t first = page_first_word(l), floor = from > 0 ? from - 1 : 0;
    for (size_t w = from > 0 ? from : 1; w + 8 < l->len; w++) {
        /* a title may open in lower case with a name ("djurshjem -
         * salg af …") as the page's first words */
        if (l->s[w - 1] != ' ' ||
            !(mnt_starts_upper(l->s + w, l->len - w) || w == first))
            continue;
        /* a part's heading over the title ("3 Åbent møde Takster for …
         * Journalnummer …"), which the contents print too: no title's */
        size_t part = fold_prefix(l->s + w, l->len - w, "Åbent møde ");
        if (part == 0)
            part = fold_prefix(l->s + w, l->len - w, "Lukket møde ");
        if (part > 0) {
            floor = w + part - 1;
            continue;
        }
        /* a number before it, not the page's: a numbered heading's
         * title ("3 312. Godkendelse …", "4 2) Retningslinjer …", "2:
         * …"), which is cut before its number */
        size_t p = w - 1, head = w;
        int dash = mnt_dash_before(l->s, p);
        if (p > 0 && (l->s[p - 1] == ')' || l->s[p - 1] == ':'))
            p--;
        else if (dash)
            p -= l->s[p - 1] == '-' ? 2 : 4;
        while (p > 0 && l->s[p - 1] == '.')
            p--;
        size_t q = p;
        while (q > 0 && mnt_digit(l->s[q - 1]))
            q--;
        /* "3 Side 2 1 - Godkendelse …": no other rule finds a number
         * set off from its title by a dash, so the cut goes before it */
        if (q < p && dash && q >= from && q > 0 && l->s[q - 1] == ' ')
            head = q;
        else if (q < p && (q > 0 || l->cut != 0))
            continue;
        size_t e = mnt_title_before_field(l->s + w, l->len - w);
        struct mnt_line t = {.s = l->s + w, .len = e};
        if (e < 8 || mnt_line_is_prose(&t) ||
            !contents_name(toc, tn, l->s + w, e) ||
            in_caps_heading(l, from > 0 ? from - 1 : 0, w))
            continue;
        /* the tail of the title this piece opens with ("… fra
         * Handicaprådet Sagsnr.:" after "Orientering om …") is none */
        if (title_tail(toc, tn, l, floor, w, e)) {
            w += e;
            continue;
        }
        return head;
    }
    return 0;
}

/* Column heads of a contents table whose numbers the transcript dropped
 * ("Indholdsfortegnelse Sag Side Godkendelse af dagsorden Ældrerådsvalg
 * … Underskriftsside": the columns "Sag" and "Side" kept their heads,
 * lost every value). The offset of the first entry's title after the
 * heads, 0 unless one or two such heads open the text and no number
 * follows in the entries' first bytes: a contents that numbers nothing
 * is one whose numbers were lost, as the pages' headings' were. */
static size_t unnumbered_columns(const char *s, size_t n)
{
    static const char *const heads[] = {"Sag ", "Side ", "Punkt ", "Pkt. ",
                                        "Nr. "};
    size_t i = mnt_skip_sp(s, n, 0), cols = 0;
    for (int again = 1; again && cols < 2;) {
        again = 0;
        for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
            size_t m = strlen(heads[k]);
            if (i + m <= n && memcmp(s + i, heads[k], m) == 0) {
                i = mnt_skip_sp(s, n, i + m);
                cols++, again = 1;
                break;
            }
        }
    }
    /* or the open part's heading over unnumbered titles ("Indholdsfortegnelse
     * Åbent møde Takster for … Vedtægt for …", Tønder's Sammenlægningsudvalg
     * of 2006) */
    if (cols == 0 && fold_prefix(s + i, n - i, "Åbent møde ") > 0)
        i = mnt_skip_sp(s, n, i + strlen("Åbent møde ")), cols = 1;
    if (cols == 0 || i >= n || !mnt_starts_upper(s + i, n - i))
        return 0;
    /* an entry's or a page's number (a word of up to three digits); a
     * year in a title ("Ældrerådsvalg 2013 - …") is none, nor an ordinal
     * inside one ("Styrelsesvedtægt, 2. behandling") */
    for (size_t k = i, e = 0; k < n && k < i + NUMBERLESS_SPAN; k++)
        if (mnt_digit(s[k]) && (k == 0 || !mnt_digit(s[k - 1])) &&
            mnt_number_word(s, n, k, 0, &e) > 0 &&
            !(s[e - 1] == '.' && e + 1 < n && s[e] == ' ' &&
              !mnt_starts_upper(s + e + 1, n - e - 1)))
            return 0;
    return i;
}

/* The contents' text whose titles name headings that lost their
 * numbers: a flattened document's contents whose entries the
 * transcript left unnumbered (no numbered entries found: toc_found 0). */
const struct mnt_line *mnt_contents_names(const struct mnt_doc *d, int flat,
                                          int toc_found,
                                          const struct mnt_line *hdr,
                                          struct mnt_line *names)
{
    if (!flat || toc_found)
        return NULL;
    names->s = mnt_flat_toc_text(d, &names->len);
    if (names->s == NULL)
        return NULL;
    /* the contents' one number ("Side 246. …") is printed nowhere else:
     * the pages lost their headings' numbers (where "246. …" heads a
     * page, the numbered headings are found as they are) */
    size_t ft = 0;
    unsigned first = first_number(names->s, names->len, &ft);
    int none = 0; /* the contents hold no number at all */
    if (first == 0) {
        ft = unnumbered_columns(names->s, names->len);
        if (ft == 0)
            return NULL;
        none = 1;
    }
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        /* an attachment list names the items by number again, also
         * under the running header hdr ("6 Teknik- og miljøudvalget
         * Bilagsoversigt 1. Vedligehold af …"): no page of the items */
        if (l->kind != MNT_LINE_TEXT || mnt_toc_opens(l) ||
            mnt_toc_opens_after_header(l, hdr) ||
            (names->s >= l->s && names->s < l->s + l->len))
            continue;
        for (size_t k = 0; k < l->len; k++) {
            size_t e = 0;
            unsigned v = mnt_digit(l->s[k])
                             ? mnt_number_word(l->s, l->len, k, 0, &e)
                             : 0;
            if (v > 0 && (none || v == first) && e < l->len && l->s[e] == ' ' &&
                numbers_first_title(l, e, names->s + ft, names->len - ft))
                return NULL;
        }
    }
    return names;
}
