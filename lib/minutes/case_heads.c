/* SPDX-License-Identifier: GPL-2.0-or-later */
/* case_heads.c - items opened by their case file's number, the page
 * printing no title (the herning layout: "Sagsnr.: 27.12.00-G01-199-07
 * Sagsbehandler: …"), as a line of their own (mnt_herning_cand(), for
 * candidates.c's styles) or inside a flattened transcript's page line
 * (mnt_herning_head_at(), for inline.c). */
#include <string.h>

#include "minutes/segment_internal.h"

/* "Sagsnr.: 27.12.00-G01-199-07 Sagsbehandler: …", or the case field
 * as a list's bullet (" • Sagsid.: 17/24410": assens.dk's items are
 * list entries that open with it, the page printing no title), whose
 * bullet the text keeps. */
size_t mnt_herning_key(const struct mnt_line *l)
{
    static const char *const keys[] = {
        "Sagsnr.:", "Sagsnr:",  "Sags nr.:", "Sagsnummer:",
        "Sag nr.:", "Sagsid.:", "Sagsid:"};
    static const char bullet[] = "\xe2\x80\xa2 "; /* "• " */
    size_t b = 0;
    if (l->len > sizeof bullet - 1 &&
        memcmp(l->s, bullet, sizeof bullet - 1) == 0)
        b = mnt_skip_sp(l->s, l->len, sizeof bullet - 1);
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t n = fold_prefix(l->s + b, l->len - b, keys[k]);
        if (n > 0)
            return mnt_skip_sp(l->s, l->len, b + n);
    }
    return 0;
}

/* "… Beslutning Godkendt. Sagsnr.: 06.01.03-P20-4-22 Sagsfremstilling
 * …" at s[i]: a web page whose items print no title but open with
 * their case file's number (the herning layout), flattened into a
 * transcript's page line. The key, a code holding digits and then a
 * section's name head an item, after a sentence's end, the header
 * table's last cell ("| |") or the page's number; a case number quoted in a
 * sentence, a case file's field among others ("Sagsnr.: … Sagsbehandler:") and
 * the fields after a title ("… Kirkevænget Sagsnr.: 18/08817 Beslutningstema",
 * "… J.nr.: A00 Sagsid.: 10/23310 SAGSFREMSTILLING", whose heading is the
 * title's) do not. */
int mnt_herning_head_at(const char *s, size_t n, size_t i)
{
    size_t page = 0; /* "2 Sagsnr.: …": after the page's number */
    while (page < i && mnt_digit(s[page]))
        page++;
    if (i < 2 || s[i - 1] != ' ' ||
        (strchr(".!?|", s[i - 2]) == NULL && page + 1 != i))
        return 0;
    /* "… rentefrit lån på kr. Sagsid.: …": a word of up to three
     * letters before the stop is an abbreviation inside the title */
    size_t w = i - 2;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    if (s[i - 2] == '.' && i - 2 - w <= 3)
        return 0;
    struct mnt_line l;
    memset(&l, 0, sizeof l);
    l.s = s + i;
    l.len = n - i;
    size_t o = mnt_herning_key(&l), e = o, digits = 0;
    if (o == 0)
        return 0;
    for (; e < l.len && l.s[e] != ' '; e++)
        digits += mnt_digit(l.s[e]);
    e = mnt_skip_sp(l.s, l.len, e);
    return digits > 0 && e < l.len && mnt_section_word_at(l.s + e, l.len - e);
}

int mnt_herning_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c)
{
    size_t off = mnt_herning_key(&p->doc.lines[li]);
    if (off == 0)
        return 0;
    c->title_off = off;
    return 1;
}
