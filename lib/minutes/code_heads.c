/* SPDX-License-Identifier: GPL-2.0-or-later */
/* code_heads.c - for inline_split.c and title_fields.c: a committee's
 * case code after every heading ("Godkendelse af dagsorden CHL 36/2008
 * Formanden indstiller …": the committee's letters, the case's running
 * number and its year, Copenhagen's lokaludvalg minutes). A transcript
 * that lost the headings' numbers still prints the code after each
 * title: in a flattened page with no contents, the title before a code
 * the document repeats heads an item. */
#include <string.h>

#include "minutes/segment_internal.h"

/* Bytes of the committee's letters at s: two to five capitals (Æ, Ø, Å
 * too), 0 if none. */
static size_t code_letters(const char *s, size_t n)
{
    size_t caps, i = mnt_caps_run(s, n, 6, &caps);
    return caps >= 2 && caps <= 5 ? i : 0;
}

/* "CHL 36/2008 Formanden …": bytes of the code (letters, a space, one to
 * three digits, a slash, a year of the 1900s or 2000s) when a word in
 * capitals or the end follows; 0 if s opens with none. A date ("12/2008"
 * after a month's name) has no letters in capitals before it. */
size_t mnt_committee_case_at(const char *s, size_t n)
{
    size_t i = code_letters(s, n);
    if (i == 0 || i + 7 > n || s[i] != ' ')
        return 0;
    unsigned num, year;
    size_t k = mnt_read_num(s, n, ++i, 3, &num);
    if (k == 0 || (i += k) >= n || s[i] != '/' ||
        mnt_read_num(s, n, i + 1, 4, &year) != 4 || year < 1900 || year > 2099)
        return 0;
    i += 5;
    if (i < n && s[i] != ' ')
        return 0;
    return i == n || mnt_starts_upper(s + i + 1, n - i - 1) ? i : 0;
}

#define CODE_REPEATS 3u /* codes of the same letters: every heading's */

/* The committee's letters of the case codes a flattened document prints
 * CODE_REPEATS times or more (each heading's), in *code; 0 if none. Only
 * the first code's letters are counted: one committee's minutes. */
size_t mnt_repeated_code(const struct mnt_doc *d, const char **code)
{
    size_t len = 0, seen = 0;
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        for (size_t k = 0; k + 8 < l->len; k++) {
            if ((k > 0 && l->s[k - 1] != ' ') ||
                mnt_committee_case_at(l->s + k, l->len - k) == 0)
                continue;
            size_t m = code_letters(l->s + k, l->len - k);
            if (len == 0)
                *code = l->s + k, len = m;
            seen += m == len && memcmp(l->s + k, *code, m) == 0;
        }
    }
    return seen >= CODE_REPEATS ? len : 0;
}

/* Is the colon at s[e - 1] a closed item's mark opening its title
 * ("… Beslutning Intet. Lukket punkt: Salg af areal ved Skovvej Sag nr.
 * 168")? The mark is the title's, no sentence ends at it. */
static int closed_mark(const char *s, size_t e)
{
    static const char *const marks[] = {"lukket punkt:", "lukket sag:"};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t m = strlen(marks[k]);
        if (e >= m && (e == m || s[e - m - 1] == ' ') &&
            fold_prefix(s + e - m, m, marks[k]) == m)
            return 1;
    }
    return 0;
}

/* Does the word ending at s[e - 1] end a sentence: a full stop, colon,
 * question or exclamation mark before a word that opens in capitals (or
 * the end)? "pr. 28. februar" goes on: a number or a word in lower case
 * after the stop. */
static int ends_sentence(const char *s, size_t n, size_t e)
{
    /* strchr() finds the terminator too: a NUL byte is no stop */
    if (e == 0 || s[e - 1] == '\0' || strchr(".:?!", s[e - 1]) == NULL ||
        closed_mark(s, e))
        return 0;
    return e + 1 >= n ||
           !(mnt_digit(s[e + 1]) || mnt_starts_lower(s + e + 1, n - e - 1));
}

#define CODE_TITLE_WORDS 9u /* words of a title before its code */

size_t mnt_title_back_at(const struct mnt_line *l, size_t from, size_t end)
{
    size_t ws[CODE_TITLE_WORDS + 1], nw = 0, w = end + 1;
    int opened = 0; /* the words reach a sentence's end or the piece's start */
    while (nw <= CODE_TITLE_WORDS) {
        if (w <= from + 1 || ends_sentence(l->s, l->len, w - 1)) {
            opened = 1;
            break;
        }
        size_t b = w - 1; /* the space before the word at w */
        while (b > from && l->s[b - 1] != ' ')
            b--;
        /* the page's number opening an uncut line is no title's */
        if (b == 0 && !l->cut && mnt_page_number_len(l->s, l->len) > 0) {
            opened = 1;
            break;
        }
        ws[nw++] = b;
        w = b;
    }
    /* the earliest start: the sentence's end, else a capital after a
     * word in lower case or a year ("… skoletid 2021-2022 Oversigt …") */
    for (size_t k = nw; k-- > 0;) {
        size_t b = ws[k];
        if (k >= CODE_TITLE_WORDS || !mnt_starts_upper(l->s + b, end - b))
            continue;
        int after = k + 1 < nw &&
                    (mnt_starts_lower(l->s + ws[k + 1], end - ws[k + 1]) ||
                     (b >= 2 && mnt_digit(l->s[b - 2])));
        if (!(k + 1 == nw && opened) && !after)
            continue;
        struct mnt_line t = {.s = l->s + b, .len = end - b};
        if (mnt_line_is_prose(&t))
            continue;
        /* "1. Godkendelse …": a numbered heading, inline.c's */
        if (b >= 3 && mnt_digit(l->s[b - 3]) && l->s[b - 2] == '.')
            return (size_t)-1;
        return b;
    }
    return (size_t)-1;
}

size_t mnt_code_head_at(const struct mnt_line *l, size_t from, const char *code,
                        size_t codelen)
{
    for (size_t c = from + 1; c + codelen + 6 < l->len; c++) {
        if (l->s[c - 1] != ' ' || memcmp(l->s + c, code, codelen) != 0 ||
            mnt_committee_case_at(l->s + c, l->len - c) == 0)
            continue;
        size_t b = mnt_title_back_at(l, from, c - 1);
        if (b != (size_t)-1 && b > from)
            return b;
    }
    return 0;
}
