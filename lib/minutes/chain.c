/* SPDX-License-Identifier: GPL-2.0-or-later */
/* chain.c - of a style's heading candidates, keep those that head the
 * items: the best chain numbered in sequence (items with text of their
 * own score, so lists and agendas lose), the "1." printed on every item,
 * or the one style of unnumbered format heading that heads items. */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

#define RESTART_PENALTY 2 /* a list that starts again at 1 */

/* May b follow a? *skip: the penalty for numbers left out. jumps: a
 * loose style may leave out many (council-wide numbering with closed
 * items between, withdrawn items); confidence.c warns of it. */
static int successor(const struct mnt_cand *a, const struct mnt_cand *b,
                     int jumps, int *skip)
{
    *skip = 0;
    if ((jumps & MNT_CHAIN_LISTED) && a->order > 0 && b->order > 0) {
        if (b->order == a->order + 2)
            *skip = MNT_SKIP_PENALTY;
        return b->order == a->order + 1 || *skip > 0;
    }
    if (b->letter == 0) {
        if (b->num == a->num + 1)
            return 1;
        if (a->letter == 0 && b->num == a->num + 2 &&
            !(jumps & MNT_CHAIN_WHOLE))
            *skip = MNT_SKIP_PENALTY;
        else if ((jumps & MNT_CHAIN_JUMPS) && b->num > a->num &&
                 b->num <= a->num + 20)
            *skip = MNT_JUMP_PENALTY;
        /* a page's list broken by a paragraph starts again at 1; a list
         * a line introduces ("… fondene:") is an item's own */
        else if ((jumps & MNT_CHAIN_RESTARTS) && b->num == 1 && a->num > 1 &&
                 b->quality >= 0)
            *skip = RESTART_PENALTY;
        return *skip > 0;
    }
    if (b->num == a->num + 1 && b->letter == 'a')
        return 1;
    if (b->num != a->num)
        return 0;
    return a->letter == 0 ? b->letter == 'a' : b->letter == a->letter + 1;
}

/* Is c a bare number, its title on a line below ("5." / "Titel")? */
static int bare(const struct mnt_parser *p, const struct mnt_cand *c)
{
    return !c->above && c->title_end == 0 &&
           c->title_off >= p->doc.lines[c->line].len;
}

/* Is b, a dotted sub-item ("5.1 Seniormesse" under "5." / "Igangværende
 * sager"), one of the points of its item's text: some of the item's
 * sub-items are printed in another shape than the item's heading - the
 * title inline where the item's stands below, or the other way round? */
static int point_of(const struct mnt_parser *p, const struct mnt_cands *c,
                    const struct mnt_cand *b)
{
    const struct mnt_cand *item = NULL;
    if (!b->dotted || b->letter == 0)
        return 0;
    for (size_t k = 0; k < c->n && item == NULL; k++)
        if (c->v[k].num == b->num && c->v[k].letter == 0 &&
            c->v[k].line < b->line)
            item = &c->v[k];
    /* "… 3. Siden sidst 3.1 Tilgængelighed på stationen Formanden …":
     * cut from one flattened page line, the item's heading holds its
     * title alone and its sub-items follow it: its text's points */
    if (item != NULL &&
        p->doc.lines[item->line].no == p->doc.lines[b->line].no &&
        !mnt_text_after_heading(p, item, b))
        return 1;
    for (size_t k = 0; item != NULL && k < c->n; k++)
        if (c->v[k].num == b->num && c->v[k].dotted && c->v[k].letter != 0 &&
            bare(p, &c->v[k]) != bare(p, item))
            return 1;
    return 0;
}

int mnt_has_text(const struct mnt_parser *p, size_t from, size_t to)
{
    return to > from && p->text_before[to] > p->text_before[from];
}

/* Is b a point of a list in an item's text that numbers its points in
 * another shape than the headings: "1)" … "7)" under "Dagsorden:" in
 * item "1. Møde i havnegruppen" goes on from the list's own "1)", not
 * from the heading. So when a "1)" shaped like b stands above b, after
 * a heading numbered 1 in another shape and the text under it (an
 * agenda list "1. …" "2. …" over headings "1) …" "2) …" has no text
 * between its entries, and its "2." stands before the "1)"). */
static int shaped_list_point(const struct mnt_parser *p,
                             const struct mnt_cands *c,
                             const struct mnt_cand *b)
{
    if (b->letter != 0 || b->num < 2 || b->delim != ')')
        return 0;
    for (size_t k = 0; k < c->n; k++) {
        const struct mnt_cand *l = &c->v[k];
        if (l->num != 1 || l->letter != 0 || l->delim != ')' ||
            l->line >= b->line)
            continue;
        for (size_t h = 0; h < c->n; h++) {
            const struct mnt_cand *a = &c->v[h];
            if (a->num != 1 || a->letter != 0 || a->delim == ')' ||
                a->line >= l->line || !mnt_has_text(p, a->line + 1, l->line))
                continue;
            int two = 0;
            for (size_t m = 0; m < c->n && !two; m++)
                two = c->v[m].num == 2 && c->v[m].delim == a->delim &&
                      c->v[m].line > a->line && c->v[m].line < l->line;
            if (!two)
                return 1;
        }
    }
    return 0;
}

/* Has the item headed by c text of its own before line `end`? A heading
 * cut out of a flattened page carries its text on its own line. */
int mnt_cand_own_text(const struct mnt_parser *p, const struct mnt_cand *c,
                      size_t end)
{
    const struct mnt_line *l = &p->doc.lines[c->line];
    return mnt_has_text(p, c->line + 1, end) ||
           (l->cut && (l->len > MNT_HEADING_MAX / 2 || mnt_cut_has_text(p, c)));
}

/* Where the text of c->v[i] ends when the chain goes on at c->v[j]: at
 * `end`, or - when the chain leaves out the number between them - at a
 * candidate with that number standing between them. Leaving out "2.
 * Orientering …" earns item 1 no text of its own: that line is the
 * heading left out (an agenda of titles only, nothing between them).
 * So too when the chain goes on at a later line that prints the next
 * number again: "3. Meddelelser" / "4. Kassereren" / "5. Opfølgning"
 * with a sub-list "1." … "4. Grønne områder" in item 5 - chained 3 to
 * that "4.", item 3's text would be the headings passed over. */
static size_t skipped_at(const struct mnt_cands *c, size_t i, size_t j,
                         size_t end)
{
    const struct mnt_cand *a = &c->v[i];
    if (c->v[j].letter != 0 || a->letter != 0 ||
        (c->v[j].num != a->num + 2 && c->v[j].num != a->num + 1))
        return end;
    for (size_t k = i + 1; k < j; k++)
        if (c->v[k].num == a->num + 1 && c->v[k].letter == 0 &&
            c->v[k].line > a->line && c->v[k].line < end)
            return c->v[k].line;
    return end;
}

/* Are a and b numbered alike ("1:" and "2:", not "1:" and "2)")? */
static int same_delim(const struct mnt_cand *a, const struct mnt_cand *b)
{
    return a->delim == b->delim && a->letter == 0 && b->letter == 0;
}

/* How much of two headings' titles must agree for the second to be the
 * first printed again: more than "Godkendelse af " that many items
 * share, less than a flattened page's line. */
#define REPEAT_SAME 24

/* Bytes of the next heading's title looked for after a line's own. */
#define LIST_NEXT_CMP 16u

/* Does the line of candidate a go on, within its first 200 bytes, with
 * the title of a later candidate numbered a->num + 1 ("3 2. Ansøgning om
 * … Kasernevej Udpegning af nye fredskove …" above "5 3. Udpegning af
 * nye fredskove …")? Then it is a list of titles (contents glued onto a
 * page), not a heading. */
static int lists_next_title(const struct mnt_parser *p,
                            const struct mnt_cands *c, const struct mnt_cand *a)
{
    const struct mnt_line *la = &p->doc.lines[a->line];
    for (size_t k = 0; k < c->n; k++) {
        const struct mnt_cand *b = &c->v[k];
        const struct mnt_line *lb = &p->doc.lines[b->line];
        if (b->num != a->num + 1 || b->letter != 0 || b->line <= a->line ||
            lb->len < b->title_off + LIST_NEXT_CMP)
            continue;
        for (size_t q = a->title_off + 1;
             q + LIST_NEXT_CMP <= la->len && q < a->title_off + 200; q++)
            if (la->s[q - 1] == ' ' &&
                memcmp(la->s + q, lb->s + b->title_off, LIST_NEXT_CMP) == 0)
                return 1;
    }
    return 0;
}

/* Is v[i] the same number as v[k] printed again nearer b (k < i), and
 * numbered like b? A list that starts again ("1. Næste møde" in an
 * agenda whose rendered numbering restarted) above the minutes' own
 * "1. Godkendelse af dagsorden" scores alike as 2's predecessor: the
 * heading nearest the next one is the item; the earlier line was the
 * list's. Not a point that goes on from the one before it, nor the
 * same heading printed again. */
static int nearer_repeat(const struct mnt_parser *p, const struct mnt_cands *c,
                         size_t k, size_t i, const struct mnt_cand *b)
{
    if (k == (size_t)-1 || k >= i)
        return 0;
    const struct mnt_cand *a = &c->v[k], *r = &c->v[i];
    /* the heading repeated on the next page ("2. Budgetopfølgning
     * (fortsat)", or a flattened page's "04. Ny model for … Helsingør
     * Kommune har …" over the rest of the item) goes on with the item
     * the first line heads: the two lines agree on the title's first
     * REPEAT_SAME bytes, or on all of the shorter one */
    const struct mnt_line *la = &p->doc.lines[a->line],
                          *lr = &p->doc.lines[r->line];
    size_t na = la->len > a->title_off ? la->len - a->title_off : 0,
           nr = lr->len > r->title_off ? lr->len - r->title_off : 0;
    size_t same = na < nr ? na : nr;
    if (same > REPEAT_SAME)
        same = REPEAT_SAME;
    if (same > 0 &&
        memcmp(la->s + a->title_off, lr->s + r->title_off, same) == 0 &&
        !lists_next_title(p, c, a))
        return 0;
    /* the third point of a list in an item's text ("1. …" "2. …" "3. …"
     * under heading 3) goes on from its own run: not a heading */
    if (c->v[i - 1].letter == 0 && c->v[i - 1].num + 1 == r->num)
        return 0;
    return a->num == r->num && a->letter == r->letter &&
           (same_delim(r, b) || !same_delim(a, b));
}

/* Is c a point of a list its item's text introduces: the text line
 * before it is a sentence of three or more words ending in a colon
 * ("Efter udsendelse af dagsordenen er modtaget følgende til listen:"
 * over "3. Invitation til temadag …"), not a field or a heading's label
 * ("Dagsorden:")? */
static int colon_point(const struct mnt_parser *p, const struct mnt_cand *c)
{
    size_t k = c->line;
    while (k > 0 && p->doc.lines[k - 1].kind != MNT_LINE_TEXT)
        k--;
    if (k == 0 || c->line - k > 3)
        return 0;
    const struct mnt_line *l = &p->doc.lines[k - 1];
    return l->len >= 20 && mnt_colon_intro(l, 3);
}

/* Does the loose chain's jump from c->v[i] to c->v[j] pass over the
 * number right before v[j]'s, printed in v[j]'s shape above v[i]
 * ("Meddelelser" / "Sag nr. 11" over the item's "1." … "3." points,
 * then "Sag nr. 12")? Then v[i] is a point of that item's text, and the
 * jump leaves out the item it stands in. */
static int jumps_over_own_item(const struct mnt_cands *c, size_t i, size_t j)
{
    const struct mnt_cand *a = &c->v[i], *b = &c->v[j];
    if (b->letter != 0 || b->num < 2 || b->num <= a->num + 1)
        return 0;
    for (size_t k = 0; k < i; k++)
        if (c->v[k].num == b->num - 1 && c->v[k].letter == 0 &&
            c->v[k].line < a->line && c->v[k].delim == b->delim &&
            c->v[k].above == b->above && c->v[k].num > a->num)
            return 1;
    return 0;
}

/* Two predecessors give heading b the same score: is c->v[i] the
 * better one than c->v[was] (none yet: (size_t)-1)? */
static int better_tie(const struct mnt_parser *p, const struct mnt_cands *c,
                      size_t was, size_t i, const struct mnt_cand *b)
{
    /* a repeated heading's nearer copy (nearer_repeat says which) */
    if (nearer_repeat(p, c, was, i, b))
        return 1;
    if (was == (size_t)-1)
        return 0;
    const struct mnt_cand *a = &c->v[i], *w = &c->v[was];
    /* the number printed like the one before it wins: "2: Godkendelse …"
     * after "1: Spørgetid …", not the "2) …" point of a question in item
     * 1's text */
    if (same_delim(a, b) && !same_delim(w, b))
        return 1;
    /* so too a heading over a point of a list the text before introduces:
     * "4. Title" after "3. Budget…", not after the "3. Invitation …" added
     * to item 2's list in its decision */
    return a->num == w->num && colon_point(p, w) && !colon_point(p, a);
}

/* Keep the candidates of v[0..n) marked -2 in best[], in order. */
static size_t compact(struct mnt_cands *c, size_t n, const long *best)
{
    size_t k = 0;
    for (size_t j = 0; j < n; j++)
        if (best[j] == -2)
            c->v[k++] = c->v[j];
    c->n = k;
    return k;
}

/* The score of a chain that starts at candidate b, or -1 if none may. */
static long chain_start(const struct mnt_parser *p, const struct mnt_cand *b,
                        int need_one, int jumps)
{
    /* sections belong to items: the first item opens before the
     * first "Beslutning", so a list in a decision starts no chain
     * (a page holding one item, numbered 2, decided in points) */
    /* "1.1 Title" with no "1." above it starts a chain too */
    /* "0. Godkendelse af dagsorden" before "1." starts it as well */
    /* a case's number of the year ("19-001 Title") is no list's point:
     * it starts a chain below the decision of an unnumbered first item
     * (the agenda's approval, "Emne Godkendelse af dagsorden") */
    if ((b->letter == 0 || (b->dotted && b->letter == 'a')) &&
        (b->num <= 1 || !need_one) &&
        (b->line < p->first_section || b->year || (jumps & MNT_CHAIN_PART)))
        return b->quality + (b->num <= 1 ? MNT_START_SCORE : 0);
    return -1;
}

/* Chains through candidate j: its best score over the candidates before
 * it that it may follow, into best[j] and prev[j] (already holding its
 * own start's). */
static void chain_link(const struct mnt_parser *p, const struct mnt_cands *c,
                       size_t j, int jumps, long *best, size_t *prev)
{
    const struct mnt_cand *b = &c->v[j];
    for (size_t i = 0; i < j; i++) {
        int skip;
        if (best[i] < 0 || !successor(&c->v[i], b, jumps, &skip) ||
            point_of(p, c, b) || shaped_list_point(p, c, b) ||
            (skip == MNT_JUMP_PENALTY && jumps_over_own_item(c, i, j)))
            continue;
        /* only a paragraph breaks a list: a list right under an item
         * is its sub-list */
        if (skip == RESTART_PENALTY && !mnt_cand_own_text(p, &c->v[i], b->line))
            continue;
        long s = best[i] + b->quality - skip +
                 (mnt_cand_own_text(p, &c->v[i], skipped_at(c, i, j, b->line))
                      ? MNT_BODY_SCORE
                      : 0);
        if (s > best[j] || (s == best[j] && better_tie(p, c, prev[j], i, b))) {
            best[j] = s;
            prev[j] = i;
        }
    }
}

/* The score of the chain best[j] ending at candidate j: its last item's
 * own text, or a last line with nothing to say. */
static long chain_end(const struct mnt_parser *p, const struct mnt_cands *c,
                      size_t j, int jumps, const long *best, const size_t *prev)
{
    const struct mnt_cand *b = &c->v[j];
    size_t n = c->n, nl = p->doc.nlines;
    /* a last item's text ends where the next number in sequence
     * stands: closed items listed at the end with titles only ("5.
     * Salg af areal", "6. Ekspropriation") are items, not item 5's
     * text */
    size_t end = nl;
    for (size_t k = j + 1; k < n && end == nl; k++) {
        int skip;
        if (successor(b, &c->v[k], jumps, &skip) && skip == 0)
            end = c->v[k].line;
    }
    long fin = best[j] + (mnt_cand_own_text(p, b, end) ? MNT_BODY_SCORE : 0);
    /* the document's last line, in sequence after the chain: an item
     * with nothing to say ("6. Evt." closing a post), not noise */
    if (prev[j] != (size_t)-1 && end == nl && !mnt_cand_own_text(p, b, nl))
        fin += MNT_LAST_SCORE;
    return fin;
}

size_t mnt_best_chain(const struct mnt_parser *p, struct mnt_cands *c,
                      int need_one, int jumps)
{
    size_t n = c->n;
    c->score = 0;
    if (n == 0)
        return 0;
    long *best = malloc(n * sizeof *best);
    size_t *prev = malloc(n * sizeof *prev);
    if (best == NULL || prev == NULL) {
        free(best);
        free(prev);
        c->n = 0;
        return 0;
    }
    long top = -1;
    size_t top_j = 0;
    for (size_t j = 0; j < n; j++) {
        best[j] = chain_start(p, &c->v[j], need_one, jumps);
        prev[j] = (size_t)-1;
        chain_link(p, c, j, jumps, best, prev);
        if (best[j] < 0)
            continue;
        long fin = chain_end(p, c, j, jumps, best, prev);
        if (fin > top) {
            top = fin;
            top_j = j;
        }
    }
    size_t len = 0;
    if (top >= 0) {
        for (size_t j = top_j; j != (size_t)-1 && len < n; j = prev[j], len++)
            best[j] = -2;
        c->score = top;
    }
    c->n = len > 0 ? compact(c, n, best) : 0;
    free(best);
    free(prev);
    return len;
}

int mnt_numbered_chain(const struct mnt_parser *p, struct mnt_cands *c)
{
    if (c->n == 0)
        return ERR_OK;
    struct mnt_cands all;
    if (mnt_cands_copy(c, 0, c->n, &all) != ERR_OK)
        return ERR_NOMEM;
    mnt_best_chain(p, c, 1, 0);
    mnt_handled_first(p, c, &all);
    int rc = mnt_restarted_chain(p, c, &all);
    mnt_hundreds_chain(p, c, &all);
    mnt_closed_gaps(p, c, &all);
    mnt_moved_items(p, c, &all);
    mnt_doubled_items(p, c, &all);
    free(all.v);
    return rc;
}

int mnt_list_chain(const struct mnt_parser *p, struct mnt_cands *c, int whole)
{
    size_t n = mnt_best_chain(
        p, c, 1, MNT_CHAIN_RESTARTS | (whole ? MNT_CHAIN_WHOLE : 0));
    /* a restart goes on counting: 1 2 3, 1 2 -> 1 2 3 4 5 */
    for (size_t k = 1, off = 0; k < n; k++) {
        if (c->v[k].num + off <= c->v[k - 1].num)
            off = c->v[k - 1].num;
        c->v[k].num += (unsigned)off;
    }
    return ERR_OK;
}

/* Score of candidates kept in order: quality plus text of their own. */
long mnt_run_score(const struct mnt_parser *p, const struct mnt_cands *c)
{
    long s = 0;
    for (size_t k = 0; k < c->n; k++) {
        size_t end = k + 1 < c->n ? c->v[k + 1].line : p->doc.nlines;
        s += c->v[k].quality +
             (mnt_cand_own_text(p, &c->v[k], end) ? MNT_BODY_SCORE : 0);
    }
    return s;
}

/* Does candidate j of c follow j - 1 as the next point of a list (no
 * more than two text lines between: a point may wrap)? */
static int list_point(const struct mnt_parser *p, const struct mnt_cands *c,
                      size_t j)
{
    return j > 0 && j < c->n && c->v[j].num == c->v[j - 1].num + 1 &&
           p->text_before[c->v[j].line] -
                   p->text_before[c->v[j - 1].line + 1] <=
               2;
}

/* Is line li, in plain type, the small print under a table's column
 * captions (an Aula page's header row "DAGSORDEN" / "Formål og
 * uddybning" / "Referat", each caption over a line of explanation, the
 * row's cells joined by tabs: "Hvad? Hvorfor? Hvordan?<TAB>Referat" over
 * "Beslutninger")? It explains a column, so it introduces no list: the
 * row under the captions is the first item's, its "1." the first
 * heading. A section's name set as such (bold, a heading) still does. */
static int column_caption(const struct mnt_parser *p, size_t li)
{
    const struct mnt_line *l = &p->doc.lines[li];
    if (l->bold || l->level > 0 || l->cell)
        return 0;
    size_t j = li;
    while (j > 0 && p->doc.lines[j - 1].kind == MNT_LINE_BLANK)
        j--;
    if (j == 0)
        return 0;
    const struct mnt_line *row = &p->doc.lines[j - 1];
    return row->kind == MNT_LINE_TEXT &&
           (row->cell || memchr(row->s, '\t', row->len) != NULL);
}

/* Is the line before candidate line `at` (blank lines skipped) a lead-in
 * that opens a list: a sentence ending in a colon ("… indstiller at:"),
 * or a section's bare name ("Beskrivelse af sagen") that is no column's
 * caption? The "1." under it is the list's first point, not a heading
 * printed "1." on every item. */
static int list_lead_in(const struct mnt_parser *p, size_t at)
{
    size_t j = at, len, off;
    while (j > 0 && p->doc.lines[j - 1].kind == MNT_LINE_BLANK)
        j--;
    if (j == 0)
        return 0;
    const struct mnt_line *l = &p->doc.lines[j - 1];
    if (l->kind != MNT_LINE_TEXT || l->len == 0)
        return 0;
    return l->s[l->len - 1] == ':' ||
           (mnt_section_heading(l->s, l->len, &len, &off) && off == l->len &&
            !column_caption(p, j - 1));
}

size_t mnt_ones_chain(const struct mnt_parser *p, struct mnt_cands *c)
{
    c->score = 0;
    size_t k = 0;
    /* a "2." heading says the numbers count; a list's "2." (an attendee
     * list, an indstilling's points) says nothing */
    for (size_t j = 0; j < c->n; j++)
        if (c->v[j].num == 2 && c->v[j].letter == 0 && !list_point(p, c, j))
            return c->n = 0;
    for (size_t j = 0; j < c->n; j++)
        if (c->v[j].num == 1 && c->v[j].letter == 0 &&
            !list_point(p, c, j + 1) && !list_lead_in(p, c->v[j].line)) {
            c->v[k] = c->v[j];
            c->v[k].num = (unsigned)k + 1;
            k++;
        }
    c->n = k;
    /* each must have text before the next, or it is a one-line list */
    for (size_t j = 0; j < k; j++) {
        size_t end = j + 1 < k ? c->v[j + 1].line : p->doc.nlines;
        if (!mnt_has_text(p, c->v[j].line + 1, end))
            return c->n = 0;
    }
    if (k < 3)
        return c->n = 0;
    c->score = mnt_run_score(p, c);
    return k;
}

/* The style key of a styled line: its heading level, else bold (7) or
 * larger (8). */
static unsigned style_key(const struct mnt_line *l)
{
    return l->level > 0 ? l->level : l->bold ? 7u : 8u;
}

size_t mnt_styled_chain(const struct mnt_parser *p, struct mnt_cands *c)
{
    long best_s = 0;
    unsigned best_key = 0;
    c->score = 0;
    for (unsigned key = 1; key <= 8; key++) {
        long s = 0;
        size_t with_text = 0, last = (size_t)-1;
        for (size_t j = 0; j < c->n; j++) {
            if (style_key(&p->doc.lines[c->v[j].line]) != key)
                continue;
            if (last != (size_t)-1 &&
                mnt_has_text(p, c->v[last].line + 1, c->v[j].line))
                with_text++, s += MNT_BODY_SCORE + c->v[last].quality;
            last = j;
        }
        if (last != (size_t)-1 &&
            mnt_has_text(p, c->v[last].line + 1, p->doc.nlines))
            with_text++, s += MNT_BODY_SCORE + c->v[last].quality;
        /* the largest heading level that heads two items with text:
         * h1 is the document's title, h4 the items' sections */
        if (with_text >= 2 && (best_key == 0 || (key > 6 && s > best_s)))
            best_s = s, best_key = key;
        if (best_key != 0 && best_key <= 6)
            break;
    }
    size_t k = 0;
    for (size_t j = 0; j < c->n && best_key != 0; j++)
        if (style_key(&p->doc.lines[c->v[j].line]) == best_key) {
            c->v[k] = c->v[j];
            c->v[k].num = (unsigned)k + 1;
            k++;
        }
    c->n = k;
    /* every heading of that style heads an item, also one with no text
     * before the next (a run of headings); confidence.c flags those */
    c->score = k > 0 ? mnt_run_score(p, c) : 0;
    return k;
}
