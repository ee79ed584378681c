/* SPDX-License-Identifier: GPL-2.0-or-later */
/* running_head.c - a PDF transcript's running head: the line a page opens
 * with under the footer of the page before (`Side 3 af 9` / `Teknisk
 * Udvalg 04.09.2024`, `SKOVBY KOMMUNE Dagsorden`, a logo's `Skovby
 * Kommune`), the same on every page. Left as text it is read as the
 * title of a heading whose title stands on the next page (`Punkt: 4` /
 * `Side 2` / `Skovby Kommune` / `Title`). For lines.c. */
#include <stdlib.h>
#include <string.h>

#include "core/fold.h"
#include "minutes/segment_internal.h"

#define HEAD_GAP   3   /* blank lines between a footer and the head */
#define HEAD_MAX   120 /* a head is one short line */
#define LETTERHEAD 15  /* the first page's letterhead stands in these lines */

/* A footer that names the page (`Side 2`, `Side 2 af 9`, `Sidenr. 2`),
 * not a bare number: a lone `5` over a title may be an item's number. */
static int worded_footer(const struct mnt_line *l)
{
    return l->kind == MNT_LINE_FOOTER && l->len > 0 && !mnt_digit(l->s[0]);
}

/* The line a page opens with after footer line i, or d->nlines. */
static size_t head_after(const struct mnt_doc *d, size_t i)
{
    for (size_t k = i + 1; k < d->nlines && k <= i + 1 + HEAD_GAP; k++) {
        if (d->lines[k].kind == MNT_LINE_BLANK)
            continue;
        return d->lines[k].kind == MNT_LINE_TEXT ? k : d->nlines;
    }
    return d->nlines;
}

/* Could the line be an item's heading repeated at the top of its page
 * (`Punkt 4: Title`, `4. Title`, `Pkt. 4`), or the section a template
 * opens each item's page with (`Resumé`)? Those are left to the heading
 * rules: a running head names the meeting, not an item. */
static int heading_like(const struct mnt_line *l)
{
    if (mnt_section_word_at(l->s, l->len))
        return 1;
    static const char *const labels[] = {"Punkt ", "Pkt", "Sag ", "Ad ",
                                         "Nr. ",   "•",   "-"};
    if (mnt_digit(l->s[0]))
        return 1;
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
        size_t n = strlen(labels[i]);
        if (l->len >= n && memcmp(l->s, labels[i], n) == 0)
            return 1;
    }
    return 0;
}

/* Does the line name the meeting as running heads do: its date, its
 * council or municipality (`…udvalget`, `…rådet`, `Skovby Kommune`,
 * `Region …`), the document (`Dagsorden`, `Referat`), or all in
 * capitals? A page opening with an item's section (`Tidligere
 * behandling`, `Indhold`) names none of them. */
static int names_meeting(const struct mnt_line *l)
{
    static const char *const words[] = {"udvalg",  "råd",        "kommune",
                                        "region",  "bestyrelse", "dagsorden",
                                        "referat", "protokol",   "magistrat"};
    char iso[11];
    if (mnt_date_find(l->s, l->len, iso))
        return 1;
    int lower = 0;
    for (size_t i = 0; i < l->len; i++) {
        lower |= l->s[i] >= 'a' && l->s[i] <= 'z';
        if (((unsigned char)l->s[i] & 0xC0) == 0x80)
            continue;
        for (size_t k = 0; k < sizeof words / sizeof *words; k++)
            if (fold_prefix(l->s + i, l->len - i, words[k]) > 0)
                return 1;
    }
    return !lower;
}

static int same_line(const struct mnt_line *a, const struct mnt_line *b)
{
    return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
}

/* Mark as noise the heads that open two or more pages after a worded
 * footer, when the text prints them nowhere else but in the first page's
 * letterhead (kept: the council and date readers want it). */
void mnt_mark_running_heads(struct mnt_doc *d)
{
    size_t *heads = malloc(d->nlines * sizeof *heads);
    unsigned char *run = calloc(d->nlines, 1);
    size_t nh = 0;
    if (heads == NULL || run == NULL) {
        free(heads), free(run);
        return;
    }
    for (size_t i = 0; i < d->nlines; i++) {
        if (!worded_footer(&d->lines[i]))
            continue;
        size_t h = head_after(d, i);
        if (h < d->nlines && d->lines[h].len <= HEAD_MAX &&
            !heading_like(&d->lines[h]) && names_meeting(&d->lines[h]))
            heads[nh++] = h;
    }
    for (size_t a = 0; a < nh; a++) {
        const struct mnt_line *l = &d->lines[heads[a]];
        size_t after = 0, all = 0;
        for (size_t b = 0; b < nh; b++)
            after += same_line(l, &d->lines[heads[b]]);
        for (size_t k = LETTERHEAD; k < d->nlines && all <= after; k++)
            all +=
                d->lines[k].kind == MNT_LINE_TEXT && same_line(l, &d->lines[k]);
        run[heads[a]] = after >= 2 && all <= after;
    }
    for (size_t a = 0; a < nh; a++)
        if (run[heads[a]])
            d->lines[heads[a]].kind = MNT_LINE_NOISE;
    free(heads);
    free(run);
}
