/* SPDX-License-Identifier: GPL-2.0-or-later */
/* page_heads.c - for chain.c and generic.c: a PDF transcript flattened to
 * one line a page ("3 Ø Kassebeholdning pr. 31. marts Sagsfremstilling …
 * Økonomiudvalg, 19. april 2011 Side 1"), each item on a page of its own,
 * its heading's number lost. The numbers opening the lines count the
 * pages; a page that opens with a title and then the item's first
 * section (or a closed item's mark and title) heads an item. */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"
#include "minutes/segment_titles.h"

/* Lines looked at before and after a line for the pages around it. */
#define RUN_NEAR 64u
/* A title is at most this long on such a page. */
#define PAGE_TITLE_MAX 150u

/* The page number opening text line i, 0 if none. */
static unsigned page_no(const struct mnt_doc *d, size_t i)
{
    const struct mnt_line *l = &d->lines[i];
    /* a piece cut off the start of a page (mnt_split_inline) still
     * opens with its page's number, a running head the page header
     * did not name ("3 Udvalget Side 1" / "12. Budget …") too */
    int opens_page =
        l->cut == MNT_CUT_PAGE_HEAD ||
        (l->cut == 1 && (i == 0 || d->lines[i - 1].kind == MNT_LINE_BLANK));
    /* the page's number cut off alone before a labelled heading ("6" |
     * "Pkt. 5 Lukket - …"), trimmed of the space that told it */
    int alone = l->cut == 1 && l->len > 0 && l->len < 4;
    for (size_t k = 0; alone && k < l->len; k++)
        alone = mnt_digit(l->s[k]);
    if (l->kind != MNT_LINE_TEXT || (l->cut && !opens_page) ||
        (mnt_page_number_len(l->s, l->len) == 0 && !alone))
        return 0;
    unsigned v = 0;
    for (size_t k = 0; k < l->len && mnt_digit(l->s[k]); k++)
        v = 10 * v + (unsigned)(l->s[k] - '0');
    return v;
}

/* The text line before (dir -1) or after (dir 1) line i, d->nlines if
 * none within RUN_NEAR lines. */
static size_t next_text(const struct mnt_doc *d, size_t i, int dir)
{
    for (size_t k = 1; k <= RUN_NEAR; k++) {
        if (dir < 0 ? i < k : i + k >= d->nlines)
            break;
        size_t j = dir < 0 ? i - k : i + k;
        if (d->lines[j].kind == MNT_LINE_TEXT)
            return j;
    }
    return d->nlines;
}

int mnt_page_number_run(const struct mnt_doc *d, size_t li)
{
    unsigned v = page_no(d, li);
    if (v == 0)
        return 0;
    /* the text lines around it open with the pages before and after it,
     * three pages or more, one of them flattened (a long line) */
    size_t pages = 1;
    int flat = d->lines[li].len >= MNT_FLAT_LINE;
    for (int dir = -1; dir <= 1; dir += 2) {
        size_t i = li;
        unsigned w = v;
        for (size_t steps = 0; steps < RUN_NEAR; steps++) {
            size_t j = next_text(d, i, dir);
            /* the pieces of a page cut at its item's heading
             * (mnt_split_inline) lie between its number and the next
             * page's: part of the page, which was flattened if all of
             * them together are a long line */
            size_t page = dir > 0 ? d->lines[i].len : 0;
            while (j < d->nlines && d->lines[j].cut &&
                   d->lines[j].cut != MNT_CUT_PAGE_HEAD && page_no(d, j) == 0) {
                page += d->lines[j].len;
                j = next_text(d, j, dir);
            }
            if (j >= d->nlines || page_no(d, j) != (dir < 0 ? w - 1 : w + 1))
                break;
            w = page_no(d, j);
            page += dir < 0 ? d->lines[j].len : 0;
            flat |= page >= MNT_FLAT_LINE || d->lines[j].len >= MNT_FLAT_LINE;
            pages++, i = j;
            if (w == 0)
                break;
        }
    }
    return pages >= 3 && flat;
}

/* The bytes of text line l before the page's number its footer ends
 * with ("… Økonomiudvalg, 19. april 2011 Side 7", "… Side 2 af 6": up to
 * "Side "), 0 if it ends in none. */
static size_t footer_text_len(const struct mnt_line *l)
{
    size_t e = l->len;
    while (e > 0 && mnt_digit(l->s[e - 1]))
        e--;
    /* "… Side 2 af 6": the page count after the page's number */
    if (e < l->len && e >= 4 && memcmp(l->s + e - 4, " af ", 4) == 0) {
        size_t a = e - 4;
        while (a > 0 && mnt_digit(l->s[a - 1]))
            a--;
        e = a < e - 4 ? a : e;
    }
    /* a sentence's end before it ("… Arne Kure var fraværende. Side 3 af
     * 12"): the page's own text, the footer only its number */
    if (l->kind != MNT_LINE_TEXT || e == l->len || e < 7 ||
        memcmp(l->s + e - 6, " Side ", 6) != 0 || l->s[e - 7] == '.')
        return 0;
    return e;
}

/* Bytes a[an - k..an) and b[bn - k..bn) have in common at their ends. */
static size_t common_tail(const char *a, size_t an, const char *b, size_t bn)
{
    size_t k = 0;
    while (k < an && k < bn && a[an - 1 - k] == b[bn - 1 - k])
        k++;
    return k;
}

int mnt_page_footer(const struct mnt_doc *d, const char **foot, size_t *fn_out)
{
    *fn_out = 0;
    if (d->nlines == 0)
        return ERR_OK;
    /* each line's text before its page number, once: the candidates
     * below compare it with every line */
    size_t *len = malloc(d->nlines * sizeof *len);
    if (len == NULL)
        return ERR_NOMEM;
    for (size_t i = 0; i < d->nlines; i++)
        len[i] = footer_text_len(&d->lines[i]);
    /* "… Økonomiudvalg, 19. april 2011 Side 7": the words pages end with
     * before their number, common to three pages or more; the page whose
     * footer most others share says which (page 1 may end in its
     * contents' last entry, "… Bremdal 5 Side 1 af 6") */
    size_t ref = d->nlines, most = 0, tried = 0;
    for (size_t r = 0; r < d->nlines && tried < RUN_NEAR; r++) {
        size_t same = 0;
        if (len[r] == 0)
            continue;
        tried++;
        for (size_t i = 0; i < d->nlines; i++)
            same +=
                i != r && len[i] > 0 &&
                common_tail(d->lines[r].s, len[r], d->lines[i].s, len[i]) >= 12;
        if (same > most)
            ref = r, most = same;
    }
    const char *f = NULL;
    size_t fn = 0;
    if (most + 1 >= 3) {
        f = d->lines[ref].s, fn = len[ref];
        for (size_t i = 0; i < d->nlines; i++) {
            size_t k =
                len[i] > 0 ? common_tail(f, fn, d->lines[i].s, len[i]) : 0;
            if (k >= 12)
                f += fn - k, fn = k;
        }
        /* from a word's start on */
        while (fn > 0 && f[0] != ' ')
            f++, fn--;
        while (fn > 0 && f[0] == ' ')
            f++, fn--;
    }
    free(len);
    if (fn >= 12)
        *foot = f, *fn_out = fn;
    return ERR_OK;
}

/* Where the running footer foot[0..fn) starts in l, after off; l->len if
 * it does not. */
static size_t footer_at(const struct mnt_line *l, size_t off, const char *foot,
                        size_t fn)
{
    for (size_t i = l->len; fn > 0 && i > off + fn; i--)
        if (l->s[i - fn - 1] == ' ' && memcmp(l->s + i - fn, foot, fn) == 0)
            return i - fn - 1;
    return l->len;
}

/* Does the table of contents' text toc[0..tn) name the title at t[0..n):
 * its first words (up to 24 bytes, whole words, 8 or more; a transcript
 * may lose the title's later numbers there, so a short title's last
 * words of digits, "Udvalgets regnskab 2010" listed as "Udvalgets
 * regnskab", are left out) stand in it as words? The contents' number
 * just before them ("… 2 40 Udvalgets regnskab …": 40) in *no, 0 if
 * none. */
static int toc_names(const char *toc, size_t tn, const char *t, size_t n,
                     unsigned *no)
{
    size_t k = n < 24 ? n : 24;
    while (k < n && k > 0 && t[k] != ' ')
        k--;
    for (;;) { /* a word of digits at the end: the year the list lost */
        size_t w = k;
        while (w > 0 && mnt_digit(t[w - 1]))
            w--;
        if (w == k || w < 9 || t[w - 1] != ' ')
            break;
        k = w - 1;
    }
    *no = 0;
    if (toc == NULL || k < 8)
        return 0;
    for (size_t q = 0; q + k <= tn; q++)
        if ((q == 0 || toc[q - 1] == ' ') && memcmp(toc + q, t, k) == 0) {
            size_t b = q > 0 ? q - 1 : 0;
            if (b > 1 && toc[b - 1] == '.') /* "14. Budget …" */
                b--;
            size_t e = b;
            while (b > 0 && mnt_digit(toc[b - 1]))
                b--;
            if (b < e && e - b <= 4 && (b == 0 || toc[b - 1] == ' '))
                for (size_t j = b; j < e; j++)
                    *no = 10 * *no + (unsigned)(toc[j] - '0');
            /* "… Hjemmesygepleje 2019 Høring af …": a year ends the
             * entry before, no number of this one */
            if (e - b == 4 && *no >= 1900 && *no < 2100)
                *no = 0;
            return 1;
        }
    return 0;
}

unsigned mnt_toc_number(const char *toc, size_t tn, const char *t, size_t n)
{
    unsigned no = 0;
    return toc_names(toc, tn, t, n, &no) ? no : 0;
}

int mnt_toc_names(const char *toc, size_t tn, const char *t, size_t n)
{
    unsigned no = 0;
    return toc_names(toc, tn, t, n, &no);
}

/* Does another page near line li open with the words its text at
 * o opens with (24 bytes or so, to a word's end): a running header ("3
 * Udvalget for Kultur og Planlægning s møde den …"), no title? */
static int running_header(const struct mnt_doc *d, size_t li, size_t o)
{
    const struct mnt_line *l = &d->lines[li];
    size_t k = l->len - o < 24 ? l->len - o : 24;
    while (o + k < l->len && l->s[o + k] != ' ')
        k++; /* to the word's end: "Lukket punkt: Forpagtning" */
    size_t from = li > RUN_NEAR ? li - RUN_NEAR : 0;
    for (size_t j = from; j < d->nlines && j <= li + RUN_NEAR; j++) {
        const struct mnt_line *g = &d->lines[j];
        size_t go = j != li && page_no(d, j) > 0
                        ? mnt_page_number_len(g->s, g->len)
                        : 0;
        if (go > 0 && g->len - go >= k && memcmp(g->s + go, l->s + o, k) == 0)
            return 1;
    }
    return 0;
}

/* KL's KKR referat prints a group's heading over its first item (where
 * toc_echoes() says so), and the transcript lost both numbers:
 * "Regionalpolitiske sager Fælles udspil om …", "Godkendelse af referat
 * Godkendelse af referat", "KKR Punkter til næste møde". Danish capitalises no
 * noun, so a capital after a word in lower case (not a preposition's:
 * "medlemmer af KKR Hovedstaden") or after a lone acronym starts the item's own
 * title: its offset in t[0..n), 0 if none. */
static size_t group_head_len(const char *t, size_t n)
{
    size_t w = 0; /* the start of the current word */
    for (size_t i = 1; i + 1 < n; i++) {
        if (t[i - 1] != ' ')
            continue;
        uint32_t cp = 0, prev = 0;
        utf8_decode(t + i, n - i, &cp);
        utf8_prev(t, t + i - 1, &prev);
        int acronym =
            w == 0 && i - 1 >= 2 && i - 1 <= 4 && mnt_all_capitals(t, i - 1);
        if (fold_is_upper(cp) && (fold_is_lower(prev) || acronym) &&
            !mnt_after_small_word(t, i - 1))
            return i;
        if (fold_is_upper(cp) || ascii_digit(cp))
            return 0; /* a name or a number in the title: leave it */
        w = i;
    }
    return 0;
}

/* Does the contents' text repeat a heading right after itself ("…
 * Godkendelse af referat Godkendelse af referat Siden sidst …"): a group
 * heading over its first item of the same name, so the contents (and
 * the pages) print groups' headings before items' titles? */
static int toc_echoes(const char *toc, size_t tn)
{
    for (size_t q = 0; toc != NULL && q + 17 < tn; q++) {
        if (q > 0 && toc[q - 1] != ' ')
            continue;
        for (size_t k = 8; k <= 60 && q + 2 * k + 1 <= tn; k++)
            if (toc[q + k] == ' ' &&
                (q + 2 * k + 1 == tn || toc[q + 2 * k + 1] == ' ') &&
                memcmp(toc + q, toc + q + k + 1, k) == 0)
                return 1;
    }
    return 0;
}

/* Bytes of the running header page line li opens with after its number
 * at o ("3 Struer Kommune Økonomiudvalg Referat 17-05-2011 Ø Title …"):
 * the words (12 bytes or more) that more than half of the pages near it,
 * three or more, open with; the spaces after them included; 0 if none. */
static size_t running_head_len(const struct mnt_doc *d, size_t li, size_t o)
{
    const struct mnt_line *l = &d->lines[li];
    size_t from = li > RUN_NEAR ? li - RUN_NEAR : 0, pages = 0, best = 0;
    for (size_t j = from; j < d->nlines && j <= li + RUN_NEAR; j++)
        pages += page_no(d, j) > 0;
    for (size_t k = o + 1; k < l->len && k - o <= PAGE_TITLE_MAX; k++) {
        if (l->s[k] != ' ')
            continue;
        size_t same = 0; /* pages that open with l->s[o..k) and a space */
        for (size_t j = from; j < d->nlines && j <= li + RUN_NEAR; j++) {
            const struct mnt_line *g = &d->lines[j];
            size_t go =
                page_no(d, j) > 0 ? mnt_page_number_len(g->s, g->len) : 0;
            same += go > 0 && g->len - go > k - o &&
                    memcmp(g->s + go, l->s + o, k - o) == 0 &&
                    g->s[go + k - o] == ' ';
        }
        if (same < 3 || 2 * same <= pages)
            break;
        best = k - o;
    }
    return best >= 12 ? mnt_skip_sp(l->s, l->len, o + best) - o : 0;
}

/* Where a closed item's title ends on its page, right after its mark
 * ("Salg af aktier - LUKKET SAG Formandens initialer": no section
 * follows), in s[0..n); 0 if the page opens with no such title. */
static size_t closed_title_end(const char *s, size_t n)
{
    static const char *const marks[] = {"lukket sag", "lukket punkt",
                                        "- LUKKET"};
    size_t e = mnt_title_before_field(s, n);
    for (size_t k = 0; e > 0 && k < sizeof marks / sizeof *marks; k++) {
        size_t m = strlen(marks[k]);
        if (e > m && s[e - m - 1] == ' ' && fold_eq(s + e - m, m, marks[k], m))
            return e;
    }
    return 0;
}

/* The offset past a page's one-word running head and the case file's
 * fields after it ("3 Sidenr Sagsid.: 10/25510 J.nr.: A00 Title …": a
 * transcript that put the fields before the title), o if the page at o
 * opens otherwise: the word opens three other pages or more, two fields
 * or more follow, each a label and a one-word value (or none, on a closed
 * item's page: closed_title_end()). */
static size_t head_fields_end(const struct mnt_doc *d, size_t li, size_t o)
{
    const struct mnt_line *l = &d->lines[li];
    size_t w = o;
    while (w < l->len && l->s[w] != ' ')
        w++;
    size_t k = mnt_skip_sp(l->s, l->len, w), fields = 0;
    while (k < l->len && mnt_field_word_at(l->s + k, l->len - k)) {
        size_t e = k;
        while (e < l->len && l->s[e] != ' ')
            e++;
        if (l->s[e - 1] != ':' || e >= l->len)
            break;
        e = mnt_skip_sp(l->s, l->len, e);
        while (e < l->len && l->s[e] != ' ')
            e++;
        k = mnt_skip_sp(l->s, l->len, e), fields++;
    }
    if (w == o ||
        (fields < 2 && (fields > 0 || !closed_title_end(l->s + k, l->len - k))))
        return o;
    size_t pages = 0, from = li > RUN_NEAR ? li - RUN_NEAR : 0;
    for (size_t j = from; j < d->nlines && j <= li + RUN_NEAR; j++) {
        const struct mnt_line *g = &d->lines[j];
        size_t go = j != li && page_no(d, j) > 0
                        ? mnt_page_number_len(g->s, g->len)
                        : 0;
        pages += go > 0 && g->len - go > w - o &&
                 memcmp(g->s + go, l->s + o, w - o) == 0 &&
                 g->s[go + w - o] == ' ';
    }
    return pages >= 3 ? k : o;
}

/* mnt_page_head() with the page's own words from o; need_name: the
 * title must be followed by a case handler's name (mnt_name_after_title()). */
static size_t page_head_at(const struct mnt_doc *d, size_t li, size_t o,
                           int need_name, const char *toc, size_t tn,
                           const char *foot, size_t fn, size_t *off,
                           unsigned *no)
{
    const struct mnt_line *l = &d->lines[li];
    o = head_fields_end(d, li, o);
    /* a symbol font's glyph read as a lone capital ("3 Ø Title") */
    if (o + 2 < l->len && ascii_upper(l->s[o]) && l->s[o + 1] == ' ')
        o += 2;
    else if (o + 3 < l->len && (unsigned char)l->s[o] == 0xC3 &&
             l->s[o + 2] == ' ')
        o += 3; /* Æ, Ø, Å */
    if (!mnt_starts_upper(l->s + o, l->len - o) || running_header(d, li, o))
        return 0;
    size_t end = footer_at(l, o, foot, fn);
    /* a closed item's page: its mark and title, then the footer */
    size_t m = fold_prefix(l->s + o, end - o, "Lukket punkt");
    if (m == 0)
        m = fold_prefix(l->s + o, end - o, "Lukket sag");
    if (m > 0 && !need_name && end < l->len && end - o <= PAGE_TITLE_MAX) {
        *off = o;
        /* its public decision may follow the title on the page ("Lukket
         * punkt: Låneoptagelse Beslutning Godkendt."): the title ends
         * before that section */
        for (size_t i = o + m + 1; i < end; i++)
            if (l->s[i - 1] == ' ' && mnt_section_word_at(l->s + i, end - i))
                return i - 1;
        return end;
    }
    /* its mark after its title, and no section after it */
    size_t ce = closed_title_end(l->s + o, end - o);
    if (ce > 0 && !need_name && ce <= PAGE_TITLE_MAX &&
        toc_names(toc, tn, l->s + o, ce, no)) {
        *off = o;
        return o + ce;
    }
    /* else a title the contents name and then the item's first section */
    for (size_t i = o + 8; i < end && i < o + PAGE_TITLE_MAX; i++) {
        if (l->s[i - 1] != ' ')
            continue;
        /* a case file's field after the title: the pages the contents'
         * titles cut (numberless.c), which may hold several items each */
        if (mnt_field_word_at(l->s + i, end - i))
            return 0;
        if (!mnt_section_or_theme_at(l->s + i, end - i))
            continue;
        struct mnt_line t = {.s = l->s + o, .len = i - 1 - o};
        /* a case number ends it ("Tilskud til … 10/10455
         * Beslutningstema:"): the case numbers' rules' */
        if (mnt_case_number_last(t.s, t.len))
            return 0;
        /* the contents name it: a page opening with a running header
         * ("3 Økonomiudvalget Punkt: 1 Acadre sagsnr.: …") is no title */
        if (mnt_line_is_prose(&t) || !toc_names(toc, tn, t.s, t.len, no))
            return 0;
        size_t named = mnt_name_after_title(toc, tn, t.s, t.len);
        if (need_name && named == t.len)
            return 0;
        *off = o + (toc_echoes(toc, tn) ? group_head_len(t.s, t.len) : 0);
        return o + named;
    }
    return 0;
}

size_t mnt_page_head(const struct mnt_doc *d, size_t li, const char *toc,
                     size_t tn, const char *foot, size_t fn, size_t *off,
                     unsigned *no)
{
    *no = 0;
    const struct mnt_line *l = &d->lines[li];
    if (!mnt_page_number_run(d, li))
        return 0;
    size_t o = mnt_page_number_len(l->s, l->len);
    /* pages framed by a running footer may open with a running header
     * too; without the footer, words every page opens with are the
     * header a title follows on no page ("… s møde den Godkendelse af
     * dagsorden 10/11802 …": left to the case numbers' rules) - unless
     * a case handler's name follows the title the contents name
     * (Jammerbugt's "3 <udvalg> Title Name Beslutningstema …") */
    size_t rh = running_head_len(d, li, o), e = 0;
    if (fn == 0 && rh > 0)
        e = page_head_at(d, li, o + rh, 1, toc, tn, foot, fn, off, no);
    if (fn == 0 && rh > 0 && e == 0)
        e = mnt_page_title_alone(l, o + rh, toc, tn, off, no);
    return e > 0 ? e
                 : page_head_at(d, li, fn > 0 ? o + rh : o, 0, toc, tn, foot,
                                fn, off, no);
}

/* The offset past line li's page number and a case type's letter after
 * it (a symbol font's glyph read as a capital: "3 A …", "4 Ø …"), 0 if
 * the page opens with none. Not the pronoun "I" ("5 I forbindelse med
 * …", a page going on with an item's text). */
static size_t letter_after_number(const struct mnt_doc *d, size_t li)
{
    const struct mnt_line *l = &d->lines[li];
    if (page_no(d, li) == 0)
        return 0;
    size_t o = mnt_page_number_len(l->s, l->len);
    if (o + 2 < l->len && ascii_upper(l->s[o]) && l->s[o] != 'I' &&
        l->s[o + 1] == ' ')
        return o + 2;
    if (o + 3 < l->len && (unsigned char)l->s[o] == 0xC3 && l->s[o + 2] == ' ')
        return o + 3; /* Æ, Ø, Å */
    return 0;
}

size_t mnt_page_letter_head(const struct mnt_parser *p, size_t li,
                            const char *foot, size_t fn, size_t *off,
                            unsigned *no)
{
    const struct mnt_doc *d = &p->doc;
    const struct mnt_line *l = &d->lines[li];
    size_t o = letter_after_number(d, li);
    *no = 0;
    if (o == 0 || !mnt_page_number_run(d, li) ||
        !mnt_starts_upper(l->s + o, l->len - o) || running_header(d, li, o))
        return 0;
    /* a letter that types cases, not one page's stray capital: three
     * pages near it open with one */
    size_t pages = 0, from = li > RUN_NEAR ? li - RUN_NEAR : 0;
    for (size_t j = from; j < d->nlines && j <= li + RUN_NEAR; j++)
        pages +=
            d->lines[j].kind == MNT_LINE_TEXT && letter_after_number(d, j) > 0;
    if (pages < 3)
        return 0;
    /* the title ends as a flattened one does: where the contents' entry
     * does, else at the text's first sentence - never in the footer */
    size_t end = footer_at(l, o, foot, fn);
    size_t e = mnt_flat_end(p, l, o);
    if (e > end)
        e = end;
    while (e > o && l->s[e - 1] == ' ')
        e--;
    struct mnt_line t = {.s = l->s + o, .len = e - o};
    if (t.len < 4 || t.len > PAGE_TITLE_MAX || mnt_line_is_prose(&t))
        return 0;
    toc_names(p->toc_text, p->toc_len, t.s, t.len, no);
    *off = o;
    return e;
}
