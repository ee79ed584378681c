/* SPDX-License-Identifier: GPL-2.0-or-later */
/* parse.c - the query language: a query string -> a parse tree (struct
 * ast). Words, "phrases", AND/OR/NOT (capitals only: Danish og/eller are
 * words), a NEAR b, a NEAR/n b, +required, -excluded, (groups), prefix*,
 * field:word. Expansion
 * into index terms is expand.c's job. */
#include <stdlib.h>
#include <string.h>

#include "core/fold.h"
#include "query/query_internal.h"

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

struct parser {
    struct lexer lx;
    struct qry_parse_out *out;
    struct err *e;
    size_t leaves;
};

static const struct {
    const char *name;
    enum ast_field field;
} fields[] = {
    {"title", FIELD_TITLE},       {"titel", FIELD_TITLE},
    {"overskrift", FIELD_TITLE},  {"beslutning", FIELD_DECISION},
    {"decision", FIELD_DECISION}, {"resume", FIELD_SUMMARY},
    {"summary", FIELD_SUMMARY},   {"indstilling", FIELD_SUMMARY},
    {"deltager", FIELD_PEOPLE},   {"person", FIELD_PEOPLE},
    {"sagsnr", FIELD_CASE},       {"sagsnummer", FIELD_CASE},
    {"case", FIELD_CASE},
};

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

/* Length of a quote mark at q[i] (ASCII or typographic), else 0. PDFs and
 * word processors turn " into „ “ ”. */
static size_t quote_len(const char *q, size_t len, size_t i)
{
    size_t n;
    uint32_t cp = utf8_next((const unsigned char *)q + i, len - i, &n);
    return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E ||
                   cp == 0xAB || cp == 0xBB /* “ ” „ « » */
               ? n
               : 0;
}

static int is_break(const char *q, size_t len, size_t i)
{
    unsigned char c = (unsigned char)q[i];
    return is_space(c) || c == '(' || c == ')' || quote_len(q, len, i) > 0;
}

/* A run of non-breaking bytes starting at pos. */
static size_t word_end(const struct lexer *lx, size_t pos)
{
    while (pos < lx->len && !is_break(lx->q, lx->len, pos))
        pos++;
    return pos;
}

/* A field's or filter's name as typed: any case ("Kommune:Herning" at
 * the start of a sentence, "År:2017"), so a capital never turns a
 * filter silently into search words. */
static int name_is(const char *s, size_t n, const char *name)
{
    return fold_eq(s, n, name, strlen(name));
}

/* "§", "§§" or a form of "paragraf" (any case): a number after it is
 * a paragraph reference (txt.h). */
static int para_lead(const char *w, size_t n)
{
    char f[TXT_WORD_MAX + 1];
    int ovf;
    if ((n == 2 || n == 4) && memcmp(w, "\xc2\xa7", 2) == 0 &&
        memcmp(w + n - 2, "\xc2\xa7", 2) == 0)
        return 1;
    size_t fl = fold_str(w, n, f, sizeof f, &ovf);
    return !ovf && txt_is_para_word(f, fl);
}

/* A word at w..end that is a paragraph reference, "§107" as one word or
 * "§ 107" / "paragraf 107" as two: 1 and *end moved past the number. */
static int para_ref(const struct lexer *lx, const char *w, size_t *end)
{
    size_t at = (size_t)(w - lx->q);
    while (at + 1 < *end && memcmp(lx->q + at, "\xc2\xa7", 2) == 0)
        at += 2;
    if (at > (size_t)(w - lx->q) && at < *end)
        return lx->q[at] >= '0' && lx->q[at] <= '9';
    if (!para_lead(w, *end - (size_t)(w - lx->q)))
        return 0;
    size_t s = *end;
    while (s < lx->len && is_space((unsigned char)lx->q[s]))
        s++;
    if (s >= lx->len || lx->q[s] < '0' || lx->q[s] > '9')
        return 0;
    size_t e = word_end(lx, s);
    if (lx->q[e - 1] == '*') /* "§ 1*": a sign and a wildcard, as before */
        return 0;
    *end = e;
    return 1;
}

static enum ast_field field_named(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (name_is(s, n, fields[i].name))
            return fields[i].field;
    return FIELD_ANY;
}

static int is_council_field(const char *s, size_t n)
{
    return name_is(s, n, "council") || name_is(s, n, "råd") ||
           name_is(s, n, "kommune");
}

/* år:2017, dato:2024-06, year:, date: (a meeting date or range) */
static int is_date_field(const char *s, size_t n)
{
    return name_is(s, n, "år") || name_is(s, n, "aar") ||
           name_is(s, n, "year") || name_is(s, n, "dato") ||
           name_is(s, n, "date");
}

static int is_kind_field(const char *s, size_t n)
{
    return name_is(s, n, "kind") || name_is(s, n, "type");
}

/* Record a filter node; filter.c resolves it. */
static int add_filter(struct parser *p, enum ast_filter_kind kind,
                      const char *text, size_t len)
{
    struct qry_parse_out *o = p->out;
    if (o->nfilters >= QRY_TERMS_MAX)
        return err_set(p->e, ERR_LIMIT, "query has too many filters, max <%d>",
                       QRY_TERMS_MAX);
    struct ast_filter *f = realloc(o->filters, (o->nfilters + 1) * sizeof *f);
    if (f == NULL)
        return err_set(p->e, ERR_NOMEM, "out of memory");
    o->filters = f;
    f[o->nfilters++] = (struct ast_filter){kind, text, len};
    return ERR_OK;
}

/* NEAR or NEAR/n at w (n bytes): the window, 1..QRY_NEAR_MAX; anything
 * else after the slash is an error, read without overflow. */
static int lex_near(struct parser *p, const char *w, size_t n, size_t end)
{
    struct lexer *lx = &p->lx;
    unsigned win = QRY_NEAR_DEFAULT;
    if (n > 4) {
        win = 0;
        for (size_t i = 5; i < n && win <= QRY_NEAR_MAX; i++) {
            if (w[i] < '0' || w[i] > '9') {
                win = 0;
                break;
            }
            win = win * 10 + (unsigned)(w[i] - '0');
        }
        if (win < 1 || win > QRY_NEAR_MAX)
            return err_set(p->e, ERR_INVAL,
                           "<%.*s> at byte <%zu>: NEAR/n takes a window n "
                           "from 1 to %d words",
                           (int)(n > 16 ? 16 : n), w, lx->pos, QRY_NEAR_MAX);
    }
    lx->kind = LEX_NEAR;
    lx->window = win;
    lx->pos = end;
    return ERR_OK;
}

/* Read the next token into lx. Filters (council:, kind:, år:) are consumed
 * here and recorded as filter nodes in out->filters. */
static int lex_next(struct parser *p)
{
    struct lexer *lx = &p->lx;
    lx->sign = 0;
    lx->field = FIELD_ANY;
    lx->inflect = 0;
again:
    while (lx->pos < lx->len && is_space((unsigned char)lx->q[lx->pos]))
        lx->pos++;
    lx->off = lx->pos;
    if (lx->pos >= lx->len) {
        lx->kind = LEX_END;
        return ERR_OK;
    }
    char c = lx->q[lx->pos];
    if (lx->sign == 0 && lx->field == FIELD_ANY && (c == '+' || c == '-') &&
        lx->pos + 1 < lx->len && !is_space((unsigned char)lx->q[lx->pos + 1])) {
        lx->sign = c;
        lx->pos++;
        c = lx->q[lx->pos];
    }
    if (c == '~' && lx->pos + 1 < lx->len &&
        quote_len(lx->q, lx->len, lx->pos + 1) > 0) {
        lx->inflect = 1; /* ~"skæv bolig": a phrase across inflections */
        lx->pos++;
        c = lx->q[lx->pos];
    }
    if (c == '(') {
        lx->kind = LEX_LPAREN;
        lx->pos++;
        return ERR_OK;
    }
    if (c == ')') {
        lx->kind = LEX_RPAREN;
        lx->pos++;
        return ERR_OK;
    }
    size_t ql = quote_len(lx->q, lx->len, lx->pos);
    if (ql > 0) {
        size_t start = lx->pos + ql, i = start;
        while (i < lx->len && quote_len(lx->q, lx->len, i) == 0)
            i++;
        lx->kind = LEX_PHRASE;
        lx->text = lx->q + start;
        lx->tlen = i - start;
        lx->pos = i < lx->len ? i + quote_len(lx->q, lx->len, i) : i;
        return ERR_OK; /* an unclosed quote runs to the end: lenient */
    }
    size_t end = word_end(lx, lx->pos);
    const char *w = lx->q + lx->pos;
    size_t n = end - lx->pos;
    if (lx->sign == 0 && lx->field == FIELD_ANY) {
        if (n == 3 && memcmp(w, "AND", 3) == 0) {
            lx->kind = LEX_AND;
            lx->pos = end;
            return ERR_OK;
        }
        if (n == 2 && memcmp(w, "OR", 2) == 0) {
            lx->kind = LEX_OR;
            lx->pos = end;
            return ERR_OK;
        }
        if (n == 3 && memcmp(w, "NOT", 3) == 0) {
            lx->kind = LEX_NOT;
            lx->pos = end;
            return ERR_OK;
        }
        if (n >= 4 && memcmp(w, "NEAR", 4) == 0 && (n == 4 || w[4] == '/'))
            return lex_near(p, w, n, end);
    }
    const char *colon = memchr(w, ':', n);
    if (colon != NULL && colon > w && lx->field == FIELD_ANY) {
        size_t fl = (size_t)(colon - w);
        enum ast_field f = field_named(w, fl);
        if (is_kind_field(w, fl) || is_date_field(w, fl)) {
            size_t vstart = (size_t)(colon - lx->q) + 1;
            size_t vend = word_end(lx, vstart);
            int rc =
                add_filter(p, is_kind_field(w, fl) ? FILTER_KIND : FILTER_DATE,
                           lx->q + vstart, vend - vstart);
            if (rc != ERR_OK)
                return rc;
            lx->pos = vend;
            lx->sign = 0;
            goto again;
        }
        if (is_council_field(w, fl)) {
            /* council:X or council:"X Y" - a filter, not a search term */
            size_t vstart = (size_t)(colon - lx->q) + 1, vend;
            size_t vq =
                vstart < lx->len ? quote_len(lx->q, lx->len, vstart) : 0;
            if (vq > 0) {
                vstart += vq;
                vend = vstart;
                while (vend < lx->len && quote_len(lx->q, lx->len, vend) == 0)
                    vend++;
                lx->pos = vend < lx->len
                              ? vend + quote_len(lx->q, lx->len, vend)
                              : vend;
            } else {
                vend = word_end(lx, vstart);
                lx->pos = vend;
            }
            int rc =
                add_filter(p, FILTER_COUNCIL, lx->q + vstart, vend - vstart);
            if (rc != ERR_OK)
                return rc;
            lx->sign = 0;
            goto again;
        }
        if (f != FIELD_ANY) {
            lx->field = f;
            p->out->people |= f == FIELD_PEOPLE;
            lx->pos = (size_t)(colon - lx->q) + 1;
            if (lx->pos >= lx->len || is_space((unsigned char)lx->q[lx->pos]))
                return err_set(p->e, ERR_INVAL,
                               "field <%.*s:> needs a word or phrase after "
                               "it",
                               (int)fl, w);
            int sign = lx->sign;
            enum ast_field keep = lx->field;
            c = lx->q[lx->pos];
            ql = quote_len(lx->q, lx->len, lx->pos);
            /* title:~"skæve boliger": a field's phrase across inflections */
            if (ql == 0 && c == '~' && lx->pos + 1 < lx->len)
                ql = quote_len(lx->q, lx->len, lx->pos + 1);
            if (ql > 0 || c == '(' || c == ')') {
                if (c == '(' || c == ')')
                    return err_set(p->e, ERR_INVAL,
                                   "field <%.*s:> takes a word or phrase, "
                                   "not a group",
                                   (int)fl, w);
                /* re-lex the phrase with the field kept */
                int rc = lex_next(p);
                lx->sign = sign;
                lx->field = keep;
                return rc;
            }
            end = word_end(lx, lx->pos);
            w = lx->q + lx->pos;
            n = end - lx->pos;
        }
    }
    lx->para = lx->field != FIELD_CASE && para_ref(lx, w, &end);
    lx->kind = LEX_WORD;
    lx->text = w;
    lx->tlen = end - (size_t)(w - lx->q);
    lx->pos = end;
    return ERR_OK;
}

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
        while (i < lx->tlen && is_space((unsigned char)lx->text[i]))
            i++;
        size_t s = i;
        while (i < lx->tlen && !is_space((unsigned char)lx->text[i]))
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
        if (lex_next(p) != ERR_OK)
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
    if (lex_next(p) != ERR_OK) {
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
        if (lex_next(p) != ERR_OK)
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
        if (lex_next(p) != ERR_OK)
            goto fail;
        if (kind == AST_AND && p->lx.kind == LEX_NOT) {
            kind = AST_AND_NOT;
            if (lex_next(p) != ERR_OK)
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
        if (lex_next(p) != ERR_OK) {
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
    int rc = lex_next(&p);
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
