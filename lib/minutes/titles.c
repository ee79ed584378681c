/* SPDX-License-Identifier: GPL-2.0-or-later */
/* titles.c - an item's title: from the agenda list, on its heading line
 * or the next, wrapped lines joined, or cut out of a flattened line
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

static int title_open(const struct mnt_doc *d, size_t first, size_t last,
                      size_t off)
{
    long depth = 0;
    for (size_t i = first; i <= last; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        for (size_t k = i == first ? off : 0; k < l->len; k++)
            depth += l->s[k] == '(' ? 1 : l->s[k] == ')' ? -1 : 0;
    }
    const struct mnt_line *l = &d->lines[last];
    int hyphen = l->len >= 2 && l->s[l->len - 1] == '-' &&
                 l->s[l->len - 2] != ' ' && (last != first || l->len - off > 1);
    return depth > 0 || hyphen;
}

/* Does s[0..n) end in an abbreviation that never ends a title ("ift.",
 * "vedr.", "bl.a.")? */
static int after_abbreviation(const char *s, size_t n)
{
    static const char *const abbr[] = {"ift.", "vedr.", "bl.a.", "pga.",
                                       "mht.", "inkl.", "jf.",   "f.eks.",
                                       "ca.",  "iht.",  "ang."};
    size_t w = n;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    for (size_t k = 0; k < sizeof abbr / sizeof *abbr; k++)
        if (fold_eq(s + w, n - w, abbr[k], strlen(abbr[k])))
            return 1;
    return 0;
}

/* "Sagsnr.: 09/22014", "Sagsnr.     15/4411", "J.nr.: …": a case
 * file's field line, which follows a heading, never its text. */
static int case_field_line(const struct mnt_line *l)
{
    return mnt_herning_key(l) > 0 || mnt_field_word_at(l->s, l->len) ||
           fold_prefix(l->s, l->len, "Sagsnr. ") > 0 ||
           fold_prefix(l->s, l->len, "Sag nr. ") > 0;
}

/* Is line i the rest of a long heading wrapped by pdftotext, right
 * before the case file's fields that follow a heading ("Punkt 103
 * Kvalitetsstandarder for … praktisk hjælp" / "2010 - efter høring" /
 * "Sagsnr.: …"; "… ved Rørth" / "Strand - fremlæggelse" / "Sagsnr. …")?
 * A short run of up to four words, no sentence's end; a body's first
 * line is never followed by the fields. */
static int tail_before_fields(const struct mnt_doc *d, size_t i)
{
    const struct mnt_line *l = &d->lines[i];
    size_t words = 1;
    for (size_t k = 0; k < l->len; k++)
        words += l->s[k] == ' ';
    /* a field itself ("Sagsbehandler: Ditte Kjærsgaard" over
     * "Sagsnr.: …") is no heading's tail */
    if (l->len == 0 || l->len > 40 || words > 4 ||
        strchr(".:;!?", l->s[l->len - 1]) != NULL ||
        memchr(l->s, ':', l->len) != NULL || case_field_line(l) ||
        !(mnt_starts_upper(l->s, l->len) || mnt_digit(l->s[0])))
        return 0;
    return i + 1 < d->nlines && d->lines[i + 1].kind == MNT_LINE_TEXT &&
           case_field_line(&d->lines[i + 1]);
}

/* Does the heading line i wrap onto the next line (no blank between)? A
 * long line that ends in no stop, followed by a short one that starts in
 * lower case: "… til eksisterende" / "virksomhed." (Danish body text
 * opens with a capital), or any short one after a preposition
 * (then the heading may be short too). */
/* Is line i the last word or two of a wrapped heading (pdftotext's
 * "4.   BU - Færdiggørelse af … af Børnehuset" / "     Skovbrynet"):
 * at most two capitalised words and 30 bytes, no digit, no stop, and
 * the title block ends after it (a blank line, not text)? */
static int name_tail(const struct mnt_doc *d, size_t i)
{
    const struct mnt_line *l = &d->lines[i];
    if (tail_before_fields(d, i))
        return 1;
    size_t words = 1;
    for (size_t k = 0; k < l->len; k++) {
        if (mnt_digit(l->s[k]))
            return 0; /* a case number, "2012-18802" */
        words += l->s[k] == ' ';
    }
    if (!mnt_starts_upper(l->s, l->len))
        return 0;
    return l->len <= 30 && words <= 2 &&
           strchr(".:;!?)", l->s[l->len - 1]) == NULL && i + 1 < d->nlines &&
           d->lines[i + 1].kind == MNT_LINE_BLANK;
}

/* Is line i the last word or two of a heading wrapped in a narrow
 * column ("4. Vandløbsregulativer, endelig" / "vedtagelse" / blank): in
 * lower case, at most 30 bytes, no stop, and the block ends after it?
 * The heading before it may be short. */
static int lower_tail(const struct mnt_doc *d, size_t i)
{
    const struct mnt_line *l = &d->lines[i];
    uint32_t cp = 0;
    size_t words = 1;
    for (size_t k = 0; k < l->len; k++)
        words += l->s[k] == ' ';
    utf8_decode(l->s, l->len, &cp);
    return l->kind == MNT_LINE_TEXT && l->len <= 30 && words <= 2 &&
           fold_is_lower(cp) && strchr(".:;!?", l->s[l->len - 1]) == NULL &&
           i + 1 < d->nlines && d->lines[i + 1].kind == MNT_LINE_BLANK;
}

/* "Budgetopfølgning          Åben sag": a status set at the end of a
 * heading line (right-aligned in the PDF; the text reader keeps one
 * space of the gap) is no part of the title. A capitalised "Åben sag",
 * "Lukket punkt" ends no title; a lone "Åben" must be set apart (a tab
 * or two spaces). The line's length without it. */
static size_t status_tail(const struct mnt_line *l, size_t off)
{
    static const char *const marks[] = {"Åben sag",    "Lukket sag",
                                        "Åbent punkt", "Lukket punkt",
                                        "Åben",        "Lukket"};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t m = strlen(marks[k]);
        if (l->len < off + m + 4 || memcmp(l->s + l->len - m, marks[k], m) != 0)
            continue;
        size_t e = l->len - m;
        int apart =
            l->s[e - 1] == '\t' || (l->s[e - 1] == ' ' && l->s[e - 2] == ' ');
        if (!apart && (l->s[e - 1] != ' ' || strchr(marks[k], ' ') == NULL))
            continue;
        while (e > off && (l->s[e - 1] == ' ' || l->s[e - 1] == '\t'))
            e--;
        /* "Klage over afgørelse - Lukket punkt": a dash before the
         * status joins it to the title as typed, no cell set apart;
         * cutting it would leave the dash dangling */
        if (!apart && e > off + 1 && l->s[e - 1] == '-' && l->s[e - 2] == ' ')
            return l->len;
        return e > off ? e : l->len;
    }
    return l->len;
}

/* Is line i+1 the rest of heading line i, wrapped by hand inside one
 * paragraph ("3. Salg af grunde i Tjæreborg<br>Øst, etape 2.": a video
 * page's description listing the agenda)? The reader marks such a line
 * (ext_block.line_break); it goes on the title when the paragraph is
 * those two lines in one style and kind (an <li>'s lines after a <br>
 * are its text, not its title), the heading line ends in no stop, the
 * second is short and no sentence ("Godkendt.", "Sagen blev udsat.",
 * "Sted: …" are an item's text), and nothing else follows it in the
 * item: a body's lines would. */

static int br_tail(const struct mnt_doc *d, size_t i, size_t end)
{
    const struct mnt_line *l = &d->lines[i], *n = &d->lines[i + 1];
    if (i + 1 >= end || l->brk || !n->brk || n->kind != MNT_LINE_TEXT ||
        l->len < 12 || n->len > 80 || n->bold != l->bold ||
        n->level != l->level || n->list != l->list || n->cell != l->cell ||
        (i + 2 < d->nlines && d->lines[i + 2].brk))
        return 0;
    if (strchr(".:;!?", l->s[l->len - 1]) != NULL &&
        !after_abbreviation(l->s, l->len))
        return 0;
    /* a line that opens with a date ("11. jan. 2024 – kl. 19.00 …"
     * under "7. Tid og sted for næste møde") says when: the item's
     * text, no title runs on into a date */
    if (memchr(n->s, ':', n->len) != NULL || mnt_line_is_prose(n) ||
        mnt_line_is_statement(n) || mnt_line_starts_dated(n->s, n->len))
        return 0;
    return mnt_next_text(d, i + 1, end, end) == end;
}

static int wrapped_on(const struct mnt_doc *d, size_t i, size_t end)
{
    if (br_tail(d, i, end))
        return 1;
    /* a list's entry right under a paragraph, or a paragraph under one,
     * is another block of the page, not the heading's next line: the
     * first of an item's folded sections ("Punktoplysninger" over
     * "Sagsnr.: …") under a long title. Plain text marks no lists. */
    if (i + 1 < end && d->lines[i + 1].list != d->lines[i].list)
        return 0;
    /* the line without a status set at its end ("… boliger ved Åben
     * sag" / "Grønningen": OCR reads the status cell into the row) */
    struct mnt_line cut = d->lines[i];
    cut.len = status_tail(&cut, 0);
    const struct mnt_line *l = &cut;
    if (i + 1 < end && l->len >= 12 && lower_tail(d, i + 1) &&
        strchr(".:;!?", l->s[l->len - 1]) == NULL)
        return 1;
    if (i + 1 < end && d->lines[i + 1].kind == MNT_LINE_TEXT &&
        (mnt_caps_wrap(l->s, l->len, d->lines[i + 1].s, d->lines[i + 1].len) ||
         mnt_contents_wrap(d, i)))
        return 1;
    /* a short heading goes on only after a preposition ("… legeplads
     * i" / "Toftlund") or a comma ("… langs Grejsdalen," /
     * "forundersøgelse", wrapped in a heading table's cell): no title
     * ends in either */
    int comma = l->len > 0 && l->s[l->len - 1] == ',';
    if (i + 1 >= end || l->len < 12 ||
        (l->len < 50 && !mnt_after_small_word(l->s, l->len) && !comma) ||
        (strchr(".:;!?", l->s[l->len - 1]) &&
         !after_abbreviation(l->s, l->len)))
        return 0;
    const struct mnt_line *n = &d->lines[i + 1];
    uint32_t cp = 0;
    if (n->kind != MNT_LINE_TEXT || n->len > 80)
        return 0;
    /* a heading the format styled, cut at its comma, over a body line
     * repeating it (a PDF's h2 "6. Medlemskab af …," over the plain
     * "Medlemskab af …,"): the reader keeps a heading's wrapped lines in
     * one block, so a line in another style is no part of it */
    if (comma && (l->level > 0 || l->bold) &&
        (n->level != l->level || n->bold != l->bold))
        comma = 0;
    utf8_decode(n->s, n->len, &cp);
    /* no title ends in a preposition: "… på stierne langs" /
     * "Remstrupvej og Sejsvej" goes on, a capital notwithstanding */
    return fold_is_lower(cp) || comma || mnt_after_small_word(l->s, l->len) ||
           after_abbreviation(l->s, l->len) || name_tail(d, i + 1);
}

/* Is text line i+2 the rest of heading line i, wrapped across the one
 * blank line that a PDF made into a web page (pdf2html) prints between
 * all its lines ("2.  Valg af … Kommunal- og" / blank / "Regionalvalg
 * 2013 - BY")? Only on the signs that no title ends there: the line
 * ends in a preposition or conjunction (not a comma: a heading cut at
 * its comma may stand over a paragraph repeating it), or the next line is a
 * short tail (tail_before_fields()'s shape; a lower-case one too) right before
 * the case file's fields, themselves one blank line further ("… for
 * Økonomiudvalget" / "2012 - ØU" / "Sagsnr: 13/2094"). */
static int wrap_over_blank(const struct mnt_doc *d, size_t i, size_t end)
{
    if (i + 2 >= end || d->lines[i + 1].kind != MNT_LINE_BLANK ||
        d->lines[i + 2].kind != MNT_LINE_TEXT)
        return 0;
    struct mnt_line cut = d->lines[i];
    cut.len = status_tail(&cut, 0);
    const struct mnt_line *l = &cut, *n = &d->lines[i + 2];
    if (l->len < 12 || strchr(".:;!?", l->s[l->len - 1]) != NULL ||
        n->len > 80 || mnt_line_is_prose(n) || mnt_line_is_statement(n))
        return 0;
    /* the heading printed again under itself (a mirror's "496.
     * Meddelelser (O)" twice, the button's and the page's) is no wrap */
    if (n->len == d->lines[i].len && memcmp(n->s, d->lines[i].s, n->len) == 0)
        return 0;
    /* a case file's field ends the heading even after a small word: a
     * title whose last word was lost ("… daginstitution i" / blank /
     * "Journalnr. 05.01") */
    if (mnt_after_small_word(l->s, l->len))
        return !case_field_line(n);
    size_t words = 1;
    for (size_t k = 0; k < n->len; k++)
        words += n->s[k] == ' ';
    if (n->len > 40 || words > 4 || memchr(n->s, ':', n->len) != NULL ||
        strchr(".;!?", n->s[n->len - 1]) != NULL || case_field_line(n) ||
        !(mnt_starts_upper(n->s, n->len) || mnt_digit(n->s[0]) ||
          /* no heading opens in lower case: such a short line right
           * before the case field ends the heading above it (an ePaper
           * site's "… i kommunens egne<br />" / blank / "tilbud<br />") */
          mnt_starts_lower(n->s, n->len)))
        return 0;
    return i + 4 < end && d->lines[i + 3].kind == MNT_LINE_BLANK &&
           d->lines[i + 4].kind == MNT_LINE_TEXT &&
           case_field_line(&d->lines[i + 4]);
}

/* Does the line end in an attachment's file name ("politisk_moedeplan_
 * 2022.pdf", "Bilag 2 - Notat.docx")? A link to the item's document
 * printed under its heading, never the title's last words. */
static int file_name_line(const struct mnt_line *l)
{
    static const char *const exts[] = {".pdf", ".docx", ".doc", ".xlsx",
                                       ".xls", ".pptx", ".odt", ".msg",
                                       ".jpg", ".png",  ".zip"};
    for (size_t k = 0; k < sizeof exts / sizeof *exts; k++) {
        size_t m = strlen(exts[k]);
        if (l->len > m && fold_eq(l->s + l->len - m, m, exts[k], m))
            return 1;
    }
    return 0;
}

/* May line i continue a wrapped heading? Not if it opens something, nor
 * if it is a page's furniture: a button's label ("fold dette punkt ind
 * Resume" under a long title ending in a year), a section's name
 * ("Resume Uddannelsesrådet mødes …") or an attachment's file name; no
 * title goes on into any of them. Nor a number of up to three digits
 * alone: the next item's, in an element of its own over its title
 * ("SAGER TIL BESLUTNING" / "22" / "Salg af …"; a year has four). */
static int continues_title(const struct mnt_doc *d, size_t i)
{
    const struct mnt_line *l = &d->lines[i];
    struct mnt_cand c;
    size_t nl, off;
    unsigned v;
    size_t k = mnt_read_num(l->s, l->len, 0, 3, &v);
    if (k > 0 && (k == l->len || (k + 1 == l->len && l->s[k] == '.')))
        return 0;
    return !mnt_numbered_at(l->s, l->len, 0, &c) && !mnt_herning_key(l) &&
           !mnt_status_line(l) && !mnt_status_wrap_at(d, i) &&
           !file_name_line(l) &&
           !mnt_section_heading(l->s, l->len, &nl, &off) &&
           fold_prefix(l->s, l->len, "Punkt ") == 0 &&
           mnt_widget_label_len(l->s, l->len) == 0 &&
           !mnt_section_word_at(l->s, l->len);
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
        int open = title_open(d, first, last, off);
        size_t gap = open ? MNT_JOIN_GAP : 0;
        if (!open && !wrapped_on(d, last, end)) {
            if (!wrap_over_blank(d, last, end))
                break;
            gap = 1;
        }
        size_t k = mnt_next_text(d, last, end, gap);
        if (k == end || !continues_title(d, k))
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
            span[k].len = status_tail(&span[k], k == 0 ? off : 0);
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
