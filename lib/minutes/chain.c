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

/* Has the item headed by c text of its own before line `end`? A heading
 * cut out of a flattened page carries its text on its own line. */
static int own_text(const struct mnt_parser *p, const struct mnt_cand *c,
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
 * heading left out (an agenda of titles only, nothing between them). */
static size_t skipped_at(const struct mnt_cands *c, size_t i, size_t j,
                         size_t end)
{
    const struct mnt_cand *a = &c->v[i];
    if (c->v[j].letter != 0 || a->letter != 0 || c->v[j].num != a->num + 2)
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

size_t mnt_best_chain(const struct mnt_parser *p, struct mnt_cands *c,
                      int need_one, int jumps)
{
    size_t n = c->n, nl = p->doc.nlines;
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
        const struct mnt_cand *b = &c->v[j];
        best[j] = -1;
        prev[j] = (size_t)-1;
        /* sections belong to items: the first item opens before the
         * first "Beslutning", so a list in a decision starts no chain
         * (a page holding one item, numbered 2, decided in points) */
        /* "1.1 Title" with no "1." above it starts a chain too */
        if ((b->letter == 0 || (b->dotted && b->letter == 'a')) &&
            (b->num == 1 || !need_one) && b->line < p->first_section)
            best[j] = b->quality + (b->num == 1 ? MNT_START_SCORE : 0);
        for (size_t i = 0; i < j; i++) {
            int skip;
            if (best[i] < 0 || !successor(&c->v[i], b, jumps, &skip) ||
                point_of(p, c, b))
                continue;
            /* only a paragraph breaks a list: a list right under an item
             * is its sub-list */
            if (skip == RESTART_PENALTY && !own_text(p, &c->v[i], b->line))
                continue;
            long s = best[i] + b->quality - skip +
                     (own_text(p, &c->v[i], skipped_at(c, i, j, b->line))
                          ? MNT_BODY_SCORE
                          : 0);
            /* alike, the number printed like the one before it wins:
             * "2: Godkendelse …" after "1: Spørgetid …", not the "2) …"
             * point of a question in item 1's text */
            if (s > best[j] ||
                (s == best[j] && prev[j] != (size_t)-1 &&
                 same_delim(&c->v[i], b) && !same_delim(&c->v[prev[j]], b))) {
                best[j] = s;
                prev[j] = i;
            }
        }
        if (best[j] < 0)
            continue;
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
        long fin = best[j] + (own_text(p, b, end) ? MNT_BODY_SCORE : 0);
        /* the document's last line, in sequence after the chain: an item
         * with nothing to say ("6. Evt." closing a post), not noise */
        if (prev[j] != (size_t)-1 && end == nl && !own_text(p, b, nl))
            fin += MNT_LAST_SCORE;
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

int mnt_is_closed_part(const char *s, size_t n)
{
    static const char *const words[] = {"lukkede", "lukket møde"};
    size_t b = 0;
    if (n > 60)
        return 0;
    /* a contents page's last number glued to it: "13Indholdsfortegnelse
     * lukket møde"; a number with a dot or space opens an item */
    while (b < n && b < 3 && s[b] >= '0' && s[b] <= '9')
        b++;
    if (b == n || (b > 0 && !(s[b] >= 'A' && s[b] <= 'Z')))
        return 0;
    for (size_t i = b; i < n; i++)
        for (size_t k = 0; k < sizeof words / sizeof *words; k++)
            if ((i == b || s[i - 1] == ' ') &&
                fold_prefix(s + i, n - i, words[k]) > 0)
                return 1;
    return 0;
}

/* A closed part after chain c ("Lukkede punkter") that numbers its
 * items from 1 again: its chain, from `all` (c's candidates before
 * mnt_best_chain), appended to c. */
static int restarted_chain(const struct mnt_parser *p, struct mnt_cands *c,
                           const struct mnt_cands *all)
{
    if (c->n == 0)
        return ERR_OK;
    size_t last = c->v[c->n - 1].line, part = (size_t)-1;
    for (size_t i = last + 1; i < p->doc.nlines && part == (size_t)-1; i++)
        if (p->doc.lines[i].kind == MNT_LINE_TEXT &&
            mnt_is_closed_part(p->doc.lines[i].s, p->doc.lines[i].len))
            part = i;
    if (part == (size_t)-1)
        return ERR_OK;
    struct mnt_cands tail = {0};
    size_t first = 0;
    while (first < all->n && all->v[first].line <= part)
        first++;
    if (first == all->n)
        return ERR_OK;
    tail.v = malloc((all->n - first) * sizeof *tail.v);
    if (tail.v == NULL)
        return ERR_NOMEM;
    memcpy(tail.v, all->v + first, (all->n - first) * sizeof *tail.v);
    tail.n = all->n - first;
    /* the restarted part's first "1." right under its heading */
    if (mnt_best_chain(p, &tail, 1, 0) > 0 &&
        p->text_before[tail.v[0].line] - p->text_before[part + 1] <= 1) {
        memcpy(c->v + c->n, tail.v, tail.n * sizeof *tail.v);
        c->n += tail.n;
        c->score += tail.score;
    }
    free(tail.v);
    return ERR_OK;
}

int mnt_numbered_chain(const struct mnt_parser *p, struct mnt_cands *c)
{
    if (c->n == 0)
        return ERR_OK;
    struct mnt_cands all = *c;
    all.v = malloc(c->n * sizeof *all.v);
    if (all.v == NULL)
        return ERR_NOMEM;
    memcpy(all.v, c->v, c->n * sizeof *all.v);
    mnt_best_chain(p, c, 1, 0);
    int rc = restarted_chain(p, c, &all);
    mnt_hundreds_chain(p, c, &all);
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
static long run_score(const struct mnt_parser *p, const struct mnt_cands *c)
{
    long s = 0;
    for (size_t k = 0; k < c->n; k++) {
        size_t end = k + 1 < c->n ? c->v[k + 1].line : p->doc.nlines;
        s +=
            c->v[k].quality + (own_text(p, &c->v[k], end) ? MNT_BODY_SCORE : 0);
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
            !list_point(p, c, j + 1)) {
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
    c->score = run_score(p, c);
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
    c->score = k > 0 ? run_score(p, c) : 0;
    return k;
}

static int bare_section(const struct mnt_line *l)
{
    size_t nl, off;
    return l->kind == MNT_LINE_TEXT &&
           mnt_section_heading(l->s, l->len, &nl, &off) && off >= l->len;
}

static int same_line(const struct mnt_line *a, const struct mnt_line *b)
{
    return fold_eq(a->s, a->len, b->s, b->len);
}

/* The bare section heading that opens the items: the most frequent (at
 * least twice), the earliest of equals - or an earlier one at least
 * three quarters as frequent: items open with their first section, and
 * an item that lacks it (a member's proposal with its own dotted
 * "Beslutningstema.") must not hand the opening to a later section that
 * every item has ("Sagsfremstilling"). NULL if none. */
static const struct mnt_line *opening_section(const struct mnt_parser *p)
{
    const struct mnt_doc *d = &p->doc;
    size_t *v = NULL, n = 0;
    /* the few bare section lines first: comparing names is then cheap */
    for (size_t i = 0; i < d->nlines; i++) {
        if (!bare_section(&d->lines[i]) || (p->skip && p->skip[i]))
            continue;
        if ((n & (n - 1)) == 0) {
            size_t *nv = realloc(v, (n ? 2 * n : 1) * sizeof *v);
            if (nv == NULL)
                break; /* out of memory: fewer candidates, no harm */
            v = nv;
        }
        v[n++] = i;
    }
    const struct mnt_line *best = NULL;
    size_t best_n = 1;
    size_t cnt[64];
    const struct mnt_line *first[64];
    size_t nf = 0;
    for (size_t a = 0; a < n && nf < 64; a++) {
        const struct mnt_line *l = &d->lines[v[a]];
        int seen = 0;
        for (size_t k = 0; k < a && !seen; k++)
            seen = same_line(&d->lines[v[k]], l);
        if (seen)
            continue;
        size_t count = 0;
        for (size_t k = a; k < n; k++)
            count += same_line(&d->lines[v[k]], l);
        first[nf] = l, cnt[nf++] = count; /* in order of first sight */
        if (count > best_n)
            best = l, best_n = count;
    }
    free(v);
    for (size_t k = 0; k < nf && best != NULL && first[k] != best; k++)
        if (cnt[k] >= 2 && 4 * cnt[k] >= 3 * best_n)
            return first[k];
    return best;
}

/* Is l the label a publishing system prints over a closed item's public
 * decision ("Offentlig beslutning der skal udfyldes, hvis punktet er
 * lukket"): on a page whose titles are collapsed away, the only thing a
 * closed item shows, so it opens an item as the opening section does. */
static int closed_decision_label(const struct mnt_line *l)
{
    return l->kind == MNT_LINE_TEXT && l->len <= MNT_HEADING_MAX &&
           l->s[l->len - 1] != '.' &&
           fold_prefix(l->s, l->len, "Offentlig beslutning") > 0;
}

/* The title right above line i (blank lines between allowed, none of
 * the previous item's text): short, capitalised, no sentence. */
static size_t title_above(const struct mnt_doc *d, size_t i)
{
    size_t k = i;
    while (k > 0 && d->lines[k - 1].kind == MNT_LINE_BLANK && i - k < 3)
        k--;
    if (k == 0 || k == i)
        return (size_t)-1;
    const struct mnt_line *l = &d->lines[k - 1];
    size_t nl, off;
    uint32_t cp = 0;
    utf8_decode(l->s, l->len, &cp);
    if (l->kind != MNT_LINE_TEXT || l->len > 150 || !fold_is_upper(cp) ||
        l->s[l->len - 1] == '.' || l->s[l->len - 1] == ':' ||
        mnt_section_heading(l->s, l->len, &nl, &off) ||
        mnt_is_doc_heading(l->s, l->len))
        return (size_t)-1;
    return k - 1;
}

/* Items opened by the same section name whose titles the page does not
 * show (collapsed away) may still have a line above one of them - a "Hent
 * som PDF" link, the meeting's place: titles above count only if at least
 * half the items have one; else every item starts at its section. */
static void drop_stray_titles(const struct mnt_doc *d, struct mnt_cands *c)
{
    size_t n = 0;
    for (size_t k = 0; k < c->n; k++)
        n += c->v[k].above != 0;
    if (2 * n >= c->n)
        return;
    for (size_t k = 0; k < c->n; k++)
        if (c->v[k].above) {
            /* title_above() passed at most two blank lines */
            size_t i = mnt_next_text(d, c->v[k].line, d->nlines, 3);
            if (i < d->nlines)
                c->v[k].line = i, c->v[k].above = 0;
        }
}

/* A piece of a flattened page cut after its running header that opens
 * with a title and then a case file's field ("Takster for svømmehallen
 * Sagsnr.: 10/19944 …"): where the title ends, 0 if it is no such piece.
 * The title may follow its printed number ("217. Køb af ejendom ØKEJEN /
 * 08/2001 …": a closed item's heading after a "LUKKET MØDE" mark kept
 * its number where the others lost theirs): *num and *off say so. */
static size_t title_then_field(const struct mnt_line *l, unsigned *num,
                               size_t *off)
{
    size_t o = 0;
    unsigned v = 0;
    while (o < l->len && o < 3 && l->s[o] >= '0' && l->s[o] <= '9')
        v = 10 * v + (unsigned)(l->s[o++] - '0');
    if (o > 0 && (o + 2 >= l->len || l->s[o] != '.' || l->s[o + 1] != ' '))
        return 0;
    if (o > 0)
        o += 2;
    *num = v, *off = o;
    if (!l->cut || !mnt_starts_upper(l->s + o, l->len - o))
        return 0;
    struct mnt_line t = {.s = l->s + o,
                         .len = mnt_title_before_field(l->s + o, l->len - o)};
    return t.len > 0 && !mnt_line_is_prose(&t) ? o + t.len : 0;
}

/* Does a decision ("Beslutning", "BESLUTNING: …") stand before line
 * `first` while none stands from it on? Then the sections that opened
 * the items from `first` on are one item's parts (an agenda item's page
 * printing its decision first, then "Sagsfremstilling" with its own
 * "Sagsfremstilling" inside), not items. */
static int decisions_before_only(const struct mnt_doc *d, size_t first)
{
    size_t before = 0;
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT || l->len > 80 ||
            fold_prefix(l->s, l->len, "Beslutning") == 0)
            continue;
        if (i >= first)
            return 0;
        before++;
    }
    return before > 0;
}

int mnt_untitled_chain(const struct mnt_parser *p, struct mnt_cands *out)
{
    const struct mnt_doc *d = &p->doc;
    memset(out, 0, sizeof *out);
    const struct mnt_line *open =
        mnt_opening_before_decision(d, p->skip, opening_section(p));
    const char *foot = NULL;
    size_t footn = mnt_page_footer(d, &foot);
    for (int pass = 0; pass < 3 && out->n < 2; pass++) {
        out->n = 0;
        if (pass == 1 && open == NULL)
            continue;
        /* pass 1: the bare sections seen since the last cut */
        const struct mnt_line *seen[32];
        size_t nseen = 0;
        int closed_item = 0; /* the item shows a closed one's decision */
        for (size_t i = 0; i < d->nlines && out->n < MNT_CAND_MAX; i++) {
            const struct mnt_line *l = &d->lines[i];
            size_t te = 0, poff = 0, hoff = 0;
            unsigned pnum = 0;
            if (l->kind != MNT_LINE_TEXT || (p->skip && p->skip[i]))
                continue;
            int again = 0; /* a section the current item already had */
            if (pass == 1 && out->n > 0 && bare_section(l) &&
                !same_line(l, open)) {
                for (size_t k = 0; k < nseen && !again; k++)
                    again = same_line(seen[k], l);
                if (!again && nseen < 32)
                    seen[nseen++] = l;
            }
            /* a closed item shows its public decision only: a section
             * after it is the next item's */
            if (pass == 1 && closed_item && bare_section(l))
                again = 1;
            /* an item lacking the opening section (a member's proposal
             * opening with "Sagsfremstilling") starts where a section
             * repeats: one item has each section once */
            if (pass == 0 ? !mnt_status_line(l)
                : pass == 1
                    ? !again && (!bare_section(l) || !same_line(l, open)) &&
                          !closed_decision_label(l)
                    : (te = title_then_field(l, &pnum, &poff)) == 0 &&
                          (te = mnt_page_head(d, i, p->toc_text, p->toc_len,
                                              foot, footn, &hoff)) == 0)
                continue;
            if (pass == 1) {
                nseen = 0;
                if (again)
                    seen[nseen++] = l;
                closed_item = closed_decision_label(l);
            }
            if (out->v == NULL &&
                (out->v = calloc(MNT_CAND_MAX, sizeof *out->v)) == NULL)
                return ERR_NOMEM;
            struct mnt_cand *c = &out->v[out->n++];
            memset(c, 0, sizeof *c);
            size_t t = pass == 1 && !again ? title_above(d, i) : (size_t)-1;
            c->line = t != (size_t)-1 ? t : i;
            c->above = t != (size_t)-1;
            c->num = (unsigned)out->n;
            c->title_off = (size_t)(pass == 1); /* 1: the body's first line */
            c->title_end = te;                  /* the title, then fields */
            if (poff > 0) /* its printed number, the title after it */
                c->num = pnum, c->delim = '.', c->title_off = poff;
            if (hoff > 0) /* a page's number and mark before the title */
                c->title_off = hoff;
        }
        if (pass == 1)
            drop_stray_titles(d, out);
        if (pass == 1 && out->n >= 2 &&
            decisions_before_only(d, out->v[0].line))
            out->n = 0;
    }
    if (out->n < 2)
        out->n = 0;
    out->score = run_score(p, out);
    return ERR_OK;
}
