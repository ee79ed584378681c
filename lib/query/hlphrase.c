/* SPDX-License-Identifier: GPL-2.0-or-later */
/* hlphrase.c - the query's phrases for snippets: a phrase's words are
 * marked only where the whole phrase stands (txt_snippet_opts), not
 * wherever one of them does (every "i" for "lighed i sundhed"). The
 * plain highlight set is highlight.c's (qry_hl_add, qry_match). */
#include <stdlib.h>
#include <string.h>

#include "query/query_internal.h"

int qry_hl_phrase_add(struct qry_out *o, char **words, size_t n, struct err *e)
{
    char ***p = NULL;
    size_t *l = NULL;
    if (o->nphrases < QRY_TERMS_MAX) {
        p = realloc(o->phrases, (o->nphrases + 1) * sizeof *p);
        if (p != NULL)
            o->phrases = p;
        l = realloc(o->phrase_len, (o->nphrases + 1) * sizeof *l);
        if (l != NULL)
            o->phrase_len = l;
    }
    if (p == NULL || l == NULL) {
        for (size_t i = 0; i < n; i++)
            free(words[i]);
        free(words);
        /* past the cap the phrase is just not highlighted */
        return o->nphrases < QRY_TERMS_MAX
                   ? err_set(e, ERR_NOMEM, "out of memory")
                   : ERR_OK;
    }
    o->phrases[o->nphrases] = words;
    o->phrase_len[o->nphrases++] = n;
    return ERR_OK;
}

void qry_hl_phrases_free(struct qry_out *o)
{
    for (size_t p = 0; p < o->nphrases; p++) {
        for (size_t k = 0; k < o->phrase_len[p]; k++)
            free(o->phrases[p][k]);
        free(o->phrases[p]);
    }
    free(o->phrases);
    free(o->phrase_len);
    o->phrases = NULL;
    o->phrase_len = NULL;
    o->nphrases = 0;
}

int qry_phrase_match(void *ctx, size_t p, size_t k, enum txt_term_kind kind,
                     const char *term, size_t len)
{
    const struct qry_out *o = ctx;
    if (p >= o->nphrases || k >= o->phrase_len[p])
        return 0;
    /* the highlight set's form: "e:" exact, "s:" stem (a ~"phrase");
     * compound parts carry no positions in the index, so no phrase is
     * found through them */
    const char *w = o->phrases[p][k];
    size_t wl = strlen(w + 2);
    if (w[0] == 'p') /* a wildcard word ("social* udsatte"): a prefix */
        return kind == TXT_EXACT && wl <= len && memcmp(w + 2, term, wl) == 0;
    if (kind != (w[0] == 's' ? TXT_STEM : TXT_EXACT))
        return 0;
    return wl == len && memcmp(w + 2, term, len) == 0;
}

void qry_snippet_opts(const struct qry_out *out, struct txt_snippet_opts *o,
                      const char **needles, size_t max)
{
    size_t n = out->nhl;
    for (size_t p = 0; p < out->nphrases; p++)
        n += out->phrase_len[p];
    if (n <= max) {
        o->nneedles = qry_needles(out, needles, max);
        o->needles = needles;
    }
    o->phrase_match = qry_phrase_match;
    o->phrase_len = out->phrase_len;
    o->nphrases = out->nphrases;
}
