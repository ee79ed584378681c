/* SPDX-License-Identifier: GPL-2.0-or-later */
/* indexer.h - what the indexer's files share: settings, limits, and one
 * section per file (walk, ingest, vocab, docbuild, run, dump, sha256). */
#ifndef REFERAT_INDEXER_H
#define REFERAT_INDEXER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "core/buf.h"
#include "core/err.h"
#include "extract/extract.h"
#include "minutes/minutes.h"
#include "text/txt.h"
#include "xap/xap.h"

/* Longest absolute source path: "XP" + path must stay a Xapian term (245
 * bytes) and "referat:file:" + path a metadata key (243). */
#define INDEXER_PATH_MAX 200
/* Stored data per item (JSON); longer text is cut with a warning. */
#define INDEXER_DATA_MAX (1u << 20)
/* Text analysed per item at most (title, sections, body, names): the
 * rest is left out with a warning. Bounds the indexer's memory per item
 * and the word stream a phrase check reads (about 2 bytes per word;
 * docs/security.md); the largest item in corpus/ is ~100 KB. */
#define INDEXER_ITEM_TEXT_MAX ((size_t)4 << 20)
/* Positions left free between fields, so no phrase spans two of them. */
#define INDEXER_FIELD_GAP 100
/* Text kept from the first pass for the second (else read again). */
#define INDEXER_CACHE_MAX ((size_t)128 << 20)
/* A sidecar is a few lines of metadata. */
#define INDEXER_SIDECAR_MAX ((size_t)64 << 10)
/* Folders nested deeper than this are not walked. */
#define INDEXER_DEPTH_MAX 64
/* Threads of a full build without --jobs: the online CPUs, at most this
 * many (each has a shard writer buffering up to XAPIAN_FLUSH_THRESHOLD
 * documents in memory). */
#define INDEXER_JOBS_DEFAULT_MAX 8
/* --jobs at most (and shards per build). */
#define INDEXER_JOBS_MAX        64
#define INDEXER_OCR_SECONDS_MAX 3600 /* lib/extract's own bound */
/* Lexicon words from the corpus: at least this many characters. */
#define INDEXER_VOCAB_MIN_CHARS 4

enum exit_status {
    EXIT_OK = 0,     /* every file indexed or unchanged */
    EXIT_FAILED = 1, /* some files failed; the rest committed */
    EXIT_USAGE = 2,  /* bad options */
    EXIT_INDEX = 3,  /* the index could not be opened, written or read */
};

struct settings {
    const char *db;
    const char *lexicon; /* word list for compound splitting */
    size_t max_file_size;
    double ocr_seconds; /* OCR budget of a scanned page; 0: the reader's */
    unsigned jobs;      /* threads of a full build; 0: online CPUs, at most
                           INDEXER_JOBS_DEFAULT_MAX */
    int rebuild, dump, quiet, verbose;
    int dump_blocks, parse; /* inspect files, no index (inspect.c) */
    int follow_symlinks;    /* --follow-symlinks */
    int log_json;           /* --log-format json */
    /* --positions: -1 the index's own (a new one: streams), else an
     * enum xap_positions; another than the index's rebuilds it */
    int positions;
    /* --shards N (0: one index), --shard-by, --stub-remote (shard.c);
     * `shard` is the one a run writes */
    unsigned shards, shard;
    int shard_by; /* enum shard_by */
    const char *stub_remote;
    int add_shard; /* --add-shard: shards + 1, none rebuilt (shard.c) */
    /* a grown layout: the shard holding each file indexed before, which
     * it keeps (shard_owns()); NULL otherwise */
    const struct shard_held *held;
    char **paths; /* borrowed from argv, or the config's folders */
    size_t npaths;
    const char **folders; /* [referat-index] folders of the config file */
    size_t nfolders;
};

/* ---- walk.c: which files to index -------------------------------------- */

struct file_list {
    char **paths; /* absolute; sorted and unique after walk_finish() */
    size_t n, cap;
};

/* Called for a path that cannot be walked (missing root, unreadable
 * folder); the run counts it as failed. */
typedef void (*walk_report_fn)(void *ctx, const char *path, const char *reason);

/* Absolute form of `p` (symlinks resolved when it exists; a missing last
 * component is kept as given, so a vanished file can still be named). The
 * caller frees *out. */
int walk_abspath(const char *p, char **out, struct err *e);
struct walk_opts {
    char *const *roots; /* absolute, resolved: every folder of the run */
    size_t nroots;
    int follow_symlinks;   /* read links to files outside the roots too */
    walk_report_fn report; /* counted as failed */
    walk_report_fn skip;   /* a notice: skipped on purpose; may be NULL */
    void *ctx;
};

/* Add the minutes files under absolute `root` (itself if a file, any
 * name; in folders the names whose extension lib/extract reads
 * (ext_format_of()), recursively, hidden names skipped; a
 * symlink to a file only if its target is under one of o->roots, or
 * o->follow_symlinks). Only ERR_NOMEM is fatal; everything else goes to
 * o->report, links not followed to o->skip. */
int walk_collect(const char *root, struct file_list *fl,
                 const struct walk_opts *o, struct err *e);
/* Sort (byte order) and drop duplicates. */
void walk_finish(struct file_list *fl);
/* 1 if `path` is `root` or inside it. */
int walk_is_under(const char *path, const char *root);
/* 1 if sorted `fl` holds `path`. */
int walk_has(const struct file_list *fl, const char *path);
/* Append a copy of `path` (unsorted until walk_finish()). ERR_NOMEM. */
int file_list_add(struct file_list *fl, const char *path, struct err *e);
void file_list_fini(struct file_list *fl);

/* ---- fileid.c: the name of a file in its items' ids --------------------- */

/* Longest name (bytes): "Q" + name + "#" + label must stay a Xapian term
 * and an id within PROTO_ID_MAX; longer ones keep a hash and their end. */
#define FILEID_MAX 180

/* Append `s` escaped for an id: each byte of invalid UTF-8, controls (C0,
 * DEL, C1), '%' and '#' as %XX (upper-case hex); the rest as it is. */
int fileid_escape(const char *s, size_t n, struct buf *out);
/* Name each file i with names[i] == NULL (a name stored by an earlier
 * run is kept): its path relative to the outermost of `roots` holding it
 * (a root naming the file: its base name), escaped; if another file has
 * that name, with more of its folders in front until unique. names[i]
 * are malloc'd; the caller frees them. */
int fileid_assign(char **names, char *const *paths, size_t n,
                  char *const *roots, size_t nroots, struct err *e);

/* ---- sha256.c ---------------------------------------------------------- */

struct sha256 {
    uint32_t h[8];
    uint64_t len;
    unsigned char buf[64];
    size_t nbuf;
};

void sha256_init(struct sha256 *s);
void sha256_update(struct sha256 *s, const void *p, size_t n);
/* Finish and write 64 hex digits and a NUL. */
void sha256_hex(struct sha256 *s, char out[65]);

/* ---- ingest.c: one file -> a parsed meeting ---------------------------- */

struct ingest {
    char hash[65];     /* sha256 of the file and its sidecar */
    size_t bytes;      /* file size */
    struct buf raw;    /* file bytes, until ingest_parse() */
    char *sidecar;     /* path of the sidecar used, or NULL */
    char format[8];    /* ext_format_of(): "txt", "html", "pdf", … */
    int converted;     /* was Windows-1252/Latin-1, now UTF-8 */
    size_t text_bytes; /* UTF-8 text parsed */
    int parsed;        /* meeting is valid */
    struct mnt_meeting meeting;
};

/* Read `path` (at most `max` bytes) and its sidecar, and hash both. A
 * zeroed `in` on entry; ingest_fini() it even on failure. ERR_IO,
 * ERR_LIMIT (too large), ERR_INVAL (empty). */
int ingest_load(const char *path, size_t max, struct ingest *in, struct err *e);
/* Read the loaded bytes into blocks (lib/extract: its reader for the
 * format, UTF-8 or Latin-1 text) and parse them, with the sidecar's
 * metadata as hints. ERR_INVAL for binary or wordless text and for a
 * file its reader rejects (corrupt, encrypted, reader not built),
 * ERR_LIMIT past a reader's bound. */
int ingest_parse(const char *path, double ocr_seconds, struct ingest *in,
                 struct err *e);
/* The blocks of the loaded file into `doc` (ext_doc_init()ed): plain text
 * through encoding repair and ext_read_text(), every other format through
 * its reader (ext_read()), a scanned page's OCR given ocr_seconds (0: the
 * reader's default). Sets in->converted. */
int ingest_blocks(struct ingest *in, double ocr_seconds, struct ext_doc *doc,
                  struct err *e);
void ingest_fini(struct ingest *in);

/* ---- vocab.c: the compound lexicon ------------------------------------- */

/* 1 if a folded word may join the lexicon: letters only, at least
 * INDEXER_VOCAB_MIN_CHARS characters. */
int vocab_is_candidate(const char *w, size_t len);
/* Add the exact words of a meeting (titles, sections, attendees), and of
 * the meetings chained after it (m->next). */
int vocab_add_meeting(struct txt_lexicon *lx, const struct mnt_meeting *m,
                      struct err *e);
/* Add the exact-word vocabulary already in the index. */
int vocab_add_index(struct txt_lexicon *lx, xap_wdb *w, struct err *e);

/* ---- header.c: an item's header lines ---------------------------------- */

/* The bytes of the line at `s` (its newline included) if it is a header
 * line ("Sagsbehandler: …", "Fra: …", "Afbud: …"), else 0. */
size_t header_line_len(const char *s, size_t n);
/* The bytes of the line at `s` if it names another item of meeting `m`
 * by its label and title ("• 3b: Valg": an overview's list), else 0; 0
 * when `m` is NULL. */
size_t header_contents_len(const struct mnt_meeting *m,
                           const struct mnt_item *self, const char *s,
                           size_t n);
/* 1 if `text` holds HEADER_DATED_ROWS or more lines opening with a date:
 * a list of dated entries (the meetings held and their topics). */
int header_has_dated_rows(const char *text, size_t n);
/* The bytes of the line at `s` if it opens with a date, else 0: a row of
 * such a list, when header_has_dated_rows() said there is one. */
size_t header_dated_row_len(const char *s, size_t n);
/* The offset of the sender in a title that names who reports
 * ("Orientering fra |Handicap og Psykiatri"), else 0. */
size_t header_title_sender(const char *title);
/* 1 if nearly all of the item's text is its attendance (Mødedeltagelse). */
int header_item_is_attendance(const struct mnt_item *it);

/* ---- docbuild.c: a meeting -> index documents (docterms.c, docfilters.c,
 * docdata.c; docbuild_internal.h) ---------------------------------------- */

/* Write "XP" + path into `out` (reset first). */
int docbuild_file_term(const char *path, struct buf *out);
/* Called for a non-fatal problem with one item (text cut, ...). */
typedef void (*docbuild_warn_fn)(void *ctx, const char *msg);
/* Add one document per item of `m`, read from absolute `path`, with ids
 * "<name>#<label>" (name from fileid_assign()); meeting k > 1 of a file
 * that holds several (m->seq) "<name>#m<k>.<label>". *nitems
 * gets the count added. Any error is fatal for the run (the index).
 * Threads may call it at once, each with its own writer and an analyzer
 * with its own stemmer (the lexicon is shared, read-only). */
int docbuild_meeting(xap_wdb *w, const struct txt_analyzer *an,
                     const char *path, const char *name,
                     const struct mnt_meeting *m, docbuild_warn_fn warn,
                     void *ctx, size_t *nitems, struct err *e);

/* ---- run.c: one incremental, atomic indexing run (run_*.c) -------------- */

/* Index s->paths into s->db: add new files to the live generation, or
 * (a file changed or gone, --rebuild, another schema, the old layout)
 * build a new one of every current file; returns an enum exit_status. */
int run_index(const struct settings *s);

/* ---- shard.c: N index folders and the stubs naming them -------------- */

/* --shards at most. */
#define INDEXER_SHARDS_MAX 256

enum shard_by {
    SHARD_BY_HASH,
    SHARD_BY_COUNCIL,
    SHARD_BY_YEAR
};

/* Files indexed before in a grown layout (--add-shard): the shard
 * holding each, by path (sorted). */
struct shard_file {
    char *path;
    unsigned shard;
};
struct shard_held {
    struct shard_file *v;
    size_t n, cap;
};

/* "hash", "council" or "year" into *by; ERR_INVAL else. */
int shard_parse_by(const char *v, int *by);
/* 1 if the file belongs to shard s->shard (always, unsharded), 0 if to
 * another, -1 if that needs its meeting and `m` is NULL. In a grown
 * layout a file indexed before belongs to the shard holding it. Else by
 * hash: of its path under the outermost root; by council: of the
 * council's name; by year: the year; either missing: by hash.
 * Deterministic. */
int shard_owns(const struct settings *s, const char *path, char *const *roots,
               size_t nroots, const struct mnt_meeting *m);
/* One run per shard into s->db/shard-k, then the stubs; an enum
 * exit_status (the worst of the shards'). */
int shard_run(const struct settings *s);
/* EXIT_USAGE (logged) if s->db holds shards, so an unsharded run would
 * write over their stub; else EXIT_OK. */
int shard_refuse_plain(const struct settings *s);

/* ---- inspect.c: files without an index ---------------------------------- */

/* Print ext_dump() of each of s->paths ("## PATH" before each); an
 * unreadable file is named on stderr. Returns an enum exit_status. */
int inspect_blocks(const struct settings *s, FILE *out);
/* Print each of s->paths as JSON lines: the meeting (format, layout,
 * council, date, confidence, warnings, item count), then each item
 * (label, title, line range, closed, sections). An enum exit_status. */
int inspect_parse(const struct settings *s, FILE *out);

/* ---- dump.c ------------------------------------------------------------ */

/* Print one JSON line per item of the index at `db`, sorted by file and
 * item order. ERR_NOTFOUND if there is no index. */
int dump_index(const char *db, FILE *out, struct err *e);

#endif
