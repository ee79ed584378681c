/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_words.cc - the word table: every word with positions gets a number,
 * in order of first use, and word streams (wstream.hh) hold numbers. It
 * is saved as metadata META_WORDS (64-bit word hashes, little-endian, in
 * number order) with the stream format version (META_WSTREAM). Readers
 * keep one table per sub-database they read (struct xap_word_tables):
 * shards of a stub number their words independently.
 *
 * The table maps 64-bit hashes of the words: two words of one index with
 * one hash (odds about 1 in 10^9 for 200,000 words) would share a number
 * and match each other in phrases. */
#include "xap/xap_internal.hh"

#include <algorithm>

#include "xap/schema.h"
#include "xap/wstream.hh"

uint64_t xap_word_hash(const char *s, size_t n)
{
    uint64_t h = 14695981039346656037ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= static_cast<unsigned char>(s[i]);
        h *= 1099511628211ull;
    }
    return h;
}

size_t xap_prefix_len(const char *t, size_t n)
{
    size_t i = 0;
    while (i < n && t[i] >= 'A' && t[i] <= 'Z')
        i++;
    return i;
}

void xap_words_load(const Xapian::Database &db, xap_words &t)
{
    std::string ver = db.get_metadata(META_WSTREAM);
    if (!ver.empty() && ver != std::to_string(WSTREAM_VERSION))
        throw Xapian::DatabaseVersionError(
            "word stream format <" + ver + ">, this build reads <" +
            std::to_string(WSTREAM_VERSION) + ">: rebuild the index");
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

void xap_words_number(xap_words &t,
                      std::vector<std::pair<uint64_t, uint32_t>> &dict)
{
    std::lock_guard<std::mutex> lock(t.mu);
    for (auto &x : dict) {
        auto f = t.id.find(x.first);
        if (f != t.id.end()) {
            x.second = f->second;
            continue;
        }
        x.second = static_cast<uint32_t>(t.hashes.size());
        t.id.emplace(x.first, x.second);
        t.hashes.push_back(x.first);
    }
}

void xap_pos_w_open(xap_wdb *w)
{
    auto t = std::make_shared<xap_words>();
    xap_words_load(w->db, *t);
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
    w->db.set_metadata(META_WSTREAM, std::to_string(WSTREAM_VERSION));
    t.saved = t.hashes.size();
}

const xap_words &xap_word_tables::get(const Xapian::Database &sub)
{
    std::string uuid = sub.get_uuid();
    Xapian::rev rev = sub.get_revision();
    for (entry &x : tabs_) {
        if (uuid.empty() || x.uuid != uuid)
            continue;
        if (x.rev != rev) { /* grown since: words may have been added */
            xap_words_load(sub, *x.table);
            x.rev = rev;
        }
        return *x.table;
    }
    /* A sub-database without a UUID cannot be told from another: its
     * table is loaded afresh each time (kept only until the next). */
    if (!uuid.empty() || tabs_.empty() || !tabs_.back().uuid.empty())
        tabs_.push_back(entry{uuid, rev, std::make_unique<xap_words>()});
    entry &x = tabs_.back();
    xap_words_load(sub, *x.table);
    x.rev = rev;
    return *x.table;
}

void xap_word_tables::clear() noexcept
{
    tabs_.clear();
}
