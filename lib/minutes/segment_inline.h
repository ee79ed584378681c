/* SPDX-License-Identifier: GPL-2.0-or-later */
/* segment_inline.h - headings inside lines (inline*.c, flat_*.c,
 * code_heads.c, numberless.c): where a flattened PDF page or
 * a glued heading is cut into items, and the contents printed on one
 * line. Included by segment_internal.h only, after the parser's types it
 * uses; split from it along this seam to keep each header one screenful
 * of a subject. */
#ifndef REFERAT_SEGMENT_INLINE_H
#define REFERAT_SEGMENT_INLINE_H

/* inline_split.c: split lines where a heading starts inside them (a flattened
 * PDF page, "Indholdsfortegnelse1. Fraværende"); returns how many were split,
 * or -1 on out-of-memory. */
long mnt_split_inline(struct mnt_doc *d);
/* flat_toc.c: a table of contents flattened into one line ("Pkt. Tekst Side 1
 * Godkendelse af dagsorden 2 2 Strategi 3 …"): its entries' titles as
 * offsets into line `line`, numbered from `first` ("Punkt 12. …": 12). */
/* "12", "01." at s[i], a word of up to three digits: its value, *end
 * after it and one dot (every dot if `leader`, a Word contents' dotted
 * leader "1... Title"); 0 if none. mnt_first_number: the first such word
 * within 40 bytes after s[from]. Shared with numberless.c. */
unsigned mnt_number_word(const char *s, size_t n, size_t i, int leader,
                         size_t *end);
unsigned mnt_first_number(const char *s, size_t n, size_t from, int leader,
                          size_t *end);
int mnt_toc_entry_follows(const char *s, size_t n, size_t from, unsigned num);
#define MNT_TOC_MAX 64u
struct mnt_toc {
    /* the line the contents start in and the one their last entry ends
     * in (the same but where the contents run on over the page line's
     * end: "… funktionsevne 8 5" / "2 Udpegning af …") */
    size_t line, last, n;
    unsigned first;
    /* an agenda list inside a page ("Dagsorden 1. … 6. Næste møde
     * Velkomst. Formanden …"): agenda 1, and where the page's text goes
     * on after its last entry (cut there; 0 once cut) */
    int agenda;
    size_t after;
    struct {
        size_t line, off, end;
    } e[MNT_TOC_MAX];
};
/* Find it in d (the first long line with a table of contents' mark and
 * two entries or more); its number of entries, 0 if none. The split
 * reading also cuts lines where its titles start. */
/* numberless.c: the contents' text (in *names) whose titles name the
 * headings of a flattened transcript that lost their numbers, NULL if it
 * is no such transcript (not flat, contents' entries found, or the
 * contents' first number printed elsewhere than in a contents or
 * attachment list, also one under the running header hdr, NULL if none);
 * where in line l, at or after `from`, such a heading starts (0: none). */
const struct mnt_line *mnt_contents_names(const struct mnt_doc *d, int flat,
                                          int toc_found,
                                          const struct mnt_line *hdr,
                                          struct mnt_line *names);
size_t mnt_contents_named_head(const struct mnt_line *names,
                               const struct mnt_line *l, size_t from);
size_t mnt_flat_toc(const struct mnt_doc *d, struct mnt_toc *t);
/* code_heads.c: a committee's case code after every heading ("CHL
 * 36/2008"): its bytes at s (mnt_committee_case_at), the letters of the
 * code a flattened document repeats (mnt_repeated_code, 0 if none), and
 * the start of a title before such a code in l at or after from
 * (mnt_code_head_at, 0 if none). */
size_t mnt_committee_case_at(const char *s, size_t n);
size_t mnt_repeated_code(const struct mnt_doc *d, const char **code);
size_t mnt_code_head_at(const struct mnt_line *l, size_t from, const char *code,
                        size_t codelen);
/* code_heads.c: where a title that ends at l->s[end] (before a code, a
 * label, the piece's end) starts, not before from: after the sentence
 * before it, or at the earliest capital after a word in lower case or a
 * year that leaves nine words or fewer and no sentence; (size_t)-1 if
 * none, or a numbered heading's ("1. Title"). */
size_t mnt_title_back_at(const struct mnt_line *l, size_t from, size_t end);
/* flat_agenda.c: the offset of an agenda list's first number inside a
 * flattened page after "Dagsorden" ("Dagsorden 1. Velkomst 2. …"), 0 if
 * line l holds none; where its last entry (its title at s[off]) ends,
 * where the first entry's title s[t0..e0) stands again within 150
 * bytes, or 0; where the pages' text goes on after a contents' last
 * entry ending at s[end], the first entry's title a[0..an) standing
 * again past a page number and a running header (the offset of its
 * number), or 0. */
size_t mnt_inline_agenda(const struct mnt_line *l);
size_t mnt_agenda_list_end(const char *s, size_t n, size_t off, size_t t0,
                           size_t e0);
size_t mnt_pages_after_contents(const char *s, size_t n, size_t end,
                                const char *a, size_t an);
/* The same for a last entry at s[off] that no page number ends (a web
 * archive's contents): the first entry's title a[0..an) standing again
 * after the entry's start, within the meeting's fields, or 0. */
size_t mnt_item_after_last_entry(const char *s, size_t n, size_t off,
                                 const char *a, size_t an);
/* flat_agenda.c: where the last entry of a flattened contents, its title
 * at s[off], ends: before the page number that closes the line or comes
 * before a page footer, else before its first number word. */
size_t mnt_last_entry_end(const char *s, size_t n, size_t off);
/* flat_agenda.c: where a contents' entry s[off..end) meets a page's
 * footer, a date the document prints on four lines or more (a page break
 * inside the contents: "Rømø Havn - årsregnskab 2014 12 23. juni 2015 2
 * Byrådet Dagsorden"; s[0..n) the line): before the page number before it, or
 * before the date ("Salg af areal 23. juni 2015 15"); end if none. */
size_t mnt_footer_date_cut(const struct mnt_doc *d, const char *s, size_t n,
                           size_t off, size_t end);
/* Does the heading at s[0..n) give the first words (eight bytes or more)
 * of an agenda list's entry a[0..an) and end there in a full stop
 * ("Næste møde." for the list's "Næste møde maj 2006 kl")? */
int mnt_heading_names_entry(const char *s, size_t n, const char *a, size_t an);
/* The text after the name of a table of contents flattened into one line,
 * numbered or not ("Følgende sager behandles på mødet Side Meddelelser 2
 * …"), n bytes; NULL if the document has none. */
const char *mnt_flat_toc_text(const struct mnt_doc *d, size_t *n);
/* inline_split.c: does line l open with a flattened table of contents' or
 * attachment list's name ("2 Indholdsfortegnelse …", "10 Bilagsoversigt 4.
 * …")? Its numbered entries are no headings: it is never cut. */
int mnt_toc_opens(const struct mnt_line *l);
/* The same after the running header h every page prints ("3
 * KOMMUNALBESTYRELSEN Dagsorden Bilagsoversigt 2. …"); 0 without h. */
int mnt_toc_opens_after_header(const struct mnt_line *l,
                               const struct mnt_line *h);
/* inline_split.c: where the label of a heading whose number ends at s[j]
 * starts ("Pkt. 1", "Sag nr. 1", "Åbent punkt 1:", "1)"); j if none. */
size_t mnt_label_before(const char *s, size_t j);
/* inline_split.c: does line l open with such a list of attachments ("12
 * Bilagsliste …", "Bilagsoversigt …", 80 bytes or more)? After the last
 * item it is the meeting's, not that item's text (mnt_build_items). */
int mnt_attachments_opens(const struct mnt_line *l);
/* How many headings start inside d's lines (what mnt_split_inline cuts). */
size_t mnt_inline_count(const struct mnt_doc *d);
/* inline.c: does s[0..e) end in a journal number's label, its colon
 * too ("Journalnr.", "Journal nr.:", "J.nr.:", "Sagsnr.")? */
int mnt_journal_label_before(const char *s, size_t e);
/* inline.c: where a heading starts inside line l at or after `from`; 0 none. */
size_t mnt_inline_heading(const struct mnt_line *l, size_t from, int flat_doc);
/* inline_list.c: is the number `num` at s[i] a point of a list a
 * sentence's colon introduces ("… var: 1. … 2. …"), every point from "1."
 * up to it within 300 bytes of the last and no section's name between? */
int mnt_sentence_list_point(const char *s, size_t i, unsigned num);
/* inline_list.c: does such a point, its title at s[t], head an item: its
 * title runs into a case file's field with no sentence's end between? */
int mnt_list_point_heads(const char *s, size_t n, size_t t);
/* generic.c: "HR. 1 Title", "HR 1. Title" at s[i], a råd's code before
 * the item's number (a full stop after the code or the number); fills c */
int mnt_council_code_at(const char *s, size_t n, size_t i, struct mnt_cand *c);
/* inline_loose.c: does title t[0..n) open with a part's heading (in capitals,
 * or a part's name: "Sager til behandling") glued to an item's running
 * number and title ("ÅBEN DAGSORDEN 12 GODKENDELSE AF DAGSORDEN")? Two
 * headings of a flattened page run together: the split that made it is
 * suspect (confidence.c). */
int mnt_caps_part_title(const char *t, size_t n);
/* inline_loose.c: a flattened page's item number without a full stop at s[i]?
 */
int mnt_loose_heading_at(const char *s, size_t n, size_t i);
/* inline_labels.c: for inline.c's labelled headings. Does a meeting's
 * dated name ("… Kommunalbestyrelsens møde 26. april 2010") end right
 * before s[i], where "Punkt N:" labels that meeting's decision? Does a
 * heading "Pkt.nr. 2 Title" start at s[i]? */
int mnt_meeting_named_before(const char *s, size_t i);
int mnt_pktnr_heading_at(const char *s, size_t n, size_t i);
int mnt_status_number_heading_at(const char *s, size_t n, size_t i);
/* "… valgt. 2.Godkendelse …": a glued "N.Title" in a run at s[i]? */
int mnt_glued_dot_heading_at(const char *s, size_t n, size_t i);
/* A heading "Åbent punkt 3. Title" / "Lukket punkt 4 Title" at s[i]? */
int mnt_status_punkt_heading_at(const char *s, size_t n, size_t i);
/* inline_labels.c: does a closed mark at s[i] belong to what stands
 * before it: joined by a dash to the title ("… 2019 - Lukket punkt 4.
 * …"), or an item's whole title right after its label "N. " ("154.
 * Lukket punkt 155. …", a closed item's page prints nothing else)? Then
 * it is no status heading, and the number after it is the next label. */
int mnt_mark_owned_before(const char *s, size_t i);
/* inline_labels.c: "4: Title" at s[i] (delim ':'; ')' for "4) Title";
 * '-' for "4 - Title"): where the title starts, 0 if none. */
size_t mnt_delim_heading_at(const char *s, size_t n, size_t i, char delim);
/* inline_labels.c: "§ 2 Title" at s[i] inside a flattened page, no
 * statute's section in a sentence ("lovens § 17 …"). */
int mnt_paragraf_heading_at(const char *s, size_t n, size_t i);
/* "… PKT. 9. 3 STK. ANSØGNINGER …": after a capitalised label word, the
 * title at t of the number at s[i] opens with a count. */
int mnt_label_count_title(const char *s, size_t n, size_t i, size_t t);
/* "… 4. Forespørgsler 04A Title …": a zero-padded case number with its
 * group's capital letter at s[i] of a flattened page (not "02A Fra …"). */
int mnt_padded_letter_at(const char *s, size_t n, size_t i);
/* inline_labels.c: "Ad. 3) Text" at s[i], a paragraph keyed to the agenda
 * by its number inside a flattened page. */
int mnt_ad_paragraph_at(const char *s, size_t n, size_t i);
/* A heading "62/1. Title (Åben sag)" at s[i]: the running case number
 * (in *num), the agenda place, the title (ending at *tend), the status in
 * brackets ending the line. Where its title starts, 0 if none. */
size_t mnt_slash_status_at(const char *s, size_t n, size_t i, unsigned *num,
                           size_t *tend);
/* Such a heading glued to the text before it (after a lower-case letter,
 * a full stop or a space) at s[i]: a place to cut the line. */
int mnt_slash_heading_cut(const char *s, size_t n, size_t i);

#endif
