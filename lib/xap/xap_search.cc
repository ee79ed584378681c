/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_search.cc - xap_search(): the query built (xap_query.cc) and
 * matched (xap_match.cc), once more after a writer recycled the revision
 * read, and on the shards left up after one failed; every shard down is
 * an empty answer naming them. And xap_results_free(). */
#include "xap/xap_internal.hh"

#include <memory>
#include <string>
#include <vector>

namespace
{

/* The shards the answer lacks, for the caller to say so. */
int give_missing(const xap_db *db, struct xap_results *r, struct err *e)
{
    std::vector<std::string> m = xap_shards_missing(db);
    if (m.empty())
        return ERR_OK;
    r->missing = static_cast<char **>(std::calloc(m.size(), sizeof(char *)));
    if (r->missing == nullptr)
        return err_set(e, ERR_NOMEM, "out of memory");
    for (const std::string &name : m) {
        r->missing[r->nmissing] = xap_strdup(name);
        if (r->missing[r->nmissing] == nullptr)
            return err_set(e, ERR_NOMEM, "out of memory");
        r->nmissing++;
    }
    return ERR_OK;
}

/* Every shard down: no hits, all of them named missing. */
int empty_answer(const xap_db *db, struct xap_results **out, struct err *e)
{
    xap_results_ptr res(static_cast<struct xap_results *>(
        std::calloc(1, sizeof(struct xap_results))));
    if (!res)
        return err_set(e, ERR_NOMEM, "out of memory for results");
    int rc = give_missing(db, res.get(), e);
    if (rc != ERR_OK)
        return rc;
    res->revision = xap_db_revision(const_cast<xap_db *>(db));
    *out = res.release();
    return ERR_OK;
}

/* A shard went (`first`): the others are connected afresh, all at once
 * and until the deadline at most (those that cannot be are left out),
 * and the search runs again on them, even past the deadline: a silent
 * shard costs one connection timeout (half the deadline) before, and the
 * shards that are up answer at once. A failure again with none left
 * out, past the deadline, or more failures than shards, ends it.
 * *all_down: every shard went, for an empty answer. */
int rerun_on_shards(xap_db *db, const struct xap_search_req *req,
                    const Xapian::Query &q, xap_query_builder &b,
                    const Xapian::NetworkError &first, xap_results_ptr &res,
                    bool *all_down, struct err *e)
{
    /* (Xapian's errors copy, but do not assign) */
    auto why = std::make_unique<Xapian::NetworkError>(first);
    b.rerun = true;
    for (size_t tries = 0;; tries++) {
        bool dropped = xap_shards_drop_dead(db, *why, req->deadline);
        if (db->shards->nup == 0) {
            *all_down = true;
            return ERR_OK;
        }
        try {
            res.reset();
            return xap_match_run(db, req, q, b, res, e);
        } catch (const Xapian::NetworkError &again) {
            if ((!dropped && tries > 0) || tries >= db->shards->v.size())
                throw;
            if (deadline_passed(req->deadline))
                return err_set(e, ERR_TIMEOUT,
                               "search stopped: out of time, "
                               "shards failing: %.120s",
                               again.get_description().c_str());
            why = std::make_unique<Xapian::NetworkError>(again);
        }
    }
}

/* xap_search() past its argument checks, inside guard(). */
int search(xap_db *db, const struct xap_search_req *req,
           struct xap_results **out, struct err *e)
{
    if (db->shards && db->shards->remote)
        xap_shards_heed(db); /* shards another request found down */
    xap_query_builder b;
    Xapian::Query q;
    int rc = xap_query_build(db, req, b, q, e);
    if (rc != ERR_OK)
        return rc;
    xap_results_ptr res;
    if (db->shards && db->shards->nup == 0)
        return empty_answer(db, out, e);
    try {
        try {
            rc = xap_match_run(db, req, q, b, res, e);
        } catch (const Xapian::DatabaseModifiedError &) {
            /* The revision we read was recycled by a writer: move to
             * the newest one and try once more; a second failure
             * propagates. */
            res.reset();
            xap_db_follow(db); /* reloads the store's dictionaries */
            rc = xap_match_run(db, req, q, b, res, e);
        }
    } catch (const Xapian::NetworkError &first) {
        if (!db->shards)
            throw;
        bool all_down = false;
        rc = rerun_on_shards(db, req, q, b, first, res, &all_down, e);
        if (all_down)
            return empty_answer(db, out, e);
    } catch (const xap_match_stopped &) {
        return err_set(e, ERR_TIMEOUT, "search stopped: %s",
                       deadline_left_ms(req->deadline) > 0
                           ? "the client went away"
                           : "out of time");
    }
    if (rc != ERR_OK)
        return rc;
    res->revision = xap_db_revision(db);
    rc = give_missing(db, res.get(), e);
    if (rc != ERR_OK)
        return rc;
    *out = res.release();
    return ERR_OK;
}

} // namespace

extern "C" int xap_search(xap_db *db, const struct xap_search_req *req,
                          struct xap_results **out, struct err *e) noexcept
{
    if (db == nullptr || req == nullptr || out == nullptr)
        return err_set(e, ERR_INVAL, "search: missing argument");
    if (req->query == nullptr)
        return err_set(e, ERR_INVAL, "search: no query");
    if (!(req->bm25_k1 >= 0 && req->bm25_k1 < 1e6) ||
        !(req->bm25_b >= 0 && req->bm25_b <= 1) ||
        !(req->bm25_min_normlen >= 0 && req->bm25_min_normlen <= 1))
        return err_set(e, ERR_INVAL,
                       "search: bm25 k1 <%g>, b <%g> or min_normlen <%g> "
                       "out of range",
                       req->bm25_k1, req->bm25_b, req->bm25_min_normlen);
    return guard(e, [&]() -> int { return search(db, req, out, e); });
}

extern "C" void xap_results_free(struct xap_results *r) noexcept
{
    if (r == nullptr)
        return;
    for (size_t i = 0; i < r->nhits; i++)
        std::free(r->hits[i].data);
    std::free(r->hits);
    for (size_t i = 0; i < r->ncouncils; i++)
        std::free(r->councils[i].value);
    std::free(r->councils);
    for (size_t i = 0; i < r->nyears; i++)
        std::free(r->years[i].value);
    std::free(r->years);
    for (size_t i = 0; i < r->nmissing; i++)
        std::free(r->missing[i]);
    std::free(r->missing);
    std::free(r);
}
