/* SPDX-License-Identifier: GPL-2.0-or-later */
/* agenda_titles.c - for titles.c: the agenda list's title for a heading
 * whose line holds none ("Punkt nummer: 2" over its text), or whose line
 * names the subject in other words; the bytes of a heading that are the
 * agenda's title; where an entry's title ends before a sender group's
 * heading its flattened piece ran on into. Apart from agenda.c, which
 * finds the list. */
#include <string.h>

#include "minutes/segment_internal.h"

#define REWORD_WORD 4u /* bytes of a word that names the subject */

/* The next word of s[*i..n) of at least REWORD_WORD bytes (letters,
 * digits; hyphens, commas and stops part words) into *w, *wn; 0 at the
 * end. */
static int long_word(const char *s, size_t n, size_t *i, const char **w,
                     size_t *wn)
{
    while (*i < n) {
        while (*i < n && strchr(" -,.:;()/\t", s[*i]) != NULL)
            (*i)++;
        size_t b = *i;
        while (*i < n && strchr(" -,.:;()/\t", s[*i]) == NULL)
            (*i)++;
        if (*i - b >= REWORD_WORD) {
            *w = s + b, *wn = *i - b;
            return 1;
        }
    }
    return 0;
}

/* Does line l name the agenda entry's subject in other words, as a
 * heading's own title ("Handicapdagen 2013 - evaluering" under "Punkt
 * nummer: 2", listed as "Evaluering af Handicapdagen 2013")? A short line
 * with no sentence in it, holding at least two and two thirds of the
 * entry's long words. */
static int reworded(const struct mnt_line *l, const char *a, size_t an)
{
    if (l->len > 2 * an + 20)
        return 0;
    for (size_t k = 0; k + 1 < l->len; k++)
        if (l->s[k] == '.' && l->s[k + 1] == ' ')
            return 0;
    size_t words = 0, found = 0, i = 0, wn;
    const char *w;
    while (long_word(a, an, &i, &w, &wn)) {
        words++;
        size_t j = 0, vn;
        const char *v;
        while (long_word(l->s, l->len, &j, &v, &vn))
            if (fold_eq(v, vn, w, wn)) {
                found++;
                break;
            }
    }
    return found >= 2 && 3 * found >= 2 * words;
}

int mnt_agenda_title_for(const struct mnt_parser *p, const struct mnt_cand *c,
                         const struct mnt_line *next, struct mnt_line *t)
{
    for (size_t k = 0; k < p->agenda.n; k++) {
        const struct mnt_cand *a = &p->agenda.v[k];
        if (a->num != c->num || a->letter != c->letter)
            continue;
        *t = p->doc.lines[a->line];
        mnt_agenda_entry_title(p, a, &t->s, &t->len);
        if (t->len == 0)
            return 0;
        /* the line below repeats the agenda's title, or names its
         * subject in other words: it is the title */
        return p->agenda_by_number || next == NULL ||
               !(mnt_agenda_title_prefix(next->s, next->len, t->s, t->len) ||
                 reworded(next, t->s, t->len));
    }
    return 0;
}

/* Is s[0..n) (spaces around it aside) the heading's own number num,
 * printed after its title in the template's column ("… og bemærkninger
 * 1 Sagsfremstilling …", Lyngby-Taarbæk's protocols), no number the
 * contents lost? */
static int own_number(const char *s, size_t n, unsigned num)
{
    size_t i = mnt_skip_sp(s, n, 0);
    unsigned v = 0;
    size_t d = i;
    while (d < n && mnt_digit(s[d]) && v < 100000)
        v = v * 10 + (unsigned)(s[d++] - '0');
    return d > i && mnt_skip_sp(s, n, d) == n && v == num;
}

size_t mnt_agenda_title_len(const struct mnt_parser *p,
                            const struct mnt_cand *c, const char *s, size_t n)
{
    for (size_t k = 0; k < p->agenda.n; k++) {
        const struct mnt_cand *a = &p->agenda.v[k];
        if (a->num != c->num || a->letter != c->letter)
            continue;
        const char *t;
        size_t tn;
        char want[256];
        mnt_agenda_entry_title(p, a, &t, &tn);
        if (tn < 4 || tn >= sizeof want)
            return 0;
        memcpy(want, t, tn);
        want[tn] = '\0';
        /* an entry that lost its year as if a page's number ("71
         * Ledighedstal september" for the page's "… september 2013
         * 15.00G01 - 2013/00413 Sagsfremstilling"): the heading's own
         * number runs on to its case file */
        size_t m = fold_prefix(s, n, want);
        size_t r = m > 0 ? mnt_title_runs_on(s, n, m) : 0;
        if (r > 0 && !own_number(s + m, r - m, c->num))
            return r;
        /* an entry wrapped in the contents whose last line the
         * transcript lost ("… i Espergærde og tilhørende" for the page's
         * "… og tilhørende stiforbindelse Sagsnr.: …"): the heading's
         * words in lower case run on to its case file's field */
        size_t f = m > 0 ? mnt_title_before_field(s, n) : 0;
        if (f > m + 1 && s[m] == ' ' &&
            mnt_starts_lower(s + m + 1, n - m - 1) &&
            memchr(s + m, '.', f - m) == NULL)
            return f;
        return m;
    }
    return 0;
}

int mnt_agenda_title_before(const struct mnt_parser *p,
                            const struct mnt_cand *c, struct mnt_line *t)
{
    const struct mnt_doc *d = &p->doc;
    const struct mnt_line *l = &d->lines[c->line];
    if (!l->cut || c->line == 0 || c->title_off >= l->len ||
        !mnt_agenda_title_for(p, c, NULL, t) || t->len < 4 ||
        mnt_agenda_title_len(p, c, l->s + c->title_off, l->len - c->title_off) >
            0)
        return 0;
    /* the piece before, cut off the same page, ends with the title */
    const struct mnt_line *b = &d->lines[c->line - 1];
    size_t e = b->len;
    while (e > 0 && b->s[e - 1] == ' ')
        e--;
    if (b->kind != MNT_LINE_TEXT || b->no != l->no || e <= t->len ||
        b->s[e - t->len - 1] != ' ' ||
        memcmp(b->s + e - t->len, t->s, t->len) != 0)
        return 0;
    return 1;
}

/* "… 46. Skybrudssikring af Frederiksberg Allé Fra Magistraten 47. …":
 * an agenda list grouping its entries by the committee that sends them
 * prints the group's heading ("Fra" and up to four words ending in a
 * council noun) between two entries; cut from a flattened page, the
 * entry's piece runs on into it. Where the title ends: before it (a
 * title says "fra" in small letters). */
size_t mnt_sender_head_start(const char *s, size_t n)
{
    size_t w = n;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    char name[MNT_NAME_MAX];
    struct mnt_tok last = {s + w, n - w};
    if (w < 4 || !mnt_council_noun(&last, 0, name))
        return n;
    for (size_t words = 0; w > 1 && words < 4; words++) {
        size_t b = w - 1;
        while (b > 0 && s[b - 1] != ' ')
            b--;
        if (w - 1 - b == 3 && memcmp(s + b, "Fra", 3) == 0)
            return b > 2 ? b - 1 : n;
        w = b;
    }
    return n;
}
