/* SPDX-License-Identifier: GPL-2.0-or-later */
/* hosting.c - a document-hosting site's page around a transcript: its
 * list of other documents ("Relaterede dokumenter", with other meetings'
 * dates and councils that are not this meeting's) and where the
 * transcript itself starts ("Transkript" after the file's size). Split
 * from meeting_date.c; the date, council and untitled-item rules skip
 * what these say. */
#include <stddef.h>
#include <string.h>

#include "minutes/minutes_internal.h"

#define OTHER_DOCS_MAX      40u /* lines of a list of other documents at most */
#define TRANSCRIPT_HEAD_MAX 24u /* lines of a hosting site's head at most */

/* Line i opens a transcript's first page: "1 Åben referat Ældrerådet
 * Mødedato: …", the page number 1 and text, and the next text line
 * (blank lines apart) is page 2: "2" alone (an empty page) or "2 " and
 * text. A hosting site's mobile page prints no "Transkript" between its
 * list of other documents and the pages; the list ends there. */
static int transcript_page_one(const struct mnt_doc *d, size_t i, size_t lim)
{
    const struct mnt_line *l = &d->lines[i];
    if (l->kind != MNT_LINE_TEXT || l->len < 4 || l->s[0] != '1' ||
        l->s[1] != ' ' || l->s[2] == ' ' || mnt_digit(l->s[2]))
        return 0;
    size_t j = i + 1;
    while (j < lim && d->lines[j].kind == MNT_LINE_BLANK)
        j++;
    if (j >= lim || d->lines[j].kind != MNT_LINE_TEXT)
        return 0;
    const struct mnt_line *n = &d->lines[j];
    return n->len >= 1 && n->s[0] == '2' && (n->len == 1 || n->s[1] == ' ');
}

/* "Relaterede dokumenter" on a document-hosting site: a list of other
 * meetings' documents, often with labelled dates ("Møde i Ældrerådet
 * Dato: Onsdag den 19. november …"), from the line after it to the
 * transcript ("Transkript", "Transkript:", "Størrelse: px") or to its
 * first page when no "Transkript" heads the pages, which must follow
 * within OTHER_DOCS_MAX lines - or, a list printed after the transcript,
 * to the end of lines[0..lim) when that comes as soon (its titles carry
 * other meetings' full dates: "Byrådet Beslutningsprotokol. 24.
 * september 2007 - kl. 17:00 …"). Sets [*a, *b), empty when there is
 * none. */
void mnt_other_docs(const struct mnt_doc *d, size_t lim, size_t *a, size_t *b)
{
    static const char *const heads[] = {"relaterede dokumenter",
                                        "lignende dokumenter"};
    static const char *const ends[] = {"transkript", "transskription",
                                       "størrelse: px"};
    *a = *b = 0;
    for (size_t i = 0; i < lim; i++) {
        const struct mnt_line *l = &d->lines[i];
        int head = 0;
        for (size_t k = 0; l->kind == MNT_LINE_TEXT && k < 2; k++)
            head |= fold_eq(l->s, l->len, heads[k], strlen(heads[k]));
        for (size_t j = i + 1; head && j < lim && j <= i + OTHER_DOCS_MAX;
             j++) {
            if (transcript_page_one(d, j, lim)) {
                *a = i + 1, *b = j;
                return;
            }
            for (size_t k = 0; k < sizeof ends / sizeof *ends; k++)
                if (fold_eq(d->lines[j].s,
                            d->lines[j].len -
                                (d->lines[j].len > 0 &&
                                 d->lines[j].s[d->lines[j].len - 1] == ':'),
                            ends[k], strlen(ends[k]))) {
                    *a = i + 1, *b = j;
                    return;
                }
        }
        if (head && i + OTHER_DOCS_MAX >= lim) {
            *a = i + 1, *b = lim;
            return;
        }
    }
}

/* Line l is a hosting site's mark above a transcript's pages:
 * "Transkript", "Transkript:", "TRANSCRIPT". */
int mnt_transcript_mark(const struct mnt_line *l)
{
    if (l->kind != MNT_LINE_TEXT || l->len == 0)
        return 0;
    size_t n = l->len - (l->s[l->len - 1] == ':');
    return fold_eq(l->s, n, "transkript", 10) ||
           fold_eq(l->s, n, "transcript", 10);
}

/* Does s[0..n) open with the words of t[0..tn), white space runs read as
 * one space? */
static int opens_with_words(const char *s, size_t n, const char *t, size_t tn)
{
    size_t i = 0, k = 0;
    while (k < tn) {
        if (i >= n)
            return 0;
        if (t[k] == ' ' && s[i] == ' ') {
            while (k < tn && t[k] == ' ')
                k++;
            while (i < n && s[i] == ' ')
                i++;
            continue;
        }
        if (t[k] != s[i])
            return 0;
        i++, k++;
    }
    return i == n || s[i] == ' ';
}

/* The next text line after line i with only blank lines between, or
 * d->nlines: unlike mnt_next_text() it never steps over a footer or a
 * page header, the end of the transcript's first page. */
static size_t next_on_page(const struct mnt_doc *d, size_t i)
{
    while (++i < d->nlines && d->lines[i].kind == MNT_LINE_BLANK)
        ;
    return i < d->nlines && d->lines[i].kind == MNT_LINE_TEXT ? i : d->nlines;
}

/* The transcript's mark at line m under the file's one line of text
 * above it, t, which its first page opens with ("1.      Status på
 * puljer" / "Transkript" / "1 1.      Status på puljer … Sagsnr. …"): a
 * document site titles a file by its first words, so a PDF opening with
 * item 1's heading (a publishing system's item pages) has that heading
 * for a title, which is no heading of its own. The page may be cut at
 * its headings already (mnt_split_inline(): "1", "1.      Status …"). */
static int title_opens_page_one(const struct mnt_doc *d, size_t t, size_t m)
{
    const struct mnt_line *tl = &d->lines[t];
    size_t j = next_on_page(d, m);
    if (j >= d->nlines || tl->len < 8)
        return 0;
    const struct mnt_line *pl = &d->lines[j];
    if (pl->len == 0 || pl->s[0] != '1')
        return 0;
    if (pl->len == 1) { /* the page's number, cut off */
        if ((j = next_on_page(d, j)) >= d->nlines)
            return 0;
        return opens_with_words(d->lines[j].s, d->lines[j].len, tl->s, tl->len);
    }
    return pl->s[1] == ' ' &&
           opens_with_words(pl->s + 2, pl->len - 2, tl->s, tl->len);
}

size_t mnt_transcript_start(const struct mnt_doc *d)
{
    int head = 0;
    size_t texts = 0, first = 0;
    for (size_t i = 0; i < d->nlines && i < TRANSCRIPT_HEAD_MAX; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT || l->len == 0)
            continue;
        if (head && mnt_transcript_mark(l))
            return i;
        if (texts == 1 && mnt_transcript_mark(l) &&
            title_opens_page_one(d, first, i))
            return i;
        if (texts++ == 0)
            first = i;
        head |= fold_eq(l->s, l->len, "størrelse: px", 14) ||
                fold_prefix(l->s, l->len, "Download \"") > 0;
    }
    return 0;
}
