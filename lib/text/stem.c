/* SPDX-License-Identifier: GPL-2.0-or-later */
/* stem.c - Snowball's Danish stemmer (libstemmer, UTF-8) behind txt_stem;
 * Xapian's Danish stemmer is the same algorithm, so query-side stemming
 * inside Xapian agrees with ours. */
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#include "txt_internal.h"

struct txt_stemmer {
    struct sb_stemmer *sb;
};

struct txt_stemmer *txt_stemmer_new(struct err *e)
{
    struct txt_stemmer *st = malloc(sizeof *st);
    if (st == NULL) {
        err_set(e, ERR_NOMEM, "out of memory for a stemmer");
        return NULL;
    }
    st->sb = sb_stemmer_new("danish", "UTF_8");
    if (st->sb == NULL) {
        free(st);
        err_set(e, ERR_BACKEND, "libstemmer has no <danish> stemmer");
        return NULL;
    }
    return st;
}

void txt_stemmer_free(struct txt_stemmer *st)
{
    if (st == NULL)
        return;
    sb_stemmer_delete(st->sb);
    free(st);
}

/* Copy at most cap-1 bytes without cutting a UTF-8 character. */
static size_t copy_cut(const char *w, size_t len, char *out, size_t cap)
{
    if (len >= cap)
        len = utf8_floor(w, cap - 1);
    if (len > 0)
        memcpy(out, w, len);
    out[len] = '\0';
    return len;
}

/* Latin neuter nouns in -ium/-eum (kommissorium, ministerium, kriterium,
 * museum, jubilæum) drop "um" when inflected: kommissoriet,
 * kriterier, museet. Snowball keeps the bare form whole (kommissorium)
 * but stems the others to the word without "um" (kommissori), so the
 * bare form never met its own inflections. A stem ending so loses its
 * "um" (also the genitive: kommissoriums -> kommissorium -> kommissori).
 * Only after a vowel i, e, æ: Danish words ending in "rum" (a room:
 * stofindtagelsesrum) or "tum" keep theirs. Returns the new length. */
static size_t latin_um(const sb_symbol *s, size_t n)
{
    static const char *const ends[] = {"ium", "eum", "æum"};
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
        size_t el = strlen(ends[i]);
        if (n >= el + 2 && memcmp(s + n - el, ends[i], el) == 0)
            return n - 2;
    }
    return n;
}

size_t txt_stem(struct txt_stemmer *st, const char *word, size_t len, char *out,
                size_t cap)
{
    if (cap == 0)
        return 0;
    if (word == NULL)
        len = 0;
    if (st == NULL || len + 1 > cap || len > INT32_MAX)
        return copy_cut(word, len, out, cap);
    const sb_symbol *s =
        sb_stemmer_stem(st->sb, (const sb_symbol *)word, (int)len);
    if (s == NULL) /* out of memory inside libstemmer */
        return copy_cut(word, len, out, cap);
    size_t n = (size_t)sb_stemmer_length(st->sb);
    return copy_cut((const char *)s, latin_um(s, n), out, cap);
}
