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

/* A token of punctuation at lx->pos: a sign ("+ord", "-ord") and a
 * phrase's "~" are noted for the token they stand before; a bracket and
 * a quoted phrase are tokens (1 returned, lx->kind set). */
static int lex_punct(struct lexer *lx)
{
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
    if (c == '(' || c == ')') {
        lx->kind = c == '(' ? LEX_LPAREN : LEX_RPAREN;
        lx->pos++;
        return 1;
    }
    size_t ql = quote_len(lx->q, lx->len, lx->pos);
    if (ql == 0)
        return 0;
    size_t start = lx->pos + ql, i = start;
    while (i < lx->len && quote_len(lx->q, lx->len, i) == 0)
        i++;
    lx->kind = LEX_PHRASE;
    lx->text = lx->q + start;
    lx->tlen = i - start;
    lx->pos = i < lx->len ? i + quote_len(lx->q, lx->len, i) : i;
    return 1; /* an unclosed quote runs to the end: lenient */
}

/* The operators AND, OR, NOT (in capitals, unsigned, outside a field)
 * as tokens; NEAR and NEAR/n by lex_near(). 1 if w[0..n) is one, or an
 * error. */
static int lex_operator(struct parser *p, const char *w, size_t n, size_t end)
{
    struct lexer *lx = &p->lx;
    if (lx->sign != 0 || lx->field != FIELD_ANY)
        return 0;
    if (n >= 4 && memcmp(w, "NEAR", 4) == 0 && (n == 4 || w[4] == '/')) {
        int rc = lex_near(p, w, n, end);
        return rc != ERR_OK ? rc : 1;
    }
    if (n == 3 && memcmp(w, "AND", 3) == 0)
        lx->kind = LEX_AND;
    else if (n == 2 && memcmp(w, "OR", 2) == 0)
        lx->kind = LEX_OR;
    else if (n == 3 && memcmp(w, "NOT", 3) == 0)
        lx->kind = LEX_NOT;
    else
        return 0;
    lx->pos = end;
    return 1;
}

/* A filter at w, its field's name fl bytes before the colon: kind:X,
 * år:X (a date), council:X or council:"X Y". Added to p's filters and
 * lx->pos moved past its value: 1 if w is one, 0 if not, or an error. */
static int lex_filter(struct parser *p, const char *w, size_t fl)
{
    struct lexer *lx = &p->lx;
    size_t vstart = (size_t)(w + fl - lx->q) + 1, vend;
    enum ast_filter_kind kind = FILTER_COUNCIL;
    if (is_kind_field(w, fl) || is_date_field(w, fl)) {
        kind = is_kind_field(w, fl) ? FILTER_KIND : FILTER_DATE;
        vend = word_end(lx, vstart);
        lx->pos = vend;
    } else if (!is_council_field(w, fl)) {
        return 0;
    } else if (vstart < lx->len && quote_len(lx->q, lx->len, vstart) > 0) {
        vstart += quote_len(lx->q, lx->len, vstart);
        vend = vstart;
        while (vend < lx->len && quote_len(lx->q, lx->len, vend) == 0)
            vend++;
        lx->pos =
            vend < lx->len ? vend + quote_len(lx->q, lx->len, vend) : vend;
    } else {
        vend = word_end(lx, vstart);
        lx->pos = vend;
    }
    int rc = add_filter(p, kind, lx->q + vstart, vend - vstart);
    return rc != ERR_OK ? rc : 1;
}

/* A search field at w (title:, people:, …; f, its name fl bytes before
 * the colon): the word after the colon is searched in it, into *wp,
 * *endp. A phrase after the colon is lexed here with the field kept (1
 * returned: the token is read). 0 to read the word, or an error. */
static int lex_field(struct parser *p, const char *w, size_t fl,
                     enum ast_field f, const char **wp, size_t *endp)
{
    struct lexer *lx = &p->lx;
    lx->field = f;
    p->out->people |= f == FIELD_PEOPLE;
    lx->pos = (size_t)(w + fl - lx->q) + 1;
    if (lx->pos >= lx->len || qry_is_space((unsigned char)lx->q[lx->pos]))
        return err_set(p->e, ERR_INVAL,
                       "field <%.*s:> needs a word or phrase after it", (int)fl,
                       w);
    int sign = lx->sign;
    char c = lx->q[lx->pos];
    size_t ql = quote_len(lx->q, lx->len, lx->pos);
    /* title:~"skæve boliger": a field's phrase across inflections */
    if (ql == 0 && c == '~' && lx->pos + 1 < lx->len)
        ql = quote_len(lx->q, lx->len, lx->pos + 1);
    if (c == '(' || c == ')')
        return err_set(p->e, ERR_INVAL,
                       "field <%.*s:> takes a word or phrase, not a group",
                       (int)fl, w);
    if (ql > 0) {
        /* re-lex the phrase with the field kept */
        int rc = qry_lex_next(p);
        lx->sign = sign;
        lx->field = f;
        return rc != ERR_OK ? rc : 1;
    }
    *endp = word_end(lx, lx->pos);
    *wp = lx->q + lx->pos;
    return 0;
}

/* Read the next token into lx. Filters (council:, kind:, år:) are consumed
 * here and recorded as filter nodes in out->filters. */
int qry_lex_next(struct parser *p)
{
    struct lexer *lx = &p->lx;
    lx->sign = 0;
    lx->field = FIELD_ANY;
    lx->inflect = 0;
    for (;;) {
        while (lx->pos < lx->len && qry_is_space((unsigned char)lx->q[lx->pos]))
            lx->pos++;
        lx->off = lx->pos;
        if (lx->pos >= lx->len) {
            lx->kind = LEX_END;
            return ERR_OK;
        }
        if (lex_punct(lx))
            return ERR_OK;
        size_t end = word_end(lx, lx->pos);
        const char *w = lx->q + lx->pos;
        size_t n = end - lx->pos;
        int rc = lex_operator(p, w, n, end);
        if (rc != 0)
            return rc > 0 ? ERR_OK : rc;
        const char *colon = memchr(w, ':', n);
        size_t fl = colon != NULL ? (size_t)(colon - w) : 0;
        if (fl > 0 && lx->field == FIELD_ANY) {
            if ((rc = lex_filter(p, w, fl)) > 0) {
                lx->sign = 0;
                continue; /* the filter is no token */
            }
            enum ast_field f = field_named(w, fl);
            if (rc == 0 && f != FIELD_ANY)
                rc = lex_field(p, w, fl, f, &w, &end);
            if (rc != 0)
                return rc > 0 ? ERR_OK : rc;
        }
        lx->para = lx->field != FIELD_CASE && para_ref(lx, w, &end);
        lx->kind = LEX_WORD;
        lx->text = w;
        lx->tlen = end - (size_t)(w - lx->q);
        lx->pos = end;
        return ERR_OK;
    }
}
