/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_wrap.c - does an item's title go on past its heading line? A
 * bracket left open, a hyphen, a line wrapped by hand (<br>), in a table
 * cell or after a preposition, across the blank lines a PDF made into a
 * web page prints, and which lines may never continue a title (a
 * button's label, a file name, a section's name). titles.c joins the
 * lines these say go on; they are apart from it because each shape is
 * judged on its own signs, and together they outgrew titles.c. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* Is the title open at the end of lines first..last (from off on): a
 * bracket not closed, or a word cut by a hyphen at the line's end? */
int mnt_title_open(const struct mnt_doc *d, size_t first, size_t last,
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
    return fold_among(s + w, n - w, abbr, sizeof abbr / sizeof *abbr);
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
size_t mnt_status_tail(const struct mnt_line *l, size_t off)
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

int mnt_title_wrapped_on(const struct mnt_doc *d, size_t i, size_t end)
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
    cut.len = mnt_status_tail(&cut, 0);
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
int mnt_title_wrap_over_blank(const struct mnt_doc *d, size_t i, size_t end)
{
    if (i + 2 >= end || d->lines[i + 1].kind != MNT_LINE_BLANK ||
        d->lines[i + 2].kind != MNT_LINE_TEXT)
        return 0;
    struct mnt_line cut = d->lines[i];
    cut.len = mnt_status_tail(&cut, 0);
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
int mnt_title_continues(const struct mnt_doc *d, size_t i)
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
