/* SPDX-License-Identifier: GPL-2.0-or-later */
/* flat_toc_text.c - where a table of contents flattened into one line
 * starts (mnt_flat_toc_text): after its mark ("Indholdsfortegnelse",
 * "Sagsoversigt", an invitation's "følgende dagsorden:"), in the
 * transcript's own pages before a hosting page's head. Split from
 * flat_toc.c, which reads the entries, when that grew past 600 lines. */
#include <string.h>

#include "minutes/segment_internal.h"

/* The contents' text after a mark in text lines [from, to) (see
 * mnt_flat_toc_text()), NULL if none; rows counts the long lines before
 * from. */
static const char *toc_text_in(const struct mnt_doc *d, size_t from, size_t to,
                               size_t rows, size_t *n)
{
    /* mnt_flat_toc's marks (the word also in capitals), and the
     * contents table's column heads "Sag nr.: Emne:" where a first page
     * prints no word for its contents (Skive's udvalg minutes) */
    static const char *const marks[] = {
        "Følgende sager behandles", "Pkt. Tekst Side", "Sagsoversigt",
        "Indholdsfortegnelse", "INDHOLDSFORTEGNELSE", "Sag nr.: Emne",
        /* KL's KKR referat: the contents' first entry is the list of
         * attendees, the contents' own heading is lost */
        "Deltagerfortegnelse",
        /* a contents with no word of its own, headed by its open part
         * (Jammerbugt's "Punkter på åbent møde: 47. Title Title …") */
        "Punkter på åbent møde:",
        /* an invitation's list on its first page ("… 4300 Holbæk Med
         * følgende dagsorden: 1. Title Title …"), the contents of a
         * transcript whose pages carry the items; in the first three
         * long lines only (the title, a download line, the first page:
         * the last mark), not an item's own list */
        "følgende dagsorden:"};
    size_t nmarks = sizeof marks / sizeof *marks;
    if (rows > 3)
        nmarks--;
    for (size_t i = from; i < to; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT || l->len < 80) /* entries in a row */
            continue;
        if (rows++ == 3)
            nmarks--;
        for (size_t m = 0; m < nmarks; m++) {
            size_t ml = strlen(marks[m]);
            for (size_t k = 0; k + ml <= l->len; k++)
                if (memcmp(l->s + k, marks[m], ml) == 0) {
                    *n = l->len - k - ml;
                    return l->s + k + ml;
                }
        }
    }
    return NULL;
}

const char *mnt_flat_toc_text(const struct mnt_doc *d, size_t *n)
{
    /* a hosting page's head may name the contents in the document's
     * title ('Download "Indholdsfortegnelse Byrådet 11-10-2010. Sidenr.
     * …"'): the transcript's own contents page comes first, the head
     * only when the transcript holds no mark */
    size_t start = mnt_transcript_start(d), rows = 0;
    for (size_t i = 0; i < start; i++)
        rows += d->lines[i].kind == MNT_LINE_TEXT && d->lines[i].len >= 80;
    const char *t = toc_text_in(d, start, d->nlines, rows, n);
    return t != NULL ? t : toc_text_in(d, 0, start, 0, n);
}
