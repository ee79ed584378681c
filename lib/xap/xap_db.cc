/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_db.cc - the read side of xap.h: open, reopen, counts, term walks,
 * stored data and metadata. Searching is in xap_search.cc
 * (xap_query.cc, xap_match.cc). */
#include "xap/xap_internal.hh"

#include <memory>

/* Times we try to open the generation the stub names: an indexer may
 * switch to a newer one and delete it between our reading the stub and
 * opening it. Each retry reads the stub again. */
#define XAP_OPEN_TRIES 8

/* Open what `path` holds now: the live generation of an index folder, or
 * whatever Xapian opens there (gen 0). */
void xap_open_live(const std::string &path, Xapian::Database &out,
                   uint32_t *gen_out)
{
    for (int tries = 1;; tries++) {
        uint32_t gen = 0;
        if (xap_layout_probe(path, &gen) != XAP_LAYOUT_GEN) {
            out = Xapian::Database(path);
            *gen_out = 0;
            return;
        }
        try {
            out = Xapian::Database(xap_gen_path(path, gen));
            *gen_out = gen;
            return;
        } catch (const Xapian::DatabaseOpeningError &) {
            uint32_t now = 0;
            if (tries >= XAP_OPEN_TRIES ||
                xap_layout_probe(path, &now) != XAP_LAYOUT_GEN || now == gen)
                throw;
        }
    }
}

/* Make `fresh` the handle's database (the old one's descriptors go). */
static void adopt(xap_db *db, Xapian::Database &fresh, uint32_t gen)
{
    db->db = fresh;
    db->gen = gen;
    db->uuid = db->db.get_uuid();
    /* Load the new database's dictionaries afresh: zstd derives a
     * dictionary's id from its content only, so another database may
     * reuse an id for a dictionary with other entropy tables. */
    xap_store_r_free(db);
    xap_store_r_load(db);
    db->words.clear();
    db->xpos = xap_meta_xpos(db->db);
}

bool xap_db_follow(xap_db *db)
{
    if (db->shards)
        return xap_shards_follow(db);
    /* What the folder holds now, opened afresh: a revision number (and a
     * generation number) says nothing about a folder removed and built
     * again from nothing, or an older backup restored in place; the
     * database's UUID does. Reopening our own handle then would mix our
     * open descriptors of the deleted files with the new version file. */
    Xapian::Database fresh;
    uint32_t gen = 0;
    xap_open_live(db->path, fresh, &gen);
    Xapian::rev now = fresh.get_revision(), ours = db->db.get_revision();
    if (gen != db->gen || fresh.get_uuid() != db->uuid || now < ours) {
        adopt(db, fresh, gen);
        return true;
    }
    if (now == ours)
        return false;
    /* The same database, committed to since: move our handle (it keeps
     * the store's loaded dictionaries). */
    bool moved;
    try {
        moved = db->db.reopen();
    } catch (const Xapian::DatabaseError &) {
        /* Our copy is gone: xapian-replicate switched the stub to a full
         * copy of the same database and removed the one we held, whose
         * version file reopen() reads by name, so it would fail at every
         * poll and the reader would stay on the old revision. */
        adopt(db, fresh, gen);
        return true;
    }
    if (db->db.get_revision() < now) {
        /* Our handle cannot reach what a fresh open sees: a stub now
         * names another copy of the same database (xapian-replicate's
         * full copy into replica_1 keeps the master's UUID), and
         * reopen() only moves within the copy we hold. Take the fresh. */
        adopt(db, fresh, gen);
        return true;
    }
    if (moved) {
        xap_store_r_load(db);
        db->words.clear(); /* it may have grown */
    }
    return moved;
}

/* Run `body` once more on a fresh revision if the one we read was
 * overwritten under us (a writer committed twice since we opened). */
template <typename F> static int with_retry(xap_db *db, F body)
{
    try {
        return body();
    } catch (const Xapian::DatabaseModifiedError &) {
        xap_db_follow(db);
        return body();
    } catch (const Xapian::NetworkError &x) {
        /* a shard went away: answer from the others */
        if (!db->shards || !xap_shards_drop_dead(db, x, nullptr))
            throw;
        return body();
    }
}

extern "C" xap_db *xap_db_open(const char *path, struct err *e) noexcept
{
    return xap_db_open_opts(path, nullptr, e);
}

extern "C" xap_db *xap_db_open_opts(const char *path,
                                    const struct xap_open_opts *o,
                                    struct err *e) noexcept
{
    xap_db *out = nullptr;
    if (path == nullptr || *path == '\0') {
        err_set(e, ERR_INVAL, "index path is empty");
        return nullptr;
    }
    guard(e, [&]() -> int {
        auto db = std::make_unique<xap_db>();
        db->path = path;
        auto ss = std::make_unique<xap_shards>();
        if (xap_shards_parse(db->path, *ss)) {
            db->shards = std::move(ss);
            db->shards->leave_retries = o != nullptr && o->leave_retries != 0;
            xap_shards_open(db.get(), o != nullptr ? o->remote_timeout_ms : 0);
            out = db.release();
            return ERR_OK;
        }
        xap_open_live(db->path, db->db, &db->gen);
        db->uuid = db->db.get_uuid();
        xap_store_r_load(db.get());
        db->xpos = xap_meta_xpos(db->db);
        out = db.release();
        return ERR_OK;
    });
    return out;
}

extern "C" void xap_db_close(xap_db *db) noexcept
{
    if (db != nullptr)
        xap_store_r_free(db);
    delete db; /* ~Database does not throw */
}

extern "C" int xap_db_reopen(xap_db *db, int *changed, struct err *e) noexcept
{
    return guard(e, [&]() -> int {
        /* xap_db_follow() reloads the store's dictionaries when it moved */
        bool moved = xap_db_follow(db);
        if (changed != nullptr)
            *changed = moved ? 1 : 0;
        return ERR_OK;
    });
}

extern "C" uint32_t xap_db_doccount(xap_db *db) noexcept
{
    uint32_t n = 0;
    guard(nullptr, [&]() -> int {
        n = db->db.get_doccount();
        return ERR_OK;
    });
    return n;
}

/* 31 bits of the UUID (FNV-1a), top bit set: a generation; 0: a plain
 * database, whose documents may be deleted, so only an equal revision is
 * the same contents (xap_word_src, searchd's hit table). */
static uint32_t xap_db_instance(const xap_db *db)
{
    if (db->gen == 0)
        return 0;
    uint32_t h = 2166136261u;
    for (unsigned char c : db->uuid)
        h = (h ^ c) * 16777619u;
    return h | 0x80000000u;
}

extern "C" enum xap_positions xap_db_positions(xap_db *db) noexcept
{
    return db->xpos ? XAP_POS_XAPIAN : XAP_POS_STREAMS;
}

extern "C" uint32_t xap_db_generation(xap_db *db) noexcept
{
    return db->gen;
}

extern "C" uint32_t xap_db_xapian_revision(xap_db *db) noexcept
{
    return static_cast<uint32_t>(xap_db_revision(db) & 0xffffffffu);
}

extern "C" uint64_t xap_db_revision(xap_db *db) noexcept
{
    if (db->shards) /* a remote shard tells no revision */
        return xap_shards_revision(db);
    uint64_t rev = 0;
    guard(nullptr, [&]() -> int {
        rev = (static_cast<uint64_t>(xap_db_instance(db)) << 32) |
              (static_cast<uint64_t>(db->db.get_revision()) & 0xffffffffu);
        return ERR_OK;
    });
    return rev;
}

extern "C" uint32_t xap_db_termfreq(xap_db *db, const char *term,
                                    size_t len) noexcept
{
    uint32_t n = 0;
    if (term == nullptr || len == 0)
        return 0;
    guard(nullptr, [&]() -> int {
        return with_retry(db, [&]() -> int {
            n = db->db.get_termfreq(std::string(term, len));
            return ERR_OK;
        });
    });
    return n;
}

int xap_allterms_walk(const Xapian::Database &db, const char *prefix,
                      int (*fn)(void *, const char *, size_t, uint32_t),
                      void *ctx, struct err *e) noexcept
{
    if (fn == nullptr)
        return err_set(e, ERR_INVAL, "allterms: no callback");
    return guard(e, [&]() -> int {
        std::string pfx = prefix != nullptr ? prefix : "";
        for (auto it = db.allterms_begin(pfx); it != db.allterms_end(pfx);
             ++it) {
            const std::string &t = *it;
            int rc = fn(ctx, t.c_str(), t.size(), it.get_termfreq());
            if (rc != 0)
                return rc;
        }
        return ERR_OK;
    });
}

extern "C" int xap_db_allterms(xap_db *db, const char *prefix,
                               int (*fn)(void *ctx, const char *term,
                                         size_t len, uint32_t freq),
                               void *ctx, struct err *e) noexcept
{
    if (!db->shards)
        return xap_allterms_walk(db->db, prefix, fn, ctx, e);
    if (fn == nullptr)
        return err_set(e, ERR_INVAL, "allterms: no callback");
    /* On shards, a shard that fails before the walk has handed over a
     * term is dropped (it is reported missing, as a search does) and the
     * walk starts again on the others; one failing half-way is an error
     * (the caller has seen part of the terms). */
    return guard(e, [&]() -> int {
        std::string pfx = prefix != nullptr ? prefix : "";
        for (size_t tries = 0;; tries++) {
            bool handed = false;
            try {
                for (auto it = db->db.allterms_begin(pfx);
                     it != db->db.allterms_end(pfx); ++it) {
                    const std::string &t = *it;
                    handed = true;
                    int rc = fn(ctx, t.c_str(), t.size(), it.get_termfreq());
                    if (rc != 0)
                        return rc;
                }
                return ERR_OK;
            } catch (const Xapian::NetworkError &why) {
                if (handed || tries >= db->shards->v.size() ||
                    !xap_shards_drop_dead(db, why, nullptr) ||
                    db->shards->nup == 0)
                    throw;
            }
        }
    });
}

extern "C" int xap_db_get_data(xap_db *db, const char *idterm, char **data,
                               size_t *len, struct err *e) noexcept
{
    if (idterm == nullptr || *idterm == '\0')
        return err_set(e, ERR_INVAL, "get_data: empty id term");
    return guard(e, [&]() -> int {
        return with_retry(db, [&]() -> int {
            std::string term(idterm);
            Xapian::PostingIterator p = db->db.postlist_begin(term);
            if (p == db->db.postlist_end(term))
                return err_set(e, ERR_NOTFOUND, "no document <%s>", idterm);
            std::string d = db->db.get_document(*p).get_data();
            return xap_store_unpack(db, d, data, len, e);
        });
    });
}

extern "C" int xap_db_get_metadata(xap_db *db, const char *key, char **value,
                                   struct err *e) noexcept
{
    if (key == nullptr || *key == '\0')
        return err_set(e, ERR_INVAL, "get_metadata: empty key");
    return guard(e, [&]() -> int {
        return with_retry(db, [&]() -> int {
            return xap_give(db->db.get_metadata(key), value, nullptr, e);
        });
    });
}

extern "C" int xap_db_metadata_keys(xap_db *db, const char *prefix,
                                    int (*fn)(void *ctx, const char *key),
                                    void *ctx, struct err *e) noexcept
{
    if (fn == nullptr)
        return err_set(e, ERR_INVAL, "metadata_keys: no callback");
    return guard(e, [&]() -> int {
        return xap_walk_metadata_keys(db->db, prefix, fn, ctx);
    });
}
