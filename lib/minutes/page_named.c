/* SPDX-License-Identifier: GPL-2.0-or-later */
/* page_named.c - for page_heads.c: a transcript's item pages under a
 * running header and no footer, each a title the contents name, the
 * case handler's name, then the first section (Jammerbugt's "3
 * <udvalg> Orientering fra formanden Hanne Storgaard Beslutningstema
 * …"), a closed item's page its title alone. Split from page_heads.c,
 * which had grown to 600 lines. */
#include <string.h>

#include "minutes/segment_internal.h"
#include "minutes/segment_titles.h"

#define NAME_WORDS_MAX  3u   /* words of a case handler's name */
#define ALONE_TITLE_MAX 150u /* a closed item's title on its page */

int mnt_case_number_last(const char *t, size_t n)
{
    size_t w = n, slash = 0;
    while (w > 0 && t[w - 1] != ' ')
        w--;
    for (size_t k = w; k < n; k++) {
        if (t[k] == '/')
            slash++;
        else if (!mnt_digit(t[k]) && t[k] != '-')
            return 0;
    }
    return slash > 0 && w < n && mnt_digit(t[w]) && mnt_digit(t[n - 1]);
}

/* Does toc[0..tn) hold t[0..n) as whole words? */
static int toc_holds(const char *toc, size_t tn, const char *t, size_t n)
{
    for (size_t q = 0; toc != NULL && q + n <= tn; q++)
        if ((q == 0 || toc[q - 1] == ' ') &&
            (q + n == tn || toc[q + n] == ' ') && memcmp(toc + q, t, n) == 0)
            return 1;
    return 0;
}

size_t mnt_name_after_title(const char *toc, size_t tn, const char *t, size_t n)
{
    if (toc_holds(toc, tn, t, n))
        return n;
    size_t e = n;
    for (size_t words = 1; words <= NAME_WORDS_MAX; words++) {
        size_t w = e;
        while (w > 0 && t[w - 1] != ' ')
            w--;
        if (w < 9 || !mnt_starts_upper(t + w, e - w))
            return n;
        for (size_t k = w; k < e; k++)
            if (mnt_digit(t[k]) || t[k] == '.' || t[k] == ',')
                return n;
        e = w - 1;
        /* a name is two words or more: "Kirkevej" alone may be the
         * contents' title's last word lost */
        if (words >= 2 && toc_holds(toc, tn, t, e))
            return e;
    }
    return n;
}

int mnt_section_or_theme_at(const char *s, size_t n)
{
    /* "Beslutningstema" (the question put) opens Jammerbugt's items
     * after the case handler's name, its text capitalised after it */
    static const char theme[] = "Beslutningstema ";
    size_t m = sizeof theme - 1;
    return mnt_section_word_at(s, n) ||
           (fold_prefix(s, n, theme) > 0 && m < n &&
            mnt_starts_upper(s + m, n - m));
}

size_t mnt_page_title_alone(const struct mnt_line *l, size_t o, const char *toc,
                            size_t tn, size_t *off, unsigned *no)
{
    static const char back[] = " Tilbage til toppen";
    size_t e = l->len, bn = sizeof back - 1;
    if (e >= o + bn && memcmp(l->s + e - bn, back, bn) == 0)
        e -= bn;
    struct mnt_line t = {.s = l->s + o, .len = e > o ? e - o : 0};
    if (t.len < 8 || t.len > ALONE_TITLE_MAX || mnt_line_is_prose(&t) ||
        !mnt_starts_upper(t.s, t.len) || !toc_holds(toc, tn, t.s, t.len))
        return 0;
    *no = mnt_toc_number(toc, tn, t.s, t.len);
    *off = o;
    return e;
}
