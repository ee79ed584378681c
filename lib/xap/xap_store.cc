/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_store.cc - each document's stored data (the item as JSON, its text
 * included) compressed with zstd and a dictionary trained on the index's
 * own items.
 *
 * Why: Xapian deflates each document's data on its own, and an agenda
 * item is a few KB - too little for deflate to find much: the 50 MB bench
 * corpus stored 31 MB of data, and inflating the ten hits of each answer
 * was 18% of searchd's CPU time. A dictionary holds what items share
 * (phrases of the minutes, the JSON keys), so each item compresses to
 * about a fifth of its size, and zstd decompresses several times faster
 * than zlib.
 *
 * Format: the data of a document is a zstd frame (it starts with the
 * magic number), its header naming the dictionary by id; data without the
 * magic is stored as is (kept readable for tests and hand-made indexes).
 * Dictionaries live in metadata "referat:zdict:<id>", several at once if
 * shards trained their own: compaction keeps every key, and a reader
 * picks the one each frame names.
 *
 * The writer holds back the first documents of an index that has no
 * dictionary yet, trains one on their data once it has enough (or at
 * commit), then compresses and adds them. */
#include "xap/xap_internal.hh"

#include <zdict.h>
#include <zstd.h>

#include <cstdio>
#include <memory>
#include <vector>

/* Samples to train on: this much data or this many documents. More data
 * trains a slightly better dictionary, slower (1 MB: 0.06 s). */
#define STORE_SAMPLE_BYTES ((size_t)1 << 20)
#define STORE_SAMPLE_DOCS  2000
/* Dictionary size: zstd's advice is ~100x smaller than the samples. */
#define STORE_DICT_BYTES ((size_t)64 << 10)
/* Fewer sample bytes than this train no useful dictionary. */
#define STORE_SAMPLE_MIN ((size_t)16 << 10)
/* Compression level: 3 is zstd's default; higher levels gained ~10% size
 * at several times the indexing cost. */
#define STORE_LEVEL 3
/* A frame claiming more than this is refused (the indexer stores at most
 * 1 MiB per item). */
#define STORE_DATA_MAX ((size_t)16 << 20)

static const char META_ZDICT[] = "referat:zdict:";

/* ---- Writer ------------------------------------------------------------ */

struct xap_store_w {
    ZSTD_CCtx *cctx = nullptr;
    ZSTD_CDict *cdict = nullptr;
    bool decided = false; /* dictionary loaded, trained, or given up on */
    std::vector<Xapian::Document> pending;
    size_t pending_bytes = 0;

    ~xap_store_w()
    {
        ZSTD_freeCDict(cdict);
        ZSTD_freeCCtx(cctx);
    }
};

static void use_dict(xap_store_w *s, const std::string &dict)
{
    ZSTD_freeCDict(s->cdict);
    s->cdict = ZSTD_createCDict(dict.data(), dict.size(), STORE_LEVEL);
    if (s->cdict == nullptr)
        throw std::bad_alloc();
}

/* Replace d's data with its compressed form. */
static void pack(xap_store_w *s, Xapian::Document &d)
{
    std::string raw = d.get_data();
    if (raw.empty())
        return;
    if (s->cctx == nullptr && (s->cctx = ZSTD_createCCtx()) == nullptr)
        throw std::bad_alloc();
    std::string out(ZSTD_compressBound(raw.size()), '\0');
    size_t n = s->cdict != nullptr
                   ? ZSTD_compress_usingCDict(s->cctx, &out[0], out.size(),
                                              raw.data(), raw.size(), s->cdict)
                   : ZSTD_compressCCtx(s->cctx, &out[0], out.size(), raw.data(),
                                       raw.size(), STORE_LEVEL);
    if (ZSTD_isError(n))
        throw Xapian::InternalError(std::string("zstd: ") +
                                    ZSTD_getErrorName(n));
    out.resize(n);
    d.set_data(out);
}

/* Give a trained dictionary an id that depends on all of it. zstd
 * derives the id from the dictionary's content part only, so two
 * trainings (two shards, two generations) could pick the same content
 * with other entropy tables under one id - and a reader would decode one
 * with the other. The id is bytes 4-7 of the header (little endian);
 * ids below 32768 are reserved. */
static void set_dict_id(std::string &dict)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a over what follows */
    for (size_t i = 8; i < dict.size(); i++) {
        h ^= static_cast<unsigned char>(dict[i]);
        h *= 1099511628211ull;
    }
    uint32_t id = static_cast<uint32_t>(h % (0x7fffffffu - 32768u)) + 32768u;
    for (int i = 0; i < 4; i++)
        dict[4 + i] = static_cast<char>((id >> (8 * i)) & 0xff);
}

/* Train on the held-back documents, record the dictionary, then add
 * them. Too little data: they are compressed without one. */
static void train_and_flush(xap_wdb *w)
{
    xap_store_w *s = w->store;
    std::string samples;
    std::vector<size_t> sizes;
    samples.reserve(s->pending_bytes);
    for (const Xapian::Document &d : s->pending) {
        std::string data = d.get_data();
        if (data.empty())
            continue;
        samples += data;
        sizes.push_back(data.size());
    }
    if (samples.size() >= STORE_SAMPLE_MIN) {
        std::string dict(STORE_DICT_BYTES, '\0');
        size_t n = ZDICT_trainFromBuffer(&dict[0], dict.size(), samples.data(),
                                         sizes.data(),
                                         static_cast<unsigned>(sizes.size()));
        if (!ZDICT_isError(n) && n >= 8) {
            dict.resize(n);
            set_dict_id(dict);
            char key[sizeof META_ZDICT + 16];
            std::snprintf(key, sizeof key, "%s%u", META_ZDICT,
                          ZDICT_getDictID(dict.data(), dict.size()));
            w->db.set_metadata(key, dict);
            use_dict(s, dict);
        }
    }
    s->decided = true;
    for (Xapian::Document &d : s->pending) {
        pack(s, d);
        w->db.add_document(d);
    }
    s->pending.clear();
    s->pending_bytes = 0;
}

void xap_store_w_open(xap_wdb *w)
{
    delete w->store;
    w->store = nullptr;
    auto s = std::make_unique<xap_store_w>();
    /* An index that has a dictionary keeps compressing with it: new items
     * resemble the old ones. */
    auto k = w->db.metadata_keys_begin(META_ZDICT);
    if (k != w->db.metadata_keys_end(META_ZDICT)) {
        std::string dict = w->db.get_metadata(*k);
        if (!dict.empty()) {
            use_dict(s.get(), dict);
            s->decided = true;
        }
    }
    w->store = s.release();
}

void xap_store_w_close(xap_wdb *w) noexcept
{
    delete w->store;
    w->store = nullptr;
}

void xap_store_w_add(xap_wdb *w, const Xapian::Document &doc)
{
    xap_store_w *s = w->store;
    if (s == nullptr) {
        w->db.add_document(doc);
        return;
    }
    if (s->decided) {
        Xapian::Document d = doc;
        pack(s, d);
        w->db.add_document(d);
        return;
    }
    s->pending.push_back(doc);
    s->pending_bytes += doc.get_data().size();
    if (s->pending_bytes >= STORE_SAMPLE_BYTES ||
        s->pending.size() >= STORE_SAMPLE_DOCS)
        train_and_flush(w);
}

size_t xap_store_w_pending(const xap_wdb *w) noexcept
{
    return w->store != nullptr ? w->store->pending.size() : 0;
}

void xap_store_w_flush(xap_wdb *w)
{
    if (w->store != nullptr && !w->store->pending.empty())
        train_and_flush(w);
}

/* ---- Reader ------------------------------------------------------------ */

struct xap_store_r {
    ZSTD_DCtx *dctx = nullptr;
    std::vector<std::pair<unsigned, ZSTD_DDict *>> dicts;
    std::string keys; /* the dictionary keys loaded, to see a change */

    void drop() noexcept
    {
        for (auto &d : dicts)
            ZSTD_freeDDict(d.second);
        dicts.clear();
        keys.clear();
    }
    ~xap_store_r()
    {
        drop();
        ZSTD_freeDCtx(dctx);
    }
};

void xap_store_r_load(xap_db *db)
{
    if (db->store == nullptr)
        db->store = new xap_store_r;
    xap_store_r *s = db->store;
    /* every shard's dictionaries: Xapian reads a combination's metadata
     * from its first database only */
    std::vector<Xapian::Database> parts = xap_db_parts(db);
    std::string keys;
    for (const Xapian::Database &p : parts) {
        for (auto k = p.metadata_keys_begin(META_ZDICT);
             k != p.metadata_keys_end(META_ZDICT); ++k) {
            keys += *k;
            keys += '\n';
        }
        keys += '\f';
    }
    if (keys == s->keys &&
        (keys.find(META_ZDICT) == std::string::npos || !s->dicts.empty()))
        return;
    s->drop();
    for (const Xapian::Database &p : parts) {
        for (auto k = p.metadata_keys_begin(META_ZDICT);
             k != p.metadata_keys_end(META_ZDICT); ++k) {
            std::string dict = p.get_metadata(*k);
            unsigned id = ZDICT_getDictID(dict.data(), dict.size());
            ZSTD_DDict *dd = ZSTD_createDDict(dict.data(), dict.size());
            if (dd == nullptr)
                throw std::bad_alloc();
            s->dicts.emplace_back(id, dd);
        }
    }
    s->keys = keys;
}

void xap_store_r_free(xap_db *db) noexcept
{
    delete db->store;
    db->store = nullptr;
}

/* 1 if `p` starts a zstd frame. */
static bool is_frame(const char *p, size_t n)
{
    return n >= 4 && static_cast<unsigned char>(p[0]) == 0x28 &&
           static_cast<unsigned char>(p[1]) == 0xb5 &&
           static_cast<unsigned char>(p[2]) == 0x2f &&
           static_cast<unsigned char>(p[3]) == 0xfd;
}

int xap_store_unpack(xap_db *db, const std::string &raw, char **out,
                     size_t *len, struct err *e)
{
    if (!is_frame(raw.data(), raw.size()))
        return xap_give(raw, out, len, e);
    unsigned long long n = ZSTD_getFrameContentSize(raw.data(), raw.size());
    if (n == ZSTD_CONTENTSIZE_UNKNOWN || n == ZSTD_CONTENTSIZE_ERROR ||
        n > STORE_DATA_MAX)
        return err_set(e, ERR_BACKEND, "stored data: bad zstd frame");
    if (db->store == nullptr)
        xap_store_r_load(db);
    xap_store_r *s = db->store;
    unsigned id = ZSTD_getDictID_fromFrame(raw.data(), raw.size());
    const ZSTD_DDict *dd = nullptr;
    for (auto &d : s->dicts)
        if (d.first == id)
            dd = d.second;
    if (id != 0 && dd == nullptr) {
        /* written after we loaded (a commit in between): look again */
        xap_store_r_load(db);
        for (auto &d : s->dicts)
            if (d.first == id)
                dd = d.second;
        if (dd == nullptr)
            return err_set(e, ERR_BACKEND,
                           "stored data: no dictionary <%u> in the index", id);
    }
    if (s->dctx == nullptr && (s->dctx = ZSTD_createDCtx()) == nullptr)
        return err_set(e, ERR_NOMEM, "out of memory");
    char *p = static_cast<char *>(std::malloc(static_cast<size_t>(n) + 1));
    if (p == nullptr)
        return err_set(e, ERR_NOMEM, "out of memory for <%llu> bytes", n);
    size_t got =
        dd != nullptr
            ? ZSTD_decompress_usingDDict(s->dctx, p, static_cast<size_t>(n),
                                         raw.data(), raw.size(), dd)
            : ZSTD_decompressDCtx(s->dctx, p, static_cast<size_t>(n),
                                  raw.data(), raw.size());
    if (ZSTD_isError(got) || got != n) {
        std::free(p);
        return err_set(e, ERR_BACKEND, "stored data: %s",
                       ZSTD_isError(got) ? ZSTD_getErrorName(got)
                                         : "short frame");
    }
    p[got] = '\0';
    *out = p;
    if (len != nullptr)
        *len = got;
    return ERR_OK;
}

/* ---- Stored data by document id ---------------------------------------- */

extern "C" int xap_db_get_data_docid(xap_db *db, uint32_t docid, char **data,
                                     size_t *len, struct err *e) noexcept
{
    if (db == nullptr || docid == 0)
        return err_set(e, ERR_INVAL, "get_data: no document id");
    return guard(e, [&]() -> int {
        try {
            return xap_store_unpack(db, db->db.get_document(docid).get_data(),
                                    data, len, e);
        } catch (const Xapian::DocNotFoundError &) {
            return err_set(e, ERR_NOTFOUND, "no document <%u>", docid);
        }
    });
}

extern "C" int xap_db_each_data(xap_db *db,
                                int (*fn)(void *ctx, uint32_t docid,
                                          const char *data, size_t len),
                                void *ctx, struct err *e) noexcept
{
    if (db == nullptr || fn == nullptr)
        return err_set(e, ERR_INVAL, "each_data: missing argument");
    return guard(e, [&]() -> int {
        for (auto p = db->db.postlist_begin(""); p != db->db.postlist_end("");
             ++p) {
            char *d = nullptr;
            size_t n = 0;
            int rc = xap_store_unpack(db, db->db.get_document(*p).get_data(),
                                      &d, &n, e);
            if (rc != ERR_OK)
                return rc;
            rc = fn(ctx, *p, d, n);
            std::free(d);
            if (rc != 0)
                return rc;
        }
        return ERR_OK;
    });
}
