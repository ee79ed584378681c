/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap.h - the C API over Xapian (xap_*.cc are the only C++ in the tree).
 * Opaque handles, UTF-8 as pointer + length, errors as struct err; no
 * exception ever crosses into C. Xapian objects are not thread-safe: use
 * one xap_db per thread. */
#ifndef REFERAT_XAP_XAP_H
#define REFERAT_XAP_XAP_H

#include <stddef.h>
#include <stdint.h>

#include "core/deadline.h"
#include "core/err.h"

/* The .cc definitions are noexcept (nothing may unwind into C); C++
 * requires the declarations to say so too. Empty for C. */
#ifdef __cplusplus
#define XAP_NOEXCEPT noexcept
#else
#define XAP_NOEXCEPT
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef struct xap_db xap_db;   /* a reader */
typedef struct xap_wdb xap_wdb; /* the (single) writer */
typedef struct xap_doc xap_doc; /* a document being built */

/* Where an index keeps word positions (for phrases), chosen when it is
 * built and recorded in its metadata (META_POSITIONS, schema.h):
 * - STREAMS: word streams in a value slot, checked by our own Xapian
 *   classes (xap_pos.cc); no termlist. Small and fast: the default for
 *   one machine.
 * - XAPIAN: Xapian's own position table, with a termlist; phrases are
 *   OP_PHRASE/OP_NEAR, every query uses Xapian's classes only, so the
 *   index can be served by stock xapian-tcpsrv (shard deployments). */
enum xap_positions {
    XAP_POS_STREAMS = 0,
    XAP_POS_XAPIAN = 1,
};

/* ---- Reading ----------------------------------------------------------- */

/* Open an index for reading: an index folder of generations (see
 * xap_index_open()), or any database Xapian opens. NULL and `e` filled on
 * failure (ERR_NOTFOUND if there is no index at `path`). */
xap_db *xap_db_open(const char *path, struct err *e) XAP_NOEXCEPT;
/* How a stub file of shards is opened: `path` a Xapian stub naming
 * remote shards ("remote HOST:PORT", served by stock xapian-tcpsrv) or
 * several local ones ("auto PATH"). Each shard is opened on its own: one
 * that is down is left out (a search says so in `missing`) and tried
 * again, at most once a second, when the handle is used or reopened; a
 * shard failing a request is left out at once and the request answered
 * by the others. Shards must be built with positions in Xapian's table
 * (XAP_POS_XAPIAN). */
struct xap_open_opts {
    /* a remote request (connecting included) fails past this many ms;
     * 0: 10 s. Keep it below the query deadline. */
    unsigned remote_timeout_ms;
    /* 1: do not try again remote shards another handle of this process
     * found down; connect them once one (not leaving them) reached them
     * again. searchd's workers: their requests never wait for a silent
     * shard's retry, the reloader's handle tries. */
    int leave_retries;
};
xap_db *xap_db_open_opts(const char *path, const struct xap_open_opts *o,
                         struct err *e) XAP_NOEXCEPT;
void xap_db_close(xap_db *db) XAP_NOEXCEPT;
/* Move to what the index holds now: the newest committed revision, another
 * generation, or another database under the same name (a folder built
 * again, a backup restored: told apart by Xapian's UUID); the old
 * handle's files are let go. *changed = 1 if it moved. */
int xap_db_reopen(xap_db *db, int *changed, struct err *e) XAP_NOEXCEPT;
uint32_t xap_db_doccount(xap_db *db) XAP_NOEXCEPT;
/* Which contents the handle reads: (database << 32) | Xapian revision,
 * where `database` is 31 bits of the generation's UUID with the top bit
 * set (0 for a plain database). Equal values: the same contents; within
 * one generation (same upper half) documents are only added. Not
 * ordered: a folder built again from nothing, or a backup restored, may
 * go "down"; compare for equality. */
uint64_t xap_db_revision(xap_db *db) XAP_NOEXCEPT;
/* For people (STATS, /health): the generation number (0: a plain
 * database) and the Xapian revision within it. */
uint32_t xap_db_generation(xap_db *db) XAP_NOEXCEPT;
uint32_t xap_db_xapian_revision(xap_db *db) XAP_NOEXCEPT;
/* For STATS: how many times, in this process, a request's handle (opened
 * with leave_retries) waited for a remote shard and found it failing.
 * The handles share what they find, so one outage costs one such wait. */
uint64_t xap_shards_request_waits(void) XAP_NOEXCEPT;
/* Where the index keeps positions (its first shard's metadata). A remote
 * shard always counts as XAPIAN: the stock server runs no classes of
 * ours. */
enum xap_positions xap_db_positions(xap_db *db) XAP_NOEXCEPT;
/* Documents containing `term`; 0 if none or on error. */
uint32_t xap_db_termfreq(xap_db *db, const char *term, size_t len) XAP_NOEXCEPT;
/* Call fn for each term starting with `prefix`, in byte order, with its
 * document frequency. A non-zero return from fn stops the walk and is
 * returned. */
int xap_db_allterms(xap_db *db, const char *prefix,
                    int (*fn)(void *ctx, const char *term, size_t len,
                              uint32_t freq),
                    void *ctx, struct err *e) XAP_NOEXCEPT;
/* The stored data of the document with unique term `idterm` ("Q..."):
 * *data is the caller's (free()). ERR_NOTFOUND if none. */
int xap_db_get_data(xap_db *db, const char *idterm, char **data, size_t *len,
                    struct err *e) XAP_NOEXCEPT;
/* The same by document id (of this handle's revision). */
int xap_db_get_data_docid(xap_db *db, uint32_t docid, char **data, size_t *len,
                          struct err *e) XAP_NOEXCEPT;
/* Call fn with every document's id and stored data, in id order; `data`
 * is valid during the call only. A non-zero return from fn stops the walk
 * and is returned. */
int xap_db_each_data(xap_db *db,
                     int (*fn)(void *ctx, uint32_t docid, const char *data,
                               size_t len),
                     void *ctx, struct err *e) XAP_NOEXCEPT;
/* Metadata value for `key`; *value is the caller's (free()), "" if unset. */
int xap_db_get_metadata(xap_db *db, const char *key, char **value,
                        struct err *e) XAP_NOEXCEPT;
/* Call fn for each metadata key starting with `prefix` (of the first
 * database only, over shards: Xapian reads a combination's metadata
 * there). A non-zero return from fn stops the walk and is returned. */
int xap_db_metadata_keys(xap_db *db, const char *prefix,
                         int (*fn)(void *ctx, const char *key), void *ctx,
                         struct err *e) XAP_NOEXCEPT;

/* ---- Queries ----------------------------------------------------------- */

/* A query tree in plain C, built by lib/query and turned into a
 * Xapian::Query by xap_search(). Leaves carry complete index terms
 * (prefix included). */
enum xap_qop {
    XAP_Q_TERM,   /* term; wqf in `wqf` (0 -> 1); an empty term (len 0,
                     not inside a phrase): every document */
    XAP_Q_PHRASE, /* kids are TERMs in order; window = nkids */
    XAP_Q_NEAR,   /* kids within `window` positions, any order */
    XAP_Q_AND,
    XAP_Q_OR,
    XAP_Q_AND_NOT,   /* kids[0] AND NOT (kids[1] OR ...) */
    XAP_Q_AND_MAYBE, /* kids[0], boosted by the others */
    XAP_Q_SYNONYM,   /* kids weighted as one term */
    XAP_Q_WILDCARD,  /* every term starting with `term`, at most
                        max_expansion of them, else ERR_LIMIT */
    XAP_Q_SCALE,     /* kids[0] with weights multiplied by `scale` */
    XAP_Q_FILTER,    /* kids[0] restricted to kids[1..] (unweighted) */
    XAP_Q_DATES,     /* documents whose meeting date (SLOT_DATE) lies in
                        `term` "FROM..TO", each YYYYMMDD inclusive or ""
                        (open), not both; weighs nothing: for a FILTER's
                        restriction (år:2017 år:2022 OR'ed) */
};

struct xap_qnode {
    enum xap_qop op;
    char *term; /* TERM, WILDCARD: the index term or prefix */
    size_t len;
    uint32_t wqf;
    uint32_t window; /* NEAR */
    double scale;    /* SCALE */
    struct xap_qnode **kids;
    size_t nkids;
};

/* Facet values of every document, held by the caller (searchd's hit
 * table): counting a match is then two array reads, not two value-slot
 * reads through Xapian (60% of a faceted search's time at 500 MB). */
struct xap_facet_src {
    uint32_t ndocs;          /* covers document ids below this */
    const uint16_t *council; /* [docid]: index into council_names + 1; 0:
                                none */
    const uint16_t *year;    /* [docid]: the year; 0: none */
    const char *const *council_names;
    size_t ncouncil_names;
};

/* The word streams (positions, for phrases) of every document, read
 * into memory once (xap_pos.cc): a phrase check then costs no B-tree
 * block read per document - with streams on disk those reads were most
 * of a phrase query's time. Read-only once built, so threads may share
 * one; it answers for the documents it holds while the index stays in
 * the generation it was built from (documents are only added within
 * one), and for a plain database only at its revision (a stub of
 * several databases, which has none: while its document count and last
 * id are those it was read at). */
typedef struct xap_word_src xap_word_src;
/* NULL and `e` set on failure; ERR_LIMIT past `max_bytes`. */
xap_word_src *xap_word_src_build(xap_db *db, size_t max_bytes,
                                 struct err *e) XAP_NOEXCEPT;
void xap_word_src_free(xap_word_src *s) XAP_NOEXCEPT;
size_t xap_word_src_bytes(const xap_word_src *s) XAP_NOEXCEPT;

struct xap_search_req {
    const struct xap_qnode *query;   /* required */
    const char *const *filter_terms; /* boolean terms all required (e.g.
                                        council words "XCherning") */
    size_t nfilter_terms;
    const char *date_from; /* "YYYYMMDD" inclusive, or NULL */
    const char *date_to;
    uint32_t offset, limit;
    int facets;              /* count council and year over all matches */
    uint32_t check_at_least; /* documents to inspect at least (facets need
                                all of them: pass doccount) */
    uint32_t max_expansion;  /* per wildcard; past it: ERR_LIMIT */
    double bm25_k1, bm25_b;  /* 0 -> Xapian's defaults (1.0, 0.5) */
    /* documents shorter than this share of the average length are
     * normalised as if this long, so a two-line item does not win on
     * its length alone; 0 -> Xapian's default (0.5) */
    double bm25_min_normlen;
    int by_date;   /* newest first (SLOT_DATE), then relevance:
                      a browse by filters alone */
    int skip_data; /* hits without their stored data (the caller
                      has what it needs: searchd's hit table) */
    int unranked;  /* every hit weighs 0, in docid order (no
                      BM25, no sort: counting every match) */
    /* facets from this table, or NULL: from the value slots. A match it
     * does not cover (added since) makes the search count again from the
     * value slots. */
    const struct xap_facet_src *facet_src;
    /* word streams from memory, or NULL: from the index */
    const xap_word_src *word_src;
    /* When to give up, or NULL. Past it the match stops counting (Xapian's
     * time limit: totals and facets become partial) and keeps what it
     * found (`timed_out`); a match still running when as long again has
     * passed, or cancelled, is stopped: ERR_TIMEOUT. */
    const struct deadline *deadline;
};

struct xap_hit {
    uint32_t docid;
    double score;
    char *data; /* the document's stored data (JSON), owned by results;
                   NULL with skip_data */
    size_t datalen;
};

struct xap_facet {
    char *value; /* owned by results */
    uint32_t count;
};

struct xap_results {
    uint64_t revision; /* xap_db_revision() of what was searched */
    uint32_t estimated, lower, upper; /* matches: estimate and bounds */
    struct xap_hit *hits;
    size_t nhits;
    struct xap_facet *councils; /* by count, descending */
    size_t ncouncils;
    struct xap_facet *years; /* by year, ascending */
    size_t nyears;
    int timed_out; /* the deadline passed: counts and hits may be partial */
    /* shards left out (down, or failed this search): names as the stub
     * gives them; the answer covers the others only */
    char **missing;
    size_t nmissing;
};

/* Run a search. On DatabaseModifiedError it reopens and retries once.
 * ERR_LIMIT for a wildcard past max_expansion; ERR_INVAL for a malformed
 * tree; ERR_TIMEOUT when stopped by the deadline with nothing to show. The
 * caller frees *out with xap_results_free(). */
int xap_search(xap_db *db, const struct xap_search_req *req,
               struct xap_results **out, struct err *e) XAP_NOEXCEPT;
void xap_results_free(struct xap_results *r) XAP_NOEXCEPT;

/* ---- Writing ----------------------------------------------------------- */

/* Open (creating if needed) the index at `path` for writing; `overwrite`
 * starts an empty index (the old one stays readable until commit). Only
 * one writer at a time: a second gets ERR_IO ("locked"). */
xap_wdb *xap_wdb_open(const char *path, int overwrite,
                      struct err *e) XAP_NOEXCEPT;
/* Close; changes not committed are discarded. */
void xap_wdb_close(xap_wdb *w) XAP_NOEXCEPT;
/* One transaction around a whole indexing run: readers and a crash see
 * the old index until xap_wdb_commit() returns. */
int xap_wdb_begin(xap_wdb *w, struct err *e) XAP_NOEXCEPT;
int xap_wdb_commit(xap_wdb *w, struct err *e) XAP_NOEXCEPT;
int xap_wdb_add(xap_wdb *w, xap_doc *d, struct err *e) XAP_NOEXCEPT;
/* Delete every document indexed with boolean term `term`. */
int xap_wdb_delete_term(xap_wdb *w, const char *term,
                        struct err *e) XAP_NOEXCEPT;
int xap_wdb_set_metadata(xap_wdb *w, const char *key, const char *value,
                         struct err *e) XAP_NOEXCEPT;
/* *value is the caller's (free()); "" if unset. */
int xap_wdb_get_metadata(xap_wdb *w, const char *key, char **value,
                         struct err *e) XAP_NOEXCEPT;
/* Call fn for each metadata key starting with `prefix`. */
int xap_wdb_metadata_keys(xap_wdb *w, const char *prefix,
                          int (*fn)(void *ctx, const char *key), void *ctx,
                          struct err *e) XAP_NOEXCEPT;
uint32_t xap_wdb_doccount(xap_wdb *w) XAP_NOEXCEPT;
/* Where this index keeps positions (META_POSITIONS when opened). */
enum xap_positions xap_wdb_positions(const xap_wdb *w) XAP_NOEXCEPT;
/* Call fn for each term starting with `prefix` (e.g. the exact-word
 * vocabulary, for the compound lexicon). */
int xap_wdb_allterms(xap_wdb *w, const char *prefix,
                     int (*fn)(void *ctx, const char *term, size_t len,
                               uint32_t freq),
                     void *ctx, struct err *e) XAP_NOEXCEPT;

/* ---- Index folders and generations ----------------------------------- */

/* What referat-index writes at --db DIR: generations. DIR/gen-<N>/ is a
 * complete glass database; the stub file DIR/XAPIANDB ("glass gen-<N>")
 * names the live one, so Xapian itself, xapian-delve and xap_db_open()
 * open DIR (xapian-check wants the stub file: DIR/XAPIANDB). A full
 * build writes one shard per thread under DIR/.build-<N>/, compacts them
 * into DIR/gen-<N> and switches the stub with an atomic rename; then the
 * old generation goes. Generations have no termlist
 * (Xapian::DB_NO_TERMLIST): smaller and faster to write, but a document
 * can only be added, never deleted or replaced. The older layout, DIR
 * itself a glass database, is still read. */
typedef struct xap_index xap_index; /* an index folder, locked for writing */

enum xap_layout {
    XAP_LAYOUT_NONE,  /* no index yet */
    XAP_LAYOUT_PLAIN, /* DIR itself is a glass database (older layout) */
    XAP_LAYOUT_GEN,   /* DIR/XAPIANDB names the live DIR/gen-<N> */
};

/* Open index folder `dir` for writing, creating it if missing, and lock
 * it: a second writer gets ERR_IO ("locked"). Removes what interrupted
 * runs left (DIR/.build-*, generations the stub does not name, old-layout
 * files once the stub is live). NULL and `e` filled on failure. */
xap_index *xap_index_open(const char *dir, struct err *e) XAP_NOEXCEPT;
/* Unlock; a build not finished is discarded (its folder removed). */
void xap_index_close(xap_index *x) XAP_NOEXCEPT;
enum xap_layout xap_index_layout(const xap_index *x) XAP_NOEXCEPT;
/* The live generation's number; 0 for NONE and PLAIN. */
uint32_t xap_index_generation(const xap_index *x) XAP_NOEXCEPT;
/* A writer on the live database (GEN: gen-<N> without termlist, so only
 * xap_wdb_add() and metadata; PLAIN: DIR itself). ERR_NOTFOUND for NONE.
 * The caller closes it with xap_wdb_close() before xap_index_close(). */
xap_wdb *xap_index_live(xap_index *x, struct err *e) XAP_NOEXCEPT;
/* Where the next full build keeps positions (default STREAMS). XAPIAN
 * builds keep the termlist too (stock xapian-tcpsrv needs it). */
void xap_index_set_positions(xap_index *x, enum xap_positions p) XAP_NOEXCEPT;
/* Where the live generation keeps positions (STREAMS if none). */
enum xap_positions xap_index_positions(const xap_index *x) XAP_NOEXCEPT;
/* Start a full build of generation N+1 with `nshards` (1-64) empty shard
 * writers, one per thread. */
int xap_index_build_begin(xap_index *x, unsigned nshards,
                          struct err *e) XAP_NOEXCEPT;
/* Shard k's writer (borrowed: owned by `x`). Add documents and metadata;
 * set each metadata key in one shard only, or to the same value in all
 * (differing values fail the merge). NULL if no such shard. */
xap_wdb *xap_index_shard(xap_index *x, unsigned k) XAP_NOEXCEPT;

struct xap_build_stats {
    double commit_s;  /* flushing and committing the shards */
    double compact_s; /* merging them into the new generation */
    uint64_t bytes;   /* size of the new generation on disk */
};

/* Commit the shards, compact them into DIR/gen-<N+1>, make it live (the
 * stub rewritten and renamed into place, fsynced: a crash leaves either
 * generation live, whole), then delete the old generation or old-layout
 * files and the shards. `st` may be NULL. */
int xap_index_build_finish(xap_index *x, struct xap_build_stats *st,
                           struct err *e) XAP_NOEXCEPT;

xap_doc *xap_doc_new(struct err *e) XAP_NOEXCEPT;
void xap_doc_free(xap_doc *d) XAP_NOEXCEPT;
/* Where the document's postings keep positions: the writer's
 * (xap_wdb_positions()), set before the first posting; xap_wdb_add()
 * refuses a document made for the other kind of index. Default STREAMS. */
int xap_doc_set_positions(xap_doc *d, enum xap_positions p,
                          struct err *e) XAP_NOEXCEPT;
/* Add `term` at position `pos` (1-based) with wdf increment `wdf`. */
int xap_doc_add_posting(xap_doc *d, const char *term, size_t len, uint32_t pos,
                        uint32_t wdf, struct err *e) XAP_NOEXCEPT;
/* Add `term` without a position. */
int xap_doc_add_term(xap_doc *d, const char *term, size_t len, uint32_t wdf,
                     struct err *e) XAP_NOEXCEPT;
/* A filter term: wdf 0, no position. */
int xap_doc_add_boolean(xap_doc *d, const char *term, size_t len,
                        struct err *e) XAP_NOEXCEPT;
int xap_doc_set_value(xap_doc *d, unsigned slot, const char *v, size_t len,
                      struct err *e) XAP_NOEXCEPT;
int xap_doc_set_data(xap_doc *d, const char *data, size_t len,
                     struct err *e) XAP_NOEXCEPT;

#ifdef __cplusplus
}
#endif
#endif
