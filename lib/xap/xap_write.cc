/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_write.cc - the write side of xap.h: the single writer, its one
 * transaction per run, and documents being built.
 *
 * The writer always has a Xapian transaction open, from open to commit
 * and from each commit to the next: Xapian's WritableDatabase commits
 * pending changes when destroyed unless a transaction is active, and
 * xap.h promises that closing discards what was not committed. Inside a
 * transaction Xapian still spills large batches into the tables, but the
 * new revision only becomes visible (and survives a crash) at commit. */
#include "xap/xap_internal.hh"

#include <memory>
#include <type_traits>
#include <vector>

#include "xap/schema.h"

bool xap_meta_xpos(const Xapian::Database &db)
{
    return db.get_metadata(META_POSITIONS) == POSITIONS_XAPIAN;
}

static int check_term(const char *term, size_t len, struct err *e)
{
    if (term == nullptr || len == 0)
        return err_set(e, ERR_INVAL, "empty term");
    if (len > XAP_TERM_MAX)
        return err_set(e, ERR_LIMIT, "term of <%zu> bytes, max <%d>: %.40s...",
                       len, XAP_TERM_MAX, term);
    return ERR_OK;
}

static int check_key(const char *key, struct err *e)
{
    if (key == nullptr || *key == '\0')
        return err_set(e, ERR_INVAL, "empty metadata key");
    size_t len = std::strlen(key);
    if (len > XAP_TERM_MAX - 2)
        return err_set(e, ERR_LIMIT, "metadata key of <%zu> bytes, max <%d>",
                       len, XAP_TERM_MAX - 2);
    return ERR_OK;
}

/* Empty the index inside the open transaction, so an overwrite only
 * shows (and survives a crash) at commit. Xapian's own
 * DB_CREATE_OR_OVERWRITE truncates the tables at once. */
static void wipe(Xapian::WritableDatabase &db)
{
    std::vector<Xapian::docid> ids;
    ids.reserve(db.get_doccount());
    for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p)
        ids.push_back(*p);
    for (Xapian::docid id : ids)
        db.delete_document(id);
    std::vector<std::string> keys;
    for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k)
        keys.push_back(*k);
    for (const std::string &k : keys)
        db.set_metadata(k, "");
}

xap_wdb *xap_wdb_make(const std::string &path, int flags, bool txn)
{
    auto w = std::make_unique<xap_wdb>();
    w->path = path;
    w->db = Xapian::WritableDatabase(w->path, flags);
    w->xpos = xap_meta_xpos(w->db);
    if (txn) {
        w->db.begin_transaction(true);
        w->in_txn = true;
    }
    xap_store_w_open(w.get());
    xap_pos_w_open(w.get());
    return w.release();
}

extern "C" xap_wdb *xap_wdb_open(const char *path, int overwrite,
                                 struct err *e) noexcept
{
    xap_wdb *out = nullptr;
    if (path == nullptr || *path == '\0') {
        err_set(e, ERR_INVAL, "index path is empty");
        return nullptr;
    }
    guard(e, [&]() -> int {
        std::unique_ptr<xap_wdb, void (*)(xap_wdb *)> w(
            xap_wdb_make(path, Xapian::DB_CREATE_OR_OPEN, true), xap_wdb_close);
        if (overwrite) {
            wipe(w->db);
            xap_store_w_open(w.get()); /* the old dictionary went too */
            xap_pos_w_open(w.get());   /* and the word table */
            w->xpos = false;           /* and META_POSITIONS */
        }
        out = w.release();
        return ERR_OK;
    });
    return out;
}

extern "C" void xap_wdb_close(xap_wdb *w) noexcept
{
    if (w == nullptr)
        return;
    try {
        if (w->in_txn)
            w->db.cancel_transaction();
    } catch (...) {
        /* The destructor cancels it too; nothing to report to. */
    }
    xap_store_w_close(w);
    delete w;
}

extern "C" int xap_wdb_begin(xap_wdb *w, struct err *e) noexcept
{
    return guard(e, [&]() -> int {
        if (!w->in_txn) {
            w->db.begin_transaction(true);
            w->in_txn = true;
        }
        return ERR_OK;
    });
}

extern "C" int xap_wdb_commit(xap_wdb *w, struct err *e) noexcept
{
    return guard(e, [&]() -> int {
        xap_store_w_flush(w);
        xap_pos_w_save(w);
        if (w->in_txn) {
            w->in_txn = false;
            w->db.commit_transaction();
        } else {
            w->db.commit();
        }
        w->db.begin_transaction(true);
        w->in_txn = true;
        return ERR_OK;
    });
}

/* SLOT_ORDER: the date and the id (its PFX_ID term), the tie-break of
 * equal weights that does not depend on document ids. */
static void set_order(Xapian::Document &doc)
{
    Xapian::TermIterator t = doc.termlist_begin();
    t.skip_to(PFX_ID);
    std::string id;
    if (t != doc.termlist_end() && (*t).compare(0, 1, PFX_ID) == 0)
        id = (*t).substr(1);
    doc.add_value(SLOT_ORDER, doc.get_value(SLOT_DATE) + id);
}

extern "C" int xap_wdb_add(xap_wdb *w, xap_doc *d, struct err *e) noexcept
{
    if (d == nullptr)
        return err_set(e, ERR_INVAL, "add: no document");
    if (d->xpos != w->xpos)
        return err_set(e, ERR_INVAL,
                       "add: a document made for positions in <%s> added to "
                       "an index keeping them in <%s>",
                       d->xpos ? "xapian" : "streams",
                       w->xpos ? "xapian" : "streams");
    return guard(e, [&]() -> int {
        if (w->xpos)
            set_order(d->doc);
        xap_pos_finish(w, d);
        xap_store_w_add(w, d->doc);
        return ERR_OK;
    });
}

extern "C" int xap_wdb_delete_term(xap_wdb *w, const char *term,
                                   struct err *e) noexcept
{
    int rc = check_term(term, term != nullptr ? std::strlen(term) : 0, e);
    if (rc != ERR_OK)
        return rc;
    return guard(e, [&]() -> int {
        xap_store_w_flush(w);
        w->db.delete_document(std::string(term));
        return ERR_OK;
    });
}

extern "C" int xap_wdb_set_metadata(xap_wdb *w, const char *key,
                                    const char *value, struct err *e) noexcept
{
    int rc = check_key(key, e);
    if (rc != ERR_OK)
        return rc;
    return guard(e, [&]() -> int {
        w->db.set_metadata(key, value != nullptr ? value : "");
        return ERR_OK;
    });
}

extern "C" int xap_wdb_get_metadata(xap_wdb *w, const char *key, char **value,
                                    struct err *e) noexcept
{
    int rc = check_key(key, e);
    if (rc != ERR_OK)
        return rc;
    return guard(e, [&]() -> int {
        return xap_give(w->db.get_metadata(key), value, nullptr, e);
    });
}

extern "C" int xap_wdb_metadata_keys(xap_wdb *w, const char *prefix,
                                     int (*fn)(void *ctx, const char *key),
                                     void *ctx, struct err *e) noexcept
{
    if (fn == nullptr)
        return err_set(e, ERR_INVAL, "metadata_keys: no callback");
    return guard(e, [&]() -> int {
        return xap_walk_metadata_keys(w->db, prefix, fn, ctx);
    });
}

extern "C" uint32_t xap_wdb_doccount(xap_wdb *w) noexcept
{
    uint32_t n = 0;
    guard(nullptr, [&]() -> int {
        n = w->db.get_doccount() +
            static_cast<uint32_t>(xap_store_w_pending(w));
        return ERR_OK;
    });
    return n;
}

extern "C" enum xap_positions xap_wdb_positions(const xap_wdb *w) noexcept
{
    return w->xpos ? XAP_POS_XAPIAN : XAP_POS_STREAMS;
}

extern "C" int xap_wdb_allterms(xap_wdb *w, const char *prefix,
                                int (*fn)(void *ctx, const char *term,
                                          size_t len, uint32_t freq),
                                void *ctx, struct err *e) noexcept
{
    int rc = guard(e, [&]() -> int {
        xap_store_w_flush(w); /* held-back documents' terms count too */
        return ERR_OK;
    });
    return rc != ERR_OK ? rc : xap_allterms_walk(w->db, prefix, fn, ctx, e);
}

/* ---- Documents --------------------------------------------------------- */

extern "C" xap_doc *xap_doc_new(struct err *e) noexcept
{
    xap_doc *out = nullptr;
    guard(e, [&]() -> int {
        out = new xap_doc;
        return ERR_OK;
    });
    return out;
}

extern "C" void xap_doc_free(xap_doc *d) noexcept
{
    delete d;
}

extern "C" int xap_doc_add_posting(xap_doc *d, const char *term, size_t len,
                                   uint32_t pos, uint32_t wdf,
                                   struct err *e) noexcept
{
    int rc = check_term(term, len, e);
    if (rc != ERR_OK)
        return rc;
    if (pos == 0)
        return err_set(e, ERR_INVAL, "posting at position 0 (1-based)");
    return guard(e, [&]() -> int {
        if (d->xpos) {
            d->doc.add_posting(std::string(term, len), pos, wdf);
            return ERR_OK;
        }
        /* the term without positions; those go to the word stream */
        d->doc.add_term(std::string(term, len), wdf);
        xap_pos_add(d, term, len, pos);
        return ERR_OK;
    });
}

extern "C" int xap_doc_set_positions(xap_doc *d, enum xap_positions p,
                                     struct err *e) noexcept
{
    /* read as its raw integer: an out-of-range C enum is undefined as a
     * C++ one (xap_query.cc node_op()) */
    std::underlying_type_t<enum xap_positions> raw;
    static_assert(sizeof raw == sizeof p, "enum size");
    std::memcpy(&raw, &p, sizeof raw);
    if (raw != XAP_POS_STREAMS && raw != XAP_POS_XAPIAN)
        return err_set(e, ERR_INVAL, "unknown positions kind <%lld>",
                       static_cast<long long>(raw));
    return guard(e, [&]() -> int {
        if (!d->tokens.empty() || d->doc.termlist_count() != 0)
            return err_set(e, ERR_INVAL,
                           "document positions chosen after its first term");
        d->xpos = raw == XAP_POS_XAPIAN;
        return ERR_OK;
    });
}

extern "C" int xap_doc_add_term(xap_doc *d, const char *term, size_t len,
                                uint32_t wdf, struct err *e) noexcept
{
    int rc = check_term(term, len, e);
    if (rc != ERR_OK)
        return rc;
    return guard(e, [&]() -> int {
        d->doc.add_term(std::string(term, len), wdf);
        return ERR_OK;
    });
}

extern "C" int xap_doc_add_boolean(xap_doc *d, const char *term, size_t len,
                                   struct err *e) noexcept
{
    int rc = check_term(term, len, e);
    if (rc != ERR_OK)
        return rc;
    return guard(e, [&]() -> int {
        d->doc.add_boolean_term(std::string(term, len));
        return ERR_OK;
    });
}

extern "C" int xap_doc_set_value(xap_doc *d, unsigned slot, const char *v,
                                 size_t len, struct err *e) noexcept
{
    if (v == nullptr && len > 0)
        return err_set(e, ERR_INVAL, "value for slot <%u> is NULL", slot);
    return guard(e, [&]() -> int {
        d->doc.add_value(slot, std::string(v != nullptr ? v : "", len));
        return ERR_OK;
    });
}

extern "C" int xap_doc_set_data(xap_doc *d, const char *data, size_t len,
                                struct err *e) noexcept
{
    if (data == nullptr && len > 0)
        return err_set(e, ERR_INVAL, "document data is NULL");
    return guard(e, [&]() -> int {
        d->doc.set_data(std::string(data != nullptr ? data : "", len));
        return ERR_OK;
    });
}
