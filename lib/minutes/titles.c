/* SPDX-License-Identifier: GPL-2.0-or-later */
/* titles.c - an item's title: from the agenda list, on its heading line
 * or the next, wrapped lines joined (where a title goes on is
 * title_wrap.c's), or cut out of a flattened line
 * (title_cut.c's; where that cut ends is title_flat.c's); never made up
 * from the text (NULL when the heading has none). */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* Next TEXT line after i, at most `gap` blank/noise lines away, before
 * `end`; returns end if none. */
size_t mnt_next_text(const struct mnt_doc *d, size_t i, size_t end, size_t gap)
{
    for (size_t k = i + 1; k < end && k <= i + 1 + gap; k++)
        if (d->lines[k].kind == MNT_LINE_TEXT)
            return k;
    return end;
}

/* Line k right under a bare number, or one blank line below it (a web
 * page as text sets "Pkt. 333" and its title apart as paragraphs): its
 * title when it opens with an ordinal ("• 2" / "2. behandling af budget
 * …", a second reading's number) - not a recommendation's point ("1. at
 * …"). */
static int ordinal_title_under(const struct mnt_doc *d, size_t first, size_t k)
{
    const struct mnt_line *l = &d->lines[k];
    const char *at = memchr(l->s, ' ', l->len);
    int under = k == first + 1 ||
                (k == first + 2 && d->lines[first + 1].kind == MNT_LINE_BLANK);
    return under && mnt_ordinal_title(l->s, l->len) &&
           !(at != NULL && (size_t)(l->s + l->len - at) > 3 &&
             memcmp(at, " at ", 4) == 0);
}

/* What a title reader returns when the heading is not its shape: the
 * next reader tries (ERR_OK and ERR_NOMEM say it took the title, or
 * found the item has none). */
#define TITLE_PASS 1

/* A title the meeting's agenda list gives: "Ad 1 godkendt" and "ad. 3.
 * <what was said>" (the list titles the item, the line is its text), or
 * the list's entry the heading line opens with. */
static int agenda_title(const struct mnt_parser *p, const struct mnt_cand *c,
                        struct mnt_title_at *at, char **out)
{
    const struct mnt_line *l = &p->doc.lines[c->line];
    size_t off = c->title_off;
    struct mnt_line t;
    /* "Ad 1 godkendt": the agenda list titles it, the line is its text */
    if (p->agenda.n > 0 && off < l->len &&
        mnt_ad_agenda_title(p, c, out) != ERR_OK)
        return ERR_NOMEM;
    if (*out != NULL) {
        at->body = c->line, at->skip0 = off;
        return ERR_OK;
    }
    /* "ad. 3. <what was said>": the title is the agenda list's (found by
     * number), the rest of the line the item's text */
    if ((p->agenda_by_number && c->order > 0 && off < l->len &&
         mnt_agenda_title_for(p, c, NULL, &t)) ||
        (p->agenda.n > 0 && mnt_agenda_title_before(p, c, &t))) {
        at->body = c->line, at->skip0 = off;
        *out = mnt_clean_oneline(&t, 1, 0);
        return *out != NULL ? ERR_OK : ERR_NOMEM;
    }
    return TITLE_PASS;
}

/* A table row "1.<TAB>Title<TAB>What was said" (a råd's Word table
 * `Pkt. | Emne | Referat`): with the number in a cell of its own, the
 * title is the next cell; the cells after it are the item's text, never
 * part of one title running over the row. */
static int cell_title(const struct mnt_line *l, size_t first, size_t off,
                      struct mnt_title_at *at, char **out)
{
    if (!l->cell || off == 0 || off >= l->len || l->s[off - 1] != '\t')
        return TITLE_PASS;
    const char *tab = memchr(l->s + off, '\t', l->len - off);
    if (tab == NULL)
        return TITLE_PASS;
    struct mnt_line cut = *l;
    cut.len = (size_t)(tab - l->s);
    at->body = first, at->skip0 = mnt_skip_sp(l->s, l->len, cut.len);
    *out = mnt_clean_oneline(&cut, 1, off);
    return *out != NULL ? ERR_OK : ERR_NOMEM;
}

/* A heading with no title after its number: the title is the line
 * under it (past a case file's fields), into *first and *off, or the
 * agenda list's ("Ad 1:"). ERR_OK with *out NULL when there is none:
 * never one made up from the text. */
static int title_under(const struct mnt_parser *p, const struct mnt_cand *c,
                       size_t end, size_t *first, size_t *off,
                       struct mnt_title_at *at, char **out)
{
    const struct mnt_doc *d = &p->doc;
    const struct mnt_line *l = &d->lines[*first];
    struct mnt_line t;
    size_t k0 = mnt_next_text(d, *first, end, MNT_JOIN_GAP);
    /* the heading under a web page's number in an element of its own is
     * the title, whatever it opens with ("Lukket punkt: …",
     * "Kommunalbestyrelsen. Mødeplan 2023"), no field to skip */
    int head = k0 < end && d->lines[k0].level > 0 && l->level == 0 &&
               l->page == 0 && mnt_line_bare_number(l);
    size_t k = head ? k0 : mnt_skip_fields(d, k0, end);
    /* "Ad 1:" with its title only in the agenda list above */
    if (mnt_agenda_title_for(p, c, k < end ? &d->lines[k] : NULL, &t)) {
        *out = mnt_clean_oneline(&t, 1, 0);
        return *out != NULL ? ERR_OK : ERR_NOMEM;
    }
    /* a table row's other cells run into the title's paragraph after a
     * tab (title_row.c): the title ends at the tab, the cells are text */
    size_t rl = k < end && !head ? mnt_row_title_len(&d->lines[k]) : 0;
    if (rl > 0) {
        struct mnt_line cut = d->lines[k];
        cut.len = rl;
        at->body = k, at->skip0 = mnt_skip_sp(cut.s, d->lines[k].len, rl);
        *out = mnt_clean_oneline(&cut, 1, 0);
        return *out != NULL ? ERR_OK : ERR_NOMEM;
    }
    /* a title right under its number may open with an ordinal ("• 2" /
     * "2. behandling af budget …") */
    if (k == end ||
        !(head || mnt_opens_title(d, k) || ordinal_title_under(d, *first, k)))
        return ERR_OK;
    *first = k, *off = 0;
    return TITLE_PASS;
}

/* "2. Regnskab: godkendt.": the answer after the title's colon is the
 * item's text; so is "Lukket punkt: Placering af … Beslutning Godkendt."
 * after the title the agenda list names: the item's section on the same
 * line. */
static int answered_title(const struct mnt_parser *p, const struct mnt_cand *c,
                          size_t off, struct mnt_title_at *at, char **out)
{
    const struct mnt_line *l = &p->doc.lines[c->line];
    if (off >= l->len)
        return TITLE_PASS;
    size_t ans = mnt_title_answer(l->s + off, l->len - off);
    if (ans == 0)
        ans = mnt_title_minute(l->s + off, l->len - off);
    size_t al =
        ans == 0 ? mnt_agenda_title_len(p, c, l->s + off, l->len - off) : 0;
    if (al > 0 && off + al < l->len && l->s[off + al] == ' ' &&
        mnt_section_word_at(l->s + off + al + 1, l->len - off - al - 1))
        ans = al;
    if (ans == 0)
        return TITLE_PASS;
    struct mnt_line head = *l;
    head.len = off + ans;
    at->body = c->line;
    at->skip0 = mnt_skip_sp(l->s, l->len, off + ans + 1);
    *out = mnt_clean_oneline(&head, 1, off);
    return *out != NULL ? ERR_OK : ERR_NOMEM;
}

/* The title from line first (byte off on), its wrapped lines joined:
 * an open bracket, a wrap the next line goes on from, the case's kind
 * in a paragraph of its own. */
static int wrapped_title(const struct mnt_parser *p, const struct mnt_cand *c,
                         size_t end, size_t first, size_t off,
                         struct mnt_title_at *at, char **out)
{
    const struct mnt_doc *d = &p->doc;
    size_t last = first;
    for (unsigned n = 1; n < MNT_TITLE_LINES; n++) {
        int open = mnt_title_open(d, first, last, off);
        size_t gap = open ? MNT_JOIN_GAP : 0;
        if (!open && !mnt_title_wrapped_on(d, last, end)) {
            if (!mnt_title_wrap_over_blank(d, last, end))
                break;
            gap = 1;
        }
        size_t k = mnt_next_text(d, last, end, gap);
        if (k == end || !mnt_title_continues(d, k))
            break;
        last = k;
    }
    if (last == c->line && off == 0) /* "Title" / "3" / "(Beslutning)" */
        last = mnt_type_under_number(d, c, end);
    /* "8 Fælles høringssvar … Fingerplan 2017" / "(Beslutning)": the
     * case's kind the title's wrap put in a paragraph of its own */
    size_t kk = mnt_next_text(d, last, end, MNT_JOIN_GAP);
    if (kk < end && mnt_kind_paren_line(&d->lines[kk]))
        last = kk;
    at->body = last + 1;
    /* a status at the end of a line ("… kajakforening Åbent punkt":
     * Word's tab to the right stop gone onto a wrapped title's last line;
     * OCR's "… boliger ved Åben sag" / "Grønningen") */
    size_t nspan = last + 1 - first; /* blank lines between included */
    struct mnt_line *span = malloc(nspan * sizeof *span);
    if (span == NULL)
        return ERR_NOMEM;
    memcpy(span, &d->lines[first], nspan * sizeof *span);
    for (size_t k = 0; k < nspan; k++)
        if (span[k].kind == MNT_LINE_TEXT)
            span[k].len = mnt_status_tail(&span[k], k == 0 ? off : 0);
    *out = mnt_clean_oneline(span, nspan, off);
    free(span);
    if (*out != NULL) {
        mnt_trim_title(*out);
        if (d->lines[first].conf >= 0) /* read by OCR */
            mnt_drop_ocr_specks(*out);
    }
    if (*out != NULL && (*out)[0] == '\0') {
        free(*out);
        *out = NULL;
    }
    return ERR_OK;
}

/* "… skoletid 2021-2022 Oversigt over visitation til plejebolig" / "Sag
 * nr. 25 Beslutningskompetence: SOSU …": a flattened page whose heading
 * printed its title above its label, so the piece cut at the label opens
 * with a case file's field; the title ends the piece before, cut off the
 * same page (after its page's number). */
static int title_before_label(const struct mnt_parser *p,
                              const struct mnt_cand *c, char **out)
{
    const struct mnt_doc *d = &p->doc;
    const struct mnt_line *l = &d->lines[c->line];
    size_t off = c->title_off;
    /* the label a heading prints under its title ("Sag nr. 25"), not a
     * field before a title ("Punkt: 1 Acadre sagsnr.: …", "Sag nr. 18
     * Sag fra: Title") */
    if (!l->cut || c->line == 0 || off == 0 || off >= l->len || l->len < 8 ||
        memcmp(l->s, "Sag nr. ", 8) != 0 ||
        mnt_field_word_at(l->s + off, l->len - off) ||
        mnt_lead_sender_len(l->s + off, l->len - off) > 0)
        return TITLE_PASS;
    struct mnt_line f = {.s = l->s + off, .len = l->len - off};
    const struct mnt_line *b = &d->lines[c->line - 1];
    /* one word and its colon ("Beslutningskompetence: SOSU"), not a
     * title's closed mark ("LUKKET PUNKT: KLAGESAG") */
    const char *colon = memchr(f.s, ':', f.len < 32 ? f.len : 32);
    if (!mnt_line_is_field(&f) || colon == NULL ||
        memchr(f.s, ' ', (size_t)(colon - f.s)) != NULL ||
        b->kind != MNT_LINE_TEXT || b->no != l->no)
        return TITLE_PASS;
    /* the page's first piece opens with its number */
    int first = c->line < 2 || d->lines[c->line - 2].no != b->no;
    size_t from = first ? mnt_page_number_len(b->s, b->len) : 0;
    size_t end = b->len;
    while (end > from && b->s[end - 1] == ' ')
        end--;
    size_t t = end > from ? mnt_title_back_at(b, from, end) : (size_t)-1;
    if (t == (size_t)-1 || t >= end)
        return TITLE_PASS;
    *out = strndup(b->s + t, end - t);
    /* "Sager 24 - 30 Fold alle ud Meddelelser": the page's furniture
     * goes as from any title */
    if (*out != NULL)
        mnt_trim_title(*out);
    return *out != NULL ? ERR_OK : ERR_NOMEM;
}

/* The title of the item whose heading is at c (text from c->title_off,
 * or the next line), wrapped lines included; NULL in *out when the item
 * has none. ERR_NOMEM. Each reader takes its shape or passes. */
int mnt_take_title(const struct mnt_parser *p, const struct mnt_cand *c,
                   size_t end, struct mnt_title_at *at, char **out)
{
    const struct mnt_line *l = &p->doc.lines[c->line];
    size_t first = c->line, off = c->title_off;
    *out = NULL;
    at->skip0 = 0;
    at->body = first + 1;
    /* a point on a blank line (an empty list entry counted where the
     * numbering needs it, layout_list.c) has no title: the text under it
     * is its own */
    if (l->kind == MNT_LINE_BLANK)
        return ERR_OK;
    int rc = agenda_title(p, c, at, out);
    if (rc != TITLE_PASS)
        return rc;
    if ((rc = title_before_label(p, c, out)) != TITLE_PASS)
        return rc;
    /* "238. Journalnr. Ø10 Efterretning", "Sag nr. 8 Sag fra: Title …":
     * the case file's number or the sending committee's label before the
     * title */
    size_t jn =
        off < l->len ? mnt_lead_journal_len(l->s + off, l->len - off) : 0;
    if (jn > 0 && (c->title_end == 0 || off + jn < c->title_end))
        off += jn;
    jn = off < l->len ? mnt_lead_sender_len(l->s + off, l->len - off) : 0;
    if (jn > 0 && (c->title_end == 0 || off + jn < c->title_end))
        off += jn;
    if (c->title_end > 0 ||
        ((l->cut || l->len > MNT_HEADING_MAX) && off < l->len))
        return mnt_cut_title(p, c, end, off, at, out);
    if ((rc = cell_title(l, first, off, at, out)) != TITLE_PASS)
        return rc;
    /* "Pkt. 3 (Malou)": who brings it in; the title is under it */
    if (mnt_presenter_heading(&p->doc, c, end))
        off = l->len;
    if (off >= l->len &&
        (rc = title_under(p, c, end, &first, &off, at, out)) != TITLE_PASS)
        return rc;
    if (first == c->line &&
        (rc = answered_title(p, c, off, at, out)) != TITLE_PASS)
        return rc;
    return wrapped_title(p, c, end, first, off, at, out);
}
