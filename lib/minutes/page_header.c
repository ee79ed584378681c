/* SPDX-License-Identifier: GPL-2.0-or-later */
/* page_header.c - for inline.c: a transcript flattened to a line a page:
 * the page's number at the line's start, the running header three or
 * more pages open with after it, and a page that opens with that header
 * and then an item's title and its case file's fields (or, for an item
 * that has none, its first section). */
#include <string.h>

#include "minutes/segment_internal.h"

size_t mnt_page_number_len(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && i < 4 && mnt_digit(s[i]))
        i++;
    return i > 0 && i < 4 && i < n && s[i] == ' ' ? i + 1 : 0;
}

/* Offset of the text after a transcript page's number ("12 …"), 0 if
 * line l is no such page (80 bytes or more). */
static size_t page_text(const struct mnt_line *l)
{
    return l->kind == MNT_LINE_TEXT && l->len >= 80
               ? mnt_page_number_len(l->s, l->len)
               : 0;
}

/* Bytes of whole words a[0..an) and b[0..bn) open with alike. */
static size_t common_words(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0;
    while (i < an && i < bn && a[i] == b[i])
        i++;
    if (i == an && i == bn)
        return i;
    /* one is the other's opening words */
    if ((i == an && b[i] == ' ') || (i == bn && a[i] == ' '))
        return i;
    while (i > 0 && !(i < an && i < bn && a[i] == ' '))
        i--;
    return i;
}

/* The words every page line of d->lines[from..to) opens with after its
 * number, whole words: in *h (a piece of the first), its length. */
static size_t shared_opening(const struct mnt_doc *d, size_t from, size_t to,
                             struct mnt_line *h)
{
    h->len = 0;
    for (size_t i = from, seen = 0; i < to; i++) {
        const struct mnt_line *l = &d->lines[i];
        size_t o = page_text(l);
        if (o == 0)
            continue;
        if (seen++ == 0) {
            h->s = l->s + o;
            h->len = l->len - o;
        } else {
            h->len = common_words(h->s, h->len, l->s + o, l->len - o);
        }
    }
    /* the page word ends no header: its number, or the loss of it, is
     * read after the header (mnt_after_header) */
    if (h->len >= 5 && mnt_ends_fold(h->s, h->len, " Side"))
        h->len -= 5;
    return h->len;
}

/* The running header that three or more pages of a flattened transcript
 * in a row open with after their number ("2 Allerød Byråd torsdag den 27.
 * januar ALLERØD BYRÅD Bemærkninger …"), whole words, 12 bytes or more,
 * or of five bytes or more on four pages ("5 Sidenr Takster …"): in *h
 * (a piece of the first such page). 0 if there is none. */
int mnt_page_header(const struct mnt_doc *d, struct mnt_line *h)
{
    const struct mnt_line *prev = NULL;
    size_t run = 0, first = 0, last = 0, prev_i = 0;
    h->len = 0;
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        size_t o = page_text(l), po = prev ? page_text(prev) : 0;
        if (o == 0) {
            if (l->kind == MNT_LINE_TEXT && run < 2)
                prev = NULL, run = 0;
            continue;
        }
        size_t k = prev ? common_words(prev->s + po, prev->len - po, l->s + o,
                                       l->len - o)
                        : 0;
        if (run > 0 && k > h->len)
            k = h->len;
        if (k >= 5) {
            if (run++ == 0)
                h->s = prev->s + po, first = prev_i;
            h->len = k;
            last = i;
        } else if (run >= 2) {
            break;
        } else {
            run = 0;
        }
        prev = l, prev_i = i;
    }
    /* a cover page that opens with the council's name alone ("1
     * Teknik- og Miljøudvalget Beslutningsprotokol Dato: …", no contents
     * page after it) cuts the header the other pages print short ("…
     * Miljøudvalget, den 15. december 2008 Side"): with four pages or
     * more after it, the header is theirs */
    struct mnt_line rest;
    if (run >= 4 && shared_opening(d, first + 1, last + 1, &rest) > h->len) {
        *h = rest;
        run--;
    }
    /* a header of one short word ("Sidenr") on four pages in a row */
    return run >= (h->len >= 12 ? 2 : 3);
}

#define SECTION_SPAN 80u /* bytes of a fieldless title before its section */

/* A heading with no case file at s[0..n) ("Eventuelt Beslutning i
 * Teknikudvalget den Intet."): an item that needs none (`Eventuelt`,
 * `Meddelelser`) goes from its title straight to its first section. Its
 * title's length where a section word follows within 80 bytes; 0 where
 * the page opens with a section (the item before it going on) or the
 * words before the section hold a sentence's end (its text's tail). */
size_t mnt_title_before_section(const char *s, size_t n)
{
    if (mnt_section_word_at(s, n))
        return 0;
    for (size_t i = 1; i < n && i < SECTION_SPAN; i++) {
        if (s[i - 1] == '.' && s[i] == ' ')
            return 0;
        if (s[i - 1] == ' ' && mnt_section_word_at(s + i, n - i))
            return i - 1;
    }
    return 0;
}

/* A page that opens with the running header and then an item's title and
 * its case file's fields ("… ALLERØD BYRÅD Takster for svømmehallen
 * Sagsnr.: 10/19944 …"): where the title starts, 0 if not such a page. */
size_t mnt_header_end(const struct mnt_line *l, const struct mnt_line *h)
{
    size_t o = mnt_page_number_len(l->s, l->len);
    if (o == 0 || h == NULL || h->len == 0 || l->len < o + h->len ||
        memcmp(l->s + o, h->s, h->len) != 0)
        return 0;
    /* "Handicaprådet, Side Title …": the header's page word */
    return mnt_after_page_word(l->s, l->len,
                               mnt_skip_sp(l->s, l->len, o + h->len));
}

size_t mnt_after_page_word(const char *s, size_t n, size_t t)
{
    /* its number lost in the transcript ("Side Title"), or kept
     * ("Side 3 Title") */
    if (fold_prefix(s + t, n - t, "Side") > 0 &&
        (t + 4 == n || s[t + 4] == ' ')) {
        t = mnt_skip_sp(s, n, t + 4);
        size_t d = t;
        while (d < n && d - t < 4 && mnt_digit(s[d]))
            d++;
        if (d > t && d - t < 4 && (d == n || s[d] == ' '))
            t = mnt_skip_sp(s, n, d);
    }
    return t;
}

size_t mnt_after_header(const struct mnt_line *l, const struct mnt_line *h)
{
    /* a closed item's page is short: its number, the header, a title */
    size_t t = mnt_header_end(l, h);
    if (t == 0 || l->len < mnt_page_number_len(l->s, l->len) + h->len + 10)
        return 0;
    /* the field may be a bare case number ("… havnen 10/10455 …") */
    /* the title may open with an ordinal ("3. budgetkontrol 2009": an
     * item's own number comes before a capital) */
    if (!(mnt_starts_upper(l->s + t, l->len - t) ||
          mnt_ordinal_title(l->s + t, l->len - t)) ||
        (mnt_title_before_case(l->s + t, l->len - t) == 0 &&
         mnt_title_before_section(l->s + t, l->len - t) == 0))
        return 0;
    return t;
}
