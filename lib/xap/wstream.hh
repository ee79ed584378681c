/* SPDX-License-Identifier: GPL-2.0-or-later */
/* wstream.hh - the word stream format: one document's word positions as
 * word numbers, encoded and decoded in plain C++ (no Xapian), so the
 * format has a unit test of its own (tests/unit/test_wstream.cc).
 *
 *   byte WSTREAM_VERSION
 *   varint nfields, per field: varint prefix length, the prefix (""
 *       for the body, "S", "XA", ...), varint first position, varint
 *       last - first                     (a field's positions are a run)
 *   varint nruns, per run of consecutive positions: varint start minus
 *       the previous run's end, varint length
 *   varint nextras, per extra word: varint position minus the previous
 *       extra's, varint word number (a second word at one position, as
 *       "fact" beside "f" for "f-act", or a number of 16 bits or more)
 *   then one 16-bit little-endian word number per position of the runs,
 *       WS_WORD_NONE where the word is among the extras
 *
 * About 2 bytes per word of text. Word numbers come from the index's word
 * table (xap_words.cc): late numbers are rare words, so a phrase is looked
 * for from its word with the highest number, by a scan of 16-bit numbers,
 * then checked around each place found. */
#ifndef REFERAT_XAP_WSTREAM_HH
#define REFERAT_XAP_WSTREAM_HH

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

/* The format this build writes and reads; the index records it too
 * (metadata META_WSTREAM). A stream of another version is refused. */
#define WSTREAM_VERSION 1

/* In a run: the word at this position is among the extras. */
const uint32_t WS_WORD_NONE = 0xffff;

/* A field's run of positions in a document. */
struct ws_field {
    std::string prefix; /* "" for the body, "S", "XA", ... */
    uint32_t first, last;
};

/* The stream of a document: `tokens` (position, word number) sorted and
 * without repeats, `fields` the runs of its field prefixes. */
std::string ws_encode(const std::vector<std::pair<uint32_t, uint32_t>> &tokens,
                      const std::vector<ws_field> &fields);

/* A phrase: per slot (word), the numbers it may be. */
struct ws_phrase {
    std::vector<std::vector<uint32_t>> slots;
    size_t anchor = 0; /* the slot looked for first: its rarest word */
};

enum ws_status {
    WS_OK = 0,
    WS_NOFIELD,   /* the document has no such field */
    WS_MALFORMED, /* cut or inconsistent */
    WS_VERSION    /* another format version (the first byte) */
};

/* One document's stream, decoded. Borrowed: `words` points into the
 * bytes given to open(), which must outlive the checks. */
struct ws_stream {
    uint32_t lo = 0, hi = 0;                           /* the phrase's field */
    std::vector<std::pair<uint32_t, uint32_t>> runs;   /* (start, length) */
    std::vector<std::pair<uint32_t, uint32_t>> extras; /* (pos, number) */
    const unsigned char *words = nullptr; /* 16-bit numbers of the runs */

    /* Read the header of stream p[0..len) for field `prefix`. */
    ws_status open(const unsigned char *p, size_t len,
                   const std::string &prefix);
    /* The word at `pos` is one of `set` (in the runs or the extras). */
    bool has(uint32_t pos, const std::vector<uint32_t> &set) const;
    /* The phrase's words stand in order inside the field. */
    bool exact(const ws_phrase &ph) const;
    /* Every word within `window` positions from one of them on, inside
     * the field; `hits` is scratch kept between calls. */
    bool near(const ws_phrase &ph, uint32_t window,
              std::vector<std::pair<uint32_t, uint64_t>> &hits) const;

  private:
    uint32_t word(size_t i) const
    {
        return static_cast<uint32_t>(words[2 * i]) |
               static_cast<uint32_t>(words[2 * i + 1]) << 8;
    }
    template <typename F>
    bool each(const std::vector<uint32_t> &set, F fn) const;
};

#endif
