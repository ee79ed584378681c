/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_pos.cc - word positions kept outside Xapian's position table: the
 * writer's side (a document's words numbered and packed as its word
 * stream, value slot SLOT_WORDS), streams held in memory, and the Xapian
 * classes that check phrases on them (a posting source, a match decider).
 * The stream format is wstream.hh's, the word table xap_words.cc's.
 *
 * Why: Xapian keeps one B-tree entry per (term, document) with positions;
 * for council minutes that table alone was 1.6x the text (81 MB of a
 * 131 MB index at 50 MB) and a quarter of the indexing time. Terms stay
 * in Xapian without positions (postings, wdf).
 *
 * A phrase (or NEAR) becomes AND(words), weighted as Xapian weighs a
 * phrase, filtered by a PhraseSource or checked by a PhraseDecider. On a
 * stub of several databases each shard numbers its own words and Xapian
 * gives a posting source each shard with its local document ids: the
 * source resolves the words in that shard's table, and maps its ids to the
 * combined ones (interleaved) to find streams held in memory. */
#include "xap/xap_internal.hh"

#include <algorithm>
#include <utility>
#include <vector>

#include "xap/schema.h"

namespace
{

/* Decoded entries a phrase check keeps between documents (8-16 bytes
 * each); more are freed after the document (phrase checks, below). */
const size_t KEEP_DECODED = 4096;

} // namespace

/* ---- Writing ----------------------------------------------------------- */

void xap_pos_add(xap_doc *d, const char *term, size_t len, uint32_t pos)
{
    size_t pl = xap_prefix_len(term, len);
    ws_field *f = nullptr;
    for (ws_field &g : d->fields)
        if (g.prefix.size() == pl && g.prefix.compare(0, pl, term, pl) == 0)
            f = &g;
    if (f == nullptr) {
        d->fields.push_back(ws_field{std::string(term, pl), pos, pos});
        f = &d->fields.back();
    }
    f->first = std::min(f->first, pos);
    f->last = std::max(f->last, pos);
    d->tokens.emplace_back(pos, xap_word_hash(term + pl, len - pl));
}

namespace
{

/* (position, word hash) sorted, one per (position, word): the body and a
 * field copy give the same word at the same position. */
void tokens_sort(std::vector<std::pair<uint32_t, uint64_t>> &t)
{
    std::sort(t.begin(), t.end());
    t.erase(std::unique(t.begin(), t.end()), t.end());
}

/* The tokens with their words' numbers from the table: the document's
 * distinct words numbered under the lock, once each (the shards of a
 * build share the table). */
std::vector<std::pair<uint32_t, uint32_t>>
tokens_number(xap_words &tab,
              const std::vector<std::pair<uint32_t, uint64_t>> &t)
{
    std::vector<std::pair<uint64_t, uint32_t>> dict;
    dict.reserve(t.size());
    for (const auto &x : t)
        dict.emplace_back(x.second, 0);
    std::sort(dict.begin(), dict.end());
    dict.erase(std::unique(dict.begin(), dict.end()), dict.end());
    xap_words_number(tab, dict);
    std::vector<std::pair<uint32_t, uint32_t>> out(t.size());
    for (size_t i = 0; i < t.size(); i++)
        out[i] = {t[i].first,
                  std::lower_bound(dict.begin(), dict.end(),
                                   std::make_pair(t[i].second, uint32_t{0}))
                      ->second};
    return out;
}

} // namespace

void xap_pos_finish(xap_wdb *w, xap_doc *d)
{
    if (d->tokens.empty())
        return;
    tokens_sort(d->tokens);
    d->doc.add_value(SLOT_WORDS,
                     ws_encode(tokens_number(*w->words, d->tokens), d->fields));
    d->tokens.clear();
    d->fields.clear();
}

/* ---- Streams in memory ------------------------------------------------ */

struct xap_word_src {
    uint64_t revision; /* xap_db_revision() when built */
    /* a stub of several databases has no revision (0): its document
     * count and last id when built stand in for it */
    Xapian::doccount docs = 0;
    Xapian::docid last = 0;
    std::vector<uint32_t> off; /* document d: data[off[d], off[d + 1]) */
    std::string data;
};

namespace
{

/* Documents of `db` below this id are answered by `m` (0: none). */
Xapian::docid mem_serves(const xap_word_src *m, xap_db *db)
{
    uint64_t rev = xap_db_revision(db);
    uint32_t gen = static_cast<uint32_t>(rev >> 32);
    if (gen != static_cast<uint32_t>(m->revision >> 32) ||
        (gen == 0 && rev != m->revision) || m->off.empty())
        return 0;
    if (rev == 0 &&
        (db->db.get_doccount() != m->docs || db->db.get_lastdocid() != m->last))
        return 0;
    return static_cast<Xapian::docid>(m->off.size() - 1);
}

} // namespace

void xap_pos_ctx_set(xap_pos_ctx &ctx, xap_db *db, const xap_word_src *mem)
{
    ctx.db = db->db;
    ctx.tables = &db->words;
    ctx.mem = mem;
    ctx.mem_below = mem != nullptr ? mem_serves(mem, db) : 0;
    ctx.shard_uuids.clear();
    size_t n = db->db.size();
    if (n < 2)
        return;
    /* Xapian joins its sub-databases' UUIDs with ':' */
    std::string all = db->db.get_uuid();
    for (size_t at = 0; !all.empty();) {
        size_t colon = all.find(':', at);
        ctx.shard_uuids.push_back(all.substr(at, colon - at));
        if (colon == std::string::npos)
            break;
        at = colon + 1;
    }
    if (ctx.shard_uuids.size() != n)
        ctx.shard_uuids.clear(); /* not mapped: streams from the shards */
}

extern "C" xap_word_src *xap_word_src_build(xap_db *db, size_t max_bytes,
                                            struct err *e) noexcept
{
    xap_word_src *out = nullptr;
    guard(e, [&]() -> int {
        auto m = std::make_unique<xap_word_src>();
        m->revision = xap_db_revision(db);
        m->docs = db->db.get_doccount();
        Xapian::docid last = m->last = db->db.get_lastdocid();
        m->off.reserve(static_cast<size_t>(last) + 2);
        m->off.push_back(0); /* document 0 does not exist */
        for (auto v = db->db.valuestream_begin(SLOT_WORDS);
             v != db->db.valuestream_end(SLOT_WORDS); ++v) {
            Xapian::docid d = v.get_docid();
            while (m->off.size() <= d) /* documents without words */
                m->off.push_back(static_cast<uint32_t>(m->data.size()));
            std::string s = *v;
            if (m->data.size() + s.size() > max_bytes ||
                m->data.size() + s.size() > UINT32_MAX)
                return err_set(e, ERR_LIMIT,
                               "word streams past <%zu> bytes: not held",
                               max_bytes);
            m->data += s;
            m->off.push_back(static_cast<uint32_t>(m->data.size()));
        }
        /* documents up to the last one without words: empty */
        while (m->off.size() < static_cast<size_t>(last) + 2)
            m->off.push_back(static_cast<uint32_t>(m->data.size()));
        m->data.shrink_to_fit();
        out = m.release();
        return ERR_OK;
    });
    return out;
}

extern "C" void xap_word_src_free(xap_word_src *s) noexcept
{
    delete s;
}

extern "C" size_t xap_word_src_bytes(const xap_word_src *s) noexcept
{
    return s == nullptr ? 0 : s->data.size() + s->off.size() * 4;
}

/* ---- Matching ---------------------------------------------------------- */

namespace
{

/* One phrase against documents' streams: the words' numbers resolved in
 * the word table it is given, each document's stream as given. */
class PhraseCheck
{
  public:
    PhraseCheck(std::string prefix, std::vector<std::vector<uint64_t>> hashes,
                uint32_t window)
        : prefix_(std::move(prefix)), hashes_(std::move(hashes)),
          window_(window)
    {
    }

    /* Resolve the words in `t` (the table of the database whose streams
     * come next); false if a word is not there: no document can match. */
    bool prepare(const xap_words &t)
    {
        possible_ = numbers(t);
        return possible_;
    }

    bool match(const std::string &v)
    {
        return match(reinterpret_cast<const unsigned char *>(v.data()),
                     v.size());
    }

    /* Throws DatabaseVersionError on a stream of another format. */
    bool match(const unsigned char *p, size_t len)
    {
        if (!possible_ || len == 0)
            return false;
        ws_status st = st_.open(p, len, prefix_);
        if (st == WS_VERSION)
            throw Xapian::DatabaseVersionError(
                "word stream format <" + std::to_string(p[0]) +
                ">, this build reads <" + std::to_string(WSTREAM_VERSION) +
                ">: rebuild the index");
        if (st != WS_OK)
            return false;
        bool m = window_ == 0 ? st_.exact(ph_) : st_.near(ph_, window_, hits_);
        /* A large item's decoded runs, extras and NEAR positions are not
         * kept: every phrase of a query (up to 32) has its own check, and
         * they run interleaved. */
        if (st_.runs.capacity() + st_.extras.capacity() + hits_.capacity() >
            KEEP_DECODED) {
            st_ = ws_stream();
            hits_ = decltype(hits_)();
        }
        return m;
    }

    PhraseCheck fresh() const
    {
        return PhraseCheck(prefix_, hashes_, window_);
    }

    size_t size() const
    {
        return hashes_.size();
    }
    const std::string &prefix() const
    {
        return prefix_;
    }

  private:
    bool numbers(const xap_words &t)
    {
        ph_.slots.assign(hashes_.size(), {});
        uint32_t rarest = 0;
        for (size_t j = 0; j < hashes_.size(); j++) {
            uint32_t low = UINT32_MAX; /* the slot's most frequent word */
            for (uint64_t h : hashes_[j]) {
                auto f = t.id.find(h);
                if (f != t.id.end()) {
                    ph_.slots[j].push_back(f->second);
                    low = std::min(low, f->second);
                }
            }
            if (ph_.slots[j].empty())
                return false;
            if (j == 0 || low > rarest) {
                rarest = low;
                ph_.anchor = j;
            }
        }
        return true;
    }

    std::string prefix_;
    std::vector<std::vector<uint64_t>> hashes_; /* per slot: its words */
    uint32_t window_;
    bool possible_ = false;
    ws_phrase ph_;
    ws_stream st_;
    std::vector<std::pair<uint32_t, uint64_t>> hits_; /* near() */
};

/* Streams held in memory as one database's documents: shard `shard` of
 * `nshards`, whose local id d is (d - 1) * nshards + shard + 1 in the
 * combined database the streams were read from (Xapian interleaves). */
struct mem_view {
    const xap_word_src *m = nullptr;
    Xapian::docid below = 0; /* combined ids below: served */
    Xapian::docid nshards = 1, shard = 0;

    /* Document d's stream in *p, *len: true if served. */
    bool get(Xapian::docid d, const unsigned char **p, size_t *len) const
    {
        if (m == nullptr)
            return false;
        if (d == 0)
            return false;
        /* 64 bits: a large local id times the shards may pass 2^32 */
        uint64_t c = uint64_t{d - 1} * nshards + shard + 1;
        if (c >= below)
            return false;
        uint32_t a = m->off[c], b = m->off[c + 1];
        *p = reinterpret_cast<const unsigned char *>(m->data.data() + a);
        *len = b - a;
        return true;
    }
};

/* Where `sub` (given to PostingSource::init()) sits among ctx's shards:
 * its view of the streams in memory, none if it cannot be placed. */
mem_view mem_for(const xap_pos_ctx &ctx, const Xapian::Database &sub)
{
    mem_view v;
    if (ctx.mem == nullptr || ctx.mem_below == 0)
        return v;
    size_t n = ctx.db.size();
    if (n > 1) {
        std::string u = sub.get_uuid();
        auto it = std::find(ctx.shard_uuids.begin(), ctx.shard_uuids.end(), u);
        if (u.empty() || it == ctx.shard_uuids.end() ||
            std::count(ctx.shard_uuids.begin(), ctx.shard_uuids.end(), u) != 1)
            return v; /* copies of one database: read the shard's values */
        v.shard = static_cast<Xapian::docid>(it - ctx.shard_uuids.begin());
    }
    v.m = ctx.mem;
    v.below = ctx.mem_below;
    v.nshards = static_cast<Xapian::docid>(n);
    return v;
}

/* The documents where a phrase's words stand in order: checked, inside
 * an AND of the words, it reads one document's word stream. Unweighted:
 * the AND beside it weighs. Used where a phrase may or may not match
 * (inside OR, synonyms, NOT): every document the AND proposes is
 * checked. A phrase the whole query needs is checked lazily instead
 * (PhraseDecider).
 *
 * Xapian 1.4's ExternalPostList holds the contract tight: once at_end()
 * is true after a move it deletes the source, and a later next(),
 * skip_to() or check() goes through that null pointer. Its parents read
 * at_end() only after a check() that returned true (MultiAndPostList:
 * "not valid" means "go on to the next candidate"). So check() never
 * returns false at the end: a phrase with a word missing from the word
 * table is "at the end, valid", and estimates 0. Such a word can still
 * have postings, so the AND proposes documents: the side-by-side bonus
 * of "hjemløs kvalificere" where "hjemløs" stands only inside compounds
 * ("hjemløsetælling": its parts are terms without positions). */
class PhraseSource : public xap_walk_source
{
  public:
    PhraseSource(PhraseCheck check, std::shared_ptr<const xap_pos_ctx> ctx)
        : check_(std::move(check)), ctx_(std::move(ctx))
    {
    }

    PhraseSource *clone() const override
    {
        return new PhraseSource(check_.fresh(), ctx_);
    }

    /* `db` is one database: on a stub of several, each shard in turn,
     * with its own word table and local document ids. */
    void init(const Xapian::Database &db) override
    {
        db_ = db;
        possible_ = check_.prepare(ctx_->tables->get(db));
        mem_ = mem_for(*ctx_, db);
        /* An estimate of N: an AND of the words and this estimates as
         * the words alone, and this is never the list an AND leads with
         * - the words' postings are cheaper. 0 when no document can
         * match, so that the AND leads with this and ends at once. */
        start(db, possible_ ? db.get_doccount() : 0);
        past_ = false;
    }

    void skip_to(Xapian::docid did, double) override
    {
        /* after a check() that failed, cur_ is a document known not to
         * match: the next match is after it */
        if (did > cur_)
            seek(did);
        else if (past_)
            seek(cur_ + 1);
    }

    bool check(Xapian::docid did, double) override
    {
        if (!possible_ || did > last_) {
            ended_ = true; /* a definite position: the end */
            return true;
        }
        cur_ = did;
        past_ = !in_order(did);
        /* false: "not here, position unknown"; next() goes on from did */
        return !past_;
    }

    std::string get_description() const override
    {
        return "PhraseSource(" + check_.prefix() + ", " +
               std::to_string(check_.size()) + " words)";
    }

  private:
    /* The first matching document at or after `d` (0: past the largest
     * docid): every document is read. Only when the words are in
     * (nearly) every document does Xapian let this lead an AND, and
     * then the words' postings would propose the same documents. */
    void seek(Xapian::docid d) override
    {
        past_ = false;
        if (ended_)
            return;
        for (; possible_ && d != 0 && d <= last_; d++) {
            if (in_order(d)) {
                cur_ = d;
                return;
            }
        }
        ended_ = true;
    }

    /* The words stand in order in document `d`: its stream in memory,
     * else that one document's value. Not a Xapian::ValueIterator:
     * opening one reads the first stream of the slot whole and keeps it
     * until the match ends, a copy per phrase of a query, all at once
     * (one 60 MB item: 32 phrases took referatd from 50 MB to 1.8 GB). */
    bool in_order(Xapian::docid d)
    {
        const unsigned char *p;
        size_t len;
        if (mem_.get(d, &p, &len))
            return check_.match(p, len);
        return check_.match(db_.get_document(d, Xapian::DOC_ASSUME_VALID)
                                .get_value(SLOT_WORDS));
    }

    PhraseCheck check_;
    std::shared_ptr<const xap_pos_ctx> ctx_; /* tables, streams in memory */
    Xapian::Database db_;                    /* the shard being matched */
    mem_view mem_;
    bool possible_ = false; /* every word is in the index */
    bool past_ = false;     /* check(cur_) failed: cur_ does not match */
};

/* The phrases a whole query needs, checked by Xapian's matcher only for
 * documents whose weight earns them a place on the result page (or all
 * matches when the caller counts them all: check_at_least): a phrase of
 * two common words then costs a few checks, not one per document
 * holding both words. */
class PhraseDecider : public Xapian::MatchDecider
{
  public:
    /* Built for one database (a decider is given combined ids) at its
     * current revision: build one per match. */
    PhraseDecider(std::vector<PhraseCheck> checks, const xap_words &table,
                  mem_view mem)
        : checks_(std::move(checks)), mem_(mem)
    {
        for (PhraseCheck &c : checks_)
            possible_ = c.prepare(table) && possible_;
    }

    bool operator()(const Xapian::Document &doc) const override
    {
        if (!possible_)
            return false;
        const unsigned char *p;
        size_t len;
        std::string v;
        if (!mem_.get(doc.get_docid(), &p, &len)) {
            v = doc.get_value(SLOT_WORDS);
            p = reinterpret_cast<const unsigned char *>(v.data());
            len = v.size();
        }
        for (PhraseCheck &c : checks_)
            if (!c.match(p, len))
                return false;
        return true;
    }

  private:
    mutable std::vector<PhraseCheck> checks_;
    mem_view mem_;
    bool possible_ = true;
};

/* Field prefix and word hashes of a phrase; ERR_LIMIT/ERR_INVAL. */
int phrase_spec(const std::vector<std::vector<std::string>> &words,
                std::string &prefix, std::vector<std::vector<uint64_t>> &hashes,
                struct err *e)
{
    if (words.size() < 2 || words.size() > XAP_PHRASE_WORDS_MAX)
        return err_set(e, ERR_LIMIT, "phrase of <%zu> words: 2 to <%d>",
                       words.size(), XAP_PHRASE_WORDS_MAX);
    hashes.assign(words.size(), {});
    for (size_t j = 0; j < words.size(); j++) {
        for (const std::string &t : words[j]) {
            size_t pl = xap_prefix_len(t.data(), t.size());
            if (j == 0 && hashes[0].empty())
                prefix.assign(t, 0, pl);
            else if (prefix.compare(0, std::string::npos, t, 0, pl) != 0)
                return err_set(e, ERR_INVAL,
                               "phrase mixes fields <%s> and <%.*s>",
                               prefix.c_str(), static_cast<int>(pl), t.data());
            hashes[j].push_back(xap_word_hash(t.data() + pl, t.size() - pl));
        }
        if (hashes[j].empty())
            return err_set(e, ERR_INVAL, "phrase word <%zu> has no term", j);
    }
    return ERR_OK;
}

} // namespace

int xap_pos_query(const std::shared_ptr<const xap_pos_ctx> &ctx,
                  const std::vector<std::vector<std::string>> &words,
                  uint32_t window, Xapian::Query &out, struct err *e)
{
    std::string prefix;
    std::vector<std::vector<uint64_t>> hashes;
    int rc = phrase_spec(words, prefix, hashes, e);
    if (rc != ERR_OK)
        return rc;
    auto *src = new PhraseSource(
        PhraseCheck(std::move(prefix), std::move(hashes), window), ctx);
    out = Xapian::Query(src->release());
    return ERR_OK;
}

int xap_pos_decider(const xap_pos_ctx &ctx,
                    const std::vector<xap_phrase_spec> &phrases,
                    std::unique_ptr<Xapian::MatchDecider> &out, struct err *e)
{
    if (ctx.db.size() != 1)
        return err_set(e, ERR_INVAL,
                       "lazy phrase checks need one database, not <%zu>",
                       ctx.db.size());
    std::vector<PhraseCheck> checks;
    for (const xap_phrase_spec &p : phrases) {
        std::string prefix;
        std::vector<std::vector<uint64_t>> hashes;
        int rc = phrase_spec(p.words, prefix, hashes, e);
        if (rc != ERR_OK)
            return rc;
        checks.emplace_back(std::move(prefix), std::move(hashes), p.window);
    }
    out = std::make_unique<PhraseDecider>(
        std::move(checks), ctx.tables->get(ctx.db), mem_for(ctx, ctx.db));
    return ERR_OK;
}
