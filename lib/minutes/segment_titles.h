/* SPDX-License-Identifier: GPL-2.0-or-later */
/* segment_titles.h - the segmenter's title rules (titles.c and the
 * title_*.c files beside it): where an item's title starts and ends, what
 * it loses. Included by segment_internal.h only, after the parser's
 * types it uses; split from it along this seam to keep each header one
 * screenful of a subject. */
#ifndef REFERAT_SEGMENT_TITLES_H
#define REFERAT_SEGMENT_TITLES_H

/* title_words.c */
/* Does s open with an item's section name ("Sagsfremstilling",
 * "Beslutning", "Resume", "Sagens kerne" …) as a word? */
int mnt_section_word_at(const char *s, size_t n);
/* Does s open with a company's form ("ApS", "A/S", "I/S", "IVS")? It
 * ends a firm's name ("Havneknuseren ApS", "Fynsk Vandteknik I/S") and
 * opens no sentence. */
int mnt_company_form_at(const char *s, size_t n);
/* Does s open with an abbreviation in capitals joined by a hyphen to a
 * word in lower case ("EU-strukturfondsperiode", "IT-strategi")? Such a
 * compound is a noun a title goes on with after a word in lower case
 * ("Den kommende EU-strukturfondsperiode"); a sentence opening with one
 * is rare beside it. */
int mnt_caps_compound_at(const char *s, size_t n);
/* Does a case file's field label stand at s[i] right after a number
 * ("… af Lokalplan 077 Lovgrundlag: Miljøbeskyttelsesloven …"): a
 * capitalised word of four letters or more, nothing but letters, ending
 * in a colon before its value? */
int mnt_label_after_number(const char *s, size_t n, size_t i);
/* Is w[0..n) a preposition or conjunction ("af", "i", "til", "og")? Does
 * s[0..n) end in one? */
int mnt_small_word(const char *w, size_t n);
int mnt_after_small_word(const char *s, size_t n);
/* Does s[0..n) end in "nr.", "vedr.", "jf." (an abbreviation a name or
 * a number follows)? */
int mnt_after_object_abbrev(const char *s, size_t n);
/* Does s[0..n) end in a person's role, or a role and up to three of the
 * person's names ("Spørgsmål fra rådmand", "… fra rådmand Bo Mørch")?
 * Then a capitalised word after it goes on with the name ("… Andresen
 * om grundskylden") and opens no sentence. */
int mnt_after_role_name(const char *s, size_t n);
/* Do two words in capitals end at s[e] ("LOKALPLAN NR.", a full stop
 * allowed), the first starting at *start? Does s[0..e) end in a dash
 * between spaces (" - ", " – ")? Does a preposition or conjunction in
 * capitals ("AF", "I") end before the number at s[i] (s[i - 1] a space),
 * the title going on in capitals after it ("INDRETNING AF 1. SAL")? */
int mnt_caps_words_before(const char *s, size_t e, size_t *start);
int mnt_dash_before(const char *s, size_t e);
int mnt_caps_small_word_before(const char *s, size_t n, size_t i);
/* "1. SUPPLEANT ANNI THORUP DELTOG I STEDET", "2. suppleant … var
 * indkaldt": t[0..n), the text after an ordinal, a member's role the
 * ordinal counts in an attendance note (a sentence saying the member
 * came in another's place), never an item's title. */
int mnt_role_ordinal_title(const char *t, size_t n);
/* Is line t[0..tn) the rest of heading line h[0..hn) in capitals ("3.
 * ANSØGNING - … I SKIVE" / "OG OPSTART AF FORENINGEN"): both in
 * capitals, the rest opening with a small word? */
int mnt_caps_wrap(const char *h, size_t hn, const char *t, size_t tn);
/* Does s open with field label w (one ending in a colon) printed with
 * spaces before its colon ("Sagsnr. : …")? */
int mnt_spaced_colon_at(const char *s, size_t n, const char *w);

/* title_contents.c */
/* Is text line i+1 the rest of heading line i, both in capitals, as the
 * table of contents above prints the title ("… PÅ HAVNEN" / "SKIVE
 * HAVN" under "… på havnen Skive Havn ..... 7")? */
int mnt_contents_wrap(const struct mnt_doc *d, size_t i);

/* title_flat.c */
/* The end of a title cut out of flattened line l from off: the flattened
 * table of contents' entry for it, else where the heuristics end it. */
size_t mnt_flat_end(const struct mnt_parser *p, const struct mnt_line *l,
                    size_t off);
/* Does s[0..n) end in a word that parts lettered A, B, C are named by
 * ("område C", "Etape B", "bilag A")? Their letter is the title's. */
int mnt_names_a_part(const char *s, size_t n);

/* title_sentence.c, for title_flat.c */
/* Does the text glue onto a title opening at s[off] at s[i], no space
 * between ("… for søenLine Sand", "… for 2013Møderne holdes",
 * "Evt.Ingen")? */
int mnt_glued_text_at(const char *s, size_t n, size_t off, size_t i);
/* Where the capitalised word at s[i] starts the text after a title
 * opening at s[off] (a sentence's first word, a repeat of the title's
 * words, a word after a year, a full stop or a question mark), or 0. */
size_t mnt_capital_end(const char *s, size_t n, size_t off, size_t i);
/* title_toc.c: a heading's words after the m bytes a flattened contents' entry
 * named (at s[0..n)): one to three numbers (no case number) running on to a
 * section's or a case file's field name ("… budget 2008 Sagsnr.: …",
 * "… 31. juli 2018 Sagsfremstilling"): a transcript that stripped the
 * contents' numbers dropped them from the entry, and the page's own
 * heading ends at the field. The title's new length, 0 if the words do
 * not run on so. */
size_t mnt_title_runs_on(const char *s, size_t n, size_t m);
/* Bytes of an item's status in brackets at s ("(Åben sag)", "(Lukket
 * punkt)", "(Lukket)"); 0 if none. */
size_t mnt_paren_status_len(const char *s, size_t n);
/* "239. Journalnr. 17.00 Jegindø Efterskole under oprettelse (Åben sag)
 * (joh) Initiativgruppen …": a status in brackets closes the heading (the
 * handler's initials and the text follow), capitals before it
 * notwithstanding. Where the title before it ends, 0 if no such status
 * stands before lim or a sentence's end or a section's or field's name
 * comes first. (title_status.c, for title_flat.c) */
size_t mnt_status_after(const struct mnt_line *l, size_t off, size_t lim);
/* "562. Varmeværk Nord - Kommunegaranti Sagsnr J.nr Varmeværk …": a
 * case file's field within 150 bytes that no sentence's end, section
 * name or label's colon comes before ends the title there - the words
 * before it are the title's, capitalised names too ("… Nord", "… region
 * Syddanmark"), where a capital after a lower-case word would otherwise
 * start the text. The end (before the field, or after a closed mark that
 * comes first: "… - Lukket sag"), or 0. (title_fields.c, for title_flat.c) */
size_t mnt_field_after_title(const struct mnt_line *l, size_t off);
/* Join again a word a transcript wrapped at its hyphen ("REGIONS-
 * RÅDET"), compounds' lists ("Børne- og Ungeudvalget") kept. In place.
 * (title_trim.c) */
void mnt_join_wrapped(char *t);

/* title_caps.c: a title set in capitals inside a flattened line. Is the
 * character after s[i] a small letter (a word capitalised as a sentence
 * opens)? */
int mnt_next_is_lower(const char *s, size_t n, size_t i);
/* Does the word s[0..n) end as a definite noun's genitive ("-ens",
 * "-ets", "-nes": "Sagens", "Udvalgets"), which owns a section after it,
 * where a town's name ending in an s ("Randers") does not? (title_caps.c) */
int mnt_definite_genitive(const char *s, size_t n);
/* Where the capitalised genitive s[..n) ends in starts, before section
 * name sec ("… RÅDET ADMINISTRATIONENS" INDSTILLING); 0 if none. */
size_t mnt_caps_genitive_before(const char *s, size_t n, const char *sec,
                                size_t sn);
/* Is the full stop before s[i] an ordinal's or an amount's unit's in a
 * title in capitals opening at off ("BUDGET 2009-2012, 1. BEHANDLING",
 * "… PÅ 4 MIO. KR. AFSAT …")? */
int mnt_caps_ordinal_at(const char *s, size_t n, size_t off, size_t i);
/* Does a title in capitals at s[off..i) end where the word at s[i]
 * starts its text ("… VED FOLEHAVEVEJ Kommunen ejer …")? */
int mnt_caps_then_text(const char *s, size_t n, size_t off, size_t i);

/* title_spaced.c: where a title ends before a letter-spaced run within
 * 150 bytes ("… Anlægsregnskab T e k n is k U d v a lg Journal nr.: …")
 * when no colon, sentence's end or section name comes first; 0 if
 * none. */
size_t mnt_spaced_after_title(const struct mnt_line *l, size_t off);
/* title_status.c: is line l only the case's kind in brackets
 * ("(Beslutning)", "(Til orientering)") - the last words of a title
 * wrapped onto a paragraph of their own? */
int mnt_kind_paren_line(const struct mnt_line *l);

/* title_cut.c */
/* Does the heading c, cut out of a flattened line, carry text of its
 * own after its title on that line ("5. Eventuelt Næste møde …")? */
int mnt_cut_has_text(const struct mnt_parser *p, const struct mnt_cand *c);
/* The piece after a cut heading piece that holds only a case file's
 * fields from off, its title's length in *len; end if none. */
size_t mnt_title_after_fields(const struct mnt_parser *p, size_t first,
                              size_t end, size_t off, size_t *len);

/* title_fields.c */
/* Does s open with a case file's field label ("J.nr.", "Sagsnr.:",
 * "Sagsid.:", "Dok.nr.:", "Initialer:", "Sagsbehandler:")? */
int mnt_field_word_at(const char *s, size_t n);
/* Does s open with a bare case number ("10/9310 Beslutningstema", "… 10/11802"
 * at a line's end), which ends a title inside a flattened line? */
int mnt_bare_case_at(const char *s, size_t n);
/* Bytes of a case file's unlabelled filing code before its bare case
 * number ("Ø40/dwbkes 08/16112 Åben sag") opening s; 0 if none. */
size_t mnt_filing_code_at(const char *s, size_t n);
/* Where a title ends before a case file's field or a bare case number
 * within 150 bytes, 0 if before neither. */
size_t mnt_title_before_case(const char *s, size_t n);
/* Does line l open with a case file's field ("Journalnr.: A00": a label
 * of one to three words ending in a colon)? */
int mnt_line_is_field(const struct mnt_line *l);
/* Bytes of a journal number opening a title ("Journalnr. 17.00 ",
 * "J.nr. Ø10 ") before the title itself; 0 if none. */
size_t mnt_lead_journal_len(const char *s, size_t n);
size_t mnt_lead_sender_len(const char *s, size_t n);
/* Where a title on a flattened page ends: before a case file's field
 * within 150 bytes, or after a closed item's mark; 0 if neither. */
size_t mnt_title_before_field(const char *s, size_t n);
/* Two or more field lines from line k on (before end) are passed over:
 * the line after them; k otherwise. */
size_t mnt_skip_fields(const struct mnt_doc *d, size_t k, size_t end);
/* The title, named by the flattened table of contents, after the case
 * file's fields a heading cut out of a flattened line opens with: its
 * start and end in line l (from off) in *at, *end; 0 if none. */
/* title_cut.c: "… Godkendt. 3. Endelig vedtagelse af Lokalplan 118 for 3"
 * / "5 boliger ved Englandsvej Åben sag …": a heading at a page's foot
 * whose title [off, te) of line li runs to the page's number after a
 * word no title ends in ("for", "og"), the next page's line going on
 * with it: the title joined in *out (NULL: no memory); 1 if so, 0 if
 * not. */
int mnt_title_over_page(const struct mnt_parser *p, size_t li, size_t end,
                        size_t off, size_t te, char **out);
/* title_cut.c: the title after a case file's fields that end with the
 * case handler's name ("… Sagsbehandler: Gerda Moll Meddelelser Baggrund
 * …"), no contents naming it */
int mnt_title_after_handler(const struct mnt_line *l, size_t off, size_t *at,
                            size_t *end);
int mnt_toc_named_title(const struct mnt_parser *p, const struct mnt_line *l,
                        size_t off, size_t *at, size_t *end);
/* Bytes of the title at s[0..n), cut out of a flattened page, that the
 * flattened table of contents repeats word for word (8 or more, else 0);
 * *whole: the contents' entry ends there too (a page or entry number
 * follows it), so the title is exactly that. Bounded work. */
size_t mnt_toc_title_len(const struct mnt_parser *p, const char *s, size_t n,
                         int *whole);
/* title_toc.c: bytes of a committee's code ("ØU ") opening a flattened
 * title that the contents name without it; 0 if none. */
size_t mnt_toc_code_len(const struct mnt_parser *p, const char *s, size_t n);
/* title_trim.c: a table row's cells after an item's number that hold only its
 * time in the programme ("Punkt 1" | "5 min" | title, "18.00 - 18.05"): the
 * offset past them (and the tabs after them), i if none. */
size_t mnt_skip_slot_cells(const char *s, size_t n, size_t i);
/* "Regnskab: godkendt.", "Ny mødedato: 19. januar 2010 …",
 * "Fraværende: Karin Lund …": a title and, after its colon on the same
 * line, what the meeting said - a decision or nil answer, a date, the
 * names under a presence field. The title's length (the colon's
 * offset); 0 if s[0..n) is no such line ("Lokalplan 12: Boliger …",
 * "Orientering: nyt fra formanden" are titles whole). */
size_t mnt_title_answer(const char *s, size_t n);
/* "Valg af referent, Jørgen referent denne gang", "Godkendelse af
 * dagsorden, godkendt", "Høringssvar. Der var ingen bemærkninger": a
 * title and, after a comma or a full stop on the same line, the
 * meeting's minute (a decision, a main clause, a name and its role).
 * The title's length; 0 if none ("Meddelelser fra formand, sekretær og
 * medlemmer", "Skolevej 14. Lokalplan nr. 0-912" are titles whole). */
size_t mnt_title_minute(const char *s, size_t n);
/* title_status.c: "Lukket sag Personalesag": bytes of a status opening a
 * title before a capitalised word; 0 if none. */
size_t mnt_lead_status_len(const char *s, size_t n);
/* title_status.c: bytes of a status word alone ("Åbent", "Lukket")
 * opening t before a capitalised word; 0 if none. */
size_t mnt_status_word_len(const char *t, size_t n);
/* title_status.c: does s open with a status cell before a case file's
 * field ("Åben sag Sagsnr.: …", as printed: capitalised)? */
int mnt_status_cell_at(const char *s, size_t n);
/* title_status.c: is s[0..n) a status cell alone ("Lukket sag"), or
 * before the item's first section ("Lukket sag Beslutning …")? */
int mnt_status_cell_ends(const char *s, size_t n);
/* title_trim.c: a title read by OCR: drop a lone glyph a speck made before or
 * after it
 * ("' Salg af grund") and a full stop between words in lower case after
 * a word of six letters or more ("kommunal. grund"). In place. */
void mnt_drop_ocr_specks(char *t);
/* title_trim.c: what a cut title t loses, in place: a fold-out
 * button's label that echoes it, a section's or button's label glued to
 * it, an anchor glyph after it, and the item's time slot before it
 * ("09.00-09.05 …", "kl. 10.15 …"; a slot alone or with only how the
 * item is handled, "19.15-19.45 - Drøftelse", empties t). */
void mnt_trim_title(char *t);
/* title_trim.c: drop a programme's time slot opening title t ("Kl.
 * 16.15: Dialogmøde …"), or all of t if nothing but the slot. */
void mnt_drop_time_slot(char *t);
/* title_trim.c: the length of a web page's button label ("Åbn/luk
 * punkt", "Fold ud") at the start of s[0..n), ending at a word's end; 0
 * if none. */
size_t mnt_widget_label_len(const char *s, size_t n);
/* Next TEXT line after i, at most `gap` blank/noise lines away, before
 * `end`; returns end if none. */
size_t mnt_next_text(const struct mnt_doc *d, size_t i, size_t end, size_t gap);
/* title_prose.c: a sentence, not a heading: over MNT_HEADING_MAX bytes,
 * or a full stop followed by a capitalised word. */
int mnt_line_is_prose(const struct mnt_line *l);
/* Where the first sentence of s[0..n) ends (after its full stop); n if
 * none. */
size_t mnt_first_sentence_end(const char *s, size_t n);
/* Line l ends in a colon and holds `words` words or more: a sentence
 * introducing a list ("Følgende emner blev nævnt …:"), not a label. */
int mnt_colon_intro(const struct mnt_line *l, size_t words);
/* title_prose.c: a statement ending in a full stop - a decision
 * ("Godkendt.") or a line with a finite verb ("Referatet er godkendt.")
 * - which the text under a bare number says, no title does. */
int mnt_line_is_statement(const struct mnt_line *l);
/* May line i be a title on its own line (under a bare number, after
 * "Sagsnr.: …")? No numbered line, field, status, sentence nor decision
 * ("Godkendt."). */
int mnt_opens_title(const struct mnt_doc *d, size_t i);
/* The same for a line standing alone (a piece cut out of one). */
int mnt_line_opens_title(const struct mnt_line *l);
/* title_wrap.c: is the title open at the end of lines first..last (a
 * bracket not closed, a hyphen cutting a word)? */
int mnt_title_open(const struct mnt_doc *d, size_t first, size_t last,
                   size_t off);
/* title_wrap.c: is line i+1 the rest of heading line i (wrapped by hand,
 * in a cell, after a preposition, comma or abbreviation)? */
int mnt_title_wrapped_on(const struct mnt_doc *d, size_t i, size_t end);
/* title_wrap.c: is line i+2 the rest of heading line i across the blank
 * line a PDF made into a web page prints between all its lines? */
int mnt_title_wrap_over_blank(const struct mnt_doc *d, size_t i, size_t end);
/* title_wrap.c: may line i continue a wrapped heading (no numbered line,
 * status, button label, file name or section's name)? */
int mnt_title_continues(const struct mnt_doc *d, size_t i);
/* title_wrap.c: line l's length without a status set at its end
 * ("Budgetopfølgning          Åben sag"), looking from off on. */
size_t mnt_status_tail(const struct mnt_line *l, size_t off);
/* title_row.c: the length of the title a table row's first cell's last
 * paragraph holds before the row's other cells, run into it after a tab
 * ("Budget - status<TAB>19.10-19.20<TAB>Orientering<TAB>…"); 0 if the
 * line is not so. */
size_t mnt_row_title_len(const struct mnt_line *l);
/* title_row.c: does heading c print after its number only who brings
 * the item in, in brackets ("Pkt. 3 (Malou)"), over a line that opens
 * a title? */
int mnt_presenter_heading(const struct mnt_doc *d, const struct mnt_cand *c,
                          size_t end);
struct mnt_title_at {
    size_t body;  /* first line of the body */
    size_t skip0; /* bytes of that line that were the title */
};
/* The title of the item whose heading is c (from c->title_off, or the
 * next line), wrapped lines included, into *out: NULL when it has none.
 * ERR_NOMEM. */
int mnt_take_title(const struct mnt_parser *p, const struct mnt_cand *c,
                   size_t end, struct mnt_title_at *at, char **out);
/* title_cut.c: the title of the item whose heading is c, cut out of
 * its line from byte off (the line goes on past the title: c knows
 * where the title ends, or the line is a flattened page's or longer
 * than a heading); the line's rest is the body. ERR_NOMEM. */
int mnt_cut_title(const struct mnt_parser *p, const struct mnt_cand *c,
                  size_t end, size_t off, struct mnt_title_at *at, char **out);
/* title_status.c: "Eventuelt ( )", "Puljeansøgninger (B)": a publishing
 * system's type marks after every title (Copenhagen's eDoc) cut off m's titles
 * when most titles carry one and one is the empty "( )". */
void mnt_titles_drop_marks(struct mnt_meeting *m);
/* "Åbent Lokalplan …", "Lukket Køb af ejendom": a status column before
 * every title of m (two or more) cut off; an item whose column says
 * "Lukket" is closed (mnt_close_item). ERR_NOMEM. */
int mnt_titles_drop_status_column(struct mnt_meeting *m);

/* title_subject.c: does a recommendation's subject start at s[i] -
 * capitalised words, compound parts and "og"/"&" up to "indstiller"
 * ("Miljø- og Energiforvaltningen indstiller, at …")? */
int mnt_recommender_at(const char *s, size_t n, size_t i);
/* Does s[0..n) open with a definite noun in the genitive before a word in
 * lower case ("Sagens kerne Forældre …", "Kommunens udgifter …")? Does
 * the word at s[i] open a sentence as its subject, a noun's definite
 * form or "Der" before a word in lower case ("Kommunen ejer …")? Does
 * s[0..n) end in a capitalised word opening a name after a preposition,
 * a dash or a name's article ("… fra Nørresundby", "- Aalborg", "… i Det
 * Centrale"), the next capitalised
 * word going on with it? (title_subject.c, for title_flat.c) */
int mnt_genitive_then_lower(const char *s, size_t n);
int mnt_subject_opens(const char *s, size_t n, size_t i);
int mnt_name_opened(const char *s, size_t n);
/* Does the capitalised word at s[i] end a name of three words opened in
 * s[off..i), the text's subject after it? (title_subject.c) */
int mnt_name_ends_at(const char *s, size_t n, size_t off, size_t i);
/* Does a subject before its verb stand at s[i] right after a role, no
 * name between ("Valg af formand Udvalget valgte …")? Then the role's
 * holder is not named there. (title_subject.c) */
int mnt_subject_after_role(const char *s, size_t n, size_t off, size_t i);
/* Does the word at s[i] mark who presents the item ("… referat v.
 * Dorte Godkendt …", "v/ Name")? Does the minute of the last item,
 * named "Evt." alone, open at s[i] ("Evt. Intet.", "EVT. Nuka Heilmann
 * spurgte …")? (title_subject.c, for title_flat.c) */
int mnt_presenter_at(const char *s, size_t n, size_t i);
/* Where the presenter's name ends that a mark glued onto its first word
 * opens at s[i] ("… genbrug v/holger Brink Thomsen HBT har …", "v/Anne Lund
 * Udvalget drøftede …"), or 0: the name's capitalised words in lower
 * case run on while a capitalised word follows (initials, or the
 * subject before the minute's verb, end it). Without it the capital
 * after a name in lower case reads as the minute's first word.
 * (title_subject.c) */
size_t mnt_glued_presenter_end(const char *s, size_t n, size_t i);
/* Where a title cut at l->s[e] ends instead when its last word and the
 * one after it name a person listed before the item - the participants
 * at a flattened page's top ("Erik Vestergaard (EV)") - and lower case
 * follows ("… ved Sengeløse Erik Vestergaard fortalte …"): before that
 * last word; or 0. The minute opens with who spoke; a title ending in
 * a place's name reads its first name as the name's own. The listing
 * must not print the same word before it (a contents entry of the
 * title). (title_subject.c, for title_flat.c) */
/* Where a name of two to four capitalised words at s[i] ends that the
 * minute repeats right after it ("… ved Mogens Dyhr Lauritsen Stig
 * Nørgaard Nielsen fortalte …"), or 0: the title ends with the name, its
 * last word no sentence's first. One word repeated is title_flat.c's
 * repeats_word_before. (title_subject.c) */
size_t mnt_doubled_name_end(const char *s, size_t n, size_t i);
/* Does "at" at s[i] open a recommendation's first point after a word in
 * lower case, a name and its verb after it ("… vækstdagsorden at
 * Vækstforum drøfter og godkender …")? A flattened page runs the
 * points on after the heading; a title's own "at" follows a small word
 * ("Forslag om at …"). (title_subject.c) */
int mnt_that_point_at(const char *s, size_t n, size_t off, size_t i);
size_t mnt_listed_name_cut(const struct mnt_doc *d, const struct mnt_line *l,
                           size_t off, size_t e);
int mnt_minute_after_evt(const char *s, size_t n, size_t i);

#endif
