/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_internal.hh - what the xap_*.cc files share: the handle structs
 * behind xap.h's opaque types, the exception guard, and copying C++
 * strings into malloc()ed memory for C. */
#ifndef REFERAT_XAP_XAP_INTERNAL_HH
#define REFERAT_XAP_XAP_INTERNAL_HH

#include <xapian.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <set>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "xap/wstream.hh"
#include "xap/xap.h"

/* Xapian refuses terms (and metadata keys) longer than this many bytes;
 * we check first so the error names the term instead of failing a whole
 * document at add time. */
#define XAP_TERM_MAX 245
/* Query trees deeper than this are refused (ERR_INVAL): recursion bound. */
#define XAP_QUERY_DEPTH_MAX 64
/* Nodes visited per query tree (a shared subtree counts each time). */
#define XAP_QUERY_NODES_MAX 100000
/* Wildcard expansion limit used when the request leaves it at 0. */
#define XAP_EXPANSION_DEFAULT 1000

struct xap_store_r; /* xap_store.cc */
struct xap_store_w;

/* The word table of an index (xap_words.cc): every word that has
 * positions gets a number, in order of first use, and word streams hold
 * numbers. Kept in metadata META_WORDS as 64-bit word hashes in number
 * order. */
struct xap_words {
    std::mutex mu; /* the shards of a build share one table */
    std::unordered_map<uint64_t, uint32_t> id; /* word hash -> number */
    std::vector<uint64_t> hashes;              /* number -> word hash */
    size_t saved = 0;                          /* numbers in the index */
};

/* The word tables of the sub-databases a reader searches (one for an
 * index, one per shard of a stub: each numbers its own words), loaded
 * when a phrase first needs one, by the sub-database's UUID, again when
 * its revision moved. One handle per thread: no lock. */
class xap_word_tables
{
  public:
    /* The table of `sub` (one database, as PostingSource::init() gets
     * it). Borrowed: valid until the next get() or clear(). Throws
     * Xapian errors (DatabaseVersionError: another stream format). */
    const xap_words &get(const Xapian::Database &sub);
    void clear() noexcept;

  private:
    struct entry {
        std::string uuid;
        Xapian::rev rev;
        std::unique_ptr<xap_words> table;
    };
    std::vector<entry> tabs_;
};

/* A shard of a stub file (xap_shards.cc). */
/* How often a shard that is down is tried again (per handle). */
#define XAP_SHARD_RETRY_MS 1000

/* A request to one remote shard, run on a thread of its own
 * (xap_shard_jobs.cc). A job owns its Xapian::Database alone while it
 * runs: Xapian's reference counts are not atomic, so the handle never
 * holds a copy of a database a job has, and takes it back by moving it. */
struct xap_shard_phase; /* xap_shard_jobs.cc */
struct xap_shard_job {
    /* in: what to do */
    std::string host;
    unsigned port = 0, timeout_ms = 0;
    bool reopen = false; /* reopen `db`; otherwise connect */
    Xapian::Database db;
    /* out, read once `done` is seen under the phase's lock */
    bool ok = false;
    bool fresh = false; /* `db` is a new connection */
    bool moved = false; /* a reopen found a newer revision */
    int kind = 0;       /* positions: 1 Xapian's table, 0 word streams */
    std::string why;
    /* shared with the waiting caller */
    std::shared_ptr<struct xap_shard_phase> phase;
    bool done = false;
};

struct xap_shard {
    std::string name; /* as the stub names it: "HOST:PORT" or the path */
    bool remote = false;
    std::string host;
    unsigned port = 0;
    std::string path; /* local: the path, made relative to the stub */
    uint32_t gen = 0; /* local index folder: the generation open */
    Xapian::Database db;
    bool up = false;
    std::string why;     /* the last failure, while down */
    double retry_at = 0; /* CLOCK_MONOTONIC ms: try again after */
    double up_at = 0;    /* CLOCK_MONOTONIC ms: connected (or reopened) */
    /* a request to it still running on its thread, given up waiting for
     * (xap_shard_jobs.cc): no other is started meanwhile */
    std::shared_ptr<xap_shard_job> busy;
};

struct xap_shards {
    std::string path; /* the stub file */
    std::vector<xap_shard> v;
    unsigned timeout_ms = 0; /* per remote request, connecting included */
    bool remote = false;     /* a shard is remote: stock classes only */
    size_t nup = 0;          /* shards up: in `db` */
    int kind = -1;           /* positions: 1 Xapian's table, 0 word streams */
    /* remote shards another handle found down are tried again by
     * others only (xap_open_opts.leave_retries) */
    bool leave_retries = false;
    /* threads of remote requests not waited for; each ends within its
     * connection's timeout, and is joined then or at the destructor */
    std::vector<std::pair<std::thread, std::shared_ptr<xap_shard_job>>> pending;
    xap_shards() = default;
    xap_shards(const xap_shards &) = delete;
    xap_shards &operator=(const xap_shards &) = delete;
    ~xap_shards();
};

struct xap_db {
    Xapian::Database db;
    std::string path;
    uint32_t gen = 0; /* generation open (0: a plain database) */
    /* Which database this is (Xapian's UUID, new for every database
     * created): a folder removed and built again, or a backup restored,
     * can show the same generation number with other contents. */
    std::string uuid;
    xap_store_r *store = nullptr; /* stored-data dictionaries */
    /* word tables of its sub-databases, read when phrases need them */
    xap_word_tables words;
    /* Phrases as OP_PHRASE/OP_NEAR and nothing but Xapian's own classes
     * in a query: the index keeps positions in Xapian's table, or a
     * shard is remote (the stock server knows no class of ours). Set
     * at every (re)open. */
    bool xpos = false;
    /* A stub of shards opened one by one (remote, or several): `db` is
     * the shards that are up. NULL for one database. */
    std::unique_ptr<xap_shards> shards;
};

struct xap_wdb {
    Xapian::WritableDatabase db;
    std::string path;
    /* A transaction is open: either xap_wdb_begin() or the one an
     * overwrite opens at once, so the wipe of the old index and the new
     * documents become visible together at commit. */
    bool in_txn = false;
    xap_store_w *store = nullptr;     /* stored-data compression */
    std::shared_ptr<xap_words> words; /* shared by a build's shards */
    bool xpos = false; /* XAP_POS_XAPIAN: META_POSITIONS when opened */
};

struct xap_doc {
    Xapian::Document doc;
    /* positions of words, kept for the word stream (not in Xapian) */
    std::vector<std::pair<uint32_t, uint64_t>> tokens; /* (pos, hash) */
    std::vector<ws_field> fields; /* runs of its field prefixes */
    bool xpos = false; /* positions in Xapian's table (XAP_POS_XAPIAN) */
};

/* Stored data, compressed (xap_store.cc). The writer's side: set up
 * after open (loads the index's dictionary), add documents through it,
 * flush before commit or delete; the reader's: (re)load dictionaries
 * after every open and reopen, unpack each document's data. Throw
 * Xapian or std exceptions: call them inside guard(). */
void xap_store_w_open(xap_wdb *w);
void xap_store_w_add(xap_wdb *w, const Xapian::Document &doc);
void xap_store_w_flush(xap_wdb *w);
size_t xap_store_w_pending(const xap_wdb *w) noexcept; /* held back */
void xap_store_w_close(xap_wdb *w) noexcept;
void xap_store_r_load(xap_db *db);
void xap_store_r_free(xap_db *db) noexcept;
/* `raw` as stored -> malloc()ed, NUL-terminated data in *out. */
int xap_store_unpack(xap_db *db, const std::string &raw, char **out,
                     size_t *len, struct err *e);

/* The word table (xap_words.cc). Hash of a folded word; length of the
 * field prefix of an index term (capitals, Xapian's convention: folded
 * words never start with one). */
uint64_t xap_word_hash(const char *s, size_t n);
size_t xap_prefix_len(const char *t, size_t n);
/* Replace `t` by the table saved in `db`; throws DatabaseVersionError if
 * the index records another stream format. */
void xap_words_load(const Xapian::Database &db, xap_words &t);
/* Number each (hash, _) of `dict` (sorted, unique), under the table's
 * lock: new words get the next numbers. */
void xap_words_number(xap_words &t,
                      std::vector<std::pair<uint64_t, uint32_t>> &dict);
/* The writer's table: loaded at open, saved (with META_WSTREAM) at commit
 * (shards: xap_index.cc saves shard 0's, which all share). */
void xap_pos_w_open(xap_wdb *w);
void xap_pos_w_save(xap_wdb *w);

/* Word positions outside Xapian (xap_pos.cc). The writer records each
 * positioned term (prefix + word) and, when the document is added, packs
 * them into value slot SLOT_WORDS with the words' numbers from its word
 * table. The reader turns a phrase (one list of alternative terms per
 * word, all of one field prefix) into a query node that keeps the
 * documents where the words stand in order (window 0) or within `window`
 * positions. Throw Xapian errors or std::bad_alloc: call inside guard(). */
#define XAP_PHRASE_WORDS_MAX 64
void xap_pos_add(xap_doc *d, const char *term, size_t len, uint32_t pos);
void xap_pos_finish(xap_wdb *w, xap_doc *d);

/* What phrase checks read, for one match run: the database, its word
 * tables, the streams in memory when they serve it, and how its shards'
 * document ids interleave. xap_search() refreshes it (xap_pos_ctx_set())
 * before each run, since the handle may move between a search's
 * attempts; the query nodes and deciders hold it, not the handle. */
struct xap_pos_ctx {
    Xapian::Database db;
    xap_word_tables *tables = nullptr;
    const xap_word_src *mem = nullptr;    /* NULL: read the value slot */
    Xapian::docid mem_below = 0;          /* combined ids below: from mem */
    std::vector<std::string> shard_uuids; /* sub-database i's UUID */
};
void xap_pos_ctx_set(xap_pos_ctx &ctx, xap_db *db, const xap_word_src *mem);
int xap_pos_query(const std::shared_ptr<const xap_pos_ctx> &ctx,
                  const std::vector<std::vector<std::string>> &words,
                  uint32_t window, Xapian::Query &out, struct err *e);
/* The phrases a whole query needs (its root's AND/FILTER/left sides) as
 * a match decider: Xapian calls it only for documents good enough for
 * the result page, so those phrases are checked lazily and the query
 * keeps just the AND of their words. One database only (a decider sees
 * combined ids and cannot tell which shard's table numbers a stream):
 * ERR_INVAL on a stub of several. Make one per match run. */
struct xap_phrase_spec {
    std::vector<std::vector<std::string>> words;
    uint32_t window;
};
int xap_pos_decider(const xap_pos_ctx &ctx,
                    const std::vector<xap_phrase_spec> &phrases,
                    std::unique_ptr<Xapian::MatchDecider> &out, struct err *e);

/* A posting source that walks a database's documents in id order (the
 * deadline's, xap_match.cc; a phrase check on word streams, xap_pos.cc):
 * the cursor, its end and the estimates Xapian asks for. A subclass
 * starts it in init() and moves it in seek() (the first document at or
 * after `d` it stops on, or the end); both weigh nothing. */
class xap_walk_source : public Xapian::PostingSource
{
  public:
    Xapian::doccount get_termfreq_min() const override
    {
        return 0;
    }
    Xapian::doccount get_termfreq_est() const override
    {
        return size_;
    }
    Xapian::doccount get_termfreq_max() const override
    {
        return size_;
    }
    void next(double) override
    {
        seek(cur_ + 1);
    }
    bool at_end() const override
    {
        return ended_;
    }
    Xapian::docid get_docid() const override
    {
        return cur_;
    }

  protected:
    /* Before the first document of `db`; `size`: the documents it may
     * give, at most. */
    void start(const Xapian::Database &db, Xapian::doccount size)
    {
        last_ = db.get_lastdocid();
        size_ = size;
        cur_ = 0;
        ended_ = false;
    }
    virtual void seek(Xapian::docid d) = 0;

    Xapian::docid cur_ = 0, last_ = 0;
    Xapian::doccount size_ = 0;
    bool ended_ = false;
};

/* Searching: xap_query.cc builds the query, xap_match.cc runs one
 * match of it, xap_search.cc runs the match again when a writer or a
 * shard fails it. A query being built from a struct xap_qnode tree, and
 * what each match run of it needs. */
struct xap_query_builder {
    /* what phrase checks read, set before each run (xap_pos_ctx_set()) */
    std::shared_ptr<xap_pos_ctx> pos;
    /* phrases the query needs may be checked lazily: one database only */
    bool lazy_ok = true;
    xap_db *db = nullptr; /* wildcards over shards expand on it */
    uint32_t max_expansion = 0;
    size_t nodes = 0;
    struct err *e = nullptr;
    bool unordered = false; /* phrases as a plain AND (build_synonym()) */
    /* a run again on the shards left after some failed: it goes ahead
     * past the deadline (those up answer at once; xap_search()) */
    bool rerun = false;
    /* phrases as Xapian's OP_PHRASE/OP_NEAR on its position table (an
     * index built with XAP_POS_XAPIAN, or remote shards) */
    bool xpos = false;
    /* phrases the whole query needs: with word streams built as an AND
     * of their words and checked lazily by a match decider
     * (xap_pos_decider()); with Xapian's positions the only ones not
     * wrapped in an AND_MAYBE (build_phrase()) */
    std::set<const struct xap_qnode *> required;
    std::vector<xap_phrase_spec> lazy;
};
/* Build req->query and its filters into `out`, setting `b` up for `db`
 * and `req` first. The tree is input: a malformed one is ERR_INVAL (too
 * many nodes ERR_LIMIT) before Xapian sees anything. Throws Xapian
 * errors (WildcardError past the expansion limit). */
int xap_query_build(xap_db *db, const struct xap_search_req *req,
                    xap_query_builder &b, Xapian::Query &out, struct err *e);

/* Results with a deleter, so an exception half-way frees what was made. */
struct xap_results_deleter {
    void operator()(struct xap_results *r) const noexcept
    {
        xap_results_free(r);
    }
};
using xap_results_ptr =
    std::unique_ptr<struct xap_results, xap_results_deleter>;

/* Thrown by the match's stop decider when a match must end now (out of
 * time, or the request cancelled); xap_search() makes it ERR_TIMEOUT. */
struct xap_match_stopped {
};

/* One match of `query` (built by `b`) on `db` for `req`: the page of
 * hits, totals and facets into `res`, without the revision and missing
 * shards. Throws Xapian errors (NetworkError: a shard failed;
 * DatabaseModifiedError) and xap_match_stopped. */
int xap_match_run(xap_db *db, const struct xap_search_req *req,
                  const Xapian::Query &query, const xap_query_builder &b,
                  xap_results_ptr &res, struct err *e);

/* Index folders (xap_index.cc). The layout of `dir` (enum xap_layout)
 * and, for XAP_LAYOUT_GEN, the generation its stub names in *gen. Throws
 * nothing. */
int xap_layout_probe(const std::string &dir, uint32_t *gen) noexcept;
/* dir + "/gen-<N>" */
std::string xap_gen_path(const std::string &dir, uint32_t gen);
/* Move `db` to the newest revision of the live generation, opening
 * another generation if the stub now names one; reloads the stored-data
 * dictionaries. true if it moved. Throws Xapian errors (xap_db.cc). */
bool xap_db_follow(xap_db *db);
/* A writer on `path` with Xapian open `flags`; `txn`: keep a transaction
 * open as xap_wdb_open() does (xap_write.cc). */
xap_wdb *xap_wdb_make(const std::string &path, int flags, bool txn);

/* Shards of a stub file (xap_shards.cc). parse: false if `path` is not
 * a stub of several or remote shards (then it opens as one database);
 * throws DatabaseOpeningError for a line it cannot use. open: each shard,
 * those down are missing (NetworkError if none is up; a shard keeping
 * word streams is InvalidOperationError). drop_dead: after network
 * error `why`, leave out the shard it names, reconnect the other remote
 * ones (those failing, or not connected by `dl` when given, are left out
 * too); true if any went. follow: retry shards down past their retry
 * time, reopen those up; true if the handle moved. Remote shards are
 * asked all at once: shards that do not answer cost one connection
 * timeout together. */
bool xap_shards_parse(const std::string &path, xap_shards &out);
void xap_shards_open(xap_db *db, unsigned timeout_ms);
bool xap_shards_drop_dead(xap_db *db, const Xapian::Error &why,
                          const struct deadline *dl);
bool xap_shards_follow(xap_db *db);
/* Leave out the remote shards another handle of this process found
 * down since this one last reached them (no request: xap_shard_health.cc,
 * "health"); true if any went. */
bool xap_shards_heed(xap_db *db);
uint64_t xap_shards_revision(const xap_db *db);
std::vector<std::string> xap_shards_missing(const xap_db *db);
/* The databases whose metadata counts: each shard up, or `db` itself
 * (Xapian reads metadata from a combination's first database only). */
std::vector<Xapian::Database> xap_db_parts(const xap_db *db);

/* Requests to remote shards (xap_shard_jobs.cc). run_jobs: start jobs[k]
 * (for shard at[k]) on threads and wait until all are done or `until_ms`
 * (CLOCK_MONOTONIC) has passed; those still running make their shard
 * busy. Returns which finished. reap: join the threads of requests that
 * have ended since they were left. job_for: a job connecting to `s`. */
std::vector<bool>
xap_shards_run_jobs(xap_shards &ss,
                    std::vector<std::shared_ptr<xap_shard_job>> &jobs,
                    const std::vector<size_t> &at, double until_ms);
void xap_shards_reap(xap_shards &ss);
std::shared_ptr<xap_shard_job> xap_shard_job_for(const xap_shards &ss,
                                                 const xap_shard &s);

/* The process's health of remote shards, by name (xap_shard_health.cc);
 * local shards are not counted. note_wait: a request waited for `s` and
 * found it failing (counted for handles that leave retries to others).
 * health_down/health_up: `s` found down at `now` (ms), or reached.
 * health_gone: `s`, up for this handle, found down by another since.
 * claim_retry: whether this handle may try down shard `s` now (it is up
 * for another handle, or this one takes the next try, unless `leave`). */
void xap_shard_note_wait(const xap_shards &ss, const xap_shard &s);
void xap_shard_health_down(const xap_shard &s, double now);
void xap_shard_health_up(const xap_shard &s);
bool xap_shard_health_gone(const xap_shard &s);
bool xap_shard_claim_retry(const xap_shard &s, double now, bool leave);
/* Open what `path` holds now: an index folder's live generation (*gen)
 * or whatever Xapian opens there (gen 0) (xap_db.cc). */
void xap_open_live(const std::string &path, Xapian::Database &out,
                   uint32_t *gen);

/* META_POSITIONS of `db` says XAP_POS_XAPIAN (xap_write.cc). */
bool xap_meta_xpos(const Xapian::Database &db);

/* Walk the terms starting with `prefix` (xap_db.cc); the reader and the
 * writer share it, a WritableDatabase being a Database. */
int xap_allterms_walk(const Xapian::Database &db, const char *prefix,
                      int (*fn)(void *, const char *, size_t, uint32_t),
                      void *ctx, struct err *e) noexcept;

/* Run `body` (returning an int error code); turn every exception into an
 * error code and message in `e`. The only place exceptions are caught. */
template <typename F> static int guard(struct err *e, F body) noexcept
{
    try {
        return body();
    } catch (const Xapian::WildcardError &x) {
        return err_set(e, ERR_LIMIT, "wildcard expands to too many terms: %s",
                       x.get_msg().c_str());
    } catch (const Xapian::DatabaseLockError &x) {
        return err_set(e, ERR_IO, "index is locked by another writer: %s",
                       x.get_msg().c_str());
    } catch (const Xapian::DatabaseNotFoundError &x) {
        return err_set(e, ERR_NOTFOUND, "no index: %s", x.get_msg().c_str());
    } catch (const Xapian::Error &x) {
        return err_set(e, ERR_BACKEND, "%s", x.get_description().c_str());
    } catch (const std::bad_alloc &) {
        return err_set(e, ERR_NOMEM, "out of memory");
    } catch (const std::exception &x) {
        return err_set(e, ERR_BACKEND, "C++ exception: %s", x.what());
    } catch (...) {
        return err_set(e, ERR_BACKEND, "unknown C++ exception");
    }
}

/* Copy `s` into malloc()ed, NUL-terminated memory; NULL when out of
 * memory. */
static inline char *xap_strdup(const std::string &s) noexcept
{
    char *p = static_cast<char *>(std::malloc(s.size() + 1));
    if (p == nullptr)
        return nullptr;
    if (!s.empty())
        std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    return p;
}

/* Hand `s` to C in *out (and its length in *len if not NULL). */
static inline int xap_give(const std::string &s, char **out, size_t *len,
                           struct err *e) noexcept
{
    char *p = xap_strdup(s);
    if (p == nullptr)
        return err_set(e, ERR_NOMEM, "out of memory copying <%zu> bytes",
                       s.size());
    *out = p;
    if (len != nullptr)
        *len = s.size();
    return ERR_OK;
}

/* Call fn(ctx, key) for each metadata key of `db` starting with `prefix`
 * (NULL: all), until fn returns non-zero (returned). The read and the
 * write handle share it. Throws Xapian errors: call inside guard(). */
static inline int xap_walk_metadata_keys(const Xapian::Database &db,
                                         const char *prefix,
                                         int (*fn)(void *ctx, const char *key),
                                         void *ctx)
{
    std::string pfx = prefix != nullptr ? prefix : "";
    for (auto k = db.metadata_keys_begin(pfx); k != db.metadata_keys_end(pfx);
         ++k) {
        int r = fn(ctx, (*k).c_str());
        if (r != 0)
            return r;
    }
    return ERR_OK;
}

#endif
