/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_query.cc - a C query tree (struct xap_qnode) becomes a
 * Xapian::Query: every node checked as input, phrases as word-stream
 * checks or Xapian's OP_PHRASE/OP_NEAR, synonyms built to weigh the same
 * on shards, wildcards expanded here; then the filter terms and the date
 * range as unweighted filters (xap_query_build()). */
#include "xap/xap_internal.hh"

#include <cmath>
#include <set>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "xap/schema.h"

namespace
{

using builder = xap_query_builder;

/* The tree is built by our own lib/query, but it is still input: check
 * every field before trusting it, and bound recursion and size. */
int build(builder &b, const struct xap_qnode *n, unsigned depth,
          Xapian::Query &out);
int check_date(const char *d, const char *what, struct err *e);

int build_kids(builder &b, const struct xap_qnode *n, size_t from,
               unsigned depth, std::vector<Xapian::Query> &out)
{
    for (size_t i = from; i < n->nkids; i++) {
        Xapian::Query q;
        int rc = build(b, n->kids[i], depth + 1, q);
        if (rc != ERR_OK)
            return rc;
        out.push_back(std::move(q));
    }
    return ERR_OK;
}

const char *op_name(enum xap_qop op)
{
    switch (op) {
    case XAP_Q_TERM:
        return "TERM";
    case XAP_Q_PHRASE:
        return "PHRASE";
    case XAP_Q_NEAR:
        return "NEAR";
    case XAP_Q_AND:
        return "AND";
    case XAP_Q_OR:
        return "OR";
    case XAP_Q_AND_NOT:
        return "AND_NOT";
    case XAP_Q_AND_MAYBE:
        return "AND_MAYBE";
    case XAP_Q_SYNONYM:
        return "SYNONYM";
    case XAP_Q_WILDCARD:
        return "WILDCARD";
    case XAP_Q_SCALE:
        return "SCALE";
    case XAP_Q_FILTER:
        return "FILTER";
    case XAP_Q_DATES:
        return "DATES";
    }
    return "?";
}

/* Fewest children each operator needs. */
size_t min_kids(enum xap_qop op)
{
    switch (op) {
    case XAP_Q_TERM:
    case XAP_Q_WILDCARD:
    case XAP_Q_DATES:
        return 0;
    case XAP_Q_AND_NOT:
    case XAP_Q_FILTER:
        return 2;
    default:
        return 1;
    }
}

/* The operator of `n`, read as its raw integer first: the tree comes from
 * C, where any int fits in an enum, but loading an out-of-range value as
 * a C++ enum is undefined. -1 if it is no operator we know. */
int node_op(const struct xap_qnode *n)
{
    std::underlying_type_t<enum xap_qop> raw;
    static_assert(sizeof raw == sizeof n->op, "enum size");
    std::memcpy(&raw, &n->op, sizeof raw);
    long long v = raw;
    if (v < 0 || v > XAP_Q_DATES)
        return -1;
    return static_cast<int>(v);
}

/* An OR whose children are all TERMs (allowed inside a phrase). */
bool is_or_of_terms(const struct xap_qnode *n)
{
    if (node_op(n) != XAP_Q_OR || n->nkids == 0 || n->kids == nullptr)
        return false;
    for (size_t i = 0; i < n->nkids; i++)
        if (n->kids[i] == nullptr || node_op(n->kids[i]) != XAP_Q_TERM)
            return false;
    return true;
}

/* A phrase's words: per child, its term or the terms of its OR. */
std::vector<std::vector<std::string>> phrase_words(const struct xap_qnode *n)
{
    std::vector<std::vector<std::string>> w(n->nkids);
    for (size_t i = 0; i < n->nkids; i++) {
        const struct xap_qnode *k = n->kids[i];
        if (node_op(k) == XAP_Q_TERM)
            w[i].emplace_back(k->term, k->len);
        else
            for (size_t j = 0; j < k->nkids; j++)
                w[i].emplace_back(k->kids[j]->term, k->kids[j]->len);
    }
    return w;
}

/* The terms (or other queries) a synonym counts as one: Xapian itself
 * flattens an OR or a synonym inside a synonym into it. */
void synonym_leaves(const Xapian::Query &q, std::vector<Xapian::Query> &out)
{
    Xapian::Query::op op = q.get_type();
    if (op != Xapian::Query::OP_OR && op != Xapian::Query::OP_SYNONYM) {
        out.push_back(q);
        return;
    }
    for (size_t i = 0; i < q.get_num_subqueries(); i++)
        synonym_leaves(q.get_subquery(i), out);
}

Xapian::Query synonym_pairs(const std::vector<Xapian::Query> &v, size_t lo,
                            size_t hi)
{
    if (hi - lo == 1)
        return v[lo];
    size_t mid = lo + (hi - lo) / 2;
    return Xapian::Query(Xapian::Query::OP_SYNONYM, synonym_pairs(v, lo, mid),
                         synonym_pairs(v, mid, hi));
}

/* A synonym of `kids` that weighs the same on one index and on shards.
 * Xapian 1.4 weighs a synonym as one term whose frequency it estimates
 * from an OR tree of its children (OrPostList::
 * get_termfreq_est_using_stats: P(l or r) = P(l) + P(r) - P(l)P(r) from
 * the global statistics, rounded to a whole number at every node). The
 * tree is shaped by each database's own term frequencies (OrContext pairs
 * the rarest first), and a shard, where some terms are rare or missing,
 * builds another shape than one index: other roundings, another
 * frequency, scores off by up to 0.06% (bench/RESULTS.md). Nested
 * synonyms of two children each give one shape everywhere: a synonym
 * inside a synonym is a plain OR of its two children, and the estimate
 * of two is the same whichever Xapian puts left. */
Xapian::Query synonym_of(const std::vector<Xapian::Query> &kids)
{
    std::vector<Xapian::Query> leaves;
    for (const Xapian::Query &k : kids)
        synonym_leaves(k, leaves);
    if (leaves.size() < 2)
        return Xapian::Query(Xapian::Query::OP_SYNONYM, leaves.begin(),
                             leaves.end());
    return synonym_pairs(leaves, 0, leaves.size());
}

/* "FROM..TO" (YYYYMMDD each, one may be empty): a value range on the
 * meeting date, as add_filters() makes of the request's from/to. */
int build_dates(builder &b, const struct xap_qnode *n, Xapian::Query &out)
{
    using Q = Xapian::Query;
    std::string t = n->term != nullptr ? std::string(n->term, n->len) : "";
    size_t dots = t.find("..");
    if (dots == std::string::npos || dots > 8 || t.size() - dots - 2 > 8 ||
        t.size() == 2)
        return err_set(b.e, ERR_INVAL, "query DATES <%.20s> is not FROM..TO",
                       t.c_str());
    std::string from = t.substr(0, dots), to = t.substr(dots + 2);
    if ((!from.empty() && check_date(from.c_str(), "from", b.e) != ERR_OK) ||
        (!to.empty() && check_date(to.c_str(), "to", b.e) != ERR_OK))
        return ERR_INVAL;
    if (from.empty())
        out = Q(Q::OP_VALUE_LE, SLOT_DATE, to);
    else if (to.empty())
        out = Q(Q::OP_VALUE_GE, SLOT_DATE, from);
    else
        out = Q(Q::OP_VALUE_RANGE, SLOT_DATE, from, to);
    return ERR_OK;
}

int build_leaf(builder &b, const struct xap_qnode *n, enum xap_qop op,
               Xapian::Query &out)
{
    if (op == XAP_Q_DATES)
        return build_dates(b, n, out);
    if (op == XAP_Q_TERM && n->term != nullptr && n->len == 0) {
        out = Xapian::Query::MatchAll; /* filters alone: a browse */
        return ERR_OK;
    }
    if (n->term == nullptr || n->len == 0)
        return err_set(b.e, ERR_INVAL, "query %s node with an empty term",
                       op_name(op));
    if (n->len > XAP_TERM_MAX)
        return err_set(b.e, ERR_INVAL, "query term of <%zu> bytes, max <%d>",
                       n->len, XAP_TERM_MAX);
    std::string t(n->term, n->len);
    if (op == XAP_Q_TERM) {
        out = Xapian::Query(t, n->wqf != 0 ? n->wqf : 1);
        return ERR_OK;
    }
    /* Expanded here, not by OP_WILDCARD: over shards a remote server
     * would expand it on its shard alone and apply the limit per shard;
     * and the synonym is built as synonym_of() builds one. */
    std::vector<Xapian::Query> terms;
    const Xapian::Database &db = b.db->db;
    for (auto it = db.allterms_begin(t); it != db.allterms_end(t); ++it) {
        if (terms.size() >= b.max_expansion)
            throw Xapian::WildcardError(
                "Wildcard " + t + "* expands to more than " +
                std::to_string(b.max_expansion) + " terms");
        terms.emplace_back(*it);
    }
    out = synonym_of(terms);
    return ERR_OK;
}

/* Collect the phrases every match must hold: the root, and through AND
 * and FILTER all children, through AND_NOT, AND_MAYBE and SCALE the
 * first. Anything malformed is left to build() to report. */
void mark_required(const struct xap_qnode *n, unsigned depth,
                   std::set<const struct xap_qnode *> &out)
{
    if (n == nullptr || depth >= XAP_QUERY_DEPTH_MAX ||
        (n->nkids > 0 && n->kids == nullptr))
        return;
    switch (node_op(n)) {
    case XAP_Q_PHRASE:
    case XAP_Q_NEAR:
        if (n->nkids >= 2)
            out.insert(n);
        return;
    case XAP_Q_AND:
    case XAP_Q_FILTER:
        for (size_t i = 0; i < n->nkids; i++)
            mark_required(n->kids[i], depth + 1, out);
        return;
    case XAP_Q_AND_NOT:
    case XAP_Q_AND_MAYBE:
    case XAP_Q_SCALE:
        if (n->nkids > 0)
            mark_required(n->kids[0], depth + 1, out);
        return;
    default:
        return;
    }
}

/* Xapian weighs a synonym as one term from its children's statistics,
 * which the phrase check (a PostingSource) cannot give. A synonym with a
 * phrase among its children is therefore weighed with that phrase as an
 * AND of its words, and matches where a child, phrase in order, does. */
int build_synonym(builder &b, const struct xap_qnode *n, unsigned depth,
                  std::vector<Xapian::Query> &kids, Xapian::Query &out)
{
    using Q = Xapian::Query;
    bool phrase = false;
    for (size_t i = 0; i < n->nkids; i++)
        if (node_op(n->kids[i]) == XAP_Q_PHRASE ||
            node_op(n->kids[i]) == XAP_Q_NEAR)
            phrase = true;
    if (!phrase || b.unordered) {
        out = synonym_of(kids);
        return ERR_OK;
    }
    std::vector<Q> weigh;
    weigh.reserve(n->nkids);
    b.unordered = true;
    int rc = build_kids(b, n, 0, depth, weigh);
    b.unordered = false;
    if (rc != ERR_OK)
        return rc;
    out = Q(Q::OP_FILTER, synonym_of(weigh),
            Q(Q::OP_OR, kids.begin(), kids.end()));
    return ERR_OK;
}

/* The checks on operator node `n` (op) before its children are built:
 * child count, phrase children, a SCALE's scale. */
int check_inner(builder &b, const struct xap_qnode *n, enum xap_qop op)
{
    if (n->nkids < min_kids(op) || (n->nkids > 0 && n->kids == nullptr))
        return err_set(b.e, ERR_INVAL,
                       "query %s node with <%zu> children, needs <%zu>",
                       op_name(op), n->nkids, min_kids(op));
    if (op == XAP_Q_PHRASE || op == XAP_Q_NEAR) {
        /* phrases take terms, or an OR of terms (the forms of one word,
         * for a phrase across inflections) */
        for (size_t i = 0; i < n->nkids; i++)
            if (n->kids[i] == nullptr || (node_op(n->kids[i]) != XAP_Q_TERM &&
                                          !is_or_of_terms(n->kids[i])))
                return err_set(b.e, ERR_INVAL,
                               "query %s child <%zu> is not a TERM or an "
                               "OR of TERMs",
                               op_name(op), i);
    }
    if (op == XAP_Q_SCALE &&
        (n->nkids != 1 || !std::isfinite(n->scale) || n->scale < 0))
        return err_set(b.e, ERR_INVAL,
                       "query SCALE needs one child and a scale >= 0");
    return ERR_OK;
}

/* A phrase or NEAR: the words weighted as an AND (as Xapian weights a
 * phrase), their order checked on the word stream (xap_pos.cc), lazily
 * when the whole query needs it and the database is one. */
int build_phrase(builder &b, const struct xap_qnode *n, enum xap_qop op,
                 std::vector<Xapian::Query> &kids, Xapian::Query &out)
{
    using Q = Xapian::Query;
    uint32_t w = 0;
    if (op == XAP_Q_NEAR)
        w = n->window < kids.size() ? static_cast<uint32_t>(kids.size())
                                    : n->window;
    if (kids.size() == 1) {
        out = kids[0];
        return ERR_OK;
    }
    if (b.xpos && !b.unordered) {
        /* Xapian's positions: weighed as the AND of the words, as the
         * stream check is */
        out = Q(op == XAP_Q_PHRASE ? Q::OP_PHRASE : Q::OP_NEAR, kids.begin(),
                kids.end(),
                op == XAP_Q_PHRASE ? static_cast<uint32_t>(kids.size()) : w);
        /* One the whole query does not need sits where Xapian 1.4 may
         * check() it (in an OR, right of an AND_MAYBE). A phrase's
         * check(did) can answer "not here" (valid = false) resting on a
         * later document that failed its test; OrPostList::check() then
         * counts that child as at did + 1 and, when the other child is
         * at did + 1, adds both weights: the phrase's from where it
         * rests (and after such a check SelectPostList::skip_to() takes
         * the failed document untested). Which documents that hits
         * depends on the posting-list tree: shards and one index gave
         * other scores, and so did a filter. AND_MAYBE's check() is its
         * skip_to(), always valid: wrapped in one whose other side is
         * unweighted and held by every match (the first word), the
         * phrase is only moved forward and tests where it lands. */
        if (b.required.count(n) == 0)
            out = Q(Q::OP_AND_MAYBE, out, Q(Q::OP_SCALE_WEIGHT, kids[0], 0));
        return ERR_OK;
    }
    out = Q(Q::OP_AND, kids.begin(), kids.end());
    if (b.unordered)
        return ERR_OK;
    if (b.lazy_ok && b.required.count(n) != 0) {
        b.lazy.push_back(xap_phrase_spec{phrase_words(n), w});
        return ERR_OK;
    }
    Q order;
    int rc = xap_pos_query(b.pos, phrase_words(n), w, order, b.e);
    if (rc == ERR_OK)
        out = Q(Q::OP_FILTER, out, order);
    return rc;
}

/* Operator node `n` over its built children. */
int build_inner(builder &b, const struct xap_qnode *n, enum xap_qop op,
                unsigned depth, std::vector<Xapian::Query> &kids,
                Xapian::Query &out)
{
    using Q = Xapian::Query;
    switch (op) {
    case XAP_Q_PHRASE:
    case XAP_Q_NEAR:
        return build_phrase(b, n, op, kids, out);
    case XAP_Q_AND:
        out = Q(Q::OP_AND, kids.begin(), kids.end());
        break;
    case XAP_Q_OR:
        out = Q(Q::OP_OR, kids.begin(), kids.end());
        break;
    case XAP_Q_SYNONYM:
        return build_synonym(b, n, depth, kids, out);
    case XAP_Q_AND_NOT:
        out = Q(Q::OP_AND_NOT, kids[0],
                Q(Q::OP_OR, kids.begin() + 1, kids.end()));
        break;
    case XAP_Q_AND_MAYBE:
        out = kids.size() == 1 ? kids[0]
                               : Q(Q::OP_AND_MAYBE, kids[0],
                                   Q(Q::OP_OR, kids.begin() + 1, kids.end()));
        break;
    case XAP_Q_FILTER:
        out = Q(Q::OP_FILTER, kids[0],
                Q(Q::OP_AND, kids.begin() + 1, kids.end()));
        break;
    case XAP_Q_SCALE:
        out = Q(Q::OP_SCALE_WEIGHT, kids[0], n->scale);
        break;
    default:
        return err_set(b.e, ERR_INVAL, "query operator <%s> misplaced",
                       op_name(op));
    }
    return ERR_OK;
}

int build(builder &b, const struct xap_qnode *n, unsigned depth,
          Xapian::Query &out)
{
    if (n == nullptr)
        return err_set(b.e, ERR_INVAL, "query tree has a NULL node");
    if (depth >= XAP_QUERY_DEPTH_MAX)
        return err_set(b.e, ERR_INVAL, "query tree deeper than <%d>",
                       XAP_QUERY_DEPTH_MAX);
    if (++b.nodes > XAP_QUERY_NODES_MAX)
        return err_set(b.e, ERR_LIMIT, "query tree has more than <%d> nodes",
                       XAP_QUERY_NODES_MAX);
    int raw = node_op(n);
    if (raw < 0)
        return err_set(b.e, ERR_INVAL, "unknown query operator");
    const enum xap_qop op = static_cast<enum xap_qop>(raw);
    if (op == XAP_Q_TERM || op == XAP_Q_WILDCARD || op == XAP_Q_DATES) {
        if (n->nkids != 0)
            return err_set(b.e, ERR_INVAL, "query %s node with children",
                           op_name(op));
        return build_leaf(b, n, op, out);
    }
    int rc = check_inner(b, n, op);
    if (rc != ERR_OK)
        return rc;
    std::vector<Xapian::Query> kids;
    kids.reserve(n->nkids);
    rc = build_kids(b, n, 0, depth, kids);
    if (rc != ERR_OK)
        return rc;
    return build_inner(b, n, op, depth, kids, out);
}

int check_date(const char *d, const char *what, struct err *e)
{
    size_t i = 0;
    for (; d[i] != '\0' && i < 9; i++)
        if (d[i] < '0' || d[i] > '9')
            break;
    if (i != 8 || d[i] != '\0')
        return err_set(e, ERR_INVAL, "%s date <%.20s> is not YYYYMMDD", what,
                       d);
    return ERR_OK;
}

/* Add filter terms and the date range to `q` as unweighted filters. */
int add_filters(const struct xap_search_req *req, Xapian::Query &q,
                struct err *e)
{
    using Q = Xapian::Query;
    std::vector<Q> f;
    if (req->nfilter_terms > 0 && req->filter_terms == nullptr)
        return err_set(e, ERR_INVAL, "filter terms missing");
    for (size_t i = 0; i < req->nfilter_terms; i++) {
        const char *t = req->filter_terms[i];
        if (t == nullptr || *t == '\0')
            return err_set(e, ERR_INVAL, "filter term <%zu> is empty", i);
        f.emplace_back(std::string(t));
    }
    const char *from = req->date_from, *to = req->date_to;
    if (from != nullptr && check_date(from, "from", e) != ERR_OK)
        return ERR_INVAL;
    if (to != nullptr && check_date(to, "to", e) != ERR_OK)
        return ERR_INVAL;
    if (from != nullptr && to != nullptr)
        f.emplace_back(Q::OP_VALUE_RANGE, SLOT_DATE, from, to);
    else if (from != nullptr)
        f.emplace_back(Q::OP_VALUE_GE, SLOT_DATE, from);
    else if (to != nullptr)
        f.emplace_back(Q::OP_VALUE_LE, SLOT_DATE, to);
    if (!f.empty())
        q = Q(Q::OP_FILTER, q, Q(Q::OP_AND, f.begin(), f.end()));
    return ERR_OK;
}

} // namespace

int xap_query_build(xap_db *db, const struct xap_search_req *req,
                    xap_query_builder &b, Xapian::Query &out, struct err *e)
{
    b.pos = std::make_shared<xap_pos_ctx>();
    b.db = db;
    b.lazy_ok = db->db.size() == 1;
    b.max_expansion =
        req->max_expansion != 0 ? req->max_expansion : XAP_EXPANSION_DEFAULT;
    b.e = e;
    b.xpos = db->xpos;
    mark_required(req->query, 0, b.required);
    int rc = build(b, req->query, 0, out);
    if (rc == ERR_OK)
        rc = add_filters(req, out, e);
    return rc;
}
