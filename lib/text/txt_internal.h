/* SPDX-License-Identifier: GPL-2.0-or-later */
/* txt_internal.h - helpers shared by the lib/text sources (and its unit
 * test): UTF-8 decoding, character classes, folding with an overflow flag,
 * the flat compound splitter and the "never a compound part" word list. */
#ifndef REFERAT_TEXT_TXT_INTERNAL_H
#define REFERAT_TEXT_TXT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "text/txt.h"

/* Returned by txt_utf8_next() for a byte that does not start a
 * well-formed sequence (it then consumes exactly one byte). */
#define TXT_CP_BAD 0xFFFFFFFFu

/* Decode the character at s[0] (len > 0). Sets *n to its byte length.
 * Rejects overlongs, surrogates and code points past U+10FFFF. */
static inline uint32_t txt_utf8_next(const unsigned char *s, size_t len,
                                     size_t *n)
{
    unsigned c = s[0];
    *n = 1;
    if (c < 0x80)
        return c;
    if (c < 0xC2 || c > 0xF4)
        return TXT_CP_BAD;
    if (c < 0xE0) {
        if (len < 2 || (s[1] & 0xC0) != 0x80)
            return TXT_CP_BAD;
        *n = 2;
        return ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if (c < 0xF0) {
        if (len < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return TXT_CP_BAD;
        if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0))
            return TXT_CP_BAD; /* overlong, surrogate */
        *n = 3;
        return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) |
               (s[2] & 0x3F);
    }
    if (len < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
        (s[3] & 0xC0) != 0x80)
        return TXT_CP_BAD;
    if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
        return TXT_CP_BAD; /* overlong, past U+10FFFF */
    *n = 4;
    return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* Encode `cp` (a valid scalar value) into out[0..3]; returns the length. */
size_t txt_utf8_put(uint32_t cp, char *out);

/* Character classes used by the tokenizer and the snippet maker. */
enum txt_cls {
    TXT_CLS_SEP,    /* punctuation, symbols, controls: ends a word */
    TXT_CLS_SPACE,  /* white space (also ends a word) */
    TXT_CLS_LETTER, /* a letter of any script */
    TXT_CLS_DIGIT,  /* ASCII 0-9 */
    TXT_CLS_MARK,   /* combining mark: part of the word, folded away */
    TXT_CLS_SOFTHY, /* U+00AD soft hyphen: dropped inside a word */
    TXT_CLS_HYPHEN, /* '-', U+2010, U+2011: may join two words */
};

enum txt_cls txt_cp_class(uint32_t cp);
/* Class of the character at u[0] (len > 0), its length in *n and, if cp
 * is not NULL, its code point; a bad byte is a separator of length 1. */
static inline enum txt_cls txt_cls_at(const unsigned char *u, size_t len,
                                      size_t *n, uint32_t *cp)
{
    uint32_t c = u[0];
    *n = 1;
    if (c >= 0x80)
        c = txt_utf8_next(u, len, n);
    if (cp != NULL)
        *cp = c;
    return c == TXT_CP_BAD ? TXT_CLS_SEP : txt_cp_class(c);
}

/* 1 if the code point is an upper-case letter we know how to lower. */
int txt_cp_is_upper(uint32_t cp);

/* Folding of U+00C0..U+024F: NUL-ended UTF-8 (empty: not a letter) and
 * whether the code point is upper case. fold_table.c. */
#define TXT_FOLD_LATIN_FIRST 0xC0
#define TXT_FOLD_LATIN_N     (0x250 - 0xC0)
struct txt_fold_entry {
    char f[4];
    unsigned char upper;
};
extern const struct txt_fold_entry txt_fold_latin[TXT_FOLD_LATIN_N];

/* txt_fold() that also reports (in *overflow, if not NULL) whether the
 * input did not fit in `cap`. */
size_t txt_fold_n(const char *in, size_t len, char *out, size_t cap,
                  int *overflow);

/* Compound splitting limits (see README.md). */
#define TXT_SPLIT_BYTES_MAX 48 /* longer words are not split */
#define TXT_SPLIT_PARTS_MAX 6  /* more parts than this: not split */
#define TXT_SPLIT_MIN_WORD  7  /* 3 + 4 bytes: shorter cannot split */

/* The flat split: every known part in order, linking letters excluded
 * (fewest parts, then the longest last part). Returns the number of parts
 * (>= 2) or 0. `parts` must hold TXT_SPLIT_PARTS_MAX entries. */
size_t txt_compound_leaves(const struct txt_lexicon *lx, const char *word,
                           size_t len,
                           struct txt_part parts[TXT_SPLIT_PARTS_MAX]);

/* A value that changes whenever words are added to `lx`, unique across
 * lexicons: the key of the per-thread split cache in compound.c. */
uint64_t txt_lexicon_stamp(const struct txt_lexicon *lx);

/* Lexicon look-up with a pre-computed FNV-1a state (TXT_LEX_HASH_INIT,
 * txt_lex_hash_step over the bytes), so the splitter hashes every
 * substring starting at one position in a single pass. */
#define TXT_LEX_HASH_INIT 2166136261u
static inline uint32_t txt_lex_hash_step(uint32_t h, unsigned char c)
{
    return (h ^ c) * 16777619u;
}
enum {
    TXT_LEX_ABSENT = 0,
    TXT_LEX_ADDED = 1,  /* only from txt_lexicon_add (corpus vocabulary) */
    TXT_LEX_LISTED = 2, /* from a word list file (txt_lexicon_load) */
};
int txt_lexicon_find_h(const struct txt_lexicon *lx, uint32_t h,
                       const char *word, size_t len);
/* How many words came from word list files. */
size_t txt_lexicon_listed(const struct txt_lexicon *lx);
/* Longest word in the lexicon, in bytes (bounds the splitter's scans). */
size_t txt_lexicon_maxlen(const struct txt_lexicon *lx);

/* Words that are never a compound part (prefix particles such as "for",
 * "til", "ind" and Danish stop words), and words never accepted as the
 * last part (derivational endings that are also words: "skab", "løse"). */
int txt_is_nonpart(const char *word, size_t len);
int txt_is_nonhead(const char *word, size_t len);
/* The fixed lists (0 stop words, 1 particles, 2 non-heads), for the unit
 * test to check they are sorted. */
const char *const *txt_wordlist(int which, size_t *n);

#endif
