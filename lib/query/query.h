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

/* Synonym groups from a plain-text file: one group per line, entries
 * separated by ',' ("misbrug, rusmiddel"); an entry may be several words
 * ("stofindtagelsesrum, fixerum"); '#' starts a comment. Immutable once
 * loaded: shareable across threads. */
struct qry_thesaurus;

struct qry_thesaurus *qry_thesaurus_load(const char *path, struct err *e);
void qry_thesaurus_free(struct qry_thesaurus *th);
size_t qry_thesaurus_groups(const struct qry_thesaurus *th);

/* ---- Vocabulary for "did you mean" ------------------------------------- */

/* The index's exact-word vocabulary with document frequencies, for
 * spelling suggestions and fuzzy fall-back. Immutable once built. */
struct qry_vocab;

struct qry_vocab *qry_vocab_build(xap_db *db, struct err *e);
void qry_vocab_free(struct qry_vocab *v);
size_t qry_vocab_size(const struct qry_vocab *v);

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
    char *suggestion;   /* "did you mean": the query with misspelt
                           words replaced, or NULL */
    int corrected;      /* 1 if unknown words were searched as their
                           nearest known spelling */
    int browse;         /* filters only (council:Herning): `root` is an
                           empty TERM, every item; list them by date */
    int timed_out;      /* 1 if the deadline cut the expansion short */
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
 * the search. ERR_INVAL for a council parameter without words. */
int qry_filters_finish(struct qry_out *q, const char *council, struct err *e);

#ifdef __cplusplus
}
#endif
#endif
