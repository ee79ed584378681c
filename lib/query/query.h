/* SPDX-License-Identifier: GPL-2.0-or-later */
/* query.h - the query language and its Danish expansion: a user's query
 * string -> a xap_qnode tree of index terms (stems, exact forms, compound
 * parts, synonyms, spelling fall-backs), plus filters, a "did you mean"
 * suggestion and the set of terms to highlight in snippets.
 * Everything here is Referat's own (files and code), not Xapian's
 * spelling or synonym tables, so it also works over remote shards. */
#ifndef REFERAT_QUERY_QUERY_H
#define REFERAT_QUERY_QUERY_H

#include <stddef.h>
#include <stdint.h>

#include "core/deadline.h"
#include "core/err.h"
#include "text/txt.h"
#include "xap/xap.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Hard caps on what one query may ask for; each past-limit query is an
 * ERR_LIMIT error with a message naming the limit. */
#define QRY_BYTES_MAX     4096 /* query string length */
#define QRY_TERMS_MAX     64   /* words, phrases and wildcards in a query */
#define QRY_DEPTH_MAX     16   /* nesting of parentheses */
#define QRY_PHRASE_MAX    16   /* words in one phrase */
#define QRY_EXPANSION_MAX 200  /* terms one wildcard may expand to */

/* ---- Thesaurus --------------------------------------------------------- */

/* Synonym groups from plain-text files, one source each: one group per
 * line, entries separated by ',' ("misbrug, rusmiddel"); an entry may be
 * several words ("stofindtagelsesrum, fixerum"); '#' starts a comment;
 * "#: weight = 0.6" sets how much a synonym of the groups after it counts
 * against the query's own word (1: as the word itself; default 0.6),
 * "#: source = NAME" names the file. Immutable once loaded: shareable
 * across threads. NULL and `e` set if a file does not load. */
struct qry_thesaurus;

#define QRY_THES_SOURCES_MAX 8 /* files one thesaurus is read from */
struct qry_thesaurus *qry_thesaurus_load(const char *const *paths, size_t n,
                                         struct err *e);
/* Source i (in the order of `paths`): its name ("#: source", else the
 * file's name; borrowed) and its group count; past the last, 0 and NULL. */
size_t qry_thesaurus_source(const struct qry_thesaurus *th, size_t i,
                            const char **name);
void qry_thesaurus_free(struct qry_thesaurus *th);
size_t qry_thesaurus_groups(const struct qry_thesaurus *th);

/* ---- Vocabulary for "did you mean" ------------------------------------- */

/* The index's exact-word vocabulary with document frequencies, for
 * spelling suggestions and fuzzy fall-back. Immutable once built. */
struct qry_vocab;

struct qry_vocab *qry_vocab_build(xap_db *db, struct err *e);
void qry_vocab_free(struct qry_vocab *v);
size_t qry_vocab_size(const struct qry_vocab *v);

/* ---- Ranking weights ---------------------------------------------------- */

/* What a query's parts weigh, relative to a plain word (1.0), and BM25's
 * k1 and b. Query-time only, so referatd --rank can try other values on
 * the same index (bench/eval/cv.py chooses the defaults). */
struct qry_rank {
    double k1, b;       /* BM25: tf saturation, length normalisation */
    double min_normlen; /* BM25: shortest length normalised (share of the
                           average): short items' advantage capped */
    double exact;       /* the written form, at most this much of the
                           word's own weight (relative to its rarity) */
    double parts;       /* all parts of a compound query word, apart */
    double parts_known; /* parts of a word the word list knows whole */
    double parts_any;   /* any one part of a compound query word alone */
    double fuzzy;       /* known words one edit away */
    double adjacent;    /* the plain words of a query side by side */
    double attend;      /* a name in a meeting record's attendance */
    double inflected;   /* a "quoted phrase" in its other inflections */
    double narrower;    /* a compound the index holds whole that ends in
                           the word ("specialpsykologer"); below 1 */
};
extern const struct qry_rank qry_rank_default;
/* Set the weights named in `spec` ("k1=1.2,b=0.75,exact=0.2"), leaving
 * the others; ERR_INVAL (and `r` unchanged) for an unknown name or a
 * value out of range. */
int qry_rank_parse(struct qry_rank *r, const char *spec, struct err *e);
/* Every weight as a spec qry_rank_parse() reads back. */
void qry_rank_format(const struct qry_rank *r, char *out, size_t cap);

/* ---- Building queries -------------------------------------------------- */

/* What one search thread needs. The stemmer is the thread's own; the rest
 * is shared and read-only. Any of thesaurus, vocab, lexicon may be NULL. */
struct qry_env {
    struct txt_stemmer *stemmer;
    const struct txt_lexicon *lexicon;
    const struct qry_thesaurus *thesaurus;
    const struct qry_vocab *vocab;
    xap_db *db; /* for term frequencies */
    /* past it, spelling fall-backs are skipped (out->timed_out); NULL:
     * no time limit */
    const struct deadline *deadline;
    const struct qry_rank *rank; /* NULL: qry_rank_default */
};

/* Which documents a query searches: agenda items (the default), meeting
 * records (one per meeting: header, agenda, attendance), or both. */
enum qry_kind {
    QRY_KIND_ITEM = 0,
    QRY_KIND_MEETING,
    QRY_KIND_ALL,
};

struct qry_out {
    struct xap_qnode *root; /* the tree to search */
    char **filters;         /* boolean terms from field filters in the
                               query (council:herning -> "XCherning");
                               qry_filters_finish() adds the rest */
    size_t nfilters;
    char *suggestion; /* "did you mean": the query with misspelt
                         words replaced, or NULL */
    int corrected;    /* 1 if unknown words were searched as their
                         nearest known spelling */
    int browse;       /* filters only (council:Herning): `root` is an
                         empty TERM, every item; list them by date */
    int timed_out;    /* 1 if the deadline cut the expansion short */
    /* the meeting dates år:2017, dato:2024-06..2025 ask for, "YYYYMMDD"
     * inclusive ("" if open); qry_filters_finish() narrows them by the
     * request's from/to, and the caller searches within them */
    char date_from[9], date_to[9];
    enum qry_kind kind; /* kind:meeting, kind:all; else QRY_KIND_ALL when
                           a deltager: field is used (names are in the
                           meeting records), else QRY_KIND_ITEM. The
                           caller filters on it (PFX_KIND). */
    /* Highlight set, used through qry_match(). */
    char **hl;
    size_t nhl;
    /* Phrases, highlighted only where they stand whole (through
     * qry_snippet_opts()): phrases[p][k] is word k of phrase p. */
    char ***phrases;
    size_t *phrase_len;
    size_t nphrases;
};

/* Parse and expand `q`. The language: words (stemmed, compounds and
 * synonyms expanded), "quoted phrases" and "quoted" words (exact forms),
 * AND, OR, NOT in capitals (NOT binds to the next term or phrase), - and +
 * prefixes, parentheses, prefix wildcards (hjemløs*, also in phrases:
 * "social* udsatte" needs env->db), fields title:,
 * beslutning:, resume:, council:. The default operator between words is
 * OR, ranked by BM25, so items with more of the words rank first.
 * ERR_INVAL for a malformed query (message says where), ERR_LIMIT past a
 * QRY_* cap. Free *out with qry_out_fini() (also after failure). */
int qry_build(const struct qry_env *env, const char *q, size_t len,
              struct qry_out *out, struct err *e);
void qry_out_fini(struct qry_out *out);

/* A txt_match_fn: ctx is a struct qry_out. 1 if the term is one the
 * query searched for (for snippet highlighting). */
int qry_match(void *ctx, enum txt_term_kind kind, const char *term, size_t len);

/* The strings every highlighted term contains (for txt_snippet_opts
 * needles): borrowed from `out`, valid until qry_out_fini(). Writes at
 * most `max` pointers; returns how many. */
size_t qry_needles(const struct qry_out *out, const char **needles, size_t max);

/* A txt_phrase_match_fn: ctx is a struct qry_out. */
int qry_phrase_match(void *ctx, size_t p, size_t k, enum txt_term_kind kind,
                     const char *term, size_t len);

/* Set the query's part of snippet options: the phrases, and the needles
 * (written to `needles`, room for `max`; none if they do not all fit,
 * then every word is analysed). Pass qry_match and `out` as the match
 * function and its context. */
void qry_snippet_opts(const struct qry_out *out, struct txt_snippet_opts *o,
                      const char **needles, size_t max);

/* Free a tree built by this module. */
void qry_node_free(struct xap_qnode *n);

/* Complete q->filters (from qry_build, or a zeroed qry_out for a request
 * without a query) with the request's council parameter (NULL: none;
 * "Fredericia Kommune" -> XCfredericia, XCkommune) and the kind term
 * (PFX_KIND) q->kind asks for: then q->filters is every filter term of
 * the search. The request's dates ("YYYYMMDD", NULL or "": open) narrow
 * q->date_from/date_to, which are then the search's whole date range.
 * ERR_INVAL for a council parameter without words. */
int qry_filters_finish(struct qry_out *q, const char *council,
                       const char *from_key, const char *to_key, struct err *e);

#ifdef __cplusplus
}
#endif
#endif
