/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_row.c - a school board's agenda table (an Aula page's `Dagsorden
 * | Tid | Punkt | Referat`): the item's number in a paragraph of its own
 * in the row's first cell, after it in brackets who brings the item in
 * ("Pkt. 3 (Malou)"), the title the cell's next paragraph; the cell's
 * last paragraph runs into the row's other cells (time slot, kind,
 * minutes) on one line, a tab between each (round `ij`). */
#include <string.h>

#include "minutes/segment_internal.h"

/* Words in brackets after a number that say the item's kind or status,
 * not who brings it in. */
static int kind_word(const char *s, size_t n)
{
    static const char *const words[] = {
        "Lukket",    "Åben",        "Åbent",        "Udgår",
        "Udsat",     "Fortrolig",   "Beslutning",   "Orientering",
        "Drøftelse", "Godkendelse", "Efterretning", "Punkt",
        "Sag",       "Bilag",       "Fortsat",      "Tema"};
    return fold_among(s, n, words, sizeof words / sizeof *words);
}

/* Is s[0..n) only a person's first name or two in brackets ("(Malou)",
 * "(Anne Marie)"): capitalised words of letters, no kind or status? */
static int presenter_only(const char *s, size_t n)
{
    while (n > 0 && s[n - 1] == ' ')
        n--;
    if (n < 4 || n > 40 || s[0] != '(' || s[n - 1] != ')')
        return 0;
    size_t i = 1, words = 0;
    while (i < n - 1) {
        size_t w = i;
        while (w < n - 1 && s[w] != ' ')
            w++;
        /* a capital, then lower-case letters (not initials, "(B)") */
        if (w - i < 2 || !mnt_starts_upper(s + i, w - i) ||
            kind_word(s + i, w - i) || ++words > 2)
            return 0;
        for (size_t k = i + 1; k < w; k++) {
            unsigned char ch = (unsigned char)s[k];
            if (ch < 0x80 && !(ch >= 'a' && ch <= 'z') && ch != '-')
                return 0;
        }
        i = w + 1;
    }
    return words > 0;
}

size_t mnt_row_title_len(const struct mnt_line *l)
{
    const char *tab =
        l->kind == MNT_LINE_TEXT ? memchr(l->s, '\t', l->len) : NULL;
    if (tab == NULL)
        return 0;
    struct mnt_line cut = *l;
    cut.len = (size_t)(tab - l->s);
    while (cut.len > 0 && cut.s[cut.len - 1] == ' ')
        cut.len--;
    return cut.len > 0 && mnt_line_opens_title(&cut) ? cut.len : 0;
}

int mnt_presenter_heading(const struct mnt_doc *d, const struct mnt_cand *c,
                          size_t end)
{
    const struct mnt_line *l = &d->lines[c->line];
    if (c->title_off >= l->len ||
        !presenter_only(l->s + c->title_off, l->len - c->title_off))
        return 0;
    size_t k = mnt_next_text(d, c->line, end, MNT_JOIN_GAP);
    return k < end &&
           (mnt_opens_title(d, k) || mnt_row_title_len(&d->lines[k]) > 0);
}
