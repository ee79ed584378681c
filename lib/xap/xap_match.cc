/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_match.cc - one match of a built query (xap_match_run()): ordering
 * and BM25, the phrase decider, the deadline (our own decider and
 * posting source: Xapian's time limit is not used, below), the facet
 * spies (value slots, or the caller's arrays), and the hits and facet
 * counts copied into C-owned results. */
#include "xap/xap_internal.hh"

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "xap/schema.h"

namespace
{

using facet_counts = std::vector<std::pair<std::string, Xapian::doccount>>;

/* Hand facet counts, given in value order, to C: by count descending
 * (ties by value) or as given. */
int give_facets(facet_counts v, bool by_count, struct xap_facet **out,
                size_t *n, struct err *e)
{
    if (by_count)
        std::stable_sort(v.begin(), v.end(), [](const auto &a, const auto &b) {
            return a.second > b.second;
        });
    if (v.empty())
        return ERR_OK;
    *out = static_cast<struct xap_facet *>(
        std::calloc(v.size(), sizeof(struct xap_facet)));
    if (*out == nullptr)
        return err_set(e, ERR_NOMEM, "out of memory for <%zu> facets",
                       v.size());
    for (const auto &p : v) {
        char *s = xap_strdup(p.first);
        if (s == nullptr)
            return err_set(e, ERR_NOMEM, "out of memory for a facet");
        (*out)[*n].value = s;
        (*out)[*n].count = p.second;
        ++*n;
    }
    return ERR_OK;
}

/* A value spy's counts (its values come in byte order). */
int copy_facets(const Xapian::ValueCountMatchSpy &spy, bool by_count,
                struct xap_facet **out, size_t *n, struct err *e)
{
    facet_counts v;
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it)
        v.emplace_back(*it, it.get_termfreq());
    return give_facets(std::move(v), by_count, out, n, e);
}

/* Counts council and year from the caller's arrays (xap_facet_src). */
class ArraySpy : public Xapian::MatchSpy
{
  public:
    explicit ArraySpy(const struct xap_facet_src *src)
        : src_(src), councils_(src->ncouncil_names, 0)
    {
    }
    void operator()(const Xapian::Document &doc, double) override
    {
        Xapian::docid id = doc.get_docid();
        if (id >= src_->ndocs) {
            missed_++;
            return;
        }
        uint16_t c = src_->council[id], y = src_->year[id];
        if (c > 0 && c <= councils_.size())
            councils_[c - 1]++;
        if (y > 0)
            years_[y]++;
    }
    Xapian::doccount missed() const
    {
        return missed_;
    }

    /* In the value spies' order: councils by count (ties by name),
     * years ascending. */
    int copy(struct xap_results *r, struct err *e) const
    {
        facet_counts c, y;
        for (size_t i = 0; i < councils_.size(); i++)
            if (councils_[i] > 0)
                c.emplace_back(src_->council_names[i], councils_[i]);
        std::sort(c.begin(), c.end()); /* byte order, as a value spy's */
        for (const auto &p : years_) {
            char ys[8];
            std::snprintf(ys, sizeof ys, "%04u",
                          static_cast<unsigned>(p.first));
            y.emplace_back(ys, p.second);
        }
        int rc =
            give_facets(std::move(c), true, &r->councils, &r->ncouncils, e);
        return rc == ERR_OK
                   ? give_facets(std::move(y), false, &r->years, &r->nyears, e)
                   : rc;
    }

  private:
    const struct xap_facet_src *src_;
    std::vector<Xapian::doccount> councils_;
    std::map<uint16_t, Xapian::doccount> years_;
    Xapian::doccount missed_ = 0;
};

/* Xapian has no way to cancel a match. Its own time limit
 * (Enquire::set_time_limit) is not used: Xapian 1.4 arms a POSIX timer
 * whose SIGEV_THREAD notification writes a flag inside the matcher's
 * stack frame, and timer_delete() does not wait for a notification
 * already on its way - under load a late one wrote into whatever stack
 * frame was there by then, and referatd died with "free(): invalid
 * size" (a 2 ms --query-timeout in test_stall). Two classes of our own
 * do the job instead, on the matcher's thread:
 *
 * - StopDecider: the matcher asks a decider about every candidate; this
 *   one counts those it accepts and ends the match by throwing once
 *   `hard` has passed or the request was cancelled; it asks the phrase
 *   checks (xap_pos_decider()) otherwise.
 * - DeadlineSource: a posting source over every document, ANDed with the
 *   query as a filter, that ends once `soft` has passed and the decider
 *   has accepted enough candidates to fill the page: the matcher then
 *   stops, and the answer is the page found so far with totals that
 *   count only what was seen (timed_out tells). This is what Xapian's
 *   time limit did: stop counting past the page. */
class StopDecider : public Xapian::MatchDecider
{
  public:
    StopDecider(struct deadline hard, const Xapian::MatchDecider *inner)
        : hard_(hard), inner_(inner)
    {
    }
    bool operator()(const Xapian::Document &doc) const override
    {
        /* a clock read costs ~25 ns, a candidate often less: the clock
         * is read every 16th */
        if (deadline_cancelled(&hard_) ||
            ((++calls_ & 15) == 0 && deadline_passed(&hard_)))
            throw xap_match_stopped();
        bool ok = inner_ == nullptr || (*inner_)(doc);
        accepted_ += ok;
        return ok;
    }
    const Xapian::doccount *accepted() const
    {
        return &accepted_;
    }

  private:
    struct deadline hard_;
    const Xapian::MatchDecider *inner_;
    mutable unsigned calls_ = 0;
    mutable Xapian::doccount accepted_ = 0;
};

class DeadlineSource : public xap_walk_source
{
  public:
    DeadlineSource(struct deadline soft, const Xapian::doccount *accepted,
                   Xapian::doccount need)
        : soft_(soft), accepted_(accepted), need_(need)
    {
    }
    DeadlineSource *clone() const override
    {
        return new DeadlineSource(soft_, accepted_, need_);
    }
    void init(const Xapian::Database &db) override
    {
        start(db, db.get_doccount()); /* every document may pass */
        set_maxweight(0);
    }
    void skip_to(Xapian::docid did, double) override
    {
        seek(did > cur_ ? did : cur_);
    }

  private:
    void seek(Xapian::docid to) override
    {
        cur_ = to;
        if (cur_ > last_ || cur_ == 0)
            ended_ = true;
        else if ((++calls_ & 15) == 0 && *accepted_ >= need_ &&
                 deadline_passed(&soft_))
            ended_ = true;
    }
    struct deadline soft_;
    const Xapian::doccount *accepted_;
    Xapian::doccount need_;
    unsigned calls_ = 0;
};

/* What Xapian holds by pointer during one match run: the deciders, the
 * deadline's source and the spies. */
struct match_parts {
    std::unique_ptr<Xapian::MatchDecider> phrases; /* for this revision */
    std::unique_ptr<StopDecider> stop;
    std::unique_ptr<DeadlineSource> until;
    Xapian::MatchDecider *decider = nullptr;
    std::unique_ptr<ArraySpy> arrays;
    Xapian::ValueCountMatchSpy councils{SLOT_COUNCIL}, years{SLOT_YEAR};
};

/* A remote shard runs Xapian's own classes only: no deciders and no spy
 * of ours; the remote timeout bounds a stuck match. */
bool is_stock(const xap_db *db)
{
    return db->shards && db->shards->remote;
}

/* The order of hits, and BM25's parameters when the request sets any. */
void set_ranking(Xapian::Enquire &enq, const xap_db *db,
                 const struct xap_search_req *req)
{
    if (req->unranked) {
        enq.set_weighting_scheme(Xapian::BoolWeight());
        enq.set_docid_order(Xapian::Enquire::ASCENDING);
    } else if (req->by_date) {
        if (db->xpos) /* date, then id: the same on shards */
            enq.set_sort_by_value(SLOT_ORDER, true);
        else
            enq.set_sort_by_value_then_relevance(SLOT_DATE, true);
    } else if (db->xpos) {
        /* equal weights by date and id, not by document id (schema.h) */
        enq.set_sort_by_relevance_then_value(SLOT_ORDER, true);
    }
    if (!req->unranked &&
        (req->bm25_k1 > 0 || req->bm25_b > 0 || req->bm25_min_normlen > 0)) {
        double k1 = req->bm25_k1 > 0 ? req->bm25_k1 : 1.0;
        double b = req->bm25_b > 0 ? req->bm25_b : 0.5;
        double mn = req->bm25_min_normlen > 0 ? req->bm25_min_normlen : 0.5;
        enq.set_weighting_scheme(Xapian::BM25Weight(k1, 0, 1, b, mn));
    }
}

/* The request's deadline on the match: soft, stop counting at it; hard,
 * as long again, end the match. `need`: the hits the page needs. */
int arm_deadline(Xapian::Enquire &enq, const xap_db *db,
                 const struct xap_search_req *req, const Xapian::Query &query,
                 const xap_query_builder &bld, Xapian::doccount need,
                 match_parts &p, struct err *e)
{
    if (req->deadline == nullptr)
        return ERR_OK;
    double left = deadline_left_ms(req->deadline);
    if (left <= 0 && !(is_stock(db) && bld.rerun))
        return err_set(e, ERR_TIMEOUT, "no time left for the search");
    struct deadline hard = *req->deadline;
    if (hard.at_ms > 0)
        hard.at_ms += left;
    /* on remote shards the connection's timeout bounds the match */
    if (is_stock(db))
        return ERR_OK;
    p.stop = std::make_unique<StopDecider>(hard, p.decider);
    p.decider = p.stop.get();
    if (req->deadline->at_ms > 0) {
        p.until = std::make_unique<DeadlineSource>(*req->deadline,
                                                   p.stop->accepted(), need);
        enq.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query,
                                    Xapian::Query(p.until.get())));
    }
    return ERR_OK;
}

/* Facet spies: the caller's arrays when given and `use_src`, otherwise
 * the value slots (not on remote shards: count_stock_facets()). */
void add_spies(Xapian::Enquire &enq, const xap_db *db,
               const struct xap_search_req *req, bool use_src, match_parts &p)
{
    const struct xap_facet_src *src =
        req->facets && use_src && !is_stock(db) ? req->facet_src : nullptr;
    if (src != nullptr) {
        p.arrays = std::make_unique<ArraySpy>(src);
        enq.add_matchspy(p.arrays.get());
    } else if (req->facets && !is_stock(db)) {
        enq.add_matchspy(&p.councils);
        enq.add_matchspy(&p.years);
    }
}

/* Xapian 1.4 counts a hit of the page twice when spies run on remote
 * shards (on the server, and again where the page is merged): facets
 * get a match of their own with no page. */
void count_stock_facets(xap_db *db, const Xapian::Query &query,
                        Xapian::doccount check, match_parts &p)
{
    Xapian::Enquire count(db->db);
    count.set_query(query);
    count.set_weighting_scheme(Xapian::BoolWeight());
    count.add_matchspy(&p.councils);
    count.add_matchspy(&p.years);
    count.get_mset(0, 0, check);
}

/* The page's hits and totals, and the facets the spies counted. */
int give_results(xap_db *db, const struct xap_search_req *req,
                 const Xapian::MSet &m, const match_parts &p,
                 xap_results_ptr &res, struct err *e)
{
    res.reset(static_cast<struct xap_results *>(
        std::calloc(1, sizeof(struct xap_results))));
    if (!res)
        return err_set(e, ERR_NOMEM, "out of memory for results");
    struct xap_results *r = res.get();
    r->timed_out = deadline_passed(req->deadline);
    r->estimated = m.get_matches_estimated();
    r->lower = m.get_matches_lower_bound();
    r->upper = m.get_matches_upper_bound();
    if (m.size() > 0) {
        r->hits = static_cast<struct xap_hit *>(
            std::calloc(m.size(), sizeof(struct xap_hit)));
        if (r->hits == nullptr)
            return err_set(e, ERR_NOMEM, "out of memory for <%u> hits",
                           (unsigned)m.size());
    }
    for (auto it = m.begin(); it != m.end(); ++it) {
        struct xap_hit *h = &r->hits[r->nhits];
        if (!req->skip_data) {
            int rc = xap_store_unpack(db, it.get_document().get_data(),
                                      &h->data, &h->datalen, e);
            if (rc != ERR_OK)
                return rc;
        }
        h->docid = *it;
        h->score = it.get_weight();
        r->nhits++;
    }
    if (p.arrays)
        return p.arrays->copy(r, e);
    if (!req->facets)
        return ERR_OK;
    int rc = copy_facets(p.councils, true, &r->councils, &r->ncouncils, e);
    if (rc == ERR_OK)
        rc = copy_facets(p.years, false, &r->years, &r->nyears, e);
    return rc;
}

int run(xap_db *db, const struct xap_search_req *req,
        const Xapian::Query &query, const xap_query_builder &bld,
        xap_results_ptr &res, struct err *e, bool use_src)
{
    /* the handle may have moved since the query was built */
    xap_pos_ctx_set(*bld.pos, db, req->word_src);
    match_parts p;
    if (!bld.lazy.empty()) {
        int rc = xap_pos_decider(*bld.pos, bld.lazy, p.phrases, e);
        if (rc != ERR_OK)
            return rc;
    }
    p.decider = p.phrases.get();
    Xapian::Enquire enq(db->db);
    enq.set_query(query);
    set_ranking(enq, db, req);
    Xapian::doccount total = db->db.get_doccount();
    Xapian::doccount limit = std::min<Xapian::doccount>(req->limit, total);
    Xapian::doccount first = std::min<Xapian::doccount>(req->offset, total);
    int rc = arm_deadline(enq, db, req, query, bld, first + limit, p, e);
    if (rc != ERR_OK)
        return rc;
    add_spies(enq, db, req, use_src, p);
    Xapian::doccount check =
        std::min<Xapian::doccount>(req->check_at_least, total);
    Xapian::MSet m = enq.get_mset(first, limit, check, nullptr, p.decider);
    if (p.arrays && p.arrays->missed() > 0) /* added since the table */
        return run(db, req, query, bld, res, e, false);
    if (req->facets && is_stock(db))
        count_stock_facets(db, query, check, p);
    return give_results(db, req, m, p, res, e);
}

} // namespace

int xap_match_run(xap_db *db, const struct xap_search_req *req,
                  const Xapian::Query &query, const xap_query_builder &b,
                  xap_results_ptr &res, struct err *e)
{
    return run(db, req, query, b, res, e, true);
}
