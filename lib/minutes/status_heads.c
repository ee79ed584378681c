/* SPDX-License-Identifier: GPL-2.0-or-later */
/* status_heads.c - for inline.c and generic.c: a protocol's item head
 * flattened into a transcript's page ("… Godkendt. Åbent punkt
 * Kommunalbestyrelsen den , s.7 Modeller for udbygning af Lyngby
 * Idrætsby. 4 Sagsfremstilling Forvaltningen …", Lyngby-Taarbæk's
 * protocols): the item's status, the running header ending in the page
 * ("s.7"), the title, then the item's own number before its first
 * section. The title comes before the number, so no "N. Title" reading
 * finds it, and the contents lost most of their numbers. */
#include "minutes/segment_internal.h"
#include "minutes/segment_titles.h"

/* the running header between the status and the page: a committee's
 * name and a date the transcript may have lost */
#define HEAD_MAX  80u
#define TITLE_MAX 200u

/* Where the running header's page ("s.7", "s. 12") ends in s[i..n),
 * within HEAD_MAX bytes; 0 if none. */
static size_t page_mark_end(const char *s, size_t n, size_t i)
{
    size_t lim = i + HEAD_MAX < n ? i + HEAD_MAX : n;
    for (size_t k = i + 1; k + 3 < lim; k++) {
        if (s[k - 1] != ' ' || s[k] != 's' || s[k + 1] != '.')
            continue;
        unsigned page;
        size_t d = mnt_skip_sp(s, n, k + 2);
        size_t e = d + mnt_read_num(s, n, d, 3, &page);
        if (e > d && e < n && s[e] == ' ')
            return e;
    }
    return 0;
}

size_t mnt_status_page_head(const char *s, size_t n, size_t i, unsigned *num,
                            size_t *tend)
{
    /* the status as the template prints it, capitalised */
    size_t m = mnt_starts_upper(s + i, n - i)
                   ? mnt_status_before_punkt(s + i, n - i)
                   : 0;
    if (m == 0)
        return 0;
    size_t p = page_mark_end(s, n, i + m + 6); /* after "punkt " */
    if (p == 0)
        return 0;
    size_t t = mnt_skip_sp(s, n, p);
    if (!mnt_starts_title(s + t, n - t))
        return 0;
    /* the title, then " N Sagsfremstilling": a number of its own
     * between words, a section's name after it */
    size_t lim = t + TITLE_MAX < n ? t + TITLE_MAX : n;
    for (size_t k = t + 4; k + 2 < lim; k++) {
        if (s[k - 1] != ' ' || !mnt_digit(s[k]))
            continue;
        unsigned v = 0;
        size_t e = k + mnt_read_num(s, n, k, 3, &v);
        if (e == k || v == 0 || e >= n || s[e] != ' ')
            continue;
        size_t w = mnt_skip_sp(s, n, e);
        if (!mnt_section_word_at(s + w, n - w))
            continue;
        size_t te = k - 1;
        while (te > t && s[te - 1] == ' ')
            te--;
        *num = v;
        *tend = te;
        return t;
    }
    return 0;
}
