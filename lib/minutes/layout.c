/* SPDX-License-Identifier: GPL-2.0-or-later */
/* layout.c - for parse.c: choosing the layout. Every heading style's
 * candidates are collected and chained; the style whose chain explains
 * the text best heads the items (region, Herning, the numbered chain or
 * a clearly better alternative, the opening sections, else one item).
 * Apart from parse.c, which prepares the readings and runs them. */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* An alternative style replaces a numbered chain only when it explains
 * clearly more: one more item with text of its own. */
#define ALT_MARGIN MNT_BODY_SCORE

/* Sagsnr. lines that sit right under a numbered heading belong to it. */
static size_t owned_case_lines(const struct mnt_parser *p,
                               const struct mnt_cands *num,
                               const struct mnt_cands *her)
{
    size_t owned = 0;
    for (size_t h = 0, k = 0; h < her->n; h++) {
        while (k + 1 < num->n && num->v[k + 1].line < her->v[h].line)
            k++;
        if (num->n == 0 || num->v[k].line > her->v[h].line)
            continue;
        size_t seen = 0;
        for (size_t i = num->v[k].line + 1; i < her->v[h].line && seen <= 3;
             i++)
            seen += p->doc.lines[i].kind == MNT_LINE_TEXT;
        owned += seen <= 3;
    }
    return owned;
}

/* "Punkt 3:" lines that follow the numbered heading of item 3 (before
 * item 4's) are its decision's label (Ballerup's "Kommunalbestyrelsens
 * møde … / Punkt 3:"), not headings of their own. */
static size_t owned_region_lines(const struct mnt_cands *num,
                                 const struct mnt_cands *reg)
{
    size_t owned = 0;
    for (size_t r = 0, k = 0; r < reg->n; r++) {
        while (k + 1 < num->n && num->v[k + 1].line < reg->v[r].line)
            k++;
        owned += num->n > 0 && num->v[k].line < reg->v[r].line &&
                 num->v[k].num == reg->v[r].num;
    }
    return owned;
}

/* Is every heading of chain a also a heading of chain b? Both are in
 * line order. */
static int heads_within(const struct mnt_cands *a, const struct mnt_cands *b)
{
    size_t j = 0;
    for (size_t k = 0; k < a->n; k++) {
        while (j < b->n && b->v[j].line < a->v[k].line)
            j++;
        if (j == b->n || b->v[j].line != a->v[k].line)
            return 0;
    }
    return a->n > 0;
}

/* Does every heading of the agenda chain a that chain b lacks print the
 * number the list gives it ("2. Godkendelse - …" where b took "2. Besøg.
 * …")? Then both chains read numbered headings and only the list's
 * titles tell them apart; a line of an item's text that merely opens
 * with a title is no such heading. */
static int numbered_where_parted(const struct mnt_doc *d,
                                 const struct mnt_cands *a,
                                 const struct mnt_cands *b)
{
    for (size_t k = 0, j = 0; k < a->n; k++) {
        while (j < b->n && b->v[j].line < a->v[k].line)
            j++;
        if (j < b->n && b->v[j].line == a->v[k].line)
            continue;
        const struct mnt_line *l = &d->lines[a->v[k].line];
        struct mnt_cand c;
        if (!mnt_numbered_at(l->s, l->len, 0, &c) || c.num != a->v[k].num ||
            c.letter != a->v[k].letter)
            return 0;
    }
    return 1;
}

/* Are the headings of chain a headings the format styled like those of
 * chain b? Each is one of b's or a line set bold, larger or as a heading,
 * and most are b's. The styled chain may leave out one of them (a closed
 * item whose only text is "Lukket sag", its status). */
static int heads_styled(const struct mnt_doc *d, const struct mnt_cands *a,
                        const struct mnt_cands *b)
{
    size_t j = 0, in = 0;
    for (size_t k = 0; k < a->n; k++) {
        size_t li = a->v[k].line;
        /* a number alone over its title: the title's line is styled */
        if (mnt_line_bare_number(&d->lines[li]))
            li = mnt_next_text(d, li, d->nlines, 2);
        if (li >= d->nlines)
            return 0;
        const struct mnt_line *l = &d->lines[li];
        while (j < b->n && b->v[j].line < li)
            j++;
        if (j < b->n && b->v[j].line == li)
            in++;
        else if (!l->bold && !l->big && l->level == 0)
            return 0;
    }
    return a->n > 0 && in * 2 > a->n;
}

/* Are the styled lines a only group headings over chain b's numbered
 * items ("Til behandling (åbne punkter)" in bold over "57 - Title" …
 * "65 - Title", then "Til orientering (…)" over "66 - …")? Every one has
 * some of b's items under it before the next, b starts under the first
 * and holds at least two items a group. */
static int groups_over_numbers(const struct mnt_cands *a,
                               const struct mnt_cands *b)
{
    if (a->n < 2 || b->n < 2 * a->n || b->v[0].line < a->v[0].line)
        return 0;
    size_t j = 0;
    for (size_t k = 0; k < a->n; k++) {
        size_t next = k + 1 < a->n ? a->v[k + 1].line : (size_t)-1, in = 0;
        while (j < b->n && b->v[j].line < a->v[k].line)
            j++;
        for (; j < b->n && b->v[j].line < next; j++)
            in++;
        if (in == 0)
            return 0;
    }
    return 1;
}

/* Does every styled heading of chain a print again the title of chain
 * b's numbered heading a few lines above it, with no other between
 * ("41. Title" in an accordion's plain button, "Sagsnummer: …", then
 * the title as an h3)? The title repeated under its number heads no
 * item of its own: the numbers say where the items start, though the
 * format styled only the repeats. */
static int titles_repeated(const struct mnt_doc *d, const struct mnt_cands *a,
                           const struct mnt_cands *b)
{
    size_t j = 0;
    for (size_t k = 0; k < a->n; k++) {
        size_t at = a->v[k].line;
        while (j + 1 < b->n && b->v[j + 1].line < at)
            j++;
        if (j >= b->n || b->v[j].line >= at || at - b->v[j].line > 5 ||
            (k > 0 && a->v[k - 1].line > b->v[j].line))
            return 0;
        const struct mnt_cand *c = &b->v[j];
        const struct mnt_line *h = &d->lines[c->line], *l = &d->lines[at];
        size_t end = c->title_end != 0 ? c->title_end : h->len;
        if (c->title_off >= end || l->len != end - c->title_off ||
            !mnt_agenda_title_prefix(l->s, l->len, h->s + c->title_off,
                                     end - c->title_off))
            return 0;
    }
    return a->n >= 2;
}

static const char *numbered_layout(const struct mnt_cands *c)
{
    for (size_t k = 0; k < c->n; k++)
        if (c->v[k].letter != 0 || c->v[k].delim == ')')
            return "odense";
    return "fredericia";
}

enum fam {
    F_REGION,
    F_NUMBERED,
    F_HERNING,
    F_GENERIC,
    F_STYLED,
    F_ONES,
    F_AGENDA,
    F_UNTITLED,
    F_COUNT
};

struct choice {
    enum fam fam;
    enum mnt_style style;
    const char *layout;
};

/* Was most of the text read by OCR? Its type sizes are guesses. */
static int mostly_ocr(const struct mnt_doc *d)
{
    size_t ocr = 0, text = 0;
    for (size_t i = 0; i < d->nlines; i++)
        if (d->lines[i].kind == MNT_LINE_TEXT)
            text++, ocr += d->lines[i].conf >= 0;
    return ocr * 2 > text;
}

/* Among the styles beside region and Herning: the numbered chain, unless
 * another explains clearly more. ocr: the sizes are OCR's guesses, so a
 * numbered chain is never outvoted by typography. */
static struct choice choose(const struct mnt_doc *d, struct mnt_cands *f,
                            int ocr)
{
    static const struct {
        enum fam fam;
        enum mnt_style style;
        const char *layout;
        size_t min;
    } alts[] = {
        /* in order of the evidence: numbers beat typography */
        {F_AGENDA, MNT_STYLE_NUMBERED, "agenda", 2},
        {F_ONES, MNT_STYLE_ORDINAL, "generic", 3},
        {F_GENERIC, MNT_STYLE_GENERIC, "generic", 1},
        {F_STYLED, MNT_STYLE_STYLED, "styled", 2},
    };
    struct choice c = {F_COUNT, MNT_STYLE_NUMBERED, NULL};
    long best = -1;
    if (f[F_NUMBERED].n >= 2) {
        c = (struct choice){F_NUMBERED, MNT_STYLE_NUMBERED,
                            numbered_layout(&f[F_NUMBERED])};
        best = f[F_NUMBERED].score + ALT_MARGIN;
    }
    for (size_t k = 0; k < sizeof alts / sizeof *alts; k++) {
        const struct mnt_cands *a = &f[alts[k].fam];
        /* the agenda list's titles checked where its items start: at as
         * many items as the numbers find, it needs no margin (a list in
         * an item numbered like the next heading loses to it) */
        int listed = alts[k].fam == F_AGENDA && c.fam == F_NUMBERED &&
                     a->n >= f[F_NUMBERED].n;
        long need = listed ? f[F_NUMBERED].score : best;
        /* at the numbers' score, the list's titles break the tie where
         * the chains part: a list point in item 1 numbered like item 2
         * ("2. Besøg. …" above "2. Godkendelse - …", which the list
         * names) is no heading */
        int tie = listed && a->score == need &&
                  !heads_within(&f[F_NUMBERED], a) &&
                  numbered_where_parted(d, a, &f[F_NUMBERED]);
        if (a->n < alts[k].min || (a->score <= need && !tie))
            continue;
        /* numbered headings the format styled like its other headings:
         * the numbers say which of those open items; the rest are the
         * preamble's blocks or an item's sub-headings (Hvidovre's h2
         * "Mødefakta", Region Sjælland's bold "Behandling i …") */
        if (alts[k].fam == F_STYLED && c.fam != F_COUNT && f[c.fam].n >= 2 &&
            (ocr || heads_styled(d, &f[c.fam], a) ||
             groups_over_numbers(a, &f[c.fam]) ||
             titles_repeated(d, a, &f[c.fam])))
            continue;
        c = (struct choice){alts[k].fam, alts[k].style, alts[k].layout};
        best = a->score + ALT_MARGIN;
    }
    /* the numbers' chain that heads every item the agenda list found and
     * more after them: items the list names by number only (a closed
     * item whose title is withheld, "408.") */
    static const struct choice nums[] = {
        {F_NUMBERED, MNT_STYLE_NUMBERED, "fredericia"},
        {F_GENERIC, MNT_STYLE_GENERIC, "generic"}};
    for (size_t k = 0; c.fam == F_AGENDA && k < 2; k++) {
        const struct mnt_cands *a = &f[F_AGENDA], *b = &f[nums[k].fam];
        if (b->n > a->n && heads_within(a, b) &&
            b->v[a->n - 1].line == a->v[a->n - 1].line) {
            c = nums[k];
            if (c.fam == F_NUMBERED)
                c.layout = numbered_layout(b);
        }
    }
    return c;
}

/* Does `m` hold every line of `b`? */
static int holds_lines(const struct mnt_cands *m, const struct mnt_cands *b)
{
    size_t j = 0;
    for (size_t k = 0; k < b->n; k++) {
        while (j < m->n && m->v[j].line < b->v[k].line)
            j++;
        if (j == m->n || m->v[j].line != b->v[k].line)
            return 0;
    }
    return 1;
}

/* Printed numbers that go on where the format's list stopped: an <ol> of
 * items 1-5, then "6. Høringssvar. …" and "7.Dagsordener …" typed as
 * paragraphs, then a new <ol> counting from 1 again for items 8-11 (a
 * seniorråd's page edited by hand). The printed chain (from 6) with the
 * list's items before and after it is one chain, the restarted list
 * counting on. Only when that chain starts at 1 and holds every printed
 * heading: a one-line list in an item never renumbers the items. */
static int list_continued(struct mnt_parser *p, struct mnt_cands *f)
{
    struct mnt_cands *b =
        f[F_GENERIC].n > f[F_NUMBERED].n ? &f[F_GENERIC] : &f[F_NUMBERED];
    if (b->n < 2 || b->v[0].num <= 1 || b->v[0].letter != 0)
        return ERR_OK;
    struct mnt_cands l, m = {0};
    int rc = mnt_collect(p, mnt_listno_cand, &l);
    if (rc != ERR_OK || l.n == 0 ||
        (m.v = malloc((l.n + b->n) * sizeof *m.v)) == NULL) {
        free(l.v);
        return rc != ERR_OK || l.n == 0 ? rc : ERR_NOMEM;
    }
    for (size_t i = 0, j = 0; i < l.n || j < b->n;) {
        if (j == b->n || (i < l.n && l.v[i].line < b->v[j].line)) {
            /* here the list's numbers are the items' numbers: neither
             * being a list's item nor its next point counts against one */
            m.v[m.n] = l.v[i++];
            if ((m.v[m.n].quality += MNT_LIST_PENALTY) < 0)
                m.v[m.n].quality = 0;
            m.n++;
        } else {
            i += i < l.n && l.v[i].line == b->v[j].line;
            m.v[m.n++] = b->v[j++];
        }
    }
    free(l.v);
    mnt_list_chain(p, &m, 1);
    if (m.n > b->n && m.v[0].num == 1 && holds_lines(&m, b)) {
        free(f[F_NUMBERED].v);
        f[F_NUMBERED] = m;
        m.v = NULL;
    }
    free(m.v);
    return ERR_OK;
}

static int collect_all(struct mnt_parser *p, struct mnt_cands *f)
{
    static const mnt_cand_fn fns[] = {
        [F_REGION] = mnt_region_cand,   [F_NUMBERED] = mnt_numbered_cand,
        [F_HERNING] = mnt_herning_cand, [F_GENERIC] = mnt_generic_cand,
        [F_STYLED] = mnt_styled_cand,   [F_ONES] = mnt_numbered_cand,
    };
    int rc = ERR_OK;
    for (size_t k = 0; k < F_AGENDA && rc == ERR_OK; k++)
        rc = mnt_collect(p, fns[k], &f[k]);
    if (rc == ERR_OK)
        rc = mnt_agenda_cands(p, &f[F_AGENDA]);

    if (rc != ERR_OK)
        return rc;
    if ((rc = mnt_region_chain(p, &f[F_REGION])) != ERR_OK)
        return rc;
    if ((rc = mnt_numbered_chain(p, &f[F_NUMBERED])) != ERR_OK ||
        (rc = mnt_generic_chain(p, &f[F_GENERIC])) != ERR_OK ||
        (rc = mnt_headings_numbered(p, &f[F_NUMBERED], &f[F_GENERIC])) !=
            ERR_OK)
        return rc;
    if ((rc = mnt_agenda_chain(p, &f[F_AGENDA])) != ERR_OK)
        return rc;
    if (f[F_NUMBERED].n < 2 && f[F_GENERIC].n < 2 && f[F_AGENDA].n < 2 &&
        (rc = mnt_list_numbered(p, &f[F_NUMBERED])) != ERR_OK)
        return rc;
    if (f[F_AGENDA].n < 2 && (rc = list_continued(p, f)) != ERR_OK)
        return rc;
    if (f[F_AGENDA].n < 2 &&
        (rc = mnt_ones_continued(p, f[F_GENERIC].n > f[F_NUMBERED].n
                                        ? &f[F_GENERIC]
                                        : &f[F_NUMBERED])) != ERR_OK)
        return rc;
    mnt_styled_chain(p, &f[F_STYLED]);
    if ((rc = mnt_styled_colon_heads(p, &f[F_STYLED])) != ERR_OK)
        return rc;
    mnt_ones_chain(p, &f[F_ONES]);
    for (size_t k = 0; k < F_COUNT; k++)
        if (f[k].truncated)
            return mnt_warn(p->m,
                            "more than %u heading candidates: rest ignored",
                            MNT_CAND_MAX);
    return ERR_OK;
}

/* A list inside the first item is short; a chain of more heads is the
 * document's own. */
#define FIRST_ITEM_LIST_MAX 20

/* A numbered list at the top of the first item (ballerup.dk's
 * announcements, "1. KL har sendt …" / "Bilag" under "Åben dagsorden")
 * taken for the headings, while three or more items below its last
 * number open with sections (u, mnt_untitled_chain()'s): those items,
 * the first from the list on. */
static int list_in_first_item(const struct mnt_cands *heads,
                              struct mnt_cands *u)
{
    if (heads->n < 2 || heads->n > FIRST_ITEM_LIST_MAX || u->n < 3 ||
        heads->v[heads->n - 1].line >= u->v[1].line)
        return 0;
    /* only a head opened by its section moves: a title found on the
     * head's own line (title_end, a page mark's offset) is no offset
     * into the list's line */
    if (heads->v[0].line < u->v[0].line && u->v[0].title_end == 0 &&
        u->v[0].title_off <= 1)
        u->v[0].line = heads->v[0].line;
    return 1;
}

/* A chain of one heading that lies inside a list of points the page
 * announces ("2. behandling af Budget 2026 …", an ordinal opening one of
 * a news page's plain agenda lines) is that list's entry, no heading:
 * the list in *a then (a->n 0 otherwise). */
static int lone_head_in_announced(const struct mnt_parser *p,
                                  const struct mnt_cands *heads,
                                  struct mnt_cands *a)
{
    memset(a, 0, sizeof *a);
    if (heads->n != 1)
        return ERR_OK;
    int rc = mnt_announced_list(p, a);
    if (rc != ERR_OK || a->n == 0)
        return rc;
    size_t l = heads->v[0].line;
    if (l < a->v[0].line || l > a->v[a->n - 1].line) {
        free(a->v);
        memset(a, 0, sizeof *a);
    }
    return ERR_OK;
}

/* Items from chain a, which a late reader found and which is freed
 * here, the layout named name. */
static int build_found(struct mnt_parser *p, struct mnt_cands *a,
                       enum mnt_style style, const char *name,
                       const char **layout)
{
    *layout = name;
    int rc = mnt_build_items(p, a, style);
    free(a->v);
    return rc;
}

/* No headings of any style: a plain page's items set apart by wide gaps
 * under "Dagsorden:" (a list that lost its numbers), or the points a
 * page announces as a bulleted list ("… disse punkter:"); else the
 * whole file is one item. */
static int build_headless(struct mnt_parser *p, const char **layout)
{
    struct mnt_cands g, a;
    int rc = mnt_gapped_chain(p, &g);
    if (rc != ERR_OK)
        return rc;
    if (g.n > 0)
        return build_found(p, &g, MNT_STYLE_STYLED, "gapped", layout);
    if ((rc = mnt_announced_list(p, &a)) != ERR_OK)
        return rc;
    if (a.n > 0)
        return build_found(p, &a, MNT_STYLE_NUMBERED, "generic", layout);
    *layout = "generic";
    rc = mnt_warn(p->m, "unknown layout: no agenda headings found, "
                        "whole file is one item");
    return rc == ERR_OK ? mnt_whole_file_item(p) : rc;
}

/* Items from the chosen family's chain, the numbers and entries it lost
 * put back first, with a warning where the layout is a guess. */
static int build_chosen(struct mnt_parser *p, struct mnt_cands *f,
                        struct choice c, const char **layout)
{
    int rc = ERR_OK;
    *layout = c.layout;
    if ((c.fam == F_GENERIC || c.fam == F_NUMBERED) &&
        (rc = mnt_lost_numbers(p, &f[c.fam])) != ERR_OK)
        return rc;
    if (c.fam == F_GENERIC)
        rc = mnt_warn(p->m, "unknown layout: split on %zu numbered heading(s)",
                      f[F_GENERIC].n);
    else if (c.fam == F_ONES)
        rc = mnt_warn(p->m, "every heading is numbered 1: items labelled in "
                            "order");
    if (rc == ERR_OK && c.fam == F_NUMBERED)
        rc = mnt_fill_lost_numbers(p, &f[c.fam]);
    if (rc == ERR_OK && (c.fam == F_GENERIC || c.fam == F_NUMBERED)) {
        rc = mnt_unnumbered_ends(p, &f[c.fam]);
        if (rc == ERR_OK)
            rc = mnt_drop_group_heads(p, &f[c.fam]);
    }
    if (rc == ERR_OK && c.fam == F_AGENDA)
        rc = mnt_page_after_agenda(p, &f[c.fam]);
    /* the chains of printed numbers, strict and loose, that go on past
     * the contents' last entry */
    if (rc == ERR_OK && c.fam == F_AGENDA)
        rc = mnt_numbered_after_agenda(p, &f[c.fam], &f[F_NUMBERED]);
    if (rc == ERR_OK && c.fam == F_AGENDA)
        rc = mnt_numbered_after_agenda(p, &f[c.fam], &f[F_GENERIC]);
    if (rc == ERR_OK && c.fam == F_AGENDA)
        rc = mnt_closed_entries(p, &f[c.fam]);
    return rc == ERR_OK ? mnt_build_items(p, &f[c.fam], c.style) : rc;
}

static int build(struct mnt_parser *p, struct mnt_cands *f, const char **layout)
{
    size_t r = f[F_REGION].n, n = f[F_NUMBERED].n, h = f[F_HERNING].n;
    if (r >= 1 && (f[F_REGION].v[0].num == 1 || r >= 2) && r >= n && r >= h &&
        owned_region_lines(&f[F_NUMBERED], &f[F_REGION]) * 2 < r) {
        *layout = "region";
        /* "Punkt 2: Orienteringssager" over "Punkt 2a: Title": the
         * group's heading is no item here either */
        int rc = mnt_drop_group_heads(p, &f[F_REGION]);
        return rc == ERR_OK ? mnt_build_items(p, &f[F_REGION], MNT_STYLE_REGION)
                            : rc;
    }
    /* case numbers under numbered headings (strict or loose: "39.",
     * "173.") belong to those; Herning's own blocks stand alone */
    /* running numbers over 99 ("214.") are the generic style's: the
     * larger chain is the document's headings, not a list in an item */
    const struct mnt_cands *heads =
        n >= 2 && n >= f[F_GENERIC].n ? &f[F_NUMBERED] : &f[F_GENERIC];
    if (h >= 1 && h > n && h > heads->n &&
        owned_case_lines(p, heads, &f[F_HERNING]) * 2 < h) {
        *layout = "herning";
        return mnt_build_items(p, &f[F_HERNING], MNT_STYLE_HERNING);
    }
    struct choice c = choose(&p->doc, f, mostly_ocr(&p->doc));
    int rc = ERR_OK;
    /* no headings at all: the status marks or opening sections */
    /* a generic chain of two (a flattened transcript's page numbers, "1
     * Åben beslutningsprotokol …" / "6 Underskrifter …") gives way to
     * untitled heads that are more (three or more): the headings of a
     * transcript that lost their numbers; so does a numbered chain of two
     * made of lists inside untitled items ("1. A, B og C (12-mandsgruppen)"
     * in one, "2. At der gives …" in another) */
    int weak = (c.fam == F_GENERIC || c.fam == F_NUMBERED) && f[c.fam].n <= 2;
    /* otherwise the untitled heads only matter under a short list (one
     * item's numbered points): a document of many headings is spared the
     * work of finding them */
    if ((c.fam == F_COUNT || f[c.fam].n <= FIRST_ITEM_LIST_MAX) &&
        (rc = mnt_untitled_chain(p, &f[F_UNTITLED])) != ERR_OK)
        return rc;
    if (f[F_UNTITLED].n >= 2 &&
        (c.fam == F_COUNT || (c.fam == F_GENERIC && f[F_GENERIC].n == 1) ||
         (weak && f[F_UNTITLED].n >= 3 && f[F_UNTITLED].n > f[c.fam].n) ||
         list_in_first_item(&f[c.fam], &f[F_UNTITLED]))) {
        *layout = "sections";
        return mnt_build_items(p, &f[F_UNTITLED], MNT_STYLE_UNTITLED);
    }
    if (c.fam == F_GENERIC || c.fam == F_NUMBERED) {
        struct mnt_cands a;
        if ((rc = lone_head_in_announced(p, &f[c.fam], &a)) != ERR_OK)
            return rc;
        if (a.n > 0)
            return build_found(p, &a, MNT_STYLE_NUMBERED, "generic", layout);
    }
    return c.fam == F_COUNT ? build_headless(p, layout)
                            : build_chosen(p, f, c, layout);
}

int mnt_choose_and_build(struct mnt_parser *p)
{
    struct mnt_cands f[F_COUNT];
    memset(f, 0, sizeof f);
    const char *layout = NULL;
    int rc = mnt_agenda_find(p);
    if (rc == ERR_OK)
        rc = collect_all(p, f);
    if (rc == ERR_OK)
        rc = build(p, f, &layout);
    if (rc == ERR_OK)
        rc = mnt_toc_tail_item(p);
    if (rc == ERR_OK)
        rc = mnt_toc_cut_titles(p);
    if (rc == ERR_OK && (p->m->layout = strdup(layout)) == NULL)
        rc = ERR_NOMEM;
    p->m->agenda_items = p->agenda.n;
    for (size_t k = 0; k < F_COUNT; k++)
        free(f[k].v);
    return rc;
}
