/* SPDX-License-Identifier: GPL-2.0-or-later */
/* chain_untitled.c - for chain.c: items of a page that prints no
 * numbered headings, opened by the bare section each item starts with
 * (opening.c says which), by a title over a case file's field, or by a
 * transcript's page heads (page_heads.c). */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

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
    const struct mnt_line *first[64], *last[64];
    size_t nf = 0;
    for (size_t a = 0; a < n && nf < 64; a++) {
        const struct mnt_line *l = &d->lines[v[a]];
        int seen = 0;
        for (size_t k = 0; k < a && !seen; k++)
            seen = same_line(&d->lines[v[k]], l);
        if (seen)
            continue;
        size_t count = 0;
        last[nf] = l;
        for (size_t k = a; k < n; k++)
            if (same_line(&d->lines[v[k]], l))
                count++, last[nf] = &d->lines[v[k]];
        first[nf] = l, cnt[nf++] = count; /* in order of first sight */
        if (count > best_n)
            best = l, best_n = count;
    }
    free(v);
    /* ... and seen again after the best one's first: not only in the
     * first item (the announcements' "Bilag" lines) */
    for (size_t k = 0; k < nf && best != NULL && first[k] != best; k++)
        if (cnt[k] >= 2 && 4 * cnt[k] >= 3 * best_n && last[k] > best)
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

/* Is line t, shaped as a document's heading ("Referat fra Magistratens
 * møde den 18. marts 2019"), the title of an item approving an earlier
 * meeting's minutes: its date is before the date of the document's own
 * dated heading further up ("Referat Magistraten 25-03-2019"). A running
 * page header repeats the meeting's own date, so it stays no title. */
static int earlier_minutes_title(const struct mnt_doc *d, size_t t)
{
    char when[11], own[11];
    const struct mnt_line *l = &d->lines[t];
    if (!mnt_date_find(l->s, l->len, when))
        return 0;
    for (size_t k = 0; k < t; k++) {
        const struct mnt_line *h = &d->lines[k];
        if (h->kind == MNT_LINE_TEXT && mnt_is_doc_heading(h->s, h->len) &&
            mnt_date_find(h->s, h->len, own))
            return strcmp(when, own) < 0;
    }
    return 0;
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
        (mnt_is_doc_heading(l->s, l->len) && !earlier_minutes_title(d, k - 1)))
        return (size_t)-1;
    return k - 1;
}

/* Is line t the first text under a bare section heading ("Bilag" /
 * "Hvidbog - høringssvar"), at most two blank lines between? */
static int under_bare_section(const struct mnt_doc *d, size_t t)
{
    size_t h = t, nl, off;
    while (h > 0 && d->lines[h - 1].kind == MNT_LINE_BLANK && t - h < 2)
        h--;
    const struct mnt_line *l = h > 0 ? &d->lines[h - 1] : NULL;
    return l != NULL && l->kind == MNT_LINE_TEXT &&
           mnt_section_heading(l->s, l->len, &nl, &off) && off >= l->len;
}

/* Items opened by the same section name whose titles the page does not
 * show (collapsed away) may still have a line above one of them - a "Hent
 * som PDF" link, the meeting's place: titles above count only if at least
 * half the items have one; else every item starts at its section. A line
 * right under the item before's bare "Bilag" may be that section's entry
 * rather than a title: it counts only when every item has a title above
 * (an empty "Bilag" over each next title). */
static void drop_stray_titles(const struct mnt_doc *d, struct mnt_cands *c)
{
    size_t n = 0, weak = 0;
    for (size_t k = 0; k < c->n; k++)
        if (c->v[k].above) {
            n++;
            weak += under_bare_section(d, c->v[k].line);
        }
    if (n == c->n || 2 * (n - weak) >= c->n)
        return;
    for (size_t k = 0; k < c->n; k++)
        if (c->v[k].above) {
            /* title_above() passed at most two blank lines */
            size_t i = mnt_next_text(d, c->v[k].line, d->nlines, 3);
            if (i < d->nlines)
                c->v[k].line = i, c->v[k].above = 0;
        }
}

/* "Tillægsreferat Dato: Tirsdag den 22. april …": the transcript's
 * first page, cut after the running header like the others, opens with
 * the record the document is ("Referat", "Tillægsreferat", "Dagsorden",
 * "Beslutningsprotokol") and then the meeting's labelled fields. No
 * item's title is a record's name followed by a field's label. */
static int record_header(const char *s, size_t n)
{
    static const char *const records[] = {"referat", "dagsorden", "protokol"};
    size_t w = 0;
    while (w < n && s[w] != ' ')
        w++;
    size_t e = w + 1;
    while (e < n && s[e] != ' ')
        e++;
    if (w >= n || e - w < 3 || s[e - 1] != ':')
        return 0;
    for (size_t k = 0; k < sizeof records / sizeof *records; k++) {
        size_t m = strlen(records[k]);
        if (w >= m && fold_prefix(s + w - m, m, records[k]) == m)
            return 1;
    }
    return 0;
}

/* A piece of a flattened page cut after its running header that opens
 * with a title and then a case file's field ("Takster for svømmehallen
 * Sagsnr.: 10/19944 …"): where the title ends, 0 if it is no such piece.
 * The title may follow its printed number ("217. Køb af ejendom ØKEJEN /
 * 08/2001 …": a closed item's heading after a "LUKKET MØDE" mark kept
 * its number where the others lost theirs): *num and *off say so. */
static size_t title_then_field(const struct mnt_parser *p, size_t i,
                               unsigned *num, size_t *off)
{
    const struct mnt_doc *d = &p->doc;
    const struct mnt_line *l = &d->lines[i];
    size_t o = 0;
    unsigned v = 0;
    while (o < l->len && o < 3 && mnt_digit(l->s[o]))
        v = 10 * v + (unsigned)(l->s[o++] - '0');
    if (o > 0 && (o + 2 >= l->len || l->s[o] != '.' || l->s[o + 1] != ' '))
        return 0;
    /* "3. budgetkontrol 2009 DIBBCH / 09/21447 …": an ordinal before a
     * word in lower case is the title's, not a printed number */
    if (o > 0 && mnt_ordinal_title(l->s, l->len))
        o = 0, v = 0;
    if (o > 0)
        o += 2;
    *num = v, *off = o;
    if (!l->cut)
        return 0;
    struct mnt_line t = {.s = l->s + o,
                         .len = mnt_title_before_field(l->s + o, l->len - o)};
    /* a title opening with a name in lower case ("djurshjem - salg af
     * …"), the contents naming it */
    if (!(mnt_starts_upper(l->s + o, l->len - o) ||
          mnt_ordinal_title(l->s + o, l->len - o) ||
          (o == 0 && t.len > 0 &&
           mnt_toc_names(p->toc_text, p->toc_len, t.s, t.len))))
        return 0;
    /* right after the page's running header, an item that has no case
     * file ("Eventuelt Beslutning i Teknikudvalget den Intet.") */
    if (t.len == 0 && o == 0 && i > 0 &&
        d->lines[i - 1].cut == MNT_CUT_PAGE_HEAD)
        t.len = mnt_title_before_section(l->s, l->len);
    return t.len > 0 && !mnt_line_is_prose(&t) && !record_header(t.s, t.len)
               ? o + t.len
               : 0;
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

/* Does the contents' text toc[0..tn) head a column of item numbers
 * ("Punkt nr.", "Sag nr.") before its first number? Then a number before
 * the first title is that item's ("Sag nr. Side 463. Til efterretning"),
 * where after "Side" alone it may be the page's. */
static int numbers_column(const char *toc, size_t tn)
{
    for (size_t i = 0; i + 3 <= tn && !mnt_digit(toc[i]); i++)
        if ((i == 0 || toc[i - 1] == ' ') &&
            fold_prefix(toc + i, 3, "nr.") == 3)
            return 1;
    return 0;
}

/* Page heads numbered by their place: where the contents print their
 * numbers before some titles ("Side 38 Likviditet … 2 40 Udvalgets
 * regnskab …", the rest lost), the items take the contents' numbers when
 * two or more are found and all run with the places (38 first, 40
 * third), the items between them counted on; never over numbers the
 * pages print. The contents' numbers wait in order; it keeps the number
 * where the items take them (items.c labels them so), 0 elsewhere. */
static void contents_numbers(struct mnt_cands *out, int column)
{
    size_t found = 0, first = out->n;
    long shift = 0;
    for (size_t k = 0; k < out->n; k++) {
        if (out->v[k].delim != 0)
            found = 0, k = out->n; /* a printed number: keep them */
        if (k >= out->n || out->v[k].order == 0)
            continue;
        long s = (long)out->v[k].order - (long)k;
        if (found++ > 0 && s != shift)
            found = 0, k = out->n; /* they disagree: keep the places */
        shift = s;
        first = found == 1 ? k : first;
    }
    /* one number will do on the first entry, past 1, under a column of
     * numbers ("Punkt nr. Side 14. Budget … Status på …", the later
     * numbers lost): the items run on from it */
    int counted = found >= 2 ||
                  (column && found == 1 && first == 0 && shift > 1) ||
                  /* or on the last entry alone, a closed part's that kept it
                   * when the open ones lost theirs ("… Roklub 16 Lukkede
                   * dagsordenspunkter 187 Lukket punkt: Meddelelser 19"): the
                   * items before it counted back */
                  (found == 1 && first > 0 && first + 1 == out->n && shift > 1);
    for (size_t k = 0; k < out->n; k++) {
        int numbered = counted && shift >= 1;
        if (numbered)
            out->v[k].num = (unsigned)((long)k + shift);
        out->v[k].order = numbered ? out->v[k].num : 0; /* the label */
    }
}

/* Items that open at `open` but print a leading section before it in
 * some of them (mnt_leading_section(): "Resume" over "Sagsfremstilling")
 * open at that section: the summary is the item's, not a trailer of the
 * item before. Only items opened at their section (no title above). */
static void open_at_leading(const struct mnt_parser *p,
                            const struct mnt_line *open, struct mnt_cands *out)
{
    const struct mnt_doc *d = &p->doc;
    const struct mnt_line *lead = mnt_leading_section(d, p->skip, open);
    for (size_t k = 0; lead != NULL && k < out->n; k++) {
        struct mnt_cand *c = &out->v[k];
        size_t floor = k > 0 ? out->v[k - 1].line + 1 : 0;
        if (c->above || !same_line(&d->lines[c->line], open))
            continue;
        size_t j = c->line;
        while (j > floor &&
               (d->lines[j - 1].kind != MNT_LINE_TEXT ||
                (p->skip && p->skip[j - 1]) || !bare_section(&d->lines[j - 1])))
            j--;
        if (j > floor && same_line(&d->lines[j - 1], lead))
            c->line = j - 1;
    }
}

/* What every pass knows: the opening section and how items close. */
struct untitled {
    const struct mnt_parser *p;
    const struct mnt_line *best; /* the most frequent bare section */
    const struct mnt_line *open; /* the one that opens items, or NULL */
    const struct mnt_line *dec;  /* the decision before the first, or NULL */
    int closes;                  /* decisions close items (opening.c) */
    const char *foot;            /* the page footer, for page heads */
    size_t footn;
};

/* Pass 1's memory of the item it is in. */
struct item_state {
    const struct mnt_line *seen[32]; /* bare sections since the last cut */
    size_t nseen;
    int closed_item;             /* the item shows a closed one's decision */
    const struct mnt_line *prev; /* the last bare section */
};

/* What an opening line gives its candidate. */
struct head {
    size_t te, poff, hoff; /* title's end; printed number's, page mark's */
    unsigned pnum, tocno;  /* printed number; contents' number */
    int again;             /* a section the item already had */
};

/* Pass 1: does l open an item - the opening section, a section the item
 * already had, a closed item's decision, or (when decisions close items)
 * the first section after one? nout items are open so far. */
static int section_opens(const struct untitled *u, struct item_state *st,
                         const struct mnt_line *l, size_t nout, int *again)
{
    int bare = bare_section(l), a = 0;
    if (nout > 0 && bare && !same_line(l, u->open)) {
        for (size_t k = 0; k < st->nseen && !a; k++)
            a = same_line(st->seen[k], l);
        if (!a && st->nseen < 32)
            st->seen[st->nseen++] = l;
    }
    /* a closed item shows its public decision only: a section after it
     * is the next item's */
    if (st->closed_item && bare)
        a = 1;
    if (nout == 0 && u->dec != NULL && bare && same_line(l, u->dec))
        a = 1;
    int opens;
    if (u->closes) {
        /* an item lacking the opening section (a member's proposal
         * opening with "Sagsfremstilling") starts where a section
         * repeats: one item has each section once */
        opens = bare && (st->prev == NULL || same_line(st->prev, u->best));
        if (bare)
            st->prev = l;
    } else
        opens =
            a || (bare && same_line(l, u->open)) || closed_decision_label(l);
    if (opens) {
        st->nseen = 0;
        if (a)
            st->seen[st->nseen++] = l;
        st->closed_item = closed_decision_label(l);
    }
    *again = a;
    return opens;
}

/* Does line i open an item in this pass: 0 a status mark, 1 a section
 * (section_opens()), 2 a title over a case field or a page head? */
static int opens_item(const struct untitled *u, int pass, size_t i,
                      struct item_state *st, size_t nout, struct head *h)
{
    const struct mnt_doc *d = &u->p->doc;
    const struct mnt_line *l = &d->lines[i];
    memset(h, 0, sizeof *h);
    if (pass == 0)
        return mnt_status_line(l);
    if (pass == 1)
        return section_opens(u, st, l, nout, &h->again);
    h->te = title_then_field(u->p, i, &h->pnum, &h->poff);
    if (h->te > 0 && h->poff == 0) /* no number: the contents' */
        h->tocno = mnt_toc_number(u->p->toc_text, u->p->toc_len, l->s, h->te);
    if (h->te == 0)
        h->te = mnt_page_head(d, i, u->p->toc_text, u->p->toc_len, u->foot,
                              u->footn, &h->hoff, &h->tocno);
    if (h->te == 0)
        h->te = mnt_page_letter_head(u->p, i, u->foot, u->footn, &h->hoff,
                                     &h->tocno);
    return h->te != 0;
}

static int add_head(const struct untitled *u, int pass, size_t i,
                    const struct head *h, struct mnt_cands *out)
{
    if (out->v == NULL &&
        (out->v = calloc(MNT_CAND_MAX, sizeof *out->v)) == NULL)
        return ERR_NOMEM;
    struct mnt_cand *c = &out->v[out->n++];
    memset(c, 0, sizeof *c);
    /* the line above is the decision's text when they close */
    size_t t = pass == 1 && !h->again && !u->closes ? title_above(&u->p->doc, i)
                                                    : (size_t)-1;
    c->line = t != (size_t)-1 ? t : i;
    c->above = t != (size_t)-1;
    c->num = (unsigned)out->n;
    c->title_off = (size_t)(pass == 1); /* 1: the body's first line */
    c->title_end = h->te;               /* the title, then fields */
    if (h->poff > 0) /* its printed number, the title after it */
        c->num = h->pnum, c->delim = '.', c->title_off = h->poff;
    if (h->hoff > 0) /* a page's number and mark before the title */
        c->title_off = h->hoff;
    c->order = h->tocno; /* for contents_numbers(), then cleared */
    return ERR_OK;
}

/* An agenda app's page of one item (monrad.app): among the page's first
 * four lines of text, below the item's title, its case file's number
 * with an empty second part ("25/20417 -", "25-011392 -"). Its sections
 * may repeat - a first and a second reading, each with its own
 * "Indstilling" and "Beslutning" - and open no items of their own. */
static int app_item_page(const struct mnt_doc *d)
{
    size_t seen = 0;
    for (size_t i = 0; i < d->nlines && seen < 4; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        if (++seen >= 2 && l->len > 2 && l->s[l->len - 1] == '-' &&
            l->s[l->len - 2] == ' ' && mnt_case_number_line(l->s, l->len))
            return 1;
    }
    return 0;
}

int mnt_untitled_chain(const struct mnt_parser *p, struct mnt_cands *out)
{
    const struct mnt_doc *d = &p->doc;
    memset(out, 0, sizeof *out);
    if (app_item_page(d))
        return ERR_OK; /* one item: the page's own */
    struct untitled u = {p, opening_section(p), NULL, NULL, 0, NULL, 0};
    int dec_opens;
    u.open = mnt_opening_before_decision(d, p->skip, u.best, &dec_opens);
    /* decisions closing items that open with different sections - not
     * when the decision is every item's first section */
    u.closes = !dec_opens && mnt_decisions_close(d, p->skip, u.best, u.open);
    /* the decision that closes the items (opening.c moved the opening
     * off it): one standing before the first opening section is an item
     * of its own - the approval of the agenda, nothing but a decision */
    u.dec = u.open != u.best ? u.best : NULL;
    int rc = mnt_page_footer(d, &u.foot, &u.footn);
    if (rc != ERR_OK)
        return rc;
    /* a hosting site's list of other documents: their titles open no
     * item here ("Sag Ældrerådsvalg 2013 Sagsnr. 13/661 … Åben sag",
     * another meeting's case) */
    size_t oa, ob;
    mnt_other_docs(d, d->nlines, &oa, &ob);
    for (int pass = 0; pass < 3 && out->n < 2; pass++) {
        out->n = 0;
        if (pass == 1 && u.open == NULL)
            continue;
        struct item_state st = {{NULL}, 0, 0, NULL};
        for (size_t i = 0; i < d->nlines && out->n < MNT_CAND_MAX; i++) {
            struct head h;
            if (d->lines[i].kind != MNT_LINE_TEXT || (p->skip && p->skip[i]) ||
                (i >= oa && i < ob) ||
                !opens_item(&u, pass, i, &st, out->n, &h))
                continue;
            if ((rc = add_head(&u, pass, i, &h, out)) != ERR_OK)
                return rc;
        }
        if (pass == 2)
            contents_numbers(out, numbers_column(p->toc_text, p->toc_len));
        if (pass == 1)
            drop_stray_titles(d, out);
        if (pass == 1 && !u.closes)
            open_at_leading(p, u.open, out);
        if (pass == 1 && out->n >= 2 &&
            decisions_before_only(d, out->v[0].line))
            out->n = 0;
    }
    if (out->n < 2)
        out->n = 0;
    out->score = mnt_run_score(p, out);
    return ERR_OK;
}
