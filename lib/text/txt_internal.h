/* SPDX-License-Identifier: GPL-2.0-or-later */
/* txt_internal.h - helpers shared by the lib/text sources (and its unit
 * test): the flat compound splitter and the "never a compound part" word list.
 */
#ifndef REFERAT_TEXT_TXT_INTERNAL_H
#define REFERAT_TEXT_TXT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "core/fold.h"
#include "core/utf8.h"
#include "text/txt.h"

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
