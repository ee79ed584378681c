/* SPDX-License-Identifier: GPL-2.0-or-later */
/* html_glue.c - publishing systems (eDoc, Acadre) style classed spans as
 * lines, glued without a blank: where such glued text begins a new block
 * or wants a space; and where a bold run leading a paragraph is a heading
 * of its own (html.c's walker asks). */
#include "core/ascii.h"
#include "extract/readers_internal.h"

/* Upper case: A-Z, Latin-1's À-Þ (Æ, Ø, Å) as UTF-8. */
static int starts_upper(const char *s, size_t n)
{
    unsigned char c = (unsigned char)s[0];
    if (ascii_upper(c))
        return 1;
    return c == 0xC3 && n > 1 && (unsigned char)s[1] >= 0x80 &&
           (unsigned char)s[1] <= 0x9E && (unsigned char)s[1] != 0x97;
}

/* Lower case at the end: a-z, Latin-1's ß-ÿ (æ, ø, å) as UTF-8. */
static int ends_lower(const struct buf *b)
{
    if (b->len == 0)
        return 0;
    unsigned char c = (unsigned char)b->data[b->len - 1];
    if (ascii_lower(c))
        return 1;
    return b->len > 1 && (unsigned char)b->data[b->len - 2] == 0xC3 &&
           c >= 0x9F && c <= 0xBF && c != 0xB7;
}

static int ends_number(const struct buf *b)
{
    return b->len > 0 &&
           (ascii_digit(b->data[b->len - 1]) || b->data[b->len - 1] == '.');
}

static int ends_digit(const struct buf *b)
{
    return b->len > 0 && ascii_digit(b->data[b->len - 1]);
}

/* The block so far is a number alone ("55", " 3."): an item's number
 * span, its title in the next. */
static int only_number(const struct buf *b)
{
    int digit = 0;
    if (b->len > 16)
        return 0; /* an item's number, never a long block: bounded */
    for (size_t i = 0; i < b->len; i++) {
        char c = b->data[i];
        if (ascii_digit(c))
            digit = 1;
        else if (c != '.' && c != ' ' && c != '\t')
            return 0;
    }
    return digit;
}

enum html_glue html_glue_of(const struct buf *text, const char *s, size_t n)
{
    if (n == 0 || !starts_upper(s, n))
        return HTML_GLUE_JOIN;
    if (ends_lower(text) || (ends_digit(text) && !only_number(text)))
        return HTML_GLUE_BREAK; /* "… puljen 2023" "Referat": a title, a
                                   label */
    if (ends_number(text))
        return HTML_GLUE_SPACE; /* "55" "Budget": a number and its title */
    return HTML_GLUE_JOIN;
}

enum html_glue html_glue_after_span(const struct buf *text, const char *s,
                                    size_t n)
{
    /* First Agenda's item heading: the number in a span of its own, the
     * title's text right after it ("38Godkendelse af dagsorden" read as
     * one word); a block of more than the number runs on as ever */
    if (n > 0 && starts_upper(s, n) && ends_number(text) && only_number(text))
        return HTML_GLUE_SPACE;
    return HTML_GLUE_JOIN;
}

/* Blanks: ASCII white space and the no-break space (U+00A0). */
static size_t skip_blank(const char *s, size_t n, size_t i)
{
    for (;;) {
        if (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
                      s[i] == '\r' || s[i] == '\f'))
            i++;
        else if (i + 1 < n && (unsigned char)s[i] == 0xC2 &&
                 (unsigned char)s[i + 1] == 0xA0)
            i += 2;
        else
            return i;
    }
}

int html_bold_lead_splits(const char *s, size_t n, size_t lead)
{
    size_t a = skip_blank(s, n, 0), e = lead, r = skip_blank(s, n, lead);
    while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n'))
        e--;
    if (e <= a || e - a > HTML_LEAD_MAX || r >= n)
        return 0;
    /* "Mødedato:", "Afbud," "Bilag -": a label its value completes */
    char last = s[e - 1];
    if (last == ':' || last == ',' || last == ';' || last == '-')
        return 0;
    int letter = 0, words = 0;
    for (size_t i = a; i < e; i++) {
        unsigned char c = (unsigned char)s[i];
        letter |= ascii_letter(c) || c >= 0xC3;
        words += s[i] == ' ' && i > a && s[i - 1] != ' ';
    }
    return letter && words >= 1 && starts_upper(s + r, n - r);
}
