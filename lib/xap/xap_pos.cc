/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_pos.cc - word positions kept outside Xapian's position table, and
 * the phrase matching that reads them.
 *
 * Why: Xapian keeps one B-tree entry per (term, document) with positions;
 * for council minutes that table alone was 1.6x the text (81 MB of a
 * 131 MB index at 50 MB) and a quarter of the indexing time. Here each
 * document carries one compact "word stream" in value slot SLOT_WORDS:
 *
 *   varint nfields, per field: varint prefix length, the prefix (""
 *       for the body, "S", "XA", ...), varint first position, varint
 *       last - first                     (a field's positions are a run)
 *   then to the end, per token by position: varint c; c > 0: word
 *       number c - 1 at the previous position + 1; c == 0: varint gap,
 *       varint word number (a gap other than 1: a field's start, or 0
 *       for a second word at one position, as "fact" and "f" for "f-act")
 *
 * Word numbers come from the index's word table (struct xap_words), given
 * in order of first use, so the frequent words get the one-byte numbers:
 * about 1.7 bytes per word of text. Terms themselves stay in Xapian
 * without positions (postings, wdf).
 *
 * A phrase (or NEAR) becomes AND(words), weighted as Xapian weighs a
 * phrase, filtered by a PhraseSource: a Xapian::PostingSource which, for
 * each document the AND proposes, reads the stream through a value
 * stream iterator and checks the order. It is a query node like any
 * other, so phrases still compose with AND/OR/NOT, fields and filters.
 *
 * The table maps 64-bit hashes of the words: two words of one index with
 * one hash (odds about 1 in 10^9 for 200,000 words) would share a number
 * and match each other in phrases. */
#include "xap/xap_internal.hh"

#include <algorithm>
#include <unordered_map>
#include <utility>
#include <vector>

#include "xap/schema.h"

namespace
{

uint64_t word_hash(const char *s, size_t n)
{
    uint64_t h = 14695981039346656037ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= static_cast<unsigned char>(s[i]);
        h *= 1099511628211ull;
    }
    return h;
}

/* Index terms are prefix + folded word; prefixes are capitals (Xapian's
 * convention), folded words never start with one. */
size_t prefix_len(const char *t, size_t n)
{
    size_t i = 0;
    while (i < n && t[i] >= 'A' && t[i] <= 'Z')
        i++;
    return i;
}

void put_varint(std::string &s, uint32_t v)
{
    while (v >= 0x80) {
        s.push_back(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    s.push_back(static_cast<char>(v));
}

/* Read a varint at p (< end); false if the stream is cut or malformed. */
bool get_varint(const unsigned char *&p, const unsigned char *end,
                uint32_t &v)
{
    v = 0;
    for (unsigned shift = 0; shift < 35; shift += 7) {
        if (p >= end)
            return false;
        unsigned c = *p++;
        v |= static_cast<uint32_t>(c & 0x7f) << shift;
        if (!(c & 0x80))
            return true;
    }
    return false;
}

} // namespace

/* ---- Writing ----------------------------------------------------------- */

void xap_pos_add(xap_doc *d, const char *term, size_t len, uint32_t pos)
{
    size_t pl = prefix_len(term, len);
    std::string pfx(term, pl);
    xap_posfield *f = nullptr;
    for (xap_posfield &g : d->fields)
        if (g.prefix == pfx)
            f = &g;
    if (f == nullptr) {
        d->fields.push_back(xap_posfield{pfx, pos, pos});
        f = &d->fields.back();
    }
    f->first = std::min(f->first, pos);
    f->last = std::max(f->last, pos);
    d->tokens.push_back({pos, word_hash(term + pl, len - pl)});
}

/* The table from its metadata: 8 bytes per word, little-endian. */
static void load_words(const Xapian::Database &db, xap_words &t)
{
    std::string v = db.get_metadata(META_WORDS);
    size_t n = v.size() / 8;
    t.id.clear();
    t.id.reserve(n);
    t.hashes.resize(n);
    const unsigned char *p = reinterpret_cast<const unsigned char *>(v.data());
    for (size_t i = 0; i < n; i++, p += 8) {
        uint64_t h = 0;
        for (int b = 7; b >= 0; b--)
            h = h << 8 | p[b];
        t.hashes[i] = h;
        t.id.emplace(h, static_cast<uint32_t>(i));
    }
    t.saved = n;
}

void xap_pos_w_open(xap_wdb *w)
{
    auto t = std::make_shared<xap_words>();
    load_words(w->db, *t);
    w->words = std::move(t);
}

void xap_pos_w_save(xap_wdb *w)
{
    xap_words &t = *w->words;
    std::lock_guard<std::mutex> lock(t.mu);
    if (t.saved == t.hashes.size())
        return;
    std::string v;
    v.reserve(t.hashes.size() * 8);
    for (uint64_t h : t.hashes)
        for (int b = 0; b < 8; b++)
            v.push_back(static_cast<char>((h >> (8 * b)) & 0xff));
    w->db.set_metadata(META_WORDS, v);
    t.saved = t.hashes.size();
}

void xap_pos_finish(xap_wdb *w, xap_doc *d)
{
    if (d->tokens.empty())
        return;
    std::vector<std::pair<uint32_t, uint64_t>> &t = d->tokens;
    std::sort(t.begin(), t.end());
    /* one token per (position, word): the body and a field copy give
     * the same word at the same position */
    t.erase(std::unique(t.begin(), t.end()), t.end());
    std::vector<uint32_t> num(t.size());
    {
        xap_words &tab = *w->words;
        std::lock_guard<std::mutex> lock(tab.mu);
        for (size_t i = 0; i < t.size(); i++) {
            auto ins = tab.id.emplace(t[i].second,
                                      static_cast<uint32_t>(tab.hashes.size()));
            if (ins.second)
                tab.hashes.push_back(t[i].second);
            num[i] = ins.first->second;
        }
    }
    std::string s;
    s.reserve(16 + t.size() * 2);
    put_varint(s, static_cast<uint32_t>(d->fields.size()));
    for (const xap_posfield &f : d->fields) {
        put_varint(s, static_cast<uint32_t>(f.prefix.size()));
        s += f.prefix;
        put_varint(s, f.first);
        put_varint(s, f.last - f.first);
    }
    uint32_t prev = 0;
    for (size_t i = 0; i < t.size(); i++) {
        uint32_t gap = t[i].first - prev;
        if (gap == 1 && num[i] < UINT32_MAX) {
            put_varint(s, num[i] + 1);
        } else {
            put_varint(s, 0);
            put_varint(s, gap);
            put_varint(s, num[i]);
        }
        prev = t[i].first;
    }
    d->doc.add_value(SLOT_WORDS, s);
    d->tokens.clear();
    d->fields.clear();
}

/* ---- Matching ---------------------------------------------------------- */

namespace
{

/* One document's stream against a phrase: slot j of the phrase is any
 * of the word numbers in `slots[j]`. */
struct stream_match {
    const std::string &prefix;
    const std::vector<std::pair<uint32_t, uint64_t>> &nums; /* word: slots */
    size_t nslots;
    uint32_t window;                                  /* NEAR; 0: exact */
    std::vector<std::pair<uint32_t, uint64_t>> &hits; /* scratch */

    bool operator()(const std::string &v)
    {
        const unsigned char *p =
            reinterpret_cast<const unsigned char *>(v.data());
        const unsigned char *end = p + v.size();
        uint32_t nf, lo = 0, hi = 0;
        bool have = false;
        if (!get_varint(p, end, nf))
            return false;
        for (uint32_t i = 0; i < nf; i++) {
            uint32_t pl, first, span;
            if (!get_varint(p, end, pl) ||
                static_cast<size_t>(end - p) < pl)
                return false;
            bool mine = pl == prefix.size() &&
                        std::memcmp(p, prefix.data(), pl) == 0;
            p += pl;
            if (!get_varint(p, end, first) || !get_varint(p, end, span))
                return false;
            if (mine) {
                have = true;
                lo = first;
                hi = first + span;
            }
        }
        if (!have)
            return false;
        hits.clear();
        uint64_t seen = 0;
        uint32_t pos = 0;
        while (p < end) {
            uint32_t c, gap = 1, w;
            if (!get_varint(p, end, c))
                return false;
            if (c > 0) {
                w = c - 1;
            } else if (!get_varint(p, end, gap) || !get_varint(p, end, w)) {
                return false;
            }
            pos += gap;
            for (const auto &x : nums)
                if (x.first == w) {
                    if (pos >= lo && pos <= hi) {
                        hits.emplace_back(pos, x.second);
                        seen |= x.second;
                    }
                    break;
                }
        }
        uint64_t need = nslots >= 64 ? ~uint64_t{0}
                                     : (uint64_t{1} << nslots) - 1;
        if (seen != need)
            return false;
        return window == 0 ? exact() : near(need);
    }

    /* Word j at position start + j for every j. */
    bool exact() const
    {
        for (size_t i = 0; i < hits.size(); i++) {
            if (!(hits[i].second & 1))
                continue;
            uint32_t start = hits[i].first;
            size_t k = i;
            size_t j = 1;
            for (; j < nslots; j++) {
                uint32_t want = start + static_cast<uint32_t>(j);
                while (k < hits.size() && hits[k].first < want)
                    k++;
                bool ok = false;
                for (size_t m = k; m < hits.size() && hits[m].first == want;
                     m++)
                    if (hits[m].second & (uint64_t{1} << j))
                        ok = true;
                if (!ok)
                    break;
            }
            if (j == nslots)
                return true;
        }
        return false;
    }

    /* Every word within `window` positions of the first one seen. */
    bool near(uint64_t need) const
    {
        for (size_t i = 0; i < hits.size(); i++) {
            uint64_t got = 0;
            uint32_t last = hits[i].first + window - 1;
            for (size_t k = i; k < hits.size() && hits[k].first <= last; k++)
                got |= hits[k].second;
            if ((got & need) == need)
                return true;
        }
        return false;
    }
};

/* The documents where a phrase's words stand in order: checked, inside
 * an AND of the words, it reads one document's word stream. Unweighted:
 * the AND beside it weighs. */
class PhraseSource : public Xapian::PostingSource
{
  public:
    PhraseSource(xap_db *owner, std::string prefix,
                 std::vector<std::vector<uint64_t>> slots, uint32_t window)
        : owner_(owner), prefix_(std::move(prefix)), slots_(std::move(slots)),
          window_(window)
    {
    }

    PhraseSource *clone() const override
    {
        return new PhraseSource(owner_, prefix_, slots_, window_);
    }

    void init(const Xapian::Database &db) override
    {
        db_ = db;
        size_ = db.get_doccount();
        it_ = db_.valuestream_begin(SLOT_WORDS);
        end_ = db_.valuestream_end(SLOT_WORDS);
        unsure_ = false;
        ended_ = false;
        cur_ = 0;
        numbers();
    }

    /* An estimate of N: an AND of the words and this estimates as the
     * words alone, and this is never the list an AND leads with - the
     * words' postings are cheaper. */
    Xapian::doccount get_termfreq_min() const override { return 0; }
    Xapian::doccount get_termfreq_est() const override { return size_; }
    Xapian::doccount get_termfreq_max() const override { return size_; }

    void next(double) override { seek(cur_ + 1); }

    void skip_to(Xapian::docid did, double) override
    {
        if (did > cur_)
            seek(did);
    }

    bool check(Xapian::docid did, double) override
    {
        /* false: "not here, position unknown"; next() goes on from did */
        cur_ = did;
        return in_order(did);
    }

    bool at_end() const override { return ended_; }
    Xapian::docid get_docid() const override { return cur_; }

    std::string get_description() const override
    {
        return "PhraseSource(" + prefix_ + ", " +
               std::to_string(slots_.size()) + " words)";
    }

  private:
    /* The words' numbers in the index's table, each with the phrase
     * slots it fills; none if a word is not in the index. */
    void numbers()
    {
        nums_.clear();
        if (!owner_->words) {
            owner_->words = std::make_unique<xap_words>();
            load_words(owner_->db, *owner_->words);
        }
        const xap_words &t = *owner_->words;
        for (size_t j = 0; j < slots_.size(); j++) {
            bool any = false;
            for (uint64_t h : slots_[j]) {
                auto f = t.id.find(h);
                if (f == t.id.end())
                    continue;
                any = true;
                auto n = std::find_if(nums_.begin(), nums_.end(),
                                      [&](const auto &x) {
                                          return x.first == f->second;
                                      });
                if (n == nums_.end())
                    nums_.emplace_back(f->second, uint64_t{1} << j);
                else
                    n->second |= uint64_t{1} << j;
            }
            if (!any) {
                nums_.clear();
                ended_ = true; /* a word the index has never seen */
                return;
            }
        }
    }

    /* The first matching document at or after `d`: every document with
     * words is read. Only when the words are in (nearly) every document
     * does Xapian let this lead an AND, and then the words' postings
     * would propose the same documents. */
    void seek(Xapian::docid d)
    {
        if (ended_)
            return;
        if (unsure_ || (it_ != end_ && it_.get_docid() < d)) {
            it_.skip_to(d);
            unsure_ = false;
        }
        for (; it_ != end_; ++it_) {
            if (match(*it_)) {
                cur_ = it_.get_docid();
                return;
            }
        }
        ended_ = true;
    }

    /* The words stand in order in document `d` (ids only grow). */
    bool in_order(Xapian::docid d)
    {
        if (nums_.empty())
            return false;
        if (unsure_ || (it_ != end_ && it_.get_docid() < d)) {
            unsure_ = false;
            if (!it_.check(d)) {
                unsure_ = true; /* no value at d; position unknown */
                return false;
            }
        }
        return it_ != end_ && it_.get_docid() == d && match(*it_);
    }

    bool match(const std::string &v)
    {
        stream_match m{prefix_, nums_, slots_.size(), window_, hits_};
        return m(v);
    }

    xap_db *owner_; /* its word table */
    std::string prefix_;
    std::vector<std::vector<uint64_t>> slots_; /* word hashes per slot */
    uint32_t window_;
    Xapian::Database db_;
    Xapian::doccount size_ = 0;
    Xapian::ValueIterator it_, end_;
    bool unsure_ = false, ended_ = false;
    Xapian::docid cur_ = 0;
    std::vector<std::pair<uint32_t, uint64_t>> nums_; /* number: slots */
    std::vector<std::pair<uint32_t, uint64_t>> hits_;
};

} // namespace

int xap_pos_query(xap_db *db,
                  const std::vector<std::vector<std::string>> &words,
                  uint32_t window, Xapian::Query &out, struct err *e)
{
    if (words.size() < 2 || words.size() > XAP_PHRASE_WORDS_MAX)
        return err_set(e, ERR_LIMIT, "phrase of <%zu> words: 2 to <%d>",
                       words.size(), XAP_PHRASE_WORDS_MAX);
    std::string prefix;
    std::vector<std::vector<uint64_t>> slots(words.size());
    for (size_t j = 0; j < words.size(); j++) {
        for (const std::string &t : words[j]) {
            size_t pl = prefix_len(t.data(), t.size());
            if (j == 0 && slots[0].empty())
                prefix.assign(t, 0, pl);
            else if (prefix.compare(0, std::string::npos, t, 0, pl) != 0)
                return err_set(e, ERR_INVAL,
                               "phrase mixes fields <%s> and <%.*s>",
                               prefix.c_str(), static_cast<int>(pl),
                               t.data());
            slots[j].push_back(word_hash(t.data() + pl, t.size() - pl));
        }
        if (slots[j].empty())
            return err_set(e, ERR_INVAL, "phrase word <%zu> has no term", j);
    }
    auto *src = new PhraseSource(db, prefix, std::move(slots), window);
    out = Xapian::Query(src->release());
    return ERR_OK;
}
