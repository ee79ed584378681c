/* SPDX-License-Identifier: GPL-2.0-or-later */
/* query_internal.h - the parse tree between parse.c and expand.c, and the
 * helpers shared inside lib/query. */
#ifndef REFERAT_QUERY_INTERNAL_H
#define REFERAT_QUERY_INTERNAL_H

#include "query/query.h"

enum ast_kind {
    AST_WORD,   /* a word as typed; `exact` if it was quoted alone */
    AST_PHRASE, /* kids: AST_WORDs */
    AST_WILD,   /* prefix wildcard: text without the '*' */
    AST_AND,
    AST_OR,
    AST_AND_NOT, /* kids[0] minus kids[1..] */
    AST_MAYBE,   /* kids[0] required, kids[1..] optional (from +/-) */
};

/* Search fields a word or phrase may be limited to. */
enum ast_field {
    FIELD_ANY = 0,
    FIELD_TITLE,
    FIELD_DECISION,
    FIELD_SUMMARY,
    FIELD_PEOPLE,
};

struct ast {
    enum ast_kind kind;
    enum ast_field field;
    int exact;        /* quoted: match the written form only */
    int inflect;      /* ~"phrase": each word in any inflection */
    int optional;     /* plain word in a default-OR sequence (stop words
                         may be dropped) */
    const char *text; /* into the query string (not NUL-ended) */
    size_t len;
    size_t off; /* byte offset in the query, for suggestions */
    struct ast **kids;
    size_t nkids;
};

struct parse_out {
    struct ast *root; /* NULL for a query of only filters */
    char **filters;   /* council: -> XC terms */
    size_t nfilters;
    size_t nleaves;
};

int qry_parse(const char *q, size_t len, struct parse_out *out, struct err *e);
void ast_free(struct ast *a);
void parse_out_fini(struct parse_out *p);

/* Thesaurus lookup: the stems (Z-less) of the single-word synonyms and the
 * folded words of multi-word synonyms of a word's stem. Calls fn for
 * each entry of every group containing `stem` other than the word
 * itself: nwords==1 -> words[0] is a stem and surface the folded word;
 * else words are folded exact words and surface is NULL. */
typedef int (*thes_fn)(void *ctx, const char *const *words, size_t nwords,
                       const char *surface /* one word: as folded */);
int thes_lookup(const struct qry_thesaurus *th, const char *stem, size_t len,
                thes_fn fn, void *ctx);
/* The same for a sequence of words given by their stems: entries of
 * exactly those words ("egen læge" for egen + læg). */
int thes_lookup_words(const struct qry_thesaurus *th, const char *const *stems,
                      size_t n, thes_fn fn, void *ctx);

/* Nearest known word to `word` (folded) within the allowed distance:
 * writes it to out (cap bytes) and returns its distance, or -1. */
int vocab_nearest(const struct qry_vocab *v, const char *word, size_t len,
                  int maxdist, char *out, size_t cap);
/* Call fn for each vocabulary word (at most max) whose Snowball stem is
 * `stem`: the written forms of one word, for phrases across
 * inflections. */
int vocab_forms(const struct qry_vocab *v, const char *stem, size_t max,
                int (*fn)(void *ctx, const char *w, size_t wl), void *ctx);

/* Document frequency of an exact word in the vocabulary (0 if absent). */
uint32_t vocab_freq(const struct qry_vocab *v, const char *word, size_t len);
/* 1 and *freq set if the vocabulary answers for `word` (it holds every
 * such word of the index), else 0: ask the index. */
int vocab_freq_known(const struct qry_vocab *v, const char *word, size_t len,
                     uint32_t *freq);
/* Call fn for every vocabulary word at edit distance exactly 1 from word
 * (Damerau: insert, delete, substitute, transpose), up to max words. */
int vocab_neighbours(
    const struct qry_vocab *v, const char *word, size_t len, size_t max,
    int (*fn)(void *ctx, const char *w, size_t wl, uint32_t freq), void *ctx);

/* Characters (code points) in a UTF-8 string. */
size_t qry_utf8_chars(const char *s, size_t len);

/* highlight.c: a phrase whose words ("e:word" / "s:stem", as in the
 * highlight set) are marked only where it stands whole. Takes `words`
 * (the array and each string) in every case. */
int hl_phrase_add(struct qry_out *o, char **words, size_t n, struct err *e);
void hl_phrases_free(struct qry_out *o);

/* Optimal-string-alignment distance between two UTF-8 words, or a value
 * > maxdist as soon as it is certain to exceed maxdist. */
int edit_distance(const char *a, size_t alen, const char *b, size_t blen,
                  int maxdist);

#endif
