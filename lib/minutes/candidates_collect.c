/* SPDX-License-Identifier: GPL-2.0-or-later */
/* candidates_collect.c - for candidates.c and generic.c: the lines worth
 * keeping as candidates (mnt_collect(): not a list's or a
 * recommendation's points, not a contents entry, not an attendee), with
 * their quality. Apart from candidates.c, which was past 600 lines. */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* A person and party and nothing else: two to four capitalised words
 * before "(A)", "Lars Weiss (A)", "Anne Marie Berg (V)". Never an item. */
static int is_person(const char *s, size_t n)
{
    /* a heading set in capitals ("5. GENSIDIG ORIENTERING (O)") says
     * nothing by its capitals: its bracketed letter is a type mark */
    if (!mnt_is_member(s, n) || mnt_all_capitals(s, n - 3))
        return 0;
    size_t words = 0, i = 0;
    struct mnt_tok t;
    while (mnt_tok_next(s, n - 3, &i, &t)) {
        if (!mnt_tok_capital(&t) || mnt_digit(t.s[0]))
            return 0;
        words++;
    }
    return words >= 2 && words <= 4;
}

/* "Gensidig orientering (O)", "Budgetopfølgning 2016 (B)": a letter in
 * brackets after a word in lower case or a number is the publishing
 * system's type mark (Slagelse: B for decision, O for orientation), not
 * a party after a person's surname ("… fra Anne Berg (V)"), which is
 * capitalised; so is one after a title in capitals, where every word is
 * ("UNGEINDSATSEN - OPFØLGNING PÅ MÅLTAL (D)"). */
static int type_mark(const char *s, size_t n)
{
    if (mnt_all_capitals(s, n - 3))
        return 1;
    size_t i = 0;
    struct mnt_tok t, last = {NULL, 0};
    while (mnt_tok_next(s, n - 3, &i, &t))
        last = t;
    if (last.n == 0)
        return 0;
    return mnt_digit(last.s[0]) || !mnt_tok_capital(&last);
}

static int ends_intro(const struct mnt_line *l)
{
    /* "indstiller, at" / "følgende:" introduce a numbered list */
    if (l->len == 0)
        return 0;
    /* "3 Journal nr.:" over "Sag nr. 154 Title Lovgrundlag: …": a
     * flattened page cut before its heading leaves the journal's label,
     * whose number the transcript lost, over it: a field, no list's
     * introduction */
    if (mnt_journal_label_before(l->s, l->len))
        return 0;
    if (l->s[l->len - 1] == ':' || l->s[l->len - 1] == ',')
        return 1;
    if (l->len >= 3 && memcmp(l->s + l->len - 3, " at", 3) == 0)
        return 1;
    /* so does an item's section name, capitalised ("… Beslutning" / "1.
     * Borgermøder" in a flattened page, not "… til beslutning"): its
     * text is the item's, the list in it too */
    struct mnt_line w = *l;
    size_t k = l->len;
    while (k > 0 && l->s[k - 1] != ' ')
        k--;
    w.s = l->s + k;
    w.len = l->len - k;
    return mnt_starts_upper(w.s, w.len) && mnt_is_item_section(&w);
}

/* Is the line right above li (no blank between) a numbered line whose
 * number is one less than c's: "1. Møde med …" / "2. Besøg fra …", a
 * list's points, not headings (a heading has its item's text above it,
 * or the page's furniture)? */
static int list_point(const struct mnt_doc *d, size_t li,
                      const struct mnt_cand *c)
{
    struct mnt_cand prev;
    const struct mnt_line *l = li > 0 ? &d->lines[li - 1] : NULL;
    if (l == NULL || l->kind != MNT_LINE_TEXT || c->letter != 0)
        return 0;
    /* the point above wrapped onto a line of its own ("1. Månedlige" /
     * "nøgletal for …" / "2. Status på"): a line opening in lower case
     * goes on from the line above (Danish text opens with a capital) */
    if (!mnt_numbered_at(l->s, l->len, 0, &prev) && li > 1 &&
        fold_is_lower(mnt_first_cp(l->s, l->len)) &&
        d->lines[li - 2].kind == MNT_LINE_TEXT)
        l = &d->lines[li - 2];
    return mnt_numbered_at(l->s, l->len, 0, &prev) && prev.letter == 0 &&
           prev.num + 1 == c->num;
}

/* Does candidate c at li stand alone (" • 2"), its title on the next
 * line and the case file's field right under that ("Budgetopfølgning …"
 * / "Sagsid.: 19/118")? A number, a title and the case's field is an
 * item's heading (dragoer.dk's list entries, glued to the text above);
 * a point of an item's text ("Ad 2: Holddannelse …", a recommendation's
 * "1." / "Orientering om …") has no case of its own. */
static int case_field_under(const struct mnt_doc *d, size_t li,
                            const struct mnt_cand *c)
{
    size_t t = li + 1;
    if (c->above || c->title_off < d->lines[li].len || t + 1 >= d->nlines ||
        d->lines[t].kind != MNT_LINE_TEXT)
        return 0;
    return d->lines[t + 1].kind == MNT_LINE_TEXT &&
           mnt_herning_key(&d->lines[t + 1]) > 0;
}

/* A piece cut out of a flattened page runs on from its title into the
 * item's text ("514. Godkendelse af dagsorden Beslutning Dagsordnen
 * godkendt. Fraværende med afbud: Vagn Ibsgaard (O)"): a person and party at
 * its end are the item's attendance once a sentence ended before them (a
 * full stop after a lower-case letter, never an initial's "Lars B."),
 * not a member list's entry ("2. Lars Weiss (A)"). So are several
 * persons and parties in a row ("Nr.118 - Godkendelse af dagsorden Ib
 * Holm (V), Eva Dahl (V), Bo Lund (V)": a template printing the absent
 * under each title): a member list's entry names one. */
static int runs_on(const struct mnt_line *l, const char *t, size_t tn)
{
    if (!l->cut)
        return 0;
    for (size_t k = 1; k + 2 < tn; k++)
        if (t[k] == '.' && t[k + 1] == ' ' && ascii_lower(t[k - 1]) &&
            mnt_starts_upper(t + k + 2, tn - k - 2))
            return 1;
    for (size_t k = 2; k + 4 < tn; k++)
        if (t[k - 2] == '(' && t[k - 1] >= 'A' && t[k - 1] <= 'Z' &&
            t[k] == ')' && t[k + 1] == ',' && t[k + 2] == ' ')
            return 1;
    return 0;
}

static int quality(const struct mnt_parser *p, size_t li,
                   const struct mnt_cand *c, const char *title, size_t tn)
{
    const struct mnt_doc *d = &p->doc;
    const struct mnt_line *l = &d->lines[li];
    int q = 0;
    if (li == 0 || d->lines[li - 1].kind != MNT_LINE_TEXT)
        q += 2;
    else if (ends_intro(&d->lines[li - 1]))
        q -= 3;
    else if (list_point(d, li, c))
        q -= 2;
    uint32_t cp = mnt_first_cp(title, tn);
    if (tn == 0 || fold_is_upper(cp) || ascii_digit(cp))
        q += 2;
    if (l->len <= 120)
        q += 1;
    /* the format's own cues: a heading, bold or larger type (OCR's type
     * sizes are guesses: they count less than the number and text) */
    if (l->level > 0 || l->bold || l->big)
        q += l->conf >= 0 ? 1 : 3;
    /* a bulleted entry that prints a running number of the council's
     * year ("• 57 - Budgetopfølgning") heads an item of a page that lists
     * the meeting's items; a list in an item's text numbers its points
     * from 1 */
    if (l->list && !(l->list_no == 0 && c->num >= 10 && c->letter == 0))
        q -= MNT_LIST_PENALTY;
    /* "2. Nye anlægsønsker:" introduces the text below it: a point of an
     * item's text more often than an item's title */
    if (tn > 0 && title[tn - 1] == ':' && !l->cut && l->len < MNT_FLAT_LINE)
        q -= 4;
    if (mnt_is_member(title, tn) && !type_mark(title, tn) &&
        !runs_on(l, title, tn))
        q -= 4;
    if (case_field_under(d, li, c))
        q += 3;
    /* a bare number whose next line says what was done ("Ad 2" /
     * "Godkendt.") rather than naming a subject: a decision's point on
     * a recommendation's, more often than a heading with its title */
    if (!c->above && c->title_end == 0 && c->title_off >= l->len) {
        size_t k = mnt_skip_fields(
            d, mnt_next_text(d, li, d->nlines, MNT_JOIN_GAP), d->nlines);
        if (k < d->nlines && !mnt_opens_title(d, k))
            q -= 2;
    }
    return q;
}

/* A number alone on its line whose title below - or the title's wrapped
 * second line - ends in a contents entry's leaders and page number
 * ("1." / "Ekstra anlæg - ny belysning ved" / "stationen ......1"): an
 * entry of the table of contents, not the item's heading. */
static int toc_entry_below(const struct mnt_doc *d, size_t li,
                           const struct mnt_cand *c)
{
    const struct mnt_line *l = &d->lines[li];
    if (c->above || c->title_off < l->len)
        return 0;
    for (size_t k = li + 1, seen = 0; k < d->nlines && seen < 2; k++) {
        const struct mnt_line *t = &d->lines[k];
        if (t->kind != MNT_LINE_TEXT)
            continue;
        if (mnt_is_toc_line(t->s, t->len))
            return 1;
        seen++;
    }
    return 0;
}

/* Does a numbered line's title open with "at" and a word in lower case
 * ("1. at skema B godkendes", "3. At ordningen evalueres …")? That is a
 * recommendation's or a proposal's point: Danish headings never open
 * with the infinitive's "at", however the list is introduced (a colon, a
 * hosting site's list of other documents quoting a point). */
static int at_title(const char *t, size_t n)
{
    if (n < 4 || (t[0] != 'a' && t[0] != 'A') || t[1] != 't' || t[2] != ' ')
        return 0;
    return fold_is_lower(mnt_first_cp(t + 3, n - 3));
}

/* A recommendation's or proposal's point, whatever introduces its list:
 * "at" in lower case ("1. at skema B godkendes"), or "At" closed as a
 * clause is (a full stop, comma or semicolon: "3. At ordningen
 * evalueres efter to år."). A heading that happens to open with a
 * capital "At" and ends as a title does ("9. At for som …") heads its
 * item. */
static int at_clause(const char *t, size_t n)
{
    if (!at_title(t, n))
        return 0;
    while (n > 0 && t[n - 1] == ' ')
        n--;
    return t[0] == 'a' || strchr(".,;", t[n - 1]) != NULL;
}

/* Does numbered line l's text open with "at" ("1. at pakhuset udlejes
 * …"): a recommendation's point? */
static int at_point(const struct mnt_line *l)
{
    struct mnt_cand c;
    return l->kind == MNT_LINE_TEXT && mnt_numbered_at(l->s, l->len, 0, &c) &&
           at_title(l->s + c.title_off, l->len - c.title_off);
}

/* Is line li the first of a list introduced by "indstiller, at" (the
 * text line before it, across up to two blank lines, ends in "at")? Such
 * a list is a recommendation's points, never items. So is a list of
 * points that open with "at" after "indstiller," (the comma ends the
 * lead-in, each point says "at …"). */
static int introduced_list(const struct mnt_doc *d, size_t li)
{
    int at = at_point(&d->lines[li]);
    /* back over blank lines and the list's earlier points, at most 40 */
    for (size_t k = li, gap = 0, seen = 0; k > 0 && gap <= 2 && seen < 40;
         k--) {
        const struct mnt_line *l = &d->lines[k - 1];
        struct mnt_cand c;
        if (l->kind == MNT_LINE_BLANK) {
            gap++;
            continue;
        }
        if (l->kind == MNT_LINE_TEXT && mnt_numbered_at(l->s, l->len, 0, &c)) {
            gap = 0, seen++;
            continue;
        }
        return l->kind == MNT_LINE_TEXT && l->len >= 3 &&
               (memcmp(l->s + l->len - 3, " at", 3) == 0 ||
                (at && l->s[l->len - 1] == ','));
    }
    return 0;
}

/* Spaces in s[0..n): one less than its words. */
static size_t spaces(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] == ' ';
    return k;
}

/* Is the text after a point's number a paragraph: a short subject, a
 * full stop, then sentences ("Afbud. Der var afbud fra …")? A heading's
 * title never goes on in sentences after its subject's full stop. */
static int paragraph_point(const struct mnt_line *l, const struct mnt_cand *c)
{
    const char *t = l->s + c->title_off;
    size_t n = l->len - c->title_off;
    for (size_t k = 1; k + 2 < n && spaces(t, k) < 6; k++)
        if (t[k] == '.' && t[k + 1] == ' ')
            return mnt_starts_upper(t + k + 2, n - k - 2) &&
                   spaces(t + k + 2, n - k - 2) >= 3;
    return 0;
}

/* Is li a point of a numbered list that restarts at 1 inside item 1:
 * a sentence ending in a colon right above the list ("Følgende emner
 * blev nævnt under dette punkt …:"), points that are paragraphs, and
 * above the sentence a heading numbered 1 with no other numbered line
 * between? The list is the item's text (a chairman's announcements),
 * not items 2, 3, … of the meeting; an agenda list above minutes that
 * restart at 1 has its 2, 3, … between. */
static int restarted_list(const struct mnt_doc *d, size_t li)
{
    struct mnt_cand c;
    unsigned want = 0;
    size_t k = li + 1;
    for (int gap = 0; k > 0 && gap <= 2; k--) {
        const struct mnt_line *l = &d->lines[k - 1];
        if (l->kind == MNT_LINE_BLANK) {
            gap++;
            continue;
        }
        if (l->kind != MNT_LINE_TEXT || !mnt_numbered_at(l->s, l->len, 0, &c))
            break;
        if (c.letter || !paragraph_point(l, &c) || (want && c.num + 1 != want))
            return 0;
        want = c.num, gap = 0;
    }
    const struct mnt_line *in = k > 0 ? &d->lines[k - 1] : NULL;
    if (want != 1 || in == NULL || in->kind != MNT_LINE_TEXT ||
        !mnt_colon_intro(in, 5))
        return 0;
    for (size_t j = k - 1, seen = 0; j > 0 && seen < 8; j--) {
        const struct mnt_line *l = &d->lines[j - 1];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        if (mnt_numbered_at(l->s, l->len, 0, &c))
            return c.num == 1 && c.letter == 0 && !paragraph_point(l, &c);
        seen++;
    }
    return 0;
}

#define RUN_GAP  1u   /* blank lines between a list's points */
#define RUN_BACK 400u /* lines walked back to the heading over a list */
#define RUN_NONE ((size_t)-1)

/* Line k's number as a candidate of style fn, 0 if it is none (or a
 * lettered point, or a number over its title). */
static unsigned cand_num(const struct mnt_parser *p, mnt_cand_fn fn, size_t k)
{
    struct mnt_cand c;
    memset(&c, 0, sizeof c);
    if (p->doc.lines[k].kind != MNT_LINE_TEXT || (p->skip && p->skip[k]) ||
        !fn(p, k, &c) || c.letter || c.above)
        return 0;
    return c.num;
}

/* The text line next to k (dir -1 above, +1 below) across `gaps` blank
 * lines at most, or RUN_NONE. */
static size_t run_next(const struct mnt_doc *d, size_t k, int dir, size_t gaps)
{
    for (size_t gap = 0; gap <= gaps; gap++) {
        if ((dir < 0 && k == 0) || (dir > 0 && k + 1 >= d->nlines))
            return RUN_NONE;
        k = dir < 0 ? k - 1 : k + 1;
        if (d->lines[k].kind == MNT_LINE_TEXT)
            return k;
        if (d->lines[k].kind != MNT_LINE_BLANK)
            return RUN_NONE;
    }
    return RUN_NONE;
}

/* Does numbered line k stand in a run of numbered lines (one on the line
 * right above it or below it): a list's point or a contents entry, not a
 * heading with its text under it? A heading may stand a blank line
 * under the list that ends the item before. */
static int in_run(const struct mnt_parser *p, mnt_cand_fn fn, size_t k)
{
    size_t a = run_next(&p->doc, k, -1, 0);
    size_t b = run_next(&p->doc, k, 1, RUN_GAP);
    return (a != RUN_NONE && cand_num(p, fn, a)) ||
           (b != RUN_NONE && cand_num(p, fn, b));
}

/* Is candidate c at li the point N of a list restarting at 1 inside an
 * item's text (`4. Udbud af …` under `1.` … `3.` on the lines right
 * above, `Ad 4: Udsat.` under `Ad 1:` … `Ad 3:`), where the heading the
 * list stands under - the first numbered line above it standing alone,
 * lists passed over - is numbered N - 1 or more? The chain would take
 * the point for the item after that heading (a recommendation, the
 * chairman's points or a decision's answers in the meeting's last item,
 * or before an item whose number the chain misses). An agenda list
 * restarting the numbers above the minutes has no heading with its text
 * above it. */
static int restarted_points(const struct mnt_parser *p, mnt_cand_fn fn,
                            size_t li, const struct mnt_cand *c)
{
    const struct mnt_doc *d = &p->doc;
    /* a format's numbered list (Word, <ol>) restarting on a page goes
     * on counting the items: its numbers are the format's, not printed */
    if (c->num < 3 || c->letter || c->above || d->lines[li].cut ||
        d->lines[li].list_no != 0)
        return 0;
    /* the points spaced alike: a heading a blank line under a list
     * printed line after line ends the list (`2. Svar …` / blank / `3.
     * Godkendelse …`) */
    size_t k = li, spacing = RUN_NONE;
    for (unsigned want = c->num - 1; want > 0; want--) {
        size_t a = run_next(d, k, -1, RUN_GAP);
        if (a == RUN_NONE || d->lines[a].cut || cand_num(p, fn, a) != want ||
            (spacing != RUN_NONE && k - a != spacing))
            return 0;
        spacing = k - a, k = a;
    }
    for (size_t j = k, back = 0; j > 0 && back < RUN_BACK; j--, back++) {
        unsigned n = cand_num(p, fn, j - 1);
        /* under heading 2 or more the run's point n + 1 is one (at 3 or
         * more), and so is every point it runs on to (`5. Budget …`
         * after `4.` under item 3) */
        if (n != 0 && !in_run(p, fn, j - 1))
            return n + 1 >= c->num || n >= 2;
    }
    return 0;
}

int mnt_cands_copy(const struct mnt_cands *src, size_t from, size_t n,
                   struct mnt_cands *out)
{
    memset(out, 0, sizeof *out);
    if (n == 0)
        return ERR_OK;
    out->v = malloc(n * sizeof *out->v);
    if (out->v == NULL)
        return ERR_NOMEM;
    memcpy(out->v, src->v + from, n * sizeof *out->v);
    out->n = n;
    return ERR_OK;
}

#define LETTER_GAP     3u /* text lines between a point and the next */
#define LETTER_PARENTS 2u /* items whose points say the document uses them */
#define LETTER_COLON   4  /* quality() takes off a title's colon */

/* "3. Status på årsberetningen. Gruppen har … 3a. Henvendelse …" cut
 * from one flattened page line: the item's text stands on its heading's
 * piece (a sentence's end after the title), so the next piece is no
 * place right under the heading ("1. Startpunkter: 1a. …" is) and an
 * added item "3a." stays one. */
int mnt_text_after_heading(const struct mnt_parser *p, const struct mnt_cand *b,
                           const struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[b->line];
    if (l->no != p->doc.lines[c->line].no)
        return 0;
    for (size_t k = b->title_off; k + 2 < l->len; k++)
        if (l->s[k] == '.' && l->s[k + 1] == ' ' &&
            mnt_starts_upper(l->s + k + 2, l->len - k - 2))
            return 1;
    return 0;
}

/* "04A Title": a template numbering its cases in two digits, the group's
 * letter glued on in capitals, under a group's heading printed "4.
 * Forespørgsler" (Greenland's councils' PDFs): the lettered cases are
 * items, never the points of an item's text, which count from "1a.". */
static int padded_case_letter(const struct mnt_parser *p,
                              const struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[c->line];
    return l->len > 3 && l->s[0] == '0' && mnt_digit(l->s[1]) &&
           ascii_upper(l->s[2]) && l->s[3] == ' ';
}

/* Is candidate j a lettered point of the item before it: "1a." on the
 * text line right under "1. Startpunkter:", or "1b." a few lines after
 * "1a."? Not the cases of a group ("2. Orienteringssager" / "2a. Title"
 * with its own sections, mnt_group_case()): "2b." after such a case is
 * one too, however short its text. */
static int letter_point(const struct mnt_parser *p, const struct mnt_cands *v,
                        size_t j)
{
    const struct mnt_cand *c = &v->v[j], *b = j > 0 ? &v->v[j - 1] : NULL;
    if (c->letter == 0 || c->dotted || b == NULL || b->num != c->num ||
        padded_case_letter(p, c))
        return 0;
    size_t gap = p->text_before[c->line] - p->text_before[b->line];
    if (c->letter == 'a')
        return b->letter == 0 && gap == 1 && !mnt_text_after_heading(p, b, c) &&
               !mnt_group_case(p, v, j);
    size_t a = j - 1;
    while (a > 0 && v->v[a].letter > 'a' && v->v[a - 1].num == c->num &&
           v->v[a - 1].letter == v->v[a].letter - 1)
        a--;
    if (v->v[a].letter == 'a' && mnt_group_case(p, v, a))
        return 0;
    return b->letter == c->letter - 1 && gap >= 1 && gap <= LETTER_GAP;
}

/* "1. Startpunkter:" / "1a. Dagsorden blev godkendt" / "1b. Referat …" /
 * "2. Økonomi:" / "2a. Budget 2019. …": where two items or more have
 * lettered points right under their heading, the document letters the
 * points of an item, and those points are its text, not items of their
 * own (an added item "3a." stands after item 3's text: it stays). */
static int drop_letter_points(const struct mnt_parser *p, struct mnt_cands *out)
{
    size_t parents = 0, k = 0;
    for (size_t j = 0; j < out->n; j++)
        parents += out->v[j].letter == 'a' && letter_point(p, out, j);
    if (parents < LETTER_PARENTS)
        return ERR_OK;
    unsigned char *drop = calloc(out->n, 1);
    if (drop == NULL)
        return ERR_NOMEM;
    /* marked first: each point is judged by its neighbour as printed */
    for (size_t j = 0; j < out->n; j++) {
        drop[j] = (unsigned char)letter_point(p, out, j);
        /* "2. Økonomi:" introduces its lettered points, as an item's
         * heading does here: its colon costs it nothing */
        if (drop[j] && out->v[j].letter == 'a')
            out->v[j - 1].quality += LETTER_COLON;
    }
    for (size_t j = 0; j < out->n; j++)
        if (!drop[j])
            out->v[k++] = out->v[j];
    out->n = k;
    free(drop);
    return ERR_OK;
}

/* A title that only says the item goes on: a running head naming the
 * item open at a page break (`Punkt 4 fortsat`, `4. (fortsat)`, `Pkt. 4
 * - forts.`, `4. fortsat fra side 3`) heads no item of its own. */
static int continued_only(const char *t, size_t n)
{
    size_t i = 0, k = 0;
    for (; i < n; i += k) {
        k = strchr("(-,:", t[i]) != NULL && t[i] != '\0'
                ? 1
                : mnt_space_len(t + i, n - i);
        if (k == 0)
            break;
    }
    static const char *const words[] = {"fortsættelse", "fortsat", "forts."};
    for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
        if ((k = fold_prefix(t + i, n - i, words[w])) == 0)
            continue;
        i += k;
        while (i < n && (t[i] == ')' || t[i] == ':' || t[i] == '.'))
            i++;
        return i == n || fold_prefix(t + i, n - i, " fra ") > 0;
    }
    return 0;
}

int mnt_collect(const struct mnt_parser *p, mnt_cand_fn fn,
                struct mnt_cands *out)
{
    const struct mnt_doc *d = &p->doc;
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < d->nlines; i++) {
        struct mnt_cand c;
        if (d->lines[i].kind != MNT_LINE_TEXT || (p->skip && p->skip[i]))
            continue;
        memset(&c, 0, sizeof c);
        if (!fn(p, i, &c) || introduced_list(d, i) || restarted_list(d, i) ||
            toc_entry_below(d, i, &c) || restarted_points(p, fn, i, &c))
            continue;
        size_t te = c.title_end ? c.title_end : d->lines[i].len;
        if (!c.above && te > c.title_off &&
            is_person(d->lines[i].s + c.title_off, te - c.title_off))
            continue; /* "2. Lars Weiss (A)": an attendee */
        if (!c.above && te > c.title_off &&
            continued_only(d->lines[i].s + c.title_off, te - c.title_off))
            continue;
        if (!c.above && te > c.title_off &&
            at_clause(d->lines[i].s + c.title_off, te - c.title_off))
            continue;
        if (out->n >= MNT_CAND_MAX) {
            out->truncated = 1;
            break;
        }
        if (out->v == NULL && (out->v = calloc(MNT_CAND_MAX, sizeof c)) == NULL)
            return ERR_NOMEM;
        c.line = i - c.above;
        if (c.above)
            c.title_off = 0;
        size_t tend = c.title_end ? c.title_end : d->lines[i].len;
        c.quality = quality(p, i, &c, d->lines[i].s + c.title_off,
                            tend > c.title_off ? tend - c.title_off : 0);
        out->v[out->n++] = c;
    }
    return drop_letter_points(p, out);
}
