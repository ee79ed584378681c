/* SPDX-License-Identifier: GPL-2.0-or-later */
/* tokens.c - for the metadata readers (meta.c, authority.c, council*.c):
 * a line's words as tokens (mnt_tok_next, mnt_tok_is, mnt_tok_capital)
 * and a tally of the names they find, the best by weight
 * (mnt_tally_add, mnt_tally_best), and the words minutes call themselves
 * by (mnt_document_word). Split from meta.c when that grew
 * past 600 lines. */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* ---- tallies of names ---- */

void mnt_tally_add(struct mnt_tally *t, const char *s, size_t n, unsigned w,
                   int header)
{
    if (n == 0 || n >= MNT_NAME_MAX)
        return;
    for (size_t i = 0; i < t->n; i++)
        if (strlen(t->name[i]) == n && memcmp(t->name[i], s, n) == 0) {
            t->count[i] += w;
            t->from_header[i] |= (unsigned)header;
            return;
        }
    if (t->n >= MNT_TALLY_MAX)
        return;
    memcpy(t->name[t->n], s, n);
    t->name[t->n][n] = '\0';
    t->count[t->n] = w;
    t->from_header[t->n] = (unsigned)header;
    t->n++;
}

const char *mnt_tally_best(const struct mnt_tally *t, size_t *idx)
{
    size_t best = 0;
    for (size_t i = 1; i < t->n; i++)
        if (t->count[i] > t->count[best])
            best = i;
    if (idx)
        *idx = best;
    return t->n > 0 ? t->name[best] : NULL;
}

/* ---- the minutes' own words ---- */

/* Not "tillægsdagsorden": minutes mention the supplement in sentences
 * ("der var sendt en tillægsdagsorden ud"), never head with it. */
static const char *const document_words[] = {
    "referat",     "dagsorden", "beslutningsprotokol", "beslutningsreferat",
    "mødereferat", "protokol"};

const char *mnt_document_word_at(size_t k)
{
    return k < sizeof document_words / sizeof *document_words
               ? document_words[k]
               : NULL;
}

int mnt_document_word(const char *s, size_t n)
{
    const char *w;
    for (size_t k = 0; (w = mnt_document_word_at(k)) != NULL; k++) {
        size_t e = fold_prefix(s, n, w);
        /* "Referatet", "Dagsordenen": the definite form */
        if (e == n ||
            (e > 0 && e + 2 == n &&
             (fold_eq(s + e, 2, "et", 2) || fold_eq(s + e, 2, "en", 2))))
            return 1;
    }
    return 0;
}

/* ---- tokens ---- */

static int is_tok_char(uint32_t cp)
{
    return fold_is_letter(cp) || ascii_digit(cp) || cp == '-';
}

int mnt_tok_next(const char *s, size_t n, size_t *i, struct mnt_tok *t)
{
    while (*i < n) {
        uint32_t cp;
        size_t len = utf8_decode(s + *i, n - *i, &cp);
        if (is_tok_char(cp) && cp != '-')
            break;
        *i += len;
    }
    if (*i >= n)
        return 0;
    t->s = s + *i;
    while (*i < n) {
        uint32_t cp;
        size_t len = utf8_decode(s + *i, n - *i, &cp);
        if (!is_tok_char(cp))
            break;
        *i += len;
    }
    t->n = (size_t)(s + *i - t->s);
    while (t->n > 0 && t->s[t->n - 1] == '-')
        t->n--;
    return t->n > 0;
}

int mnt_tok_is(const struct mnt_tok *t, const char *w)
{
    return t->n == strlen(w) && memcmp(t->s, w, t->n) == 0;
}

int mnt_tok_capital(const struct mnt_tok *t)
{
    uint32_t cp;
    utf8_decode(t->s, t->n, &cp);
    return fold_is_upper(cp);
}
