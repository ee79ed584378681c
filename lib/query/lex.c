/* SPDX-License-Identifier: GPL-2.0-or-later */
/* lex.c - the query language's lexer: a query string -> tokens (words,
 * "phrases", AND/OR/NOT/NEAR, signs, fields, parentheses) for parse.c.
 * Apart from the parser because what a token is (quote marks, field and
 * filter names, § references) is its own concern; filters (council:,
 * kind:, år:) are consumed here and recorded as filter nodes. */
#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
#include "core/fold.h"
#include "query/query_internal.h"

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

int qry_is_space(unsigned char c)
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
    return qry_is_space(c) || c == '(' || c == ')' || quote_len(q, len, i) > 0;
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
        return ascii_digit(lx->q[at]);
    if (!para_lead(w, *end - (size_t)(w - lx->q)))
        return 0;
    size_t s = *end;
    while (s < lx->len && qry_is_space((unsigned char)lx->q[s]))
        s++;
    if (s >= lx->len || !ascii_digit(lx->q[s]))
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
            if (!ascii_digit(w[i])) {
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
int qry_lex_next(struct parser *p)
{
    struct lexer *lx = &p->lx;
    lx->sign = 0;
    lx->field = FIELD_ANY;
    lx->inflect = 0;
again:
    while (lx->pos < lx->len && qry_is_space((unsigned char)lx->q[lx->pos]))
        lx->pos++;
    lx->off = lx->pos;
    if (lx->pos >= lx->len) {
        lx->kind = LEX_END;
        return ERR_OK;
    }
    char c = lx->q[lx->pos];
    if (lx->sign == 0 && lx->field == FIELD_ANY && (c == '+' || c == '-') &&
        lx->pos + 1 < lx->len &&
        !qry_is_space((unsigned char)lx->q[lx->pos + 1])) {
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
            if (lx->pos >= lx->len ||
                qry_is_space((unsigned char)lx->q[lx->pos]))
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
                int rc = qry_lex_next(p);
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
