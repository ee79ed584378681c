/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fold.h - what a character is (letter, digit, space, ...) and how words
 * fold, as the index defines them: one definition for the tokenizer, the
 * minutes segmenter, the extractors and the query parser. Folding lowers
 * case, drops diacritics except on æ, ø, å, reads ä/ö as æ/ø and the old
 * spelling "aa" as "å" ("Aabenraa" and "Åbenrå" are one word). */
#ifndef REFERAT_CORE_FOLD_H
#define REFERAT_CORE_FOLD_H

#include <stddef.h>
#include <stdint.h>

#include "core/utf8.h"

#ifdef __cplusplus
extern "C" {
#endif

enum fold_cls {
    FOLD_CLS_SEP,    /* punctuation, symbols, controls: ends a word */
    FOLD_CLS_SPACE,  /* white space (also ends a word) */
    FOLD_CLS_LETTER, /* a letter of any script */
    FOLD_CLS_DIGIT,  /* ASCII 0-9 */
    FOLD_CLS_MARK,   /* combining mark: part of the word, folded away */
    FOLD_CLS_SOFTHY, /* U+00AD soft hyphen: dropped inside a word */
    FOLD_CLS_HYPHEN, /* '-', U+2010, U+2011: may join two words */
};

enum fold_cls fold_class(uint32_t cp);

/* Class of the character at u[0] (len > 0), its length in *n and, if cp
 * is not NULL, its code point; an invalid byte is a separator of
 * length 1 (and *cp UTF8_BAD). */
static inline enum fold_cls fold_class_at(const unsigned char *u, size_t len,
                                          size_t *n, uint32_t *cp)
{
    uint32_t c = u[0];
    *n = 1;
    if (c >= 0x80)
        c = utf8_next(u, len, n);
    if (cp != NULL)
        *cp = c;
    return c == UTF8_BAD ? FOLD_CLS_SEP : fold_class(c);
}

static inline int fold_is_letter(uint32_t cp)
{
    return cp != UTF8_BAD && fold_class(cp) == FOLD_CLS_LETTER;
}
/* A character that must not reach a log or a terminal raw: C0, DEL, C1
 * (U+0080-U+009F: NEL, CSI), U+2028/U+2029 (some readers break lines
 * there). */
static inline int fold_is_control(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x2028 ||
           cp == 0x2029;
}
/* An upper-case letter we know how to lower. */
int fold_is_upper(uint32_t cp);
/* A letter that is not upper case but has (or is) a lower-case form of
 * the scripts we fold: Latin, Greek, Cyrillic, full-width Latin. */
int fold_is_lower(uint32_t cp);

/* The folded form of one character as UTF-8 in out[0..7] (returns its
 * length; 0 drops the character: soft hyphen, zero-width, variation
 * selectors). No "aa" rule and no combining marks: those need context. */
size_t fold_char(uint32_t cp, char out[8]);

/* Fold a UTF-8 word or text into out (NUL-terminated, at most cap - 1
 * bytes): the word as the index stores it. Invalid bytes are dropped; a
 * combining ring or diaeresis after a/o makes å/æ/ø, other marks go.
 * Returns the length; *overflow (if not NULL) says the input did not fit. */
size_t fold_str(const char *in, size_t len, char *out, size_t cap,
                int *overflow);

/* Compare two strings folded character by character (fold_char; no "aa"
 * rule): 1 if equal. */
int fold_eq(const char *a, size_t an, const char *b, size_t bn);
/* Does s[0..n) equal one of the NUL-terminated words[0..nwords), folded
 * as fold_eq()? 1 if so. */
int fold_among(const char *s, size_t n, const char *const *words,
               size_t nwords);
/* Does s[0..n) start with the NUL-terminated p, folded as fold_eq()? The
 * byte length of the prefix in s, or 0. */
size_t fold_prefix(const char *s, size_t n, const char *p);

#ifdef __cplusplus
}
#endif

#endif
