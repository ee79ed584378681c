/* SPDX-License-Identifier: GPL-2.0-or-later */
/* vocab_internal.h - the vocabulary's tables, shared by vocab.c (building
 * them, look-ups by word, stem and ending) and nearest.c (searches by
 * edit distance). */
#ifndef REFERAT_QUERY_VOCAB_INTERNAL_H
#define REFERAT_QUERY_VOCAB_INTERNAL_H

#include "query/query_internal.h"

struct vword {
    const char *w; /* into the arena */
    uint32_t len;  /* bytes */
    uint32_t freq;
};

struct qry_vocab {
    struct vword *words; /* sorted by bytes (allterms order) */
    size_t n, cap;
    struct buf arena;
    /* by_stem: word indexes sorted by their Snowball stem (stems in
     * stem_arena at stem_off[i]), for phrases across inflections */
    uint32_t *by_stem;
    uint32_t *stem_off;
    /* by_suffix: word indexes sorted by their bytes read backwards, so the
     * words ending like a query word are one binary search away */
    uint32_t *by_suffix;
    struct buf stem_arena;
    int truncated; /* VOCAB_WORDS_MAX reached: not every word is here */
    /* by_len[c]: indexes into words of the words of c characters */
    uint32_t *by_len[TXT_WORD_MAX + 1];
    size_t nby_len[TXT_WORD_MAX + 1];
};

/* The Snowball stem of word i (NUL-ended). */
const char *qry_vocab_stem_at(const struct qry_vocab *v, uint32_t i);
/* Compare the last n bytes of a and b, backwards; a shorter word that
 * runs out first sorts first. */
int qry_vocab_cmp_tail(const char *a, size_t alen, const char *b, size_t blen,
                       size_t n);
/* The first place in by_suffix whose word ends in `tail` (n bytes) or
 * sorts after it. */
size_t qry_vocab_suffix_first(const struct qry_vocab *v, const char *tail,
                              size_t n);

#endif
