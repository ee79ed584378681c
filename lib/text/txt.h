/* SPDX-License-Identifier: GPL-2.0-or-later */
/* txt.h - Danish text analysis shared by the indexer and searchd:
 * encoding repair, folding, tokenising, compound splitting, stemming,
 * stop words and snippets. Index time and query time call the same
 * functions, so a word is analysed the same way on both sides. */
#ifndef REFERAT_TEXT_TXT_H
#define REFERAT_TEXT_TXT_H

#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "core/err.h"
#include "core/fold.h"
#include "core/utf8.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Longest folded word we index, in bytes. Longer "words" (base64, table
 * debris) are skipped: Xapian caps terms at 245 bytes anyway. */
#define TXT_WORD_MAX 64

/* ---- Encoding ---------------------------------------------------------- */

/* Turn a file's bytes into UTF-8 in `out`. Valid UTF-8 is copied (a BOM is
 * dropped); otherwise the bytes are read as Windows-1252 and converted, and
 * *converted is set to 1. Empty (or whitespace-only) input and binary
 * input (NUL bytes, many control bytes) fail with ERR_INVAL and a message
 * saying which. */
int txt_to_utf8(const char *in, size_t len, struct buf *out, int *converted,
                struct err *e);

/* Validity (utf8_valid), decoding and folding (fold_str: lower-case; no
 * diacritics except on æ, ø and å; ä -> æ, ö -> ø; "aa" -> "å", so Aarhus
 * meets Århus while rød is not rod) are lib/core's: core/utf8.h and
 * core/fold.h, included here because every caller of txt_ needs them. */

/* ---- Tokenising -------------------------------------------------------- */

enum txt_tok_flags {
    TXT_TOK_HYPHENATED = 1 << 0, /* "f-act", "covid-19": inner hyphens kept
                                    in word[] */
    TXT_TOK_SUSPENDED = 1 << 1,  /* "børne-" before og/eller/,: the first
                                    half of a suspended compound */
    TXT_TOK_NUMBER = 1 << 2,     /* digits (with inner . , - or /): 2017,
                                    27.12.00, 13/39690 */
    TXT_TOK_URL = 1 << 3,        /* URL or e-mail address, kept whole */
    TXT_TOK_CAPITAL = 1 << 4,    /* first letter was upper case */
};

struct txt_tok {
    size_t off, len;             /* the token's bytes in the input */
    char word[TXT_WORD_MAX + 1]; /* folded (fold_str) form, NUL-ended */
    size_t wlen;
    unsigned flags; /* enum txt_tok_flags */
};

struct txt_tokenizer {
    const char *s;
    size_t len, pos;
};

void txt_tok_init(struct txt_tokenizer *t, const char *s, size_t len);
/* Next token: 1 and *tok filled, or 0 at the end. Never fails: bytes that
 * are not UTF-8 or not letters separate tokens. */
int txt_tok_next(struct txt_tokenizer *t, struct txt_tok *tok);

/* ---- Codes: case numbers ---------------------------------------------- */

/* 1 if a token is a code: a number with '-' or '/' between digits
 * ("306-2009-600", "13/39690", "1-01-81-11-23"), or a hyphenated token
 * two or more of whose pieces hold a digit ("29.00.00-a26-2-17"). */
int txt_tok_is_code(const struct txt_tok *t);

/* Calls fn for the parts of a folded code a researcher may type instead
 * of the whole: every leading or trailing run of two or more of its
 * '-'/'/'-separated pieces but the whole ("29.00.00-a26", "a26-2-17",
 * "2-17", ...) and, if
 * `singles`, each piece of two or more bytes ("29.00.00", "a26"). A code
 * of more than 8 pieces has no parts. A non-zero return of fn stops the
 * walk and is returned. */
typedef int (*txt_code_fn)(void *ctx, const char *part, size_t len);
int txt_code_parts(const char *code, size_t len, int singles, txt_code_fn fn,
                   void *ctx);

/* Paragraph references ("§ 107", "§107", "§§ 107", "paragraf 107",
 * "servicelovens § 107"): the number is also the term "§107", so each
 * form finds the others and not every "107" of the text. The analyzer
 * emits it for a number after the sign or after a form of "paragraf";
 * the query parser reads the same forms as one reference. */
/* 1 if the folded word is a form of "paragraf" ("paragraffen", ...). */
int txt_is_para_word(const char *w, size_t len);
/* If text[0..off) ends in the section sign, white space after it: the
 * bytes from the sign to off; else 0. */
size_t txt_para_sign_before(const char *text, size_t off);
/* The term of paragraph `num` ("107" -> "§107") into out (NUL-ended);
 * its length, or 0 if it does not fit in cap. */
size_t txt_para_term(const char *num, size_t len, char *out, size_t cap);

/* ---- Lexicon and compounds --------------------------------------------- */

/* A set of folded words used to split compounds. Built once, then only
 * read: one lexicon may be shared by many threads. */
struct txt_lexicon;

struct txt_lexicon *txt_lexicon_new(struct err *e);
void txt_lexicon_free(struct txt_lexicon *lx);
/* Add every line of a word list file (UTF-8 or Latin-1, one word per line,
 * hunspell "/flags" cut off); words are folded. ERR_IO if unreadable. */
int txt_lexicon_load(struct txt_lexicon *lx, const char *path, struct err *e);
/* Add one word (any case; folded here). Words shorter than 3 letters are
 * ignored: they would split too much. */
int txt_lexicon_add(struct txt_lexicon *lx, const char *word, size_t len);
int txt_lexicon_has(const struct txt_lexicon *lx, const char *word, size_t len);
/* 1 if the folded word came from a word list (txt_lexicon_load): a
 * standalone word of the language, so the splitter is stricter with it
 * ("rapport" is not rap + port), and the query side searches it whole
 * before its parts ("dagsorden" before dags + orden); corpus words added
 * one by one ("rusmiddelbehandling") split as if unknown. */
int txt_lexicon_is_listed(const struct txt_lexicon *lx, const char *word,
                          size_t len);
size_t txt_lexicon_size(const struct txt_lexicon *lx);

struct txt_part {
    size_t off, len; /* a part of the folded word, linking s/e excluded */
};

/* Split a folded word into known parts ("hjemløsetælling" -> hjemløse,
 * tælling; "rusmiddelbehandling" -> rusmiddel, behandling), allowing a
 * linking "s" or "e" between parts. Returns the number of parts written
 * (at most `max`), or 0 if the word is not a compound of known words.
 * Only splits, never stems. */
size_t txt_compound_split(const struct txt_lexicon *lx, const char *word,
                          size_t len, struct txt_part *parts, size_t max);

/* 1 if the folded word reads as a compound ending in its last `hlen`
 * bytes as the head, even with a modifier the lexicon does not know
 * ("specialpsykologer" ends in psykologer): the head a listed word of 4+
 * letters and no derivational ending ("skab", "ning"); the modifier 4+
 * letters besides a linking s or e, no particle or stop word, with or
 * without the link ("samtale" is not sam + tale). The caller checks
 * the stems agree; only for words the splitter leaves whole. */
int txt_compound_has_head(const struct txt_lexicon *lx, const char *word,
                          size_t len, size_t hlen);

/* ---- Stemming ---------------------------------------------------------- */

/* Snowball Danish (libstemmer). Not thread-safe: one per thread. */
struct txt_stemmer;

struct txt_stemmer *txt_stemmer_new(struct err *e);
void txt_stemmer_free(struct txt_stemmer *st);
/* Stem a folded word into `out` (NUL-ended); returns the length. A word
 * that does not fit in `cap` is copied unstemmed (cut to cap-1). */
size_t txt_stem(struct txt_stemmer *st, const char *word, size_t len, char *out,
                size_t cap);

/* 1 if the folded word is a Danish stop word (Snowball's list). */
int txt_is_stopword(const char *word, size_t len);

/* ---- Analysis: text -> index terms ------------------------------------- */

enum txt_term_kind {
    TXT_EXACT,      /* the folded word as written: phrases, exact search */
    TXT_STEM,       /* its Snowball stem */
    TXT_PART_EXACT, /* a compound part, at the whole word's position */
    TXT_PART_STEM,  /* the stem of a compound part */
    TXT_PIECE,      /* a piece of a code or an address ("39690" of
                     * "13/39690", "fredericia" of a mail address) or a
                     * paragraph reference ("§107" of "§ 107"): a word
                     * of its own, at the whole's position, no stem */
};

struct txt_term {
    enum txt_term_kind kind;
    const char *term; /* folded; borrowed for the callback only */
    size_t len;
    uint32_t pos;            /* word position (1-based, shared by parts) */
    size_t src_off, src_len; /* the source bytes it came from */
};

/* Called for every term; a non-zero return stops txt_analyze(), which
 * then returns that value. */
typedef int (*txt_emit_fn)(void *ctx, const struct txt_term *t);

struct txt_analyzer {
    struct txt_stemmer *stemmer;       /* borrowed, required */
    const struct txt_lexicon *lexicon; /* borrowed; NULL: no splitting */
};

/* Tokenise `text` and emit its terms. Positions continue from *pos (pass
 * 0 for a new document) and *pos is advanced, so several fields of one
 * document can share a position space with a gap between them.
 * Hyphenated words emit their parts at successive positions and the joined
 * form at the first; suspended compounds ("børne- og ungdomspsykiatrien")
 * also emit the completed word ("børnepsykiatrien"); compounds emit their
 * parts (recursively) as TXT_PART_* at the word's position; codes and
 * addresses their pieces as TXT_PIECE. */
int txt_analyze(const struct txt_analyzer *a, const char *text, size_t len,
                uint32_t *pos, txt_emit_fn emit, void *ctx);

/* ---- Snippets ---------------------------------------------------------- */

/* Does a term of the text match the query? (kind, folded term) */
typedef int (*txt_match_fn)(void *ctx, enum txt_term_kind kind,
                            const char *term, size_t len);

/* Does a term of the text match word k of phrase p of the query? */
typedef int (*txt_phrase_match_fn)(void *ctx, size_t p, size_t k,
                                   enum txt_term_kind kind, const char *term,
                                   size_t len);

struct txt_snippet_opts {
    size_t max_bytes;  /* of text shown, marks excluded; e.g. 240 */
    const char *open;  /* e.g. "[" or "<mark>" */
    const char *close; /* e.g. "]" or "</mark>" */
    int html_escape;   /* escape & < > " ' in the text (not the marks) */
    /* Optional fast path: folded strings of which every term `match`
     * can accept contains one (a Snowball Danish stem is a prefix of its
     * word, a compound part a substring). Words containing none are not
     * analysed. NULL: analyse every word. */
    const char *const *needles;
    size_t nneedles;
    /* Optional phrases (ctx: txt_snippet's): their words are marked only
     * where the whole phrase stands, word after word with nothing but
     * spaces and punctuation between, as one mark; phrase p has
     * phrase_len[p] words, told by phrase_match. A word the match
     * function accepts too is marked wherever it stands. */
    txt_phrase_match_fn phrase_match;
    const size_t *phrase_len;
    size_t nphrases;
};

/* Append to `out` the window of `text` (about max_bytes, cut at word
 * boundaries, "…" where cut) holding the most distinct matched words, with
 * each matched word wrapped in open/close. With no match, the start of
 * the text. Whitespace runs are collapsed to one space. */
int txt_snippet(const struct txt_analyzer *a, const char *text, size_t len,
                txt_match_fn match, void *ctx, const struct txt_snippet_opts *o,
                struct buf *out);

#ifdef __cplusplus
}
#endif
#endif
