/* SPDX-License-Identifier: GPL-2.0-or-later */
/* minutes_councils.h - naming the council (council.c and the council_*.c
 * files beside it): headers, fields, lists of committees and meetings,
 * compound and joint names. Included by minutes_internal.h only, after
 * the name tallies and places it uses; split from it along this seam to
 * keep each header one screenful of a subject. */
#ifndef REFERAT_MINUTES_COUNCILS_H
#define REFERAT_MINUTES_COUNCILS_H

/* council_decision.c: the body at least `least` decision lines name
 * ("Beslutning fra|i <Body> [den] <date>:"), ahead of no other; 0 if
 * none. */
int mnt_council_decisions(const struct mnt_doc *d, size_t least,
                          char out[MNT_NAME_MAX]);
/* council_decision.c: the council the first item's approval of the
 * agenda names in lines [from, to) ("Godkendelse af dagsorden for ØU den
 * 7. december 2021."): its abbreviation spelt out, or its name; 0 if
 * none. */
int mnt_council_agenda_approval(const struct mnt_doc *d, size_t from, size_t to,
                                char out[MNT_NAME_MAX]);
/* council_forms.c: is t two to four capital letters ("ØU", "TMU")? */
int mnt_abbreviation_tok(const struct mnt_tok *t);

/* "KKR Sjælland", "KKR HOVEDSTADEN", "KKRHOVEDSTADEN" at tok (a word of
 * s[0..n)): KL's kommunekontaktråd of a region, "KKR <Region>" into out;
 * the bytes it takes from tok->s, 0 if none (council_kkr.c). */
size_t mnt_kkr_at(const char *s, size_t n, const struct mnt_tok *tok,
                  char out[MNT_NAME_MAX]);
/* Is name a kommunekontaktråd's ("KKR Sjælland")? */
int mnt_is_kkr(const char *name);

/* The council's name as the minutes give it ("Udsatterådet", "Kultur- og
 * Idrætsudvalget", "Udvalget for Ældre og Sundhed", "HMU Socialområdet"):
 * from a header field or mention (*from_header = 1), else the council
 * noun the text names most often. Header lines that repeat one of m's
 * item titles (m may be NULL) name none. Returns 0 if there is none. */
int mnt_council_find(const struct mnt_doc *d, size_t npre,
                     const struct mnt_meeting *m, char out[MNT_NAME_MAX],
                     int *from_header);
/* council.c: is line l a council's name and nothing else, or with a
 * date (a list of meetings: "Økonomiudvalget 12. marts 2024")? The name
 * into name when it is not NULL. */
int mnt_council_lone_name(const struct mnt_line *l, char name[MNT_NAME_MAX]);
/* council_lists.c: is line i (before lim) in a run of lines that each
 * name only a council, a site's list of committees or of other meetings
 * (a line naming again a council the run above named, undated, is the
 * page's heading under its menu)? */
int mnt_in_council_list(const struct mnt_doc *d, size_t i, size_t lim);
/* council_lists.c: is line i a dated entry of a site's list of other
 * meetings ("Byrådet 24.08.2020" / "Økonomiudvalget 3. september 2020" /
 * …), its date none of this meeting's? */
int mnt_in_meeting_list(const struct mnt_doc *d, size_t i, size_t lim);
/* A page header repeated at the start of lines (after a flattened page's
 * number) naming a council and a date - of `date` when it is not NULL -
 * on lines weighing three or more (a line that says "Side" or starts
 * with a page number weighs two): its council and date. 1, or 0.
 * (council_running.c) */
int mnt_running_header(const struct mnt_doc *d, const char *date,
                       char council[MNT_NAME_MAX], char iso[11]);
/* The council a page footer ending three or more lines names before
 * "Side N" / "Side N af M" (a flattened transcript's pages): 1 and its
 * name, or 0. (council_footer.c) */
int mnt_council_footer(const struct mnt_doc *d, char out[MNT_NAME_MAX]);
/* council_running.c: a council a transcript's running footer repeats at
 * the end of three or more pages' lines with the meeting's date ("…
 * Kulturgruppen den 21. september 2011 Side nr. 5") into council; 0 if
 * none. */
int mnt_running_footer(const struct mnt_doc *d, const char *date,
                       char council[MNT_NAME_MAX]);
/* Councils in a line (council_names.c): each name the line gives, in
 * order, added to t ("Kultur- og Idrætsudvalget", "Udvalget for Ældre og
 * Sundhed", "Byrådet"); menus and genitive owners left out; with
 * `meetings` also a council's meeting ("Referat af byrådsmøde" ->
 * "Byrådet"). `header` marks the names as the header's. */
void mnt_councils_count_line(const char *s, size_t n, int header, int meetings,
                             struct mnt_tally *t);
/* council_fields.c: the council a field on line i names ("Udvalg: X",
 * "UDVALG" / "X", a table's "Udvalg | Dato" row over its cells, "Møde:"
 * / "X" when X names a council), into out; 0 if none. Lines before lim. */
int mnt_council_field(const struct mnt_doc *d, size_t i, size_t lim,
                      char out[MNT_NAME_MAX]);
/* council_fields.c: "1 ! R e f e r a t MØDE …", "1 Referat Handicaprådet
 * Mødedato: …", "1 Odder Kommune Referat Miljø-, …": a PDF transcript's
 * first page number (and a municipality's letterhead) before the
 * minutes' own heading, no item (that would be "1. Referat fra sidste
 * møde"). Where the heading's word ends in l, or 0. */
size_t mnt_page_heading_end(const struct mnt_line *l);
/* council_forms.c: "Regional", "Teknisk": an adjective that may open a
 * compound council name before its hyphenated part ("Regional
 * Udviklingsplans- og Trafikudvalget")? */
int mnt_name_adjective(const char *s, size_t n);
/* "REGIONAL UDVIKLINGSPLANS- OG " -> "Regional Udviklingsplans- og ":
 * the parts before a compound's noun printed in capitals, title-cased
 * with "og" small, written to out (not terminated); their length. */
size_t mnt_caps_parts_case(const char *s, size_t n, char out[MNT_NAME_MAX]);
/* "Plan, Miljø og Teknik", "Børn og Unge": a committee
 * named by its areas (two or more words joined by "og", "&" or ", ", no
 * council noun, no heading word, date or field)? */
int mnt_areas_name(const char *s, size_t n);
/* "Lolland og Guldborgsund Kommuner" at s[from..n): two or more
 * municipalities joined by ", " and "og" (and "Kommuner"). Returns the
 * offset after them, or 0; writes the first's authority to first (may be
 * NULL) and whether `member` (an authority, may be NULL) is one of them. */
size_t mnt_joint_places(const char *s, size_t n, size_t from,
                        char first[MNT_NAME_MAX], const char *member,
                        int *has_member);
/* Is name a council of several municipalities ("… for Fanø og
 * Esbjerg")? 0: no; 1: yes, authority is none of them (first written);
 * 2: yes, authority is one of them. */
int mnt_joint_council(const char *name, const char *authority,
                      char first[MNT_NAME_MAX]);
/* The council an abbreviation stands for: "KB", "BR", "ØU", "RR", else
 * the one council of d spelt out before it in brackets ("(TMU)") or whose
 * initials it is ("Børne- og Kulturudvalget" for "BKU"). 1, or 0 when the
 * text does not say or names two. */
int mnt_council_abbrev(const struct mnt_doc *d, const char *abbr, size_t an,
                       char out[MNT_NAME_MAX]);
/* A council line i of the header names other than by a council noun: a
 * committee named by its areas in a heading with the minutes' name or
 * date ("Børn og Unge - Referat - 12. marts 2024"), or alone next to that
 * heading; an abbreviation in that heading (mnt_council_abbrev()). 1, or
 * 0. lim bounds the header. */
int mnt_council_other(const struct mnt_doc *d, size_t i, size_t lim,
                      char out[MNT_NAME_MAX]);
/* council_genitive.c: does the word ending at s[e] end in a genitive "s"
 * before "møde" ("… udsatheds møde")? */
int mnt_genitive_before_meeting(const char *s, size_t n, size_t e);
/* How a name in the genitive before "møde" may be printed: the two rules
 * that read one ("Social og sundheds møde", "Rådet for handicap,
 * psykiatri og udsatheds møde") differ only in these. */
struct mnt_genitive_form {
    unsigned max_words;
    int capital_first;  /* the name's first word capitalised */
    unsigned min_words; /* words before the genitive's */
    int hyphens;        /* "Social-, Sundheds- og …" joins; else only ", " */
    int (*refuse)(
        const struct mnt_tok *t); /* a word no name has ("og" never) */
    int (*accept)(const char *s, size_t n, size_t e); /* NULL: any */
};
/* The words from s[i] (one space apart) up to a genitive before "møde":
 * the offset after its "s", or 0. */
size_t mnt_genitive_name(const char *s, size_t n, size_t i,
                         const struct mnt_genitive_form *f);
/* council_genitive.c: "Social og sundheds møde den 12. juni 2023": a
 * committee named by its areas in the genitive before "møde" and a date,
 * its name ("Social og sundhed") into out. 1, or 0. */
int mnt_council_genitive_meeting(const char *s, size_t n,
                                 char out[MNT_NAME_MAX]);
/* "Udsatteråd", "Udsatterådets", "BYRÅD" -> the definite form in out;
 * lower-case words only with `lower`. 0 for no council noun ("Rådet"
 * alone, "Personaleområdet"). */
int mnt_council_noun(const struct mnt_tok *t, int lower,
                     char out[MNT_NAME_MAX]);
int mnt_council_noun_one_form(const char *s, size_t n);
/* council_nouns.c: an ASCII letter or a UTF-8 byte. */
int mnt_council_word_byte(char c);
/* council_nouns.c: a heading's word around a name ("den", "møde"). */
int mnt_council_stop_word(const struct mnt_tok *t);
/* council_nouns.c: start of a compound name's parts before s[at], or at. */
size_t mnt_council_compound_start(const char *s, size_t at, int caps);
/* council_printed.c: where a capitalised abbreviation of one to three
 * ASCII letters ending at s[dot] (its full stop: "Kgs.", "St.", "Sdr.")
 * starts, after a space or the line's start; dot + 1 (no abbreviation)
 * otherwise. */
size_t mnt_abbrev_start(const char *s, size_t dot);
/* council_printed.c: a council at t kept as printed ("Teknisk Udvalg"). */
int mnt_council_printed(const char *s, const struct mnt_tok *t,
                        char out[MNT_NAME_MAX]);
/* council_for.c: "Udvalget for …" at s[at]: its length, or 0. */
size_t mnt_council_head_for(const char *s, size_t n, size_t at);
/* A council's name printed in capitals ("UDVALGET FOR BØRN OG UNGE") as
 * its words print it elsewhere ("Udvalget for Børn og Unge"); in place,
 * unchanged unless all capitals (council_for.c). */
void mnt_council_caps_case(char *name);
/* council_for.c: "Lokalrådet for …" at t: its length from t, or 0. */
size_t mnt_council_noun_for(const char *s, size_t n, const struct mnt_tok *t,
                            const char *name);
/* council_for.c: start of a joint council at t ("… for Fanø og Esbjerg"). */
size_t mnt_council_joint_at(const char *s, size_t n, const struct mnt_tok *t,
                            const char *name);
/* Does s[0..n) end in suffix (case folded, longer than it)? */
int mnt_ends_fold(const char *s, size_t n, const char *suffix);
/* s[0..n) as a NUL-terminated name, cut at a character boundary. */
void mnt_name_copy(char out[MNT_NAME_MAX], const char *s, size_t n);
/* "THISTED BYRÅD" -> "Thisted Byråd" (at most cap - 1 bytes). */
void mnt_title_case(const char *s, size_t n, char *out, size_t cap);
/* "regionsrådet" -> "Regionsrådet" (ASCII, æ ø å). */
void mnt_capitalise(char *w);
/* Letters all capitals, at least one. */
int mnt_all_capitals(const char *s, size_t n);
/* Whose council a name is: a byråd, kommunalbestyrelse, borgerrepræsentation
 * a municipality's, a regionsråd a region's, others either.
 * (council_compose.c) */
enum mnt_authority_kind mnt_council_kind(const char *name);
/* "Region Midtjyllands Udsatteråd" when the text says so, else "<body>,
 * <authority>"; either alone when the other is NULL. The caller frees the
 * result; NULL if both are NULL or out of memory. */
char *mnt_council_compose(const struct mnt_doc *d, const char *body,
                          const char *authority);

#endif
