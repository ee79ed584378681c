/* SPDX-License-Identifier: GPL-2.0-or-later */
/* code.c - case numbers and similar codes ("29.00.00-A26-2-17",
 * "306-2009-600", "13/39690"): which tokens are codes, and the parts of a
 * code a researcher may type instead of the whole. The indexer (body
 * text and the item's case number) and the query side both use these, so
 * a part typed at query time is the term the index holds. */
#include <string.h>

#include "core/ascii.h"
#include "txt_internal.h"

/* Pieces of a code considered for parts; a longer code is searched
 * whole only (it is table debris more often than a case number). */
#define CODE_PIECES_MAX 8

static int is_code_sep(char c)
{
    return c == '-' || c == '/';
}

int txt_tok_is_code(const struct txt_tok *t)
{
    if (t->flags & TXT_TOK_NUMBER) {
        for (size_t i = 0; i < t->wlen; i++)
            if (is_code_sep(t->word[i]))
                return 1;
        return 0;
    }
    if (!(t->flags & TXT_TOK_HYPHENATED))
        return 0;
    /* "covid-19", "3-værelses" are words; "a26-2-17" is a code: two or
     * more of its pieces hold a digit */
    size_t digit_pieces = 0;
    int digit = 0;
    for (size_t i = 0; i <= t->wlen; i++) {
        if (i == t->wlen || is_code_sep(t->word[i])) {
            digit_pieces += digit;
            digit = 0;
        } else if (ascii_digit(t->word[i])) {
            digit = 1;
        }
    }
    return digit_pieces >= 2;
}

int txt_code_parts(const char *code, size_t len, int singles, txt_code_fn fn,
                   void *ctx)
{
    size_t start[CODE_PIECES_MAX], end[CODE_PIECES_MAX], n = 0, s = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && !is_code_sep(code[i]))
            continue;
        if (i == s)
            return 0; /* an empty piece: not a code */
        if (n == CODE_PIECES_MAX)
            return 0;
        start[n] = s;
        end[n] = i;
        n++;
        s = i + 1;
    }
    for (size_t a = 0; a < n; a++)
        for (size_t b = a; b < n; b++) {
            if (a == 0 && b + 1 == n)
                continue; /* the whole: the caller has it */
            /* a run is a leading or trailing part ("29.00.00-a26",
             * "a26-2-17"); inner runs are not how codes are quoted */
            if (a != b && a != 0 && b + 1 != n)
                continue;
            size_t l = end[b] - start[a];
            /* a lone piece of one character ("2" of "a26-2-17") would
             * match every "2" of the corpus */
            if (a == b && (!singles || l < 2))
                continue;
            int rc = fn(ctx, code + start[a], l);
            if (rc != 0)
                return rc;
        }
    return 0;
}

/* ---- Paragraph references ------------------------------------------- */

/* The section sign, U+00A7, in UTF-8. */
#define PARA_SIGN     "\xc2\xa7"
#define PARA_SIGN_LEN 2

int txt_is_para_word(const char *w, size_t len)
{
    static const char *const forms[] = {
        "paragraf",    "paragraffen",   "paragraffens",
        "paragraffer", "paragrafferne", "paragrafs",
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (strlen(forms[i]) == len && memcmp(forms[i], w, len) == 0)
            return 1;
    return 0;
}

size_t txt_para_sign_before(const char *text, size_t off)
{
    /* white space (and a no-break space, U+00A0) back to the sign */
    size_t at = off;
    while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t' ||
                      (at >= 2 && (unsigned char)text[at - 1] == 0xa0 &&
                       (unsigned char)text[at - 2] == 0xc2)))
        at -= text[at - 1] == ' ' || text[at - 1] == '\t' ? 1 : 2;
    if (at < PARA_SIGN_LEN ||
        memcmp(text + at - PARA_SIGN_LEN, PARA_SIGN, PARA_SIGN_LEN) != 0)
        return 0;
    return off - (at - PARA_SIGN_LEN);
}

size_t txt_para_term(const char *num, size_t len, char *out, size_t cap)
{
    if (len == 0 || PARA_SIGN_LEN + len + 1 > cap)
        return 0;
    memcpy(out, PARA_SIGN, PARA_SIGN_LEN);
    memcpy(out + PARA_SIGN_LEN, num, len);
    out[PARA_SIGN_LEN + len] = '\0';
    return PARA_SIGN_LEN + len;
}
