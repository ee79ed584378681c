/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_internal.hh - what the xap_*.cc files share: the handle structs
 * behind xap.h's opaque types, the exception guard, and copying C++
 * strings into malloc()ed memory for C. */
#ifndef REFERAT_XAP_XAP_INTERNAL_HH
#define REFERAT_XAP_XAP_INTERNAL_HH

#include <xapian.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

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

struct xap_db {
    Xapian::Database db;
    std::string path;
};

struct xap_wdb {
    Xapian::WritableDatabase db;
    std::string path;
    /* A transaction is open: either xap_wdb_begin() or the one an
     * overwrite opens at once, so the wipe of the old index and the new
     * documents become visible together at commit. */
    bool in_txn = false;
};

struct xap_doc {
    Xapian::Document doc;
};

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

#endif
