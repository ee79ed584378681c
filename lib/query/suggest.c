/* SPDX-License-Identifier: GPL-2.0-or-later */
/* suggest.c - spelling: the deadline for the fall-backs, known words one
 * edit away (the corpus misspells itself), and the "did you mean" string
 * built from the corrections made while expanding. */
#include <stdlib.h>
#include <string.h>

#include "query/query_internal.h"
#include "xap/schema.h"

/* Past the deadline the spelling fall-backs (a walk over the vocabulary
 * per word) are skipped: the words are searched as typed. */
int qry_out_of_time(struct qry_expander *x)
{
    if (!deadline_passed(x->env->deadline))
        return 0;
    x->out->timed_out = 1;
    return 1;
}

int qry_edit_add(struct qry_expander *x, const struct ast *a, const char *repl)
{
    struct qry_edit *p = realloc(x->edits, (x->nedits + 1) * sizeof *p);
    if (p == NULL)
        return err_set(x->e, ERR_NOMEM, "out of memory");
    x->edits = p;
    p[x->nedits].off = a->off;
    p[x->nedits].len = a->len;
    p[x->nedits].repl = strdup(repl);
    if (p[x->nedits].repl == NULL)
        return err_set(x->e, ERR_NOMEM, "out of memory");
    x->nedits++;
    return ERR_OK;
}

struct fuzzy_ctx {
    struct qry_expander *x;
    struct xap_qnode *syn;
    const char *stem; /* the query word's own stem: skip its inflections */
    int hl;
    int rc;
};

static int add_neighbour(void *ctx, const char *w, size_t wl, uint32_t freq)
{
    struct fuzzy_ctx *f = ctx;
    char stem[TXT_WORD_MAX + 1];
    (void)freq;
    size_t sl = qry_stem(f->x, w, wl, stem);
    if (strcmp(stem, f->stem) == 0)
        return 0;
    f->rc = qry_syn_add_stem(f->x, f->syn, PFX_BODY, stem, sl, f->hl);
    return f->rc;
}

/* The known words one edit away from w whose stem is not w's own, as a
 * SYNONYM in *out (NULL if none). */
int qry_fuzzy_node(struct qry_expander *x, const char *w, size_t wl,
                   const char *stem, int hl, struct xap_qnode **out)
{
    struct xap_qnode *fz = qry_qn_new(x, XAP_Q_SYNONYM);
    if (fz == NULL)
        return x->e->code;
    struct fuzzy_ctx f = {.x = x, .syn = fz, .stem = stem, .hl = hl};
    qry_vocab_neighbours(x->env->vocab, w, wl, FUZZY_NEIGHBOURS, add_neighbour,
                         &f);
    if (f.rc != ERR_OK || fz->nkids == 0) {
        qry_node_free(fz);
        return f.rc;
    }
    *out = qry_qn_simplify(fz);
    return ERR_OK;
}

/* w with "ae" and "oe" read as the letters they stand for on a keyboard
 * without them (folding already reads "aa" as å). Only for a word the
 * index does not know: "israel" and "poesi" are words as written.
 * Returns the length, or 0 if w has neither pair. */
static size_t ascii_letters(const char *w, size_t wl, char *out)
{
    size_t n = 0;
    int changed = 0;
    for (size_t i = 0; i < wl; i++) {
        if (i + 1 < wl && w[i + 1] == 'e' && (w[i] == 'a' || w[i] == 'o')) {
            const char *l = w[i] == 'a' ? "\xc3\xa6" : "\xc3\xb8"; /* æ ø */
            memcpy(out + n, l, 2);
            n += 2;
            i++;
            changed = 1;
        } else {
            out[n++] = w[i];
        }
    }
    return changed ? n : 0;
}

int qry_nearest_spelling(struct qry_expander *x, const char *w, size_t wl,
                         int maxd, char *near, size_t cap)
{
    const struct qry_vocab *v = x->env->vocab;
    char asc[TXT_WORD_MAX + 1];
    /* ae/oe for æ/ø grows no word: the written bytes are as many */
    size_t al = wl <= TXT_WORD_MAX ? ascii_letters(w, wl, asc) : 0;
    const char *cand[2] = {w, asc};
    size_t clen[2] = {wl, al};
    size_t nc = al > 0 ? 2 : 1;
    if (al > 0 && al < cap) {
        /* so read, a word the index knows, or one of its inflections
         * ("kontanthjaelp": the minutes say "kontanthjælpen") */
        char astem[TXT_WORD_MAX + 1];
        qry_stem(x, asc, al, astem);
        if (qry_vocab_freq(v, asc, al) > 0 ||
            qry_vocab_nforms(v, astem, 1) > 0) {
            memcpy(near, asc, al);
            near[al] = '\0';
            return 1;
        }
    }
    for (size_t i = 0; i < nc; i++)
        if (qry_vocab_nearest(v, cand[i], clen[i], maxd, near, cap) > 0)
            return 1;
    /* an inflected form the index lacks: compare stems instead */
    for (size_t i = 0; i < nc; i++) {
        char stem[TXT_WORD_MAX + 1];
        size_t sl = qry_stem(x, cand[i], clen[i], stem);
        int d = utf8_count(stem, sl) >= 8 ? maxd : 1;
        if (sl >= 4 && qry_vocab_nearest_stem(v, stem, sl, d, near, cap) >= 0)
            return 1;
    }
    return 0;
}

static int cmp_edit(const void *a, const void *b)
{
    const struct qry_edit *x = a, *y = b;
    return x->off < y->off ? -1 : x->off > y->off;
}

int qry_suggestion_make(struct qry_expander *x, const char *q, size_t len)
{
    if (x->nedits == 0)
        return ERR_OK;
    qsort(x->edits, x->nedits, sizeof *x->edits, cmp_edit);
    struct buf b;
    buf_init(&b);
    size_t at = 0;
    for (size_t i = 0; i < x->nedits; i++) {
        const struct qry_edit *ed = &x->edits[i];
        if (ed->off < at)
            continue;
        if (buf_append(&b, q + at, ed->off - at) != ERR_OK ||
            buf_puts(&b, ed->repl) != ERR_OK)
            goto nomem;
        at = ed->off + ed->len;
    }
    if (buf_append(&b, q + at, len - at) != ERR_OK)
        goto nomem;
    x->out->suggestion = buf_detach(&b);
    return ERR_OK;
nomem:
    buf_fini(&b);
    return err_set(x->e, ERR_NOMEM, "out of memory");
}
