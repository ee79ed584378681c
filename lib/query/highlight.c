/* SPDX-License-Identifier: GPL-2.0-or-later */
/* highlight.c - the set of terms a query highlights in snippets, and
 * qry_match() over it. Entries are "<kind>:<term>": e exact form (also a
 * compound part's exact form), s stem (also a part's stem), w a typed
 * word's stem (whole words only), q a typed word's lemma (a part whose
 * exact form begins with it), p a wildcard prefix. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "query/query_internal.h"

/* Append s to the array *arr of *n; s is freed if that fails. */
static int str_push(struct qry_expander *x, char ***arr, size_t *n, char *s)
{
    char **p = realloc(*arr, (*n + 1) * sizeof *p);
    if (p == NULL) {
        free(s);
        return err_set(x->e, ERR_NOMEM, "out of memory");
    }
    *arr = p;
    p[(*n)++] = s;
    return ERR_OK;
}

int qry_hl_add(struct qry_expander *x, char kind, const char *w, size_t len)
{
    struct qry_out *o = x->out;
    /* (a phrase keeps every word: its words are told by their place) */
    if (!x->in_phrase && o->nhl >= 4 * QRY_TERMS_MAX * FUZZY_NEIGHBOURS)
        return ERR_OK;
    char *s = malloc(len + 3);
    if (s == NULL)
        return err_set(x->e, ERR_NOMEM, "out of memory");
    s[0] = kind;
    s[1] = ':';
    memcpy(s + 2, w, len);
    s[len + 2] = '\0';
    return x->in_phrase ? str_push(x, &x->phw, &x->nphw, s)
                        : str_push(x, &o->hl, &o->nhl, s);
}

void qry_hl_phrase_begin(struct qry_expander *x)
{
    assert(!x->in_phrase);
    x->in_phrase = 1;
    x->phw = NULL;
    x->nphw = 0;
}

int qry_hl_phrase_end(struct qry_expander *x, int whole)
{
    x->in_phrase = 0;
    if (whole && x->nphw >= 2)
        return qry_hl_phrase_add(x->out, x->phw, x->nphw, x->e);
    int rc = ERR_OK;
    for (size_t i = 0; i < x->nphw; i++) {
        if (rc == ERR_OK)
            rc = str_push(x, &x->out->hl, &x->out->nhl, x->phw[i]);
        else
            free(x->phw[i]);
    }
    free(x->phw);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int qry_match(void *ctx, enum txt_term_kind kind, const char *term, size_t len)
{
    const struct qry_out *o = ctx;
    char key[TXT_WORD_MAX * 2 + 3];
    if (len > TXT_WORD_MAX * 2)
        return 0;
    int stem = kind == TXT_STEM || kind == TXT_PART_STEM;
    key[0] = stem ? 's' : 'e';
    key[1] = ':';
    memcpy(key + 2, term, len);
    key[len + 2] = '\0';
    const char *k = key;
    if (o->nhl == 0) /* (a phrase alone leaves the set empty: NULL) */
        return 0;
    if (bsearch(&k, o->hl, o->nhl, sizeof *o->hl, cmp_str) != NULL)
        return 1;
    if (kind == TXT_STEM) { /* a typed word's stem: whole words only */
        key[0] = 'w';
        return bsearch(&k, o->hl, o->nhl, sizeof *o->hl, cmp_str) != NULL;
    }
    if (stem)
        return 0;
    for (size_t i = 0; i < o->nhl; i++) {
        /* wildcard prefixes; a typed word's lemma opening a part */
        const char *h = o->hl[i];
        size_t hl = strlen(h) - 2;
        if ((h[0] == 'p' ||
             (h[0] == 'q' && (kind == TXT_PART_EXACT || kind == TXT_PIECE))) &&
            hl <= len && memcmp(h + 2, term, hl) == 0)
            return 1;
    }
    return 0;
}

size_t qry_needles(const struct qry_out *o, const char **needles, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < o->nhl && n < max; i++)
        needles[n++] = o->hl[i] + 2; /* past "e:", "s:", "p:" */
    for (size_t p = 0; p < o->nphrases; p++)
        for (size_t k = 0; k < o->phrase_len[p] && n < max; k++)
            needles[n++] = o->phrases[p][k] + 2;
    return n;
}

/* A stem this long that is a word of the word list is the word itself,
 * not a short word of another sense that happens to begin it ("borg" of
 * "borgere", "led" of "ledige"). */
#define LEMMA_STEM_WORD_MIN 5

/* The typed word's lemma: the longest word-list word that begins the
 * typed word and is no shorter than its stem, else the stem. Snowball
 * stems "borgere" to "borg", the part of "Borgmester"; the lemma is
 * "borger", which "borg" does not begin with. "boliger" (lemma bolig)
 * still begins "boligindsatsen", "psykiatri" "ungdomspsykiatrien". But a
 * stem of LEMMA_STEM_WORD_MIN+ letters that the word list knows is the
 * lemma: "misbrugere" (stem misbrug) then meets "stofmisbrug", which its
 * longest word "misbruger" does not begin. */
const char *qry_lemma(struct qry_expander *x, const char *w, size_t wl,
                      const char *stem, size_t sl, size_t *ll)
{
    size_t letters = 0;
    for (size_t k = 0; k < sl; k++)
        letters += !utf8_is_cont((unsigned char)stem[k]);
    if (letters >= LEMMA_STEM_WORD_MIN && x->env->lexicon != NULL &&
        txt_lexicon_is_listed(x->env->lexicon, stem, sl)) {
        *ll = sl;
        return stem;
    }
    for (size_t k = wl - 1; x->env->lexicon != NULL && k >= sl && k > 0; k--) {
        if (utf8_is_cont((unsigned char)w[k]))
            continue; /* inside a character */
        if (txt_lexicon_is_listed(x->env->lexicon, w, k)) {
            *ll = k;
            return w;
        }
    }
    *ll = sl; /* no such word (or no word list) */
    return stem;
}

/* Highlight a typed word by its stem as a whole word ('w'), and as a
 * compound part of the text only where the part begins with the word's
 * lemma ('q'), as it is searched (word.c). */
int qry_hl_typed(struct qry_expander *x, const char *w, size_t wl,
                 const char *stem, size_t sl)
{
    size_t ll;
    const char *lemma = qry_lemma(x, w, wl, stem, sl, &ll);
    if (qry_hl_add(x, 'w', stem, sl) != ERR_OK)
        return x->e->code;
    return qry_hl_add(x, 'q', lemma, ll);
}

void qry_hl_sort(struct qry_out *o)
{
    if (o->nhl > 1) /* (a phrase alone leaves the set empty: NULL) */
        qsort(o->hl, o->nhl, sizeof *o->hl, cmp_str);
}
