/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_search.cc - xap_search(): a C query tree (struct xap_qnode) becomes a
 * Xapian::Query, filters and a date range restrict it, BM25 ranks it, and
 * hits and facet counts are copied into C-owned results. */
#include "xap/xap_internal.hh"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <type_traits>
#include <utility>
#include <vector>

#include "xap/schema.h"

namespace
{

struct builder {
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
    /* phrases the whole query needs: built as an AND of their words and
     * checked lazily by a match decider (xap_pos_decider()) */
    std::set<const struct xap_qnode *> required;
    std::vector<xap_phrase_spec> lazy;
};

/* The tree is built by our own lib/query, but it is still input: check
 * every field before trusting it, and bound recursion and size. */
int build(builder &b, const struct xap_qnode *n, unsigned depth,
          Xapian::Query &out);

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
    }
    return "?";
}

/* Fewest children each operator needs. */
size_t min_kids(enum xap_qop op)
{
    switch (op) {
    case XAP_Q_TERM:
    case XAP_Q_WILDCARD:
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
    if (v < 0 || v > XAP_Q_FILTER)
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

int build_leaf(builder &b, const struct xap_qnode *n, enum xap_qop op,
               Xapian::Query &out)
{
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

/* A phrase (or NEAR), or one scaled: the side-by-side bonus. */
const struct xap_qnode *phrase_of(const struct xap_qnode *k)
{
    int op = node_op(k);
    if (op == XAP_Q_SCALE && k->nkids == 1)
        return phrase_of(k->kids[0]);
    return (op == XAP_Q_PHRASE || op == XAP_Q_NEAR) && k->nkids >= 2 ? k
                                                                     : nullptr;
}

/* `term` is a TERM somewhere under `n`. */
bool holds_term(const struct xap_qnode *n, const char *term, size_t len,
                unsigned depth)
{
    if (n == nullptr || depth >= XAP_QUERY_DEPTH_MAX)
        return false;
    if (node_op(n) == XAP_Q_TERM)
        return n->len == len && std::memcmp(n->term, term, len) == 0;
    for (size_t i = 0; i < n->nkids && n->kids != nullptr; i++)
        if (holds_term(n->kids[i], term, len, depth + 1))
            return true;
    return false;
}

/* OR with Xapian's positions. Xapian 1.4's OrPostList::check() can give
 * a phrase child its weight for a document holding the words apart
 * (seen with the side-by-side bonus, "udsatte borgere" -> OR(udsatte,
 * borgere, PHRASE)); AND_MAYBE checks its right side by skip_to(), which
 * tests the positions. So where every phrase child's words are also
 * terms of the other children (its matches are theirs), the phrases go
 * to the right of an AND_MAYBE: the same matches and weights. */
Xapian::Query build_or_xpos(const struct xap_qnode *n,
                            const std::vector<Xapian::Query> &kids)
{
    using Q = Xapian::Query;
    std::vector<Q> plain, bonus;
    std::vector<const struct xap_qnode *> others;
    for (size_t i = 0; i < n->nkids; i++)
        if (phrase_of(n->kids[i]) == nullptr)
            others.push_back(n->kids[i]);
    for (size_t i = 0; i < n->nkids; i++) {
        const struct xap_qnode *p = phrase_of(n->kids[i]);
        bool covered = p != nullptr && !others.empty();
        /* each form of each word (a TERM, or the TERMs of an OR) */
        for (size_t w = 0; covered && w < p->nkids; w++) {
            const struct xap_qnode *word = p->kids[w];
            bool leaf = node_op(word) == XAP_Q_TERM;
            for (size_t j = 0; covered && j < (leaf ? 1 : word->nkids); j++) {
                const struct xap_qnode *t = leaf ? word : word->kids[j];
                bool found = false;
                for (const struct xap_qnode *o : others)
                    found = found || holds_term(o, t->term, t->len, 0);
                covered = found;
            }
        }
        (covered ? bonus : plain).push_back(kids[i]);
    }
    if (bonus.empty())
        return Q(Q::OP_OR, kids.begin(), kids.end());
    return Q(Q::OP_AND_MAYBE, Q(Q::OP_OR, plain.begin(), plain.end()),
             Q(Q::OP_OR, bonus.begin(), bonus.end()));
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
        if (b.xpos && !b.unordered)
            out = build_or_xpos(n, kids);
        else
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
    if (op == XAP_Q_TERM || op == XAP_Q_WILDCARD) {
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

/* Results with a deleter, so an exception half-way frees what was made. */
struct results_deleter {
    void operator()(struct xap_results *r) const noexcept
    {
        xap_results_free(r);
    }
};
using results_ptr = std::unique_ptr<struct xap_results, results_deleter>;

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

/* Thrown by StopDecider when a match must end now; xap_search() makes
 * it ERR_TIMEOUT. */
struct match_stopped {
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
            throw match_stopped();
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

class DeadlineSource : public Xapian::PostingSource
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
    std::string name() const override
    {
        return std::string();
    }
    void init(const Xapian::Database &db) override
    {
        last_ = db.get_lastdocid();
        cur_ = 0;
        ended_ = false;
        size_ = db.get_doccount();
        set_maxweight(0);
    }
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
        step(cur_ + 1);
    }
    void skip_to(Xapian::docid did, double) override
    {
        step(did > cur_ ? did : cur_);
    }
    bool at_end() const override
    {
        return ended_;
    }
    Xapian::docid get_docid() const override
    {
        return cur_;
    }

  private:
    void step(Xapian::docid to)
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
    Xapian::docid cur_ = 0, last_ = 0;
    Xapian::doccount size_ = 0; /* every document may pass */
    unsigned calls_ = 0;
    bool ended_ = false;
};

int run(xap_db *db, const struct xap_search_req *req,
        const Xapian::Query &query, const builder &bld, results_ptr &res,
        struct err *e, bool use_src = true)
{
    /* the handle may have moved since the query was built */
    xap_pos_ctx_set(*bld.pos, db, req->word_src);
    std::unique_ptr<Xapian::MatchDecider> phrases; /* for this revision */
    if (!bld.lazy.empty()) {
        int rc = xap_pos_decider(*bld.pos, bld.lazy, phrases, e);
        if (rc != ERR_OK)
            return rc;
    }
    Xapian::MatchDecider *decider = phrases.get();
    std::unique_ptr<StopDecider> stop;
    /* A remote shard runs Xapian's own classes only: no deciders and no
     * spy of ours; the remote timeout bounds a stuck match. */
    const bool stock = db->shards && db->shards->remote;
    Xapian::Enquire enq(db->db);
    enq.set_query(query);
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
    std::unique_ptr<DeadlineSource> until;
    Xapian::doccount total = db->db.get_doccount();
    Xapian::doccount limit = std::min<Xapian::doccount>(req->limit, total);
    Xapian::doccount first = std::min<Xapian::doccount>(req->offset, total);
    if (req->deadline != nullptr) {
        /* soft: stop counting at the deadline; hard: as long again */
        double left = deadline_left_ms(req->deadline);
        if (left <= 0 && !(stock && bld.rerun))
            return err_set(e, ERR_TIMEOUT, "no time left for the search");
        struct deadline hard = *req->deadline;
        if (hard.at_ms > 0)
            hard.at_ms += left;
        /* on remote shards the connection's timeout bounds the match */
        if (!stock) {
            stop = std::make_unique<StopDecider>(hard, decider);
            decider = stop.get();
            if (req->deadline->at_ms > 0) {
                until = std::make_unique<DeadlineSource>(
                    *req->deadline, stop->accepted(), first + limit);
                enq.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query,
                                            Xapian::Query(until.get())));
            }
        }
    }
    if (!req->unranked &&
        (req->bm25_k1 > 0 || req->bm25_b > 0 || req->bm25_min_normlen > 0)) {
        double k1 = req->bm25_k1 > 0 ? req->bm25_k1 : 1.0;
        double b = req->bm25_b > 0 ? req->bm25_b : 0.5;
        double mn = req->bm25_min_normlen > 0 ? req->bm25_min_normlen : 0.5;
        enq.set_weighting_scheme(Xapian::BM25Weight(k1, 0, 1, b, mn));
    }
    Xapian::ValueCountMatchSpy councils(SLOT_COUNCIL), years(SLOT_YEAR);
    const struct xap_facet_src *src =
        req->facets && use_src && !stock ? req->facet_src : nullptr;
    std::unique_ptr<ArraySpy> arrays;
    if (src != nullptr) {
        arrays = std::make_unique<ArraySpy>(src);
        enq.add_matchspy(arrays.get());
    } else if (req->facets && !stock) {
        enq.add_matchspy(&councils);
        enq.add_matchspy(&years);
    }
    Xapian::doccount check =
        std::min<Xapian::doccount>(req->check_at_least, total);
    Xapian::MSet m = enq.get_mset(first, limit, check, nullptr, decider);
    if (arrays && arrays->missed() > 0) /* documents added since the table */
        return run(db, req, query, bld, res, e, false);
    if (req->facets && stock) {
        /* Xapian 1.4 counts a hit of the page twice when spies run on
         * remote shards (on the server, and again where the page is
         * merged): facets get a match of their own with no page. */
        Xapian::Enquire count(db->db);
        count.set_query(query);
        count.set_weighting_scheme(Xapian::BoolWeight());
        count.add_matchspy(&councils);
        count.add_matchspy(&years);
        count.get_mset(0, 0, check);
    }

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
    if (arrays) {
        int rc = arrays->copy(r, e);
        if (rc != ERR_OK)
            return rc;
    } else if (req->facets) {
        int rc = copy_facets(councils, true, &r->councils, &r->ncouncils, e);
        if (rc == ERR_OK)
            rc = copy_facets(years, false, &r->years, &r->nyears, e);
        if (rc != ERR_OK)
            return rc;
    }
    return ERR_OK;
}

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
    results_ptr res(static_cast<struct xap_results *>(
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
    return guard(e, [&]() -> int {
        builder b;
        b.pos = std::make_shared<xap_pos_ctx>();
        b.db = db;
        b.lazy_ok = db->db.size() == 1;
        b.max_expansion = req->max_expansion != 0 ? req->max_expansion
                                                  : XAP_EXPANSION_DEFAULT;
        b.e = e;
        b.xpos = db->xpos;
        Xapian::Query q;
        if (!b.xpos)
            mark_required(req->query, 0, b.required);
        int rc = build(b, req->query, 0, q);
        if (rc == ERR_OK)
            rc = add_filters(req, q, e);
        if (rc != ERR_OK)
            return rc;
        results_ptr res;
        if (db->shards && db->shards->nup == 0)
            return empty_answer(db, out, e);
        try {
            try {
                rc = run(db, req, q, b, res, e);
            } catch (const Xapian::DatabaseModifiedError &) {
                /* The revision we read was recycled by a writer: move to
                 * the newest one and try once more; a second failure
                 * propagates. */
                res.reset();
                xap_db_follow(db); /* reloads the store's dictionaries */
                rc = run(db, req, q, b, res, e);
            }
        } catch (const Xapian::NetworkError &first) {
            /* A shard went: the others are connected afresh, all at once
             * and until the deadline at most (those that cannot be are
             * left out), and the search runs again on them, even past
             * the deadline: a silent shard costs one connection timeout
             * (half the deadline) before, and the shards that are up
             * answer at once. A failure again with none left out, past
             * the deadline, or more failures than shards, ends it. */
            if (!db->shards)
                throw;
            /* (Xapian's errors copy, but do not assign) */
            auto why = std::make_unique<Xapian::NetworkError>(first);
            b.rerun = true;
            for (size_t tries = 0;; tries++) {
                bool dropped = xap_shards_drop_dead(db, *why, req->deadline);
                if (db->shards->nup == 0)
                    return empty_answer(db, out, e);
                try {
                    res.reset();
                    rc = run(db, req, q, b, res, e);
                    break;
                } catch (const Xapian::NetworkError &again) {
                    if ((!dropped && tries > 0) ||
                        tries >= db->shards->v.size())
                        throw;
                    if (deadline_passed(req->deadline))
                        return err_set(e, ERR_TIMEOUT,
                                       "search stopped: out of time, "
                                       "shards failing: %.120s",
                                       again.get_description().c_str());
                    why = std::make_unique<Xapian::NetworkError>(again);
                }
            }
        } catch (const match_stopped &) {
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
    });
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
