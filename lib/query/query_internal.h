/* SPDX-License-Identifier: GPL-2.0-or-later */
/* query_internal.h - the parse tree between parse.c and expand.c, the
 * lexer's tokens between lex.c and parse.c, and the helpers shared inside
 * lib/query. */
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
    AST_NEAR,    /* kids: plain AST_WORDs within `window` words, any order */
};

/* a NEAR b: the default window; NEAR/n takes 1..QRY_NEAR_MAX */
#define QRY_NEAR_DEFAULT 10
#define QRY_NEAR_MAX     100

/* Search fields a word or phrase may be limited to. */
enum ast_field {
    FIELD_ANY = 0,
    FIELD_TITLE,
    FIELD_DECISION,
    FIELD_SUMMARY,
    FIELD_PEOPLE,
    FIELD_CASE, /* sagsnr: the item's case number and its parts */
};

struct ast {
    enum ast_kind kind;
    enum ast_field field;
    int exact;        /* quoted: match the written form only */
    int inflect;      /* ~"phrase": each word in any inflection */
    int optional;     /* plain word in a default-OR sequence (stop words
                         may be dropped) */
    int para;         /* a paragraph reference: "§ 107", "§107",
                         "paragraf 107" (searched as the term "§107") */
    int name;         /* a capitalised word in a run of two or more
                         ("Bente Hedemann"): searched as written, not
                         stemmed (expand.c mark_names) */
    unsigned window;  /* AST_NEAR: positions the words may span */
    const char *text; /* into the query string (not NUL-ended) */
    size_t len;
    size_t off; /* byte offset in the query, for suggestions */
    struct ast **kids;
    size_t nkids;
};

/* A filter the query names (council:Herning, kind:meeting): recorded by
 * the parser as written, resolved into filter terms in one place
 * (filter.c), where the council parameter of a request is resolved too. */
enum ast_filter_kind {
    FILTER_COUNCIL, /* council:, kommune:, råd: */
    FILTER_KIND,    /* kind:, type: */
    FILTER_DATE,    /* år:, year:, dato:, date: a date or a range A..B */
};
struct ast_filter {
    enum ast_filter_kind kind;
    const char *text; /* the value, into the query string (no quotes) */
    size_t len;
};

struct qry_parse_out {
    struct ast *root; /* NULL for a query of only filters */
    struct ast_filter *filters;
    size_t nfilters;
    size_t nleaves;
    int people; /* a deltager: field was used */
};

int qry_parse(const char *q, size_t len, struct qry_parse_out *out,
              struct err *e);
void qry_ast_free(struct ast *a);
void qry_parse_out_fini(struct qry_parse_out *p);

/* ---- The lexer (lex.c) and the parser's state, between it and parse.c */

enum lex_kind {
    LEX_END,
    LEX_WORD,
    LEX_PHRASE,
    LEX_LPAREN,
    LEX_RPAREN,
    LEX_AND,
    LEX_OR,
    LEX_NOT,
    LEX_NEAR, /* NEAR or NEAR/n: the window in lexer.window */
};

struct lexer {
    const char *q;
    size_t len, pos;
    /* the current token */
    enum lex_kind kind;
    const char *text;
    size_t tlen, off;
    int sign;             /* '+' or '-' before a word/phrase/group, or 0 */
    int inflect;          /* ~ before a phrase: any inflection */
    int para;             /* the word is a paragraph reference */
    enum ast_field field; /* field: before a word/phrase */
    unsigned window;      /* LEX_NEAR */
};

/* The state of one qry_parse(): the lexer reads tokens and records the
 * query's filters into out; the parser counts leaves against the limit. */
struct parser {
    struct lexer lx;
    struct qry_parse_out *out;
    struct err *e;
    size_t leaves;
};

/* Read the next token into p->lx. Filters (council:, kind:, år:) are
 * consumed here and recorded as filter nodes in p->out->filters. */
int qry_lex_next(struct parser *p);
/* ASCII white space: what separates words of the query and of a phrase. */
int qry_is_space(unsigned char c);

/* filter.c: the query's filter nodes -> out->filters (XC terms),
 * out->kind (kind:, else all kinds when deltager: is used, else items)
 * and out->date_from/date_to (år:, dato:: every one must hold). ERR_INVAL
 * for an unknown kind, a council without words or a malformed date. */
int qry_filters_resolve(const struct qry_parse_out *p, struct qry_out *out,
                        struct err *e);
/* Two or more council filters in the query: out->root (the words, or a
 * browse) restricted to an OR of the councils, each an AND of its XC
 * terms (qry_filters_resolve() left them out of out->filters); two or
 * more date filters: to an OR of their ranges (XAP_Q_DATES), which
 * qry_filters_resolve() left out of out->date_from/date_to. */
struct qry_expander;
int qry_filters_wrap(struct qry_expander *x, const struct qry_parse_out *p);
/* Council/authority filter terms for a council name: "Herning" ->
 * {"XCherning"}; "Fredericia Kommune" -> {"XCfredericia", "XCkommune"}.
 * Appends to *terms (realloc'd; the caller frees each and the array). */
int qry_council_terms(const char *name, size_t len, char ***terms, size_t *n,
                      struct err *e);

/* Thesaurus lookup: the stems (Z-less) of the single-word synonyms and the
 * folded words of multi-word synonyms of a word's stem. Calls fn for
 * each entry of every group containing `stem` other than the word
 * itself: nwords==1 -> words[0] is a stem and surface the folded word;
 * else words are folded exact words and surface is NULL. */
typedef int (*qry_thes_fn)(void *ctx, const char *const *words, size_t nwords,
                           const char *surface /* one word: as folded */,
                           double weight /* the group's: 1 = the word */);
/* A file's groups without a "#: weight" line weigh this; the distinct
 * weights below 1 of all files are at most QRY_THES_LEVELS (each is one
 * layer of the word's node, synonym.c qry_syn_layers). */
#define QRY_THES_WEIGHT_DEF 0.6
#define QRY_THES_LEVELS     4
int qry_thes_lookup(const struct qry_thesaurus *th, const char *stem,
                    size_t len, qry_thes_fn fn, void *ctx);
/* The same with the groups for compound parts ("#: use = parts") too:
 * what a part of a typed compound may be swapped for (word.c). */
int qry_thes_lookup_parts(const struct qry_thesaurus *th, const char *stem,
                          size_t len, qry_thes_fn fn, void *ctx);
/* The same for a sequence of words given by their stems: entries of
 * exactly those words ("egen læge" for egen + læg); whole-word groups
 * only. */
int qry_thes_lookup_words(const struct qry_thesaurus *th,
                          const char *const *stems, size_t n, qry_thes_fn fn,
                          void *ctx);

/* Nearest known word to `word` (folded) within the allowed distance:
 * writes it to out (cap bytes) and returns its distance, or -1. */
int qry_vocab_nearest(const struct qry_vocab *v, const char *word, size_t len,
                      int maxdist, char *out, size_t cap);
/* The same by Snowball stem: the most frequent word whose stem is
 * nearest to `stem` (distance 0 included), so a typo in an inflected
 * form the index lacks ("rusmidelcenter": the index has only
 * rusmiddelcenteret) still meets the word. */
int qry_vocab_nearest_stem(const struct qry_vocab *v, const char *stem,
                           size_t len, int maxdist, char *out, size_t cap);
/* Call fn for each vocabulary word (at most max) whose Snowball stem is
 * `stem`: the written forms of one word, for phrases across
 * inflections. */
int qry_vocab_forms(const struct qry_vocab *v, const char *stem, size_t max,
                    int (*fn)(void *ctx, const char *w, size_t wl), void *ctx);

/* Call fn for each vocabulary word (at most max) that ends in `tail`
 * and is longer ("specialpsykologer" for psykologer). */
int qry_vocab_ending(const struct qry_vocab *v, const char *tail, size_t n,
                     size_t max, int (*fn)(void *ctx, const char *w, size_t wl),
                     void *ctx);

/* How many words (at most max) have the Snowball stem `stem`. */
size_t qry_vocab_nforms(const struct qry_vocab *v, const char *stem,
                        size_t max);
/* Document frequency of an exact word in the vocabulary (0 if absent). */
uint32_t qry_vocab_freq(const struct qry_vocab *v, const char *word,
                        size_t len);
/* 1 and *freq set if the vocabulary answers for `word` (it holds every
 * such word of the index), else 0: ask the index. */
int qry_vocab_freq_known(const struct qry_vocab *v, const char *word,
                         size_t len, uint32_t *freq);
/* Call fn for every vocabulary word at edit distance exactly 1 from word
 * (Damerau: insert, delete, substitute, transpose), up to max words. */
int qry_vocab_neighbours(
    const struct qry_vocab *v, const char *word, size_t len, size_t max,
    int (*fn)(void *ctx, const char *w, size_t wl, uint32_t freq), void *ctx);

/* hlphrase.c: a phrase whose words ("e:word" / "s:stem", as in the
 * highlight set) are marked only where it stands whole. Takes `words`
 * (the array and each string) in every case. */
int qry_hl_phrase_add(struct qry_out *o, char **words, size_t n, struct err *e);
void qry_hl_phrases_free(struct qry_out *o);

/* Optimal-string-alignment distance between two UTF-8 words, or a value
 * > maxdist as soon as it is certain to exceed maxdist. */
int qry_edit_distance(const char *a, size_t alen, const char *b, size_t blen,
                      int maxdist);

/* ---- Expansion (expand.c, word.c, phrase.c, tree.c, highlight.c,
 * suggest.c) ------------------------------------------------------------ */

/* Weights are struct qry_rank's (query.h, rank.c). */
#define SYN_WINDOW       3  /* words a multi-word synonym may span */
#define PHRASE_FORMS_MAX 32 /* written forms of one word in a ~"phrase" */
#define FUZZY_MIN_CHARS  7  /* shorter words have too many neighbours */
#define FUZZY_NEIGHBOURS 8  /* at most this many variants per word */
#define TOKENS_MAX       16 /* tokens one query word may split into */

/* A spelling correction: replace len bytes at off of the query with repl
 * in the "did you mean" string. */
struct qry_edit {
    size_t off, len;
    char *repl;
};

/* The state of one qry_build(). */
struct qry_expander {
    const struct qry_env *env;
    const struct qry_rank *rank; /* env->rank or the defaults */
    struct qry_out *out;
    struct err *e;
    const char *q;
    struct qry_edit *edits;
    size_t nedits;
    int drop_stop;  /* drop optional stop words: there are other words */
    int negated;    /* inside NOT / -term: no compound parts, no fuzzy */
    int no_respell; /* no spelling correction: expanding one already, or
                       a hyphenated word whose pieces the index knows */
    /* the highlight words of the phrase being built (qry_hl_phrase_begin) */
    int in_phrase;
    char **phw;
    size_t nphw;
};

/* Synonyms of one weight below 1, gathered apart from the word's own
 * terms. */
struct qry_syn_level {
    double weight;
    struct xap_qnode *syn; /* SYNONYM */
};

/* Thesaurus callbacks' context: where synonyms go (word.c, phrase.c):
 * weight 1 into `syn` with the word's own terms, others by weight into
 * `lv`, joined by qry_syn_layers(). */
struct qry_thes_ctx {
    struct qry_expander *x;
    struct xap_qnode *syn;
    struct qry_syn_level lv[QRY_THES_LEVELS];
    size_t nlv;
    const char *pfx;
    const char *ppfx; /* parts_node(): each stem also as a part, here */
    int hl;
    int rc;
    /* compound recombination: put the synonym in place of part */
    const char *word;
    size_t wlen;
    const struct txt_part *part;
};

/* tree.c */
struct xap_qnode *qry_qn_new(struct qry_expander *x, enum xap_qop op);
struct xap_qnode *qry_qn_term(struct qry_expander *x, enum xap_qop op,
                              const char *pfx1, const char *pfx2, const char *w,
                              size_t wlen);
int qry_qn_add(struct qry_expander *x, struct xap_qnode *n,
               struct xap_qnode *kid);
int qry_qn_has_term(const struct xap_qnode *n, const char *term, size_t len);
struct xap_qnode *qry_qn_simplify(struct xap_qnode *n);
struct xap_qnode *qry_qn_scale(struct qry_expander *x, struct xap_qnode *kid,
                               double scale);
struct xap_qnode *qry_qn_copy(struct qry_expander *x,
                              const struct xap_qnode *n);

/* highlight.c */
void qry_hl_sort(struct qry_out *o); /* for qry_match()'s bsearch */
int qry_hl_add(struct qry_expander *x, char kind, const char *w, size_t len);
/* The highlight words added from here to qry_hl_phrase_end() are a
 * phrase's; `whole` (searched as a phrase of two words or more) keeps them
 * for phrase highlighting, else they join the plain set (a quoted word). */
void qry_hl_phrase_begin(struct qry_expander *x);
int qry_hl_phrase_end(struct qry_expander *x, int whole);
int qry_hl_typed(struct qry_expander *x, const char *w, size_t wl,
                 const char *stem, size_t sl);
const char *qry_lemma(struct qry_expander *x, const char *w, size_t wl,
                      const char *stem, size_t sl, size_t *ll);

/* suggest.c */
int qry_out_of_time(struct qry_expander *x);
int qry_edit_add(struct qry_expander *x, const struct ast *a, const char *repl);
int qry_fuzzy_node(struct qry_expander *x, const char *w, size_t wl,
                   const char *stem, int hl, struct xap_qnode **out);
int qry_suggestion_make(struct qry_expander *x, const char *q, size_t len);
/* The nearest known spelling of a word the index has never seen (w
 * folded; maxd edits at most): a word maxd edits away, as typed or with
 * ae/oe read as æ/ø, else a word whose stem is maxd edits from w's
 * stem. Writes it to near (cap bytes); returns 1 if found, else 0. */
int qry_nearest_spelling(struct qry_expander *x, const char *w, size_t wl,
                         int maxd, char *near, size_t cap);

/* word.c */
const char *qry_field_prefix(enum ast_field f);
/* PFX_PART + a field's prefix: where that field's compound parts are */
void qry_part_prefix(char *out, size_t size, const char *pfx);
/* One exact (quoted) word in field prefix pfx: the word, and but under
 * NOT the word as a compound part too. */
struct xap_qnode *qry_exact_word_node(struct qry_expander *x, const char *pfx,
                                      const char *w, size_t wl);
int qry_is_noise(const char *w, size_t len);
size_t qry_stem(struct qry_expander *x, const char *w, size_t len, char *out);
int qry_syn_add_stem(struct qry_expander *x, struct xap_qnode *syn,
                     const char *pfx, const char *stem, size_t slen, int hl);
struct xap_qnode *qry_word_node(struct qry_expander *x, const struct ast *a,
                                const char *w, size_t wl, int hl);
struct xap_qnode *qry_code_node(struct qry_expander *x, const struct txt_tok *t,
                                enum ast_field field, int hl);
struct xap_qnode *qry_case_field_node(struct qry_expander *x,
                                      const struct txt_tok *toks, size_t n,
                                      int hl);

/* synonym.c */
/* A thesaurus callback (qry_thes_fn): a synonym of the whole word - its
 * stem, or a phrase of its words - at its weight. */
int qry_thes_whole(void *ctx, const char *const *words, size_t nwords,
                   const char *surface, double weight);
/* Add a synonym's stem term at its weight (once). */
int qry_thes_add_stem(struct qry_thes_ctx *t, double weight, const char *stem,
                      size_t slen);
/* The word's node from t->syn (its own terms) and the synonyms gathered
 * in t->lv: each synonym scores at its weight of what the word itself
 * would; t->syn and t->lv are taken (NULLed) in every case. */
struct xap_qnode *qry_syn_layers(struct qry_thes_ctx *t);
void qry_thes_ctx_fini(struct qry_thes_ctx *t);

/* narrow.c: add to t, at rank->narrower, the compounds the index holds
 * whole that end in a form of the word with Snowball stem `stem`
 * (NUL-ended): "specialpsykologer" for psykolog. Not under NOT. */
int qry_narrower_add(struct qry_thes_ctx *t, const char *stem, size_t sl);

/* attend.c: a query with a name also finds the meeting records whose
 * attendance holds it, weighted rank->attend; sets out->kind to
 * QRY_KIND_ALL with the kinds filtered in the tree. */
int qry_attend_add(struct qry_expander *x, const struct ast *root);

/* phrase.c */
size_t qry_tokens(const struct ast *a, struct txt_tok *toks, size_t max);
void qry_join_hyphens(struct txt_tok *t);
size_t qry_phrase_width(const struct txt_tok *t);
struct xap_qnode *qry_phrase_node(struct qry_expander *x, const struct ast *a,
                                  int hl);
/* a NEAR b: each word in every form the index knows (an OR of its exact
 * terms, which carry positions), all within the window, highlighted
 * wherever they stand. */
struct xap_qnode *qry_near_node(struct qry_expander *x, const struct ast *a,
                                int hl);
int qry_adjacency_boost(struct qry_expander *x, const struct ast *const *w,
                        size_t n, struct xap_qnode * or);
/* A "quoted phrase" of the query: its exact forms, and below them the
 * phrase in the other forms the index knows. */
struct xap_qnode *qry_quoted_phrase_node(struct qry_expander *x,
                                         const struct ast *a, int hl);
int qry_phrase_synonyms(struct qry_expander *x, const struct ast *const *w,
                        size_t n, struct xap_qnode * or);

#endif
