/* SPDX-License-Identifier: GPL-2.0-or-later */
/* parse.c - the query language: a query string -> a parse tree (struct
 * ast). Words, "phrases", AND/OR/NOT (capitals only: Danish og/eller are
 * words), a NEAR b, a NEAR/n b, +required, -excluded, (groups), prefix*,
 * field:word. The tokens come from lex.c; expansion
 * into index terms is expand.c's job. */
#include <stdlib.h>
#include <string.h>

#include "query/query_internal.h"

static struct ast *ast_new(struct parser *p, enum ast_kind kind)
{
    struct ast *a = calloc(1, sizeof *a);
    if (a == NULL)
        err_set(p->e, ERR_NOMEM, "out of memory");
    else
        a->kind = kind;
    return a;
}

static int ast_add(struct parser *p, struct ast *parent, struct ast *kid)
{
    struct ast **k =
        realloc(parent->kids, (parent->nkids + 1) * sizeof *parent->kids);
    if (k == NULL) {
        qry_ast_free(kid);
        return err_set(p->e, ERR_NOMEM, "out of memory");
    }
    parent->kids = k;
    parent->kids[parent->nkids++] = kid;
    return ERR_OK;
}

void qry_ast_free(struct ast *a)
{
    if (a == NULL)
        return;
    for (size_t i = 0; i < a->nkids; i++)
        qry_ast_free(a->kids[i]);
    free(a->kids);
    free(a);
}

static int count_leaf(struct parser *p)
{
    if (++p->leaves > QRY_TERMS_MAX)
        return err_set(p->e, ERR_LIMIT, "query has more than <%d> terms",
                       QRY_TERMS_MAX);
    return ERR_OK;
}

static struct ast *parse_seq(struct parser *p, unsigned depth);

/* A phrase: split its text on white space into words. */
static struct ast *parse_phrase(struct parser *p)
{
    struct lexer *lx = &p->lx;
    struct ast *ph = ast_new(p, AST_PHRASE);
    if (ph == NULL)
        return NULL;
    ph->field = lx->field;
    ph->inflect = lx->inflect;
    ph->text = lx->text;
    ph->len = lx->tlen;
    ph->off = lx->off;
    if (count_leaf(p) != ERR_OK) {
        qry_ast_free(ph);
        return NULL;
    }
    size_t i = 0;
    while (i < lx->tlen) {
        while (i < lx->tlen && qry_is_space((unsigned char)lx->text[i]))
            i++;
        size_t s = i;
        while (i < lx->tlen && !qry_is_space((unsigned char)lx->text[i]))
            i++;
        if (i == s)
            break;
        if (ph->nkids >= QRY_PHRASE_MAX) {
            err_set(p->e, ERR_LIMIT, "phrase has more than <%d> words",
                    QRY_PHRASE_MAX);
            qry_ast_free(ph);
            return NULL;
        }
        struct ast *w = ast_new(p, AST_WORD);
        if (w == NULL || ast_add(p, ph, w) != ERR_OK) {
            qry_ast_free(ph);
            return NULL;
        }
        w->exact = 1;
        w->field = ph->field;
        w->text = lx->text + s;
        w->len = i - s;
        w->off = (size_t)(lx->text - lx->q) + s;
    }
    if (ph->nkids == 0) {
        qry_ast_free(ph);
        err_set(p->e, ERR_INVAL, "empty phrase at byte <%zu>", lx->off);
        return NULL;
    }
    if (ph->nkids == 1) { /* "word": the exact form of one word */
        struct ast *w = ph->kids[0];
        ph->nkids = 0;
        qry_ast_free(ph);
        return w;
    }
    return ph;
}

static struct ast *parse_primary(struct parser *p, unsigned depth)
{
    struct lexer *lx = &p->lx;
    struct ast *a = NULL;
    switch (lx->kind) {
    case LEX_LPAREN:
        if (depth >= QRY_DEPTH_MAX) {
            err_set(p->e, ERR_LIMIT, "parentheses nested deeper than <%d>",
                    QRY_DEPTH_MAX);
            return NULL;
        }
        if (qry_lex_next(p) != ERR_OK)
            return NULL;
        a = parse_seq(p, depth + 1);
        if (a == NULL)
            return NULL;
        if (lx->kind != LEX_RPAREN) {
            qry_ast_free(a);
            err_set(p->e, ERR_INVAL, "missing ) at byte <%zu>", lx->off);
            return NULL;
        }
        break;
    case LEX_PHRASE:
        a = parse_phrase(p);
        if (a == NULL)
            return NULL;
        break;
    case LEX_WORD:
        if (count_leaf(p) != ERR_OK)
            return NULL;
        int wild = lx->tlen > 0 && lx->text[lx->tlen - 1] == '*';
        a = ast_new(p, wild ? AST_WILD : AST_WORD);
        if (a == NULL)
            return NULL;
        a->field = lx->field;
        a->para = lx->para;
        a->text = lx->text;
        a->len = lx->tlen - (wild ? 1 : 0);
        /* the word itself, after a sign or a field: "did you mean"
         * replaces a->len bytes from here */
        a->off = (size_t)(lx->text - lx->q);
        if (wild && a->len == 0) {
            qry_ast_free(a);
            err_set(p->e, ERR_INVAL, "* needs a word prefix before it");
            return NULL;
        }
        break;
    case LEX_RPAREN:
        err_set(p->e, ERR_INVAL, "unexpected ) at byte <%zu>", lx->off);
        return NULL;
    case LEX_END:
        err_set(p->e, ERR_INVAL, "query ends where a term was expected");
        return NULL;
    case LEX_AND:
    case LEX_OR:
    case LEX_NOT:
    case LEX_NEAR:
        err_set(p->e, ERR_INVAL,
                "operator at byte <%zu> needs a term before it (use "
                "lower case for the words and/or/not)",
                lx->off);
        return NULL;
    }
    if (qry_lex_next(p) != ERR_OK) {
        qry_ast_free(a);
        return NULL;
    }
    return a;
}

static struct ast *combine(struct parser *p, enum ast_kind kind,
                           struct ast *left, struct ast *right)
{
    if (left->kind == kind && kind != AST_AND_NOT)
        return ast_add(p, left, right) == ERR_OK ? left : NULL;
    struct ast *n = ast_new(p, kind);
    if (n == NULL || ast_add(p, n, left) != ERR_OK) {
        qry_ast_free(n);
        qry_ast_free(right);
        return NULL;
    }
    return ast_add(p, n, right) == ERR_OK ? n : NULL;
}

/* A NEAR operand: one plain word (a quoted one too), no field, sign,
 * wildcard, phrase or group - the words are matched by position. */
static int near_operand(struct parser *p, const struct ast *a, size_t off)
{
    if (a->kind == AST_WORD && a->field == FIELD_ANY && !a->para)
        return ERR_OK;
    return err_set(p->e, ERR_INVAL,
                   "NEAR at byte <%zu> takes single words on each side, "
                   "not a phrase, group, wildcard or field",
                   off);
}

/* near := primary ((NEAR | NEAR/n) primary)*: one NEAR of all the words,
 * binding tighter than AND; one window per chain. */
static struct ast *parse_near(struct parser *p, unsigned depth)
{
    struct ast *left = parse_primary(p, depth);
    if (left == NULL || p->lx.kind != LEX_NEAR)
        return left;
    size_t off = p->lx.off;
    struct ast *n = NULL;
    if (near_operand(p, left, off) != ERR_OK ||
        (n = ast_new(p, AST_NEAR)) == NULL || ast_add(p, n, left) != ERR_OK) {
        if (n == NULL)
            qry_ast_free(left);
        qry_ast_free(n);
        return NULL;
    }
    n->window = p->lx.window;
    n->inflect = 1;
    n->text = left->text;
    n->off = left->off;
    while (p->lx.kind == LEX_NEAR) {
        off = p->lx.off;
        if (p->lx.window != n->window) {
            err_set(p->e, ERR_INVAL,
                    "NEAR at byte <%zu>: one chain of NEAR takes one window "
                    "(NEAR/%u and NEAR/%u)",
                    off, n->window, p->lx.window);
            goto fail;
        }
        if (n->nkids >= QRY_PHRASE_MAX) {
            err_set(p->e, ERR_LIMIT, "NEAR has more than <%d> words",
                    QRY_PHRASE_MAX);
            goto fail;
        }
        if (qry_lex_next(p) != ERR_OK)
            goto fail;
        if (p->lx.sign != 0) {
            err_set(p->e, ERR_INVAL,
                    "NEAR at byte <%zu> takes plain words, not %s words", off,
                    p->lx.sign == '-' ? "-excluded" : "+required");
            goto fail;
        }
        struct ast *right = parse_primary(p, depth);
        if (right == NULL)
            goto fail;
        if (near_operand(p, right, off) != ERR_OK) {
            qry_ast_free(right);
            goto fail;
        }
        if (ast_add(p, n, right) != ERR_OK)
            goto fail;
    }
    return n;
fail:
    qry_ast_free(n);
    return NULL;
}

/* and := near ((AND | NOT | AND NOT) near)* */
static struct ast *parse_and(struct parser *p, unsigned depth)
{
    struct ast *left = parse_near(p, depth);
    while (left != NULL && (p->lx.kind == LEX_AND || p->lx.kind == LEX_NOT)) {
        enum ast_kind kind = p->lx.kind == LEX_NOT ? AST_AND_NOT : AST_AND;
        if (qry_lex_next(p) != ERR_OK)
            goto fail;
        if (kind == AST_AND && p->lx.kind == LEX_NOT) {
            kind = AST_AND_NOT;
            if (qry_lex_next(p) != ERR_OK)
                goto fail;
        }
        struct ast *right = parse_near(p, depth);
        if (right == NULL)
            goto fail;
        left = combine(p, kind, left, right);
    }
    return left;
fail:
    qry_ast_free(left);
    return NULL;
}

/* or := and (OR and)* */
static struct ast *parse_or(struct parser *p, unsigned depth)
{
    struct ast *left = parse_and(p, depth);
    while (left != NULL && p->lx.kind == LEX_OR) {
        if (qry_lex_next(p) != ERR_OK) {
            qry_ast_free(left);
            return NULL;
        }
        struct ast *right = parse_and(p, depth);
        if (right == NULL) {
            qry_ast_free(left);
            return NULL;
        }
        left = combine(p, AST_OR, left, right);
    }
    return left;
}

/* seq := (['+'|'-'] or)* up to ')' or the end; plain items are OR'ed
 * (BM25 ranks items with more of them first), +items required, -items
 * excluded. */
static struct ast *parse_seq(struct parser *p, unsigned depth)
{
    struct ast *opt = NULL, *req = NULL, *excl = NULL;
    while (p->lx.kind != LEX_END && p->lx.kind != LEX_RPAREN) {
        int sign = p->lx.sign;
        if (p->lx.kind == LEX_NOT && opt == NULL && req == NULL) {
            err_set(p->e, ERR_INVAL,
                    "NOT needs a term before it to exclude from");
            goto fail;
        }
        struct ast *a = parse_or(p, depth);
        if (a == NULL)
            goto fail;
        struct ast **slot = sign == '+' ? &req : sign == '-' ? &excl : &opt;
        if (sign == 0 && a->kind == AST_WORD)
            a->optional = 1;
        if (*slot == NULL) {
            *slot = a;
        } else {
            *slot = combine(p, sign == '+' ? AST_AND : AST_OR, *slot, a);
            if (*slot == NULL)
                goto fail;
        }
    }
    struct ast *res;
    if (req != NULL && opt != NULL) {
        res = combine(p, AST_MAYBE, req, opt);
        req = opt = NULL;
    } else {
        res = req != NULL ? req : opt;
        req = opt = NULL;
    }
    if (res == NULL) {
        if (excl != NULL)
            err_set(p->e, ERR_INVAL, "-term needs a term to exclude from");
        else if (depth > 0)
            err_set(p->e, ERR_INVAL, "empty ( ) group");
        else
            err_set(p->e, ERR_INVAL, "empty query");
        goto fail;
    }
    if (excl != NULL) {
        struct ast *n = ast_new(p, AST_AND_NOT);
        if (n == NULL || ast_add(p, n, res) != ERR_OK) {
            qry_ast_free(n);
            res = NULL;
            goto fail;
        }
        res = n;
        if (ast_add(p, n, excl) != ERR_OK) {
            excl = NULL;
            goto fail;
        }
        excl = NULL;
    }
    return res;
fail:
    qry_ast_free(opt);
    qry_ast_free(req);
    qry_ast_free(excl);
    return NULL;
}

int qry_parse(const char *q, size_t len, struct qry_parse_out *out,
              struct err *e)
{
    memset(out, 0, sizeof *out);
    if (len > QRY_BYTES_MAX)
        return err_set(e, ERR_LIMIT, "query is <%zu> bytes, max <%d>", len,
                       QRY_BYTES_MAX);
    if (memchr(q, '\0', len) != NULL)
        return err_set(e, ERR_INVAL, "query contains a NUL byte");
    if (!utf8_valid(q, len))
        return err_set(e, ERR_INVAL, "query is not valid UTF-8");
    struct parser p = {.lx = {.q = q, .len = len}, .out = out, .e = e};
    struct err local;
    if (e == NULL)
        p.e = &local;
    err_clear(p.e);
    int rc = qry_lex_next(&p);
    if (rc != ERR_OK)
        return rc;
    if (p.lx.kind == LEX_END && out->nfilters > 0)
        return ERR_OK; /* filters only: browse */
    out->root = parse_seq(&p, 0);
    if (out->root == NULL)
        return p.e->code != ERR_OK ? p.e->code : ERR_INVAL;
    if (p.lx.kind == LEX_RPAREN) {
        qry_ast_free(out->root);
        out->root = NULL;
        return err_set(e, ERR_INVAL, "unexpected ) at byte <%zu>", p.lx.off);
    }
    out->nleaves = p.leaves;
    return ERR_OK;
}

void qry_parse_out_fini(struct qry_parse_out *p)
{
    qry_ast_free(p->root);
    free(p->filters);
    memset(p, 0, sizeof *p);
}
