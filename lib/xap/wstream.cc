/* SPDX-License-Identifier: GPL-2.0-or-later */
/* wstream.cc - the word stream format (wstream.hh): encoding a document's
 * numbered words, decoding a stream's header and checking a phrase on it.
 * Plain C++: no Xapian here. */
#include "xap/wstream.hh"

#include <algorithm>
#include <cstring>

namespace
{

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

void put_fields(std::string &s, const std::vector<ws_field> &fields)
{
    put_varint(s, static_cast<uint32_t>(fields.size()));
    for (const ws_field &f : fields) {
        put_varint(s, static_cast<uint32_t>(f.prefix.size()));
        s += f.prefix;
        put_varint(s, f.first);
        put_varint(s, f.last - f.first);
    }
}

/* (start, length) or (position, number) pairs as gaps from the previous
 * one's end (runs) or position (extras). */
void put_pairs(std::string &s,
               const std::vector<std::pair<uint32_t, uint32_t>> &v, bool runs)
{
    put_varint(s, static_cast<uint32_t>(v.size()));
    uint32_t prev = 0;
    for (const auto &x : v) {
        put_varint(s, x.first - prev);
        put_varint(s, x.second);
        prev = runs ? x.first + x.second : x.first;
    }
}

} // namespace

std::string ws_encode(const std::vector<std::pair<uint32_t, uint32_t>> &t,
                      const std::vector<ws_field> &fields)
{
    /* one word per position in the runs, the others as extras */
    std::vector<std::pair<uint32_t, uint32_t>> runs;   /* (start, length) */
    std::vector<std::pair<uint32_t, uint32_t>> extras; /* (pos, number) */
    std::vector<uint32_t> words;
    for (size_t i = 0; i < t.size(); i++) {
        uint32_t pos = t[i].first, num = t[i].second;
        if (i > 0 && pos == t[i - 1].first) {
            extras.emplace_back(pos, num);
            continue;
        }
        if (runs.empty() || pos != runs.back().first + runs.back().second)
            runs.emplace_back(pos, 0);
        runs.back().second++;
        words.push_back(num < WS_WORD_NONE ? num : WS_WORD_NONE);
        if (num >= WS_WORD_NONE)
            extras.emplace_back(pos, num);
    }
    std::sort(extras.begin(), extras.end());
    std::string s;
    s.reserve(16 + words.size() * 2 + extras.size() * 4);
    s.push_back(static_cast<char>(WSTREAM_VERSION));
    put_fields(s, fields);
    put_pairs(s, runs, true);
    put_pairs(s, extras, false);
    for (uint32_t x : words) {
        s.push_back(static_cast<char>(x & 0xff));
        s.push_back(static_cast<char>(x >> 8));
    }
    return s;
}

ws_status ws_stream::open(const unsigned char *p, size_t len,
                          const std::string &prefix)
{
    const unsigned char *end = p + len;
    uint32_t n;
    bool have = false;
    if (len == 0)
        return WS_MALFORMED;
    if (*p++ != WSTREAM_VERSION)
        return WS_VERSION;
    if (!get_varint(p, end, n))
        return WS_MALFORMED;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t pl, first, span;
        if (!get_varint(p, end, pl) || static_cast<size_t>(end - p) < pl)
            return WS_MALFORMED;
        bool mine =
            pl == prefix.size() && std::memcmp(p, prefix.data(), pl) == 0;
        p += pl;
        if (!get_varint(p, end, first) || !get_varint(p, end, span))
            return WS_MALFORMED;
        if (mine) {
            have = true;
            lo = first;
            hi = first + span;
        }
    }
    if (!have)
        return WS_NOFIELD;
    if (!get_varint(p, end, n))
        return WS_MALFORMED;
    runs.clear();
    size_t total = 0;
    uint32_t prev = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t gap, n_run;
        if (!get_varint(p, end, gap) || !get_varint(p, end, n_run))
            return WS_MALFORMED;
        runs.emplace_back(prev + gap, n_run);
        prev += gap + n_run;
        total += n_run;
    }
    if (!get_varint(p, end, n))
        return WS_MALFORMED;
    extras.clear();
    prev = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t gap, w;
        if (!get_varint(p, end, gap) || !get_varint(p, end, w))
            return WS_MALFORMED;
        prev += gap;
        extras.emplace_back(prev, w);
    }
    if (static_cast<size_t>(end - p) != total * 2)
        return WS_MALFORMED;
    words = p;
    return WS_OK;
}

bool ws_stream::has(uint32_t pos, const std::vector<uint32_t> &set) const
{
    size_t base = 0;
    for (const auto &r : runs) {
        if (pos >= r.first && pos < r.first + r.second) {
            uint32_t w = word(base + (pos - r.first));
            if (w != WS_WORD_NONE &&
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

/* Call fn(pos) for each position of a word of `set`, in runs first, then
 * in extras; stop when fn returns true. */
template <typename F>
bool ws_stream::each(const std::vector<uint32_t> &set, F fn) const
{
    size_t base = 0;
    if (set.size() == 1 && set[0] < WS_WORD_NONE) {
        /* the usual case, one word: compare the two bytes as they are
         * stored, the scan the phrase check spends its time in */
        const unsigned char lo8 = static_cast<unsigned char>(set[0]);
        const unsigned char hi8 = static_cast<unsigned char>(set[0] >> 8);
        for (const auto &r : runs) {
            const unsigned char *q = words + 2 * base;
            for (uint32_t i = 0; i < r.second; i++)
                if (q[2 * i] == lo8 && q[2 * i + 1] == hi8 && fn(r.first + i))
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

bool ws_stream::exact(const ws_phrase &ph) const
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

bool ws_stream::near(const ws_phrase &ph, uint32_t window,
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
