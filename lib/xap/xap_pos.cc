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
 *   varint nwords, then nwords 32-bit FNV-1a hashes of the distinct
 *       words, little-endian, most frequent in the document first
 *   varint ntokens, then per token (by position): varint code =
 *       word index * 2 + (gap != 1), and varint gap if that bit is set
 *       (gap: position minus the previous token's; 0 for a second word
 *       at one position, as "fact" and "f" for "f-act")
 *
 * About 1 KB for an item of 370 words instead of 4 KB of position lists.
 * Terms themselves stay in Xapian without positions (postings, wdf).
 *
 * A phrase (or NEAR) becomes AND(words) weighted as before, filtered by
 * a PhraseSource: a Xapian::PostingSource which, for each document the
 * AND proposes, reads the stream through a value stream iterator and
 * checks the order. It is a query node like any other, so phrases still
 * compose freely with AND/OR/NOT, fields and filters.
 *
 * Words are compared by 32-bit hash: two different words of one document
 * with equal hashes could let a phrase match where only the AND holds
 * (odds about 1 in 10^6 per document of 200 distinct words), never make
 * one miss. */
#include "xap/xap_internal.hh"

#include <algorithm>
#include <unordered_map>
#include <utility>
#include <vector>

#include "xap/schema.h"

namespace
{

uint32_t word_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= static_cast<unsigned char>(s[i]);
        h *= 16777619u;
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

void xap_pos_finish(xap_doc *d)
{
    if (d->tokens.empty())
        return;
    std::vector<std::pair<uint32_t, uint32_t>> &t = d->tokens;
    std::sort(t.begin(), t.end());
    /* one token per (position, word): the body and a field copy give
     * the same word at the same position */
    t.erase(std::unique(t.begin(), t.end()), t.end());

    std::unordered_map<uint32_t, uint32_t> count;
    for (const auto &x : t)
        count[x.second]++;
    std::vector<std::pair<uint32_t, uint32_t>> words(count.begin(),
                                                     count.end());
    /* frequent words first: their indexes fit one byte */
    std::sort(words.begin(), words.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    std::unordered_map<uint32_t, uint32_t> index;
    index.reserve(words.size());

    std::string s;
    s.reserve(16 + words.size() * 4 + t.size() * 2);
    put_varint(s, static_cast<uint32_t>(d->fields.size()));
    for (const xap_posfield &f : d->fields) {
        put_varint(s, static_cast<uint32_t>(f.prefix.size()));
        s += f.prefix;
        put_varint(s, f.first);
        put_varint(s, f.last - f.first);
    }
    put_varint(s, static_cast<uint32_t>(words.size()));
    for (size_t i = 0; i < words.size(); i++) {
        uint32_t h = words[i].first;
        index[h] = static_cast<uint32_t>(i);
        for (int b = 0; b < 4; b++)
            s.push_back(static_cast<char>((h >> (8 * b)) & 0xff));
    }
    put_varint(s, static_cast<uint32_t>(t.size()));
    uint32_t prev = 0;
    for (const auto &x : t) {
        uint32_t gap = x.first - prev;
        uint32_t idx = index[x.second];
        put_varint(s, idx * 2 + (gap != 1));
        if (gap != 1)
            put_varint(s, gap);
        prev = x.first;
    }
    d->doc.add_value(SLOT_WORDS, s);
    d->tokens.clear();
    d->fields.clear();
}

/* ---- Matching ---------------------------------------------------------- */

namespace
{

/* One document's stream, decoded only as far as a phrase needs. */
struct stream_match {
    const std::string &prefix;
    const std::vector<std::vector<uint32_t>> &slots; /* hashes per word */
    uint32_t window;                                 /* NEAR; 0: exact */
    std::vector<uint64_t> &mask;                     /* scratch */
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
        uint32_t nw;
        if (!get_varint(p, end, nw) ||
            static_cast<size_t>(end - p) / 4 < nw)
            return false;
        mask.assign(nw, 0);
        uint64_t need = 0;
        for (size_t j = 0; j < slots.size(); j++)
            need |= uint64_t{1} << j;
        uint64_t seen = 0;
        for (uint32_t i = 0; i < nw; i++, p += 4) {
            uint32_t h = static_cast<uint32_t>(p[0]) |
                         static_cast<uint32_t>(p[1]) << 8 |
                         static_cast<uint32_t>(p[2]) << 16 |
                         static_cast<uint32_t>(p[3]) << 24;
            for (size_t j = 0; j < slots.size(); j++)
                for (uint32_t x : slots[j])
                    if (x == h)
                        mask[i] |= uint64_t{1} << j;
            seen |= mask[i];
        }
        if (seen != need)
            return false;
        /* the positions of the phrase's words, in order */
        uint32_t nt, pos = 0;
        if (!get_varint(p, end, nt))
            return false;
        hits.clear();
        for (uint32_t i = 0; i < nt; i++) {
            uint32_t code, gap = 1;
            if (!get_varint(p, end, code) ||
                ((code & 1) && !get_varint(p, end, gap)))
                return false;
            pos += gap;
            uint32_t w = code >> 1;
            if (w >= nw)
                return false;
            if (mask[w] != 0 && pos >= lo && pos <= hi)
                hits.emplace_back(pos, mask[w]);
        }
        return window == 0 ? exact(need) : near(need);
    }

    /* Word j at position start + j for every j. */
    bool exact(uint64_t need) const
    {
        (void)need;
        size_t n = slots.size();
        for (size_t i = 0; i < hits.size(); i++) {
            if (!(hits[i].second & 1))
                continue;
            uint32_t start = hits[i].first;
            size_t k = i;
            size_t j = 1;
            for (; j < n; j++) {
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
            if (j == n)
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
    PhraseSource(std::string prefix, std::vector<std::vector<uint32_t>> slots,
                 uint32_t window)
        : prefix_(std::move(prefix)), slots_(std::move(slots)),
          window_(window)
    {
    }

    PhraseSource *clone() const override
    {
        return new PhraseSource(prefix_, slots_, window_);
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
    }

    /* An estimate of N: an AND of the words and this estimates as the
     * words alone (the order halves it at most), and this is never the
     * list an AND leads with - the words' postings are cheaper. */
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
    /* The first matching document at or after `d`: every document with
     * words is read. Only when the words are in (nearly) every document
     * does Xapian let this lead an AND, and then the words' postings
     * would propose the same documents. */
    void seek(Xapian::docid d)
    {
        if (unsure_ || (it_ != end_ && it_.get_docid() < d)) {
            it_.skip_to(d);
            unsure_ = false;
        }
        for (; it_ != end_; ++it_) {
            stream_match m{prefix_, slots_, window_, mask_, hits_};
            if (m(*it_)) {
                cur_ = it_.get_docid();
                return;
            }
        }
        ended_ = true;
    }

    /* The words stand in order in document `d` (ids only grow). */
    bool in_order(Xapian::docid d)
    {
        if (unsure_ || (it_ != end_ && it_.get_docid() < d)) {
            unsure_ = false;
            if (!it_.check(d)) {
                unsure_ = true; /* no value at d; position unknown */
                return false;
            }
        }
        if (it_ == end_ || it_.get_docid() != d)
            return false;
        stream_match m{prefix_, slots_, window_, mask_, hits_};
        return m(*it_);
    }

    std::string prefix_;
    std::vector<std::vector<uint32_t>> slots_;
    uint32_t window_;
    Xapian::Database db_;
    Xapian::doccount size_ = 0;
    Xapian::ValueIterator it_, end_;
    bool unsure_ = false, ended_ = false;
    Xapian::docid cur_ = 0;
    std::vector<uint64_t> mask_;
    std::vector<std::pair<uint32_t, uint64_t>> hits_;
};

} // namespace

int xap_pos_query(const std::vector<std::vector<std::string>> &words,
                  uint32_t window, Xapian::Query &out, struct err *e)
{
    if (words.size() < 2 || words.size() > XAP_PHRASE_WORDS_MAX)
        return err_set(e, ERR_LIMIT, "phrase of <%zu> words: 2 to <%d>",
                       words.size(), XAP_PHRASE_WORDS_MAX);
    std::string prefix;
    std::vector<std::vector<uint32_t>> slots(words.size());
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
    auto *src = new PhraseSource(prefix, std::move(slots), window);
    out = Xapian::Query(src->release());
    return ERR_OK;
}
