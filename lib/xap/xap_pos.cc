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
 *   varint nruns, per run of consecutive positions: varint start minus
 *       the previous run's end, varint length
 *   varint nextras, per extra word: varint position minus the previous
 *       extra's, varint word number (a second word at one position, as
 *       "fact" beside "f" for "f-act", or a number of 16 bits or more)
 *   then one 16-bit little-endian word number per position of the runs,
 *       WORD_NONE where the word is among the extras
 *
 * Word numbers come from the index's word table (struct xap_words), given
 * in order of first use: late numbers are rare words, and a phrase is
 * looked for from its word with the highest number, by a scan of 16-bit
 * numbers, then checked around each place found. About 2 bytes per word
 * of text. Terms themselves stay in Xapian without positions (postings,
 * wdf).
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

/* In a run: the word at this position is among the extras. Numbers
 * below it are stored in the run itself. */
const uint32_t WORD_NONE = 0xffff;

/* Decoded entries a phrase check keeps between documents (8-16 bytes
 * each); more are freed after the document (phrase checks, below). */
const size_t KEEP_DECODED = 4096;

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
bool get_varint(const unsigned char *&p, const unsigned char *end, uint32_t &v)
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

/* The table from its metadata: 8 bytes per word, little-endian. */
void load_words(const Xapian::Database &db, xap_words &t)
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

} // namespace

/* ---- Writing ----------------------------------------------------------- */

void xap_pos_add(xap_doc *d, const char *term, size_t len, uint32_t pos)
{
    size_t pl = prefix_len(term, len);
    xap_posfield *f = nullptr;
    for (xap_posfield &g : d->fields)
        if (g.prefix.size() == pl && g.prefix.compare(0, pl, term, pl) == 0)
            f = &g;
    if (f == nullptr) {
        d->fields.push_back(xap_posfield{std::string(term, pl), pos, pos});
        f = &d->fields.back();
    }
    f->first = std::min(f->first, pos);
    f->last = std::max(f->last, pos);
    d->tokens.emplace_back(pos, word_hash(term + pl, len - pl));
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
    /* the document's distinct words numbered under the lock, once each:
     * the shards of a build share the table */
    std::vector<std::pair<uint64_t, uint32_t>> dict;
    dict.reserve(t.size());
    for (const auto &x : t)
        dict.emplace_back(x.second, 0);
    std::sort(dict.begin(), dict.end());
    dict.erase(std::unique(dict.begin(), dict.end()), dict.end());
    {
        xap_words &tab = *w->words;
        std::lock_guard<std::mutex> lock(tab.mu);
        for (auto &x : dict) {
            auto f = tab.id.find(x.first);
            if (f != tab.id.end()) {
                x.second = f->second;
                continue;
            }
            x.second = static_cast<uint32_t>(tab.hashes.size());
            tab.id.emplace(x.first, x.second);
            tab.hashes.push_back(x.first);
        }
    }
    std::vector<uint32_t> num(t.size());
    for (size_t i = 0; i < t.size(); i++)
        num[i] = std::lower_bound(dict.begin(), dict.end(),
                                  std::make_pair(t[i].second, uint32_t{0}))
                     ->second;
    /* one word per position in the runs, the others as extras */
    std::vector<std::pair<uint32_t, uint32_t>> runs;   /* (start, length) */
    std::vector<std::pair<uint32_t, uint32_t>> extras; /* (pos, number) */
    std::vector<uint32_t> words;
    for (size_t i = 0; i < t.size(); i++) {
        uint32_t pos = t[i].first;
        if (i > 0 && pos == t[i - 1].first) {
            extras.emplace_back(pos, num[i]);
            continue;
        }
        if (runs.empty() || pos != runs.back().first + runs.back().second)
            runs.emplace_back(pos, 0);
        runs.back().second++;
        if (num[i] < WORD_NONE) {
            words.push_back(num[i]);
        } else {
            words.push_back(WORD_NONE);
            extras.emplace_back(pos, num[i]);
        }
    }
    std::sort(extras.begin(), extras.end());
    std::string s;
    s.reserve(16 + words.size() * 2 + extras.size() * 4);
    put_varint(s, static_cast<uint32_t>(d->fields.size()));
    for (const xap_posfield &f : d->fields) {
        put_varint(s, static_cast<uint32_t>(f.prefix.size()));
        s += f.prefix;
        put_varint(s, f.first);
        put_varint(s, f.last - f.first);
    }
    put_varint(s, static_cast<uint32_t>(runs.size()));
    uint32_t prev = 0;
    for (const auto &r : runs) {
        put_varint(s, r.first - prev);
        put_varint(s, r.second);
        prev = r.first + r.second;
    }
    put_varint(s, static_cast<uint32_t>(extras.size()));
    prev = 0;
    for (const auto &x : extras) {
        put_varint(s, x.first - prev);
        put_varint(s, x.second);
        prev = x.first;
    }
    for (uint32_t x : words) {
        s.push_back(static_cast<char>(x & 0xff));
        s.push_back(static_cast<char>(x >> 8));
    }
    d->doc.add_value(SLOT_WORDS, s);
    d->tokens.clear();
    d->fields.clear();
}

/* ---- Streams in memory ------------------------------------------------ */

struct xap_word_src {
    uint64_t revision;         /* xap_db_revision() when built */
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
    return static_cast<Xapian::docid>(m->off.size() - 1);
}

} // namespace

extern "C" xap_word_src *xap_word_src_build(xap_db *db, size_t max_bytes,
                                            struct err *e) noexcept
{
    xap_word_src *out = nullptr;
    guard(e, [&]() -> int {
        auto m = std::make_unique<xap_word_src>();
        m->revision = xap_db_revision(db);
        Xapian::docid last = db->db.get_lastdocid();
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

/* A phrase: per slot (word), the numbers it may be. */
struct phrase {
    std::vector<std::vector<uint32_t>> slots;
    size_t anchor = 0; /* the slot looked for first: its rarest word */
};

/* One document's stream, decoded. */
struct stream {
    uint32_t lo = 0, hi = 0;                           /* the phrase's field */
    std::vector<std::pair<uint32_t, uint32_t>> runs;   /* (start, length) */
    std::vector<std::pair<uint32_t, uint32_t>> extras; /* (pos, number) */
    const unsigned char *words = nullptr; /* 16-bit numbers of the runs */

    uint32_t word(size_t i) const
    {
        return static_cast<uint32_t>(words[2 * i]) |
               static_cast<uint32_t>(words[2 * i + 1]) << 8;
    }

    /* Read the header of stream p[0..len) for field `prefix`; false if
     * the document has no such field or the stream is malformed. */
    bool open(const unsigned char *p, size_t len, const std::string &prefix)
    {
        const unsigned char *end = p + len;
        uint32_t n;
        bool have = false;
        if (!get_varint(p, end, n))
            return false;
        for (uint32_t i = 0; i < n; i++) {
            uint32_t pl, first, span;
            if (!get_varint(p, end, pl) || static_cast<size_t>(end - p) < pl)
                return false;
            bool mine =
                pl == prefix.size() && std::memcmp(p, prefix.data(), pl) == 0;
            p += pl;
            if (!get_varint(p, end, first) || !get_varint(p, end, span))
                return false;
            if (mine) {
                have = true;
                lo = first;
                hi = first + span;
            }
        }
        if (!have || !get_varint(p, end, n))
            return false;
        runs.clear();
        size_t total = 0;
        uint32_t prev = 0;
        for (uint32_t i = 0; i < n; i++) {
            uint32_t gap, n_run;
            if (!get_varint(p, end, gap) || !get_varint(p, end, n_run))
                return false;
            runs.emplace_back(prev + gap, n_run);
            prev += gap + n_run;
            total += n_run;
        }
        if (!get_varint(p, end, n))
            return false;
        extras.clear();
        prev = 0;
        for (uint32_t i = 0; i < n; i++) {
            uint32_t gap, w;
            if (!get_varint(p, end, gap) || !get_varint(p, end, w))
                return false;
            prev += gap;
            extras.emplace_back(prev, w);
        }
        if (static_cast<size_t>(end - p) != total * 2)
            return false;
        words = p;
        return true;
    }

    /* The word at `pos` (in the runs) is one of `set`, or an extra there
     * is. */
    bool has(uint32_t pos, const std::vector<uint32_t> &set) const
    {
        size_t base = 0;
        for (const auto &r : runs) {
            if (pos >= r.first && pos < r.first + r.second) {
                uint32_t w = word(base + (pos - r.first));
                if (w != WORD_NONE &&
                    std::find(set.begin(), set.end(), w) != set.end())
                    return true;
                break;
            }
            base += r.second;
        }
        auto x = std::lower_bound(extras.begin(), extras.end(),
                                  std::make_pair(pos, uint32_t{0}));
        for (; x != extras.end() && x->first == pos; ++x)
            if (std::find(set.begin(), set.end(), x->second) != set.end())
                return true;
        return false;
    }

    /* Call fn(pos) for each position of a word of `set`, in runs first,
     * then in extras; stop when fn returns true. */
    template <typename F>
    bool each(const std::vector<uint32_t> &set, F fn) const
    {
        size_t base = 0;
        if (set.size() == 1 && set[0] < WORD_NONE) {
            /* the usual case, one word: compare the two bytes as they
             * are stored, the scan the phrase check spends its time in */
            const unsigned char lo8 = static_cast<unsigned char>(set[0]);
            const unsigned char hi8 = static_cast<unsigned char>(set[0] >> 8);
            for (const auto &r : runs) {
                const unsigned char *q = words + 2 * base;
                for (uint32_t i = 0; i < r.second; i++)
                    if (q[2 * i] == lo8 && q[2 * i + 1] == hi8 &&
                        fn(r.first + i))
                        return true;
                base += r.second;
            }
        } else {
            for (const auto &r : runs) {
                for (uint32_t i = 0; i < r.second; i++) {
                    uint32_t w = word(base + i);
                    for (uint32_t x : set)
                        if (w == x && fn(r.first + i))
                            return true;
                }
                base += r.second;
            }
        }
        for (const auto &x : extras)
            if (std::find(set.begin(), set.end(), x.second) != set.end() &&
                fn(x.first))
                return true;
        return false;
    }

    bool exact(const phrase &ph) const
    {
        uint32_t a = static_cast<uint32_t>(ph.anchor);
        uint32_t n = static_cast<uint32_t>(ph.slots.size());
        return each(ph.slots[ph.anchor], [&](uint32_t pos) {
            if (pos < lo + a || pos - a + (n - 1) > hi)
                return false;
            uint32_t start = pos - a;
            for (uint32_t j = 0; j < n; j++)
                if (j != a && !has(start + j, ph.slots[j]))
                    return false;
            return true;
        });
    }

    /* Every word within `window` positions from one of them on. */
    bool near(const phrase &ph, uint32_t window,
              std::vector<std::pair<uint32_t, uint64_t>> &hits) const
    {
        hits.clear();
        for (size_t j = 0; j < ph.slots.size(); j++)
            each(ph.slots[j], [&](uint32_t pos) {
                if (pos >= lo && pos <= hi)
                    hits.emplace_back(pos, uint64_t{1} << j);
                return false;
            });
        std::sort(hits.begin(), hits.end());
        uint64_t need = ph.slots.size() >= 64
                            ? ~uint64_t{0}
                            : (uint64_t{1} << ph.slots.size()) - 1;
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

/* One phrase against documents' streams: the words' numbers resolved in
 * the index's table, each document's stream from memory when `mem`
 * serves the handle, else from the value given. */
class PhraseCheck
{
  public:
    PhraseCheck(xap_db *owner, const xap_word_src *mem, std::string prefix,
                std::vector<std::vector<uint64_t>> hashes, uint32_t window)
        : owner_(owner), mem_(mem), prefix_(std::move(prefix)),
          hashes_(std::move(hashes)), window_(window)
    {
    }

    /* Resolve for the handle's current revision, once per match run
     * (the handle may move between a search's attempts); false if a word
     * is not in the index: no document can match. */
    bool prepare()
    {
        in_mem_ = mem_ != nullptr ? mem_serves(mem_, owner_) : 0;
        possible_ = numbers();
        return possible_;
    }

    /* Document d's stream is in memory: its answer; else -1. */
    int match_mem(Xapian::docid d)
    {
        if (d >= in_mem_)
            return -1;
        uint32_t a = mem_->off[d], b = mem_->off[d + 1];
        return b > a && match(reinterpret_cast<const unsigned char *>(
                                  mem_->data.data() + a),
                              b - a);
    }

    bool match(const std::string &v)
    {
        return match(reinterpret_cast<const unsigned char *>(v.data()),
                     v.size());
    }

    bool match(const unsigned char *p, size_t len)
    {
        if (!possible_ || !st_.open(p, len, prefix_))
            return false;
        bool m = window_ == 0 ? st_.exact(ph_) : st_.near(ph_, window_, hits_);
        /* A large item's decoded runs, extras and NEAR positions are not
         * kept: every phrase of a query (up to 32) has its own check, and
         * they run interleaved. */
        if (st_.runs.capacity() + st_.extras.capacity() + hits_.capacity() >
            KEEP_DECODED) {
            st_ = stream();
            hits_ = decltype(hits_)();
        }
        return m;
    }

    PhraseCheck fresh() const
    {
        return PhraseCheck(owner_, mem_, prefix_, hashes_, window_);
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
    bool numbers()
    {
        if (!owner_->words) {
            owner_->words = std::make_unique<xap_words>();
            load_words(owner_->db, *owner_->words);
        }
        const xap_words &t = *owner_->words;
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

    xap_db *owner_;           /* its word table */
    const xap_word_src *mem_; /* streams in memory, or NULL */
    std::string prefix_;
    std::vector<std::vector<uint64_t>> hashes_; /* per slot: its words */
    uint32_t window_;
    bool possible_ = false;
    Xapian::docid in_mem_ = 0; /* ids below: from mem_ */
    phrase ph_;
    stream st_;
    std::vector<std::pair<uint32_t, uint64_t>> hits_; /* near() */
};

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
class PhraseSource : public Xapian::PostingSource
{
  public:
    explicit PhraseSource(PhraseCheck check) : check_(std::move(check))
    {
    }

    PhraseSource *clone() const override
    {
        return new PhraseSource(check_.fresh());
    }

    void init(const Xapian::Database &db) override
    {
        db_ = db;
        possible_ = check_.prepare();
        size_ = possible_ ? db.get_doccount() : 0;
        last_ = db.get_lastdocid();
        ended_ = false;
        past_ = false;
        cur_ = 0;
    }

    /* An estimate of N: an AND of the words and this estimates as the
     * words alone, and this is never the list an AND leads with - the
     * words' postings are cheaper. 0 when no document can match, so
     * that the AND leads with this and ends at once. */
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
        seek(cur_ + 1);
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

    bool at_end() const override
    {
        return ended_;
    }
    Xapian::docid get_docid() const override
    {
        return cur_;
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
    void seek(Xapian::docid d)
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
        int m = check_.match_mem(d);
        if (m >= 0)
            return m == 1;
        return check_.match(db_.get_document(d, Xapian::DOC_ASSUME_VALID)
                                .get_value(SLOT_WORDS));
    }

    PhraseCheck check_;
    Xapian::Database db_;
    Xapian::doccount size_ = 0;
    Xapian::docid last_ = 0;
    bool possible_ = false; /* every word is in the index */
    bool ended_ = false;
    bool past_ = false; /* check(cur_) failed: cur_ does not match */
    Xapian::docid cur_ = 0;
};

/* The phrases a whole query needs, checked by Xapian's matcher only for
 * documents whose weight earns them a place on the result page (or all
 * matches when the caller counts them all: check_at_least): a phrase of
 * two common words then costs a few checks, not one per document
 * holding both words. */
class PhraseDecider : public Xapian::MatchDecider
{
  public:
    /* Built for the handle's current revision: build one per match. */
    explicit PhraseDecider(std::vector<PhraseCheck> checks)
        : checks_(std::move(checks))
    {
        for (PhraseCheck &c : checks_)
            possible_ = c.prepare() && possible_;
    }

    bool operator()(const Xapian::Document &doc) const override
    {
        if (!possible_)
            return false;
        for (PhraseCheck &c : checks_) {
            int m = c.match_mem(doc.get_docid());
            if (m < 0)
                m = c.match(doc.get_value(SLOT_WORDS));
            if (m == 0)
                return false;
        }
        return true;
    }

  private:
    mutable std::vector<PhraseCheck> checks_;
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
            size_t pl = prefix_len(t.data(), t.size());
            if (j == 0 && hashes[0].empty())
                prefix.assign(t, 0, pl);
            else if (prefix.compare(0, std::string::npos, t, 0, pl) != 0)
                return err_set(e, ERR_INVAL,
                               "phrase mixes fields <%s> and <%.*s>",
                               prefix.c_str(), static_cast<int>(pl), t.data());
            hashes[j].push_back(word_hash(t.data() + pl, t.size() - pl));
        }
        if (hashes[j].empty())
            return err_set(e, ERR_INVAL, "phrase word <%zu> has no term", j);
    }
    return ERR_OK;
}

} // namespace

int xap_pos_query(xap_db *db, const xap_word_src *mem,
                  const std::vector<std::vector<std::string>> &words,
                  uint32_t window, Xapian::Query &out, struct err *e)
{
    std::string prefix;
    std::vector<std::vector<uint64_t>> hashes;
    int rc = phrase_spec(words, prefix, hashes, e);
    if (rc != ERR_OK)
        return rc;
    auto *src = new PhraseSource(
        PhraseCheck(db, mem, std::move(prefix), std::move(hashes), window));
    out = Xapian::Query(src->release());
    return ERR_OK;
}

int xap_pos_decider(xap_db *db, const xap_word_src *mem,
                    const std::vector<xap_phrase_spec> &phrases,
                    std::unique_ptr<Xapian::MatchDecider> &out, struct err *e)
{
    std::vector<PhraseCheck> checks;
    for (const xap_phrase_spec &p : phrases) {
        std::string prefix;
        std::vector<std::vector<uint64_t>> hashes;
        int rc = phrase_spec(p.words, prefix, hashes, e);
        if (rc != ERR_OK)
            return rc;
        checks.emplace_back(db, mem, std::move(prefix), std::move(hashes),
                            p.window);
    }
    out = std::make_unique<PhraseDecider>(std::move(checks));
    return ERR_OK;
}
