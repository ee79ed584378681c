/* SPDX-License-Identifier: GPL-2.0-or-later */
/* meetings.c - a file that holds several meetings (a committee's page
 * listing a year's minutes one after another, a blog's monthly archive of
 * minutes posts): where each meeting starts. Conservative: only a header
 * repeated in one shape, with another date each time, each followed by
 * item numbering that starts again at 1, splits a file; a meeting that
 * names other meetings' dates (the next meetings, minutes approved) stays
 * one. */
#include <string.h>

#include "minutes/segment_internal.h"

/* Text lines between a meeting's header and its item 1 (its fields,
 * attendance, an agenda list's title). */
#define HEAD_TO_FIRST 60u
/* Lines after a header searched for its items' numbers: bounds the work
 * on a hostile file of many headers. */
#define HEAD_SCAN_MAX 20000u
/* Bytes of a first word kept as a header's shape. */
#define SHAPE_MAX 24u

struct header {
    size_t line;
    char iso[11];
    char shape[SHAPE_MAX]; /* first word folded, "#day" for a weekday */
    uint8_t styled;        /* a format heading, bold or larger */
};

/* A first word that labels an item's part, never a meeting: "Beslutning
 * i Økonomiudvalget den 3. marts 2020" is a decision in an item's
 * history. */
/* Is t the word w, case folded? */
static int tok_is(const struct mnt_tok *t, const char *w)
{
    return fold_eq(t->s, t->n, w, strlen(w));
}

static int is_section_word(const struct mnt_tok *t)
{
    static const char *const words[] = {"beslutning", "indstilling",
                                        "behandling", "sagsfremstilling",
                                        "protokolbemærkning"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (tok_is(t, words[k]))
            return 1;
    return 0;
}

static int is_weekday(const struct mnt_tok *t)
{
    static const char *const days[] = {"mandag", "tirsdag", "onsdag", "torsdag",
                                       "fredag", "lørdag",  "søndag"};
    for (size_t k = 0; k < sizeof days / sizeof *days; k++)
        if (tok_is(t, days[k]))
            return 1;
    return 0;
}

/* The date of a header printed on the line under it ("Referat af møde i
 * Klima- og Planudvalget" / "Den 09.01.2020 kl. 13:00 i …", "Torsdag den
 * 17. januar 2019", "Dato: 17.01.2019"): the next text line (a blank
 * between allowed) opens with a weekday, "den", a date field's name or
 * the date itself. 1 with iso filled, else 0. */
static int date_below(const struct mnt_doc *d, size_t i, char iso[11])
{
    static const char *const opens[] = {"den", "d", "dato", "mødedato"};
    size_t j = i + 1;
    while (j < d->nlines && j <= i + 2 && d->lines[j].kind == MNT_LINE_BLANK)
        j++;
    if (j >= d->nlines || d->lines[j].kind != MNT_LINE_TEXT)
        return 0;
    const struct mnt_line *l = &d->lines[j];
    if (l->len > MNT_HEADING_MAX || mnt_line_other_date(l))
        return 0;
    struct mnt_tok t;
    size_t k = 0;
    int opened = mnt_line_starts_dated(l->s, l->len);
    if (!opened && mnt_tok_next(l->s, l->len, &k, &t)) {
        opened = is_weekday(&t);
        for (size_t w = 0; w < sizeof opens / sizeof *opens; w++)
            opened |= tok_is(&t, opens[w]);
    }
    return opened && mnt_date_find(l->s, l->len, iso);
}

static unsigned item_number(const struct mnt_line *l);

/* Does line i repeat the title of the numbered heading right above it
 * ("2. Godkendelse af referat fra møde …, den 20.06.2018" over
 * "Godkendelse af referat fra møde …, den 20.06.2018", as First Agenda
 * prints every item)? Then its date is the item's subject's, and the
 * line no meeting's header (an attachments list under the item, "1.
 * Notat …" "2. Kort …", would read as its numbering). */
static int repeats_heading_above(const struct mnt_doc *d, size_t i)
{
    const struct mnt_line *l = &d->lines[i];
    size_t j = i;
    while (j > 0 && d->lines[j - 1].kind != MNT_LINE_TEXT)
        j--;
    if (j == 0)
        return 0;
    const struct mnt_line *h = &d->lines[j - 1];
    return h->len > l->len && item_number(h) > 0 &&
           memcmp(h->s + h->len - l->len, l->s, l->len) == 0 &&
           h->s[h->len - l->len - 1] == ' ';
}

/* Is line i a meeting's header: a short line with a whole date that says
 * it heads minutes ("Mødereferat 30. november 2015", "Referat fra mødet
 * den 3. marts 2019") or that the format styled as a heading ("Mandag den
 * 14. januar 2019" as h2), or a line that says so over its date
 * (date_below())? A dated row, a stamp, the next meeting, a numbered line
 * are none. */
static int header_at(const struct mnt_doc *d, size_t i, struct header *h)
{
    const struct mnt_line *l = &d->lines[i];
    if (l->kind != MNT_LINE_TEXT || l->no == 0 || l->cut ||
        l->len > MNT_HEADING_MAX || l->len == 0 || repeats_heading_above(d, i))
        return 0;
    if (mnt_digit(l->s[0]) || mnt_line_starts_dated(l->s, l->len) ||
        mnt_line_other_date(l))
        return 0;
    uint8_t styled = l->level > 0 || l->bold || l->big;
    int says = mnt_line_is_minutes_heading(l);
    if (!styled && !says)
        return 0;
    if (!mnt_date_find(l->s, l->len, h->iso) &&
        !(says && date_below(d, i, h->iso)))
        return 0;
    struct mnt_tok t;
    size_t k = 0;
    if (!mnt_tok_next(l->s, l->len, &k, &t) || is_section_word(&t))
        return 0;
    if (is_weekday(&t))
        strcpy(h->shape, "#day");
    else if (fold_str(t.s, t.n, h->shape, sizeof h->shape, NULL) == 0)
        return 0;
    h->line = i;
    h->styled = styled;
    return 1;
}

/* The number a line opens with as an item's heading ("1. Titel", "2:",
 * "3) Titel", " 1." alone, "• 4. Titel"), or the format's list number of
 * a list item that prints none; 0 if none. A title opens with a capital:
 * "1. at indstillingen tiltrædes" is a recommendation's point. */
static unsigned item_number(const struct mnt_line *l)
{
    if (l->kind != MNT_LINE_TEXT || l->len > MNT_HEADING_MAX)
        return 0;
    size_t i = mnt_skip_sp(l->s, l->len, 0);
    if (l->len - i >= 3 && memcmp(l->s + i, "\xE2\x80\xA2", 3) == 0)
        i = mnt_skip_sp(l->s, l->len, i + 3);
    /* "Punkt 3: Titel": a region's or a flipping book's heading */
    size_t pk = fold_prefix(l->s + i, l->len - i, "Punkt");
    if (pk > 0 && i + pk < l->len && l->s[i + pk] == ' ')
        i = mnt_skip_sp(l->s, l->len, i + pk);
    unsigned v = 0;
    size_t k = mnt_read_num(l->s, l->len, i, 3, &v);
    if (k == 0)
        return l->list && l->list_no > 0 && mnt_starts_upper(l->s, l->len)
                   ? l->list_no
                   : 0;
    i += k;
    if (i < l->len && (l->s[i] == '.' || l->s[i] == ')' || l->s[i] == ':'))
        i++;
    else if (i < l->len && l->s[i] != ' ')
        return 0;
    if (i == l->len)
        return v; /* "1." alone, its title below */
    if (l->s[i] != ' ')
        return 0; /* "3.6.22", "7.1 Underpunkt" */
    i = mnt_skip_sp(l->s, l->len, i);
    if (i == l->len || mnt_is_month(l->s + i, l->len - i) ||
        !mnt_starts_upper(l->s + i, l->len - i))
        return 0; /* "12. marts 2019": a date */
    return v;
}

/* The items of the meeting headed at line a (up to line b) as its
 * numbered lines show them: its first numbered line, close under the
 * header, in *first, the last number that goes on in sequence from it in
 * *last (a list in an item, "1. …" "2. …", goes on from nothing); how many
 * numbered lines there are, 0 if none stands close under the header. */
static size_t numbering(const struct mnt_doc *d, size_t a, size_t b,
                        unsigned *first, unsigned *last)
{
    size_t text = 0, seen = 0;
    if (b - a > HEAD_SCAN_MAX)
        b = a + HEAD_SCAN_MAX;
    for (size_t i = a + 1; i < b; i++) {
        text += d->lines[i].kind == MNT_LINE_TEXT;
        unsigned v = item_number(&d->lines[i]);
        if (v == 0) {
            if (seen == 0 && text > HEAD_TO_FIRST)
                return 0;
            continue;
        }
        if (seen++ == 0)
            *first = *last = v;
        else if (v == *last + 1)
            *last = v;
    }
    return seen;
}

/* Does the header at line i stand apart as a heading: a blank line (or
 * nothing) above it and no full stop at its end? A sentence in an item
 * naming later minutes ("Referat fra mødet den 10. januar lægges her.")
 * does not. */
static int stands_apart(const struct mnt_doc *d, size_t i)
{
    const struct mnt_line *l = &d->lines[i];
    if (l->len > 0 && l->s[l->len - 1] == '.')
        return 0;
    return i == 0 || d->lines[i - 1].kind != MNT_LINE_TEXT;
}

/* Of the headers of one shape (hs[0..n), in line order): how many start
 * a meeting of their own - a date unlike the previous one's (a page's
 * agenda and its minutes of one meeting share it) and numbering that
 * starts again or goes on from the meeting before - written over hs. */
static size_t keep_meetings(const struct mnt_doc *d, struct header *hs,
                            size_t n)
{
    size_t kept = 0;
    unsigned prev_last = 0;
    for (size_t k = 0; k < n; k++) {
        size_t end = k + 1 < n ? hs[k + 1].line : d->nlines;
        if (kept > 0 && strcmp(hs[kept - 1].iso, hs[k].iso) == 0)
            continue;
        unsigned first = 0, last = 0;
        if (numbering(d, hs[k].line, end, &first, &last) < 2)
            continue;
        /* numbering that starts again at 1, or that goes on from the
         * meeting before under a later date (a year's book numbering its
         * items over the year, its header standing apart; a quoted older
         * minutes' heading in an item has an earlier date) */
        int goes_on = kept > 0 && prev_last > 0 && first == prev_last + 1 &&
                      strcmp(hs[k].iso, hs[kept - 1].iso) > 0 &&
                      stands_apart(d, hs[k].line);
        if (first != 1 && !goes_on)
            continue;
        hs[kept++] = hs[k];
        prev_last = last;
    }
    return kept;
}

size_t mnt_meeting_starts(const struct mnt_doc *d, size_t *starts,
                          char (*dates)[11], size_t max)
{
    struct header all[MNT_MEETINGS_MAX * 4], best[MNT_MEETINGS_MAX * 4];
    size_t nall = 0, nbest = 0;
    for (size_t i = 0; i < d->nlines && nall < sizeof all / sizeof *all; i++)
        nall += header_at(d, i, &all[nall]);
    /* one shape at a time: the repeated header is the page's own, so a
     * list of other meetings in another shape never splits it */
    for (size_t a = 0; a < nall; a++) {
        int first = 1;
        for (size_t b = 0; b < a && first; b++)
            first = strcmp(all[b].shape, all[a].shape) != 0 ||
                    all[b].styled != all[a].styled;
        if (!first)
            continue;
        struct header hs[MNT_MEETINGS_MAX * 4];
        size_t n = 0;
        for (size_t b = a; b < nall; b++)
            if (strcmp(all[b].shape, all[a].shape) == 0 &&
                all[b].styled == all[a].styled)
                hs[n++] = all[b];
        n = keep_meetings(d, hs, n);
        if (n >= 2 && n > nbest) {
            memcpy(best, hs, n * sizeof *hs);
            nbest = n;
        }
    }
    if (nbest < 2)
        return 0;
    if (nbest > max)
        nbest = max;
    for (size_t k = 0; k < nbest; k++) {
        starts[k] = best[k].line;
        memcpy(dates[k], best[k].iso, 11);
    }
    return nbest;
}
