/* SPDX-License-Identifier: GPL-2.0-or-later */
/* segment_chains.h - choosing the items (chain.c and the *_chain.c files,
 * agenda*.c): the best run of numbered candidates for each heading style,
 * the agenda list that checks and titles them, closed and moved items.
 * Included by segment_internal.h only, after the parser's types it uses;
 * split from it along this seam to keep each header one screenful of a
 * subject. */
#ifndef REFERAT_SEGMENT_CHAINS_H
#define REFERAT_SEGMENT_CHAINS_H

/* chain.c */
/* Keep in `c` only the best chain of candidates numbered in sequence,
 * scored by items with text of their own; its length (c->score set).
 * need_one: it must start at item 1; jumps: MNT_CHAIN_JUMPS, numbers
 * may be left out; MNT_CHAIN_RESTARTS, a list may start again at 1;
 * MNT_CHAIN_LISTED, in the agenda list's order (`order`), whatever the
 * numbers (an item added to its group: 1 2 3 7 4 5 6); MNT_CHAIN_PART,
 * the chain of a part under its own heading, which may start after the
 * first section (the items before the part have theirs). */
#define MNT_CHAIN_JUMPS    1
#define MNT_CHAIN_RESTARTS 2
#define MNT_CHAIN_LISTED   4
#define MNT_CHAIN_WHOLE    8 /* no number left out: every point is one */
#define MNT_CHAIN_PART     16
size_t mnt_best_chain(const struct mnt_parser *p, struct mnt_cands *c,
                      int need_one, int jumps);
/* The numbered style's chain: mnt_best_chain() from item 1, and a
 * closed part after it ("Lukkede punkter") that numbers its items from 1
 * again appended. ERR_NOMEM. */
int mnt_numbered_chain(const struct mnt_parser *p, struct mnt_cands *c);
/* The loose styles' chain: mnt_best_chain() with jumps, and a closed
 * part numbered from 101 after it appended. ERR_NOMEM. */
int mnt_generic_chain(const struct mnt_parser *p, struct mnt_cands *c);
/* The "Punkt N:" style's chain: mnt_best_chain(), and an added item
 * printed where it was handled put back (mnt_moved_items()). ERR_NOMEM. */
int mnt_region_chain(const struct mnt_parser *p, struct mnt_cands *c);
/* The agenda's hits' chain: mnt_best_chain() in the agenda's order, an
 * entry moved to the closed part put back where it stands
 * (mnt_closed_gaps()). ERR_NOMEM. */
int mnt_agenda_chain(const struct mnt_parser *p, struct mnt_cands *c);
/* chain.c: a closed part ("Lukkede punkter") or a supplementary agenda
 * ("Tillægsdagsorden") after chain c numbering its items from 1 again:
 * its chain, from `all` (c's candidates before the chain was chosen),
 * appended to c. */
int mnt_restarted_chain(const struct mnt_parser *p, struct mnt_cands *c,
                        const struct mnt_cands *all);
/* chain_closed.c: a closed part numbered from 101 (201, …) after chain c
 * (its headings among `all`, c's candidates before the chain was
 * chosen), appended to c. */
void mnt_hundreds_chain(const struct mnt_parser *p, struct mnt_cands *c,
                        const struct mnt_cands *all);
/* Items handled first and printed first ("19.", "20.", then "1." to
 * "4."): the run and the chain from 1 after it replace c when they hold
 * more (chain_closed.c). */
void mnt_handled_first(const struct mnt_parser *p, struct mnt_cands *c,
                       const struct mnt_cands *all);
/* Closed items printed after the open part in the meeting's numbering:
 * the numbers c's run left out, after a closed part's heading, joined
 * to c in the order printed (chain_closed.c). */
void mnt_closed_gaps(const struct mnt_parser *p, struct mnt_cands *c,
                     const struct mnt_cands *all);
/* An item added to the agenda and printed where the header says it was
 * handled ("Punkt 41, … blev behandlet som punkt 2."): its heading,
 * numbered above all of c's and standing between two that follow on,
 * joined to c in the order printed (chain_closed.c). */
void mnt_moved_items(const struct mnt_parser *p, struct mnt_cands *c,
                     const struct mnt_cands *all);
/* A number the publisher printed twice ("4. Venteliste …" over "4.
 * Status for …"): a candidate of `all` left out, numbered as chain c's
 * heading right before or after it, set like every heading of c as a
 * format heading of one level, with a title and text of its own, joins c
 * in the order printed (chain_doubled.c). */
void mnt_doubled_items(const struct mnt_parser *p, struct mnt_cands *c,
                       const struct mnt_cands *all);
/* "Lukkede punkter", "LUKKEDE SAGER", "Punkter på lukket møde:",
 * "13Indholdsfortegnelse lukket møde": the heading of a meeting's closed
 * part (whose numbering may start again at 1). */
int mnt_is_closed_part(const char *s, size_t n);
/* The chain of the format's list numbers (c: mnt_listno_cand's
 * candidates), from 1; a list the page broke with a paragraph and
 * started again at 1 goes on counting (1 2 3, 1 2 -> 1 2 3 4 5), unless
 * it is introduced ("… fondene:"). whole: no number may be left out
 * (list items without text of their own are items too). ERR_OK. */
int mnt_list_chain(const struct mnt_parser *p, struct mnt_cands *c, int whole);
/* Keep only the candidates numbered 1 when no heading is numbered 2
 * (an export that prints " 1." on every item); their count. */
size_t mnt_ones_chain(const struct mnt_parser *p, struct mnt_cands *c);
/* Keep the styled headings of the one style (level, bold, size) that
 * best heads items; their count. */
size_t mnt_styled_chain(const struct mnt_parser *p, struct mnt_cands *c);
/* styled.c: the headings that end in their colon ("Information fra
 * formanden:") set at the heading level of every item of the styled
 * chain c, between its first and last, put into it (a Word file's items
 * in "Heading 1", two of them labels of what the chair and the school's
 * leaders told). ERR_NOMEM. */
int mnt_styled_colon_heads(const struct mnt_parser *p, struct mnt_cands *c);
/* gapped.c: the unnumbered items of a plain page after "Dagsorden:",
 * each a title line over its minutes, set apart by wide gaps of blank
 * lines (three or more items, each with text); none in out otherwise.
 * ERR_NOMEM. */
int mnt_gapped_chain(const struct mnt_parser *p, struct mnt_cands *out);
int mnt_has_text(const struct mnt_parser *p, size_t from, size_t to);
/* Has the item headed by c text of its own before line `end` (on its
 * own line too, for a heading cut out of a flattened page)? chain.c */
int mnt_cand_own_text(const struct mnt_parser *p, const struct mnt_cand *c,
                      size_t end);
/* Score of candidates c kept in order: their quality plus text of their
 * own. */
long mnt_run_score(const struct mnt_parser *p, const struct mnt_cands *c);
/* chain_untitled.c: items without headings: lines "Åben"/"Lukket" (a web page's
 * status marks), else each repeat of the first bare section heading ("Resume").
 * Fills `out` (its count, at least 2, or 0). ERR_NOMEM. */
int mnt_untitled_chain(const struct mnt_parser *p, struct mnt_cands *out);
/* opening.c: the bare section that opens untitled items, given the most
 * frequent one (best): where that is the decision ("Beslutning") but
 * another section opens runs that the decision closes ("Resume" …
 * "Beslutning", the question time's lone decision making it one more),
 * that one; else best. skip: lines left out (the agenda list), or NULL.
 * *dec_opens: 1 when the decision, first in every item, opens them (the
 * page's first section, the rest of its run every other run's tail). */
const struct mnt_line *mnt_opening_before_decision(const struct mnt_doc *d,
                                                   const unsigned char *skip,
                                                   const struct mnt_line *best,
                                                   int *dec_opens);
/* opening.c: do the decisions (dec, "Beslutning", the most frequent
 * bare section) close items that open with different sections (a case's
 * history in some)? Then each opens at the first section after a
 * decision. open: mnt_opening_before_decision()'s answer; skip as
 * above. */
int mnt_decisions_close(const struct mnt_doc *d, const unsigned char *skip,
                        const struct mnt_line *dec,
                        const struct mnt_line *open);
/* opening.c: a bare section that leads the items the opening section
 * `open` opens, printed before it in some of them only (Ishøj: "Resume"
 * before "Sagsfremstilling" in the items that have a summary): it stands
 * right before the first item's opening, at least twice in all, and
 * each time the next bare section is `open`. NULL if none; skip as
 * above. */
const struct mnt_line *mnt_leading_section(const struct mnt_doc *d,
                                           const unsigned char *skip,
                                           const struct mnt_line *open);

/* agenda.c: find the agenda list (a run of short numbered lines whose
 * titles reappear below), mark its lines in p->skip, keep its entries in
 * p->agenda. ERR_NOMEM. */
int mnt_agenda_find(struct mnt_parser *p);
/* For mnt_agenda_find(): an agenda list without numbers titling the
 * "ad. 1." paragraphs below it (agenda_bullets.c). ERR_NOMEM. */
int mnt_agenda_bullets(struct mnt_parser *p);
/* A page with no headings that announces the meeting's points as a
 * bulleted list after a line ending "… disse punkter:" (a news page
 * before a meeting): three or more bullets, each an item titled by
 * itself, numbered in order, in c (empty if none; c->v allocated).
 * ERR_NOMEM. (agenda_bullets.c) */
int mnt_announced_list(const struct mnt_parser *p, struct mnt_cands *c);
/* Where the running footer every page's line of a transcript ends in
 * starts in l (title_cut.c); l->len if none. */
size_t mnt_footer_start(const struct mnt_parser *p, const struct mnt_line *l);
/* s[0..n) without the running footer that ends other text lines too
 * ("… Evt Haderslev Kommune, Gåskærgade 26, 6100 Haderslev"): its
 * length (title_cut.c). */
size_t mnt_running_tail(const struct mnt_doc *d, const char *s, size_t n);
/* The length of l without the page's printed number that ends its
 * page's line as the number opening it does ("2 7. … 9. Eventuelt 2"),
 * l->len if l does not end such a line (title_cut.c). */
size_t mnt_page_tail_start(const struct mnt_doc *d, const struct mnt_line *l);
/* "Ad 1 godkendt", "Ad 13 Intet.": a paragraph keyed to an agenda list
 * above by its number, its own words the minute or the title cut short:
 * the title is the agenda entry's, its wrapped rest joined (NULL in *out
 * when line c is no such paragraph). ERR_NOMEM. */
int mnt_ad_agenda_title(const struct mnt_parser *p, const struct mnt_cand *c,
                        char **out);
/* agenda_runs.c: does entry b follow a in sequence (n -> n+1, n -> na,
 * na -> nb, na -> n+1)? */
int mnt_follows(const struct mnt_cand *a, const struct mnt_cand *b);
/* The run of candidates from all->v[k] (their indices into `idx`, their
 * count returned): in sequence (or, loose, out of it within a group) with
 * at most one other text line between; *next: where the next run starts. */
size_t mnt_run_from(const struct mnt_parser *p, const struct mnt_cands *all,
                    size_t k, int loose, size_t *idx, size_t *next);
/* Are the run's numbers (all->v[idx[0..n)]) each once, none missing? */
int mnt_run_complete(const struct mnt_cands *all, const size_t *idx, size_t n);
/* Do they only rise, fewer numbers left out than printed (an open
 * agenda leaving out the closed items)? */
int mnt_run_rising(const struct mnt_cands *all, const size_t *idx, size_t n);
/* Candidates: lines below the agenda that begin with an entry's title,
 * numbered as the agenda numbers them. ERR_NOMEM. */
int mnt_agenda_cands(const struct mnt_parser *p, struct mnt_cands *out);
/* The title of agenda entry c (contents leaders and page numbers cut):
 * (s, n). */
void mnt_agenda_entry_title(const struct mnt_parser *p,
                            const struct mnt_cand *c, const char **s,
                            size_t *n);

/* agenda_hits.c, for agenda.c */
#define MNT_AGENDA_MAX 200 /* entries of an agenda list looked for below */
/* Every text line keyed by its title's first three letters (folded). */
struct mnt_title_key;
struct mnt_title_index {
    struct mnt_title_key *v;
    size_t n;
};
/* Build p's title index into ix (ix->v allocated). ERR_NOMEM. */
int mnt_title_index_build(const struct mnt_parser *p,
                          struct mnt_title_index *ix);
/* Lines after `from` where the run's entries' titles reappear, in order,
 * as candidates in `hits` (room for run->n; an entry moved to the
 * closed part where it stands); how many entries were found, stopping
 * early once two thirds can no longer be. */
size_t mnt_agenda_title_hits(const struct mnt_parser *p,
                             const struct mnt_title_index *ix,
                             const struct mnt_cands *run, size_t from,
                             struct mnt_cands *hits);
/* Does the text t (tn bytes) begin with the title a (an bytes), compared
 * case-insensitively on its first 40 bytes? */
int mnt_agenda_title_prefix(const char *t, size_t tn, const char *a, size_t an);

/* agenda_titles.c */

/* The agenda list's title for heading c, whose line holds no title, as
 * a line in *t: when the agenda has that number and `next` (the text
 * line below the heading, NULL if none) does not repeat it. 1 if so. */
int mnt_agenda_title_for(const struct mnt_parser *p, const struct mnt_cand *c,
                         const struct mnt_line *next, struct mnt_line *t);
/* The end of an agenda entry's title s[0..n) before a sender group's
 * heading its piece ran on into ("… Allé Fra Magistraten"); n if none. */
size_t mnt_sender_head_start(const char *s, size_t n);
/* agenda_titles.c: "ÅBEN DEL Meddelelser 1. Formanden orienterede …": the
 * title printed before its number, at the end of the piece cut off the
 * page before c's; the agenda's entry for c's number names it, the text
 * after the number is not it. The title in *t; 0 if not so. */
int mnt_agenda_title_before(const struct mnt_parser *p,
                            const struct mnt_cand *c, struct mnt_line *t);
/* Bytes of s (a heading's text from its title on) that are the title the
 * agenda list gives item c; 0 if it gives none or s differs. */
size_t mnt_agenda_title_len(const struct mnt_parser *p,
                            const struct mnt_cand *c, const char *s, size_t n);

#endif
