/* SPDX-License-Identifier: GPL-2.0-or-later */
/* docfilters.c - the boolean filter terms and value slots of one
 * document: id, file, kind, council words, attendance flag, layout, case
 * number (whole and its parts), year; date, council, authority. */
#include "docbuild_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/parse.h"
#include "xap/schema.h"

/* ---- Case number -------------------------------------------------------- */

struct case_terms {
    xap_doc *d;
    struct buf *t;
    struct err *e;
};

static int add_case_term(void *ctx, const char *s, size_t len)
{
    struct case_terms *c = ctx;
    buf_reset(c->t);
    if (buf_puts(c->t, PFX_CASENO) != ERR_OK ||
        buf_append(c->t, s, len) != ERR_OK)
        return err_set(c->e, ERR_NOMEM, "out of memory");
    int rc = xap_doc_add_term(c->d, c->t->data, c->t->len, WDF_CASENO, c->e);
    return rc == ERR_LIMIT ? ERR_OK : rc;
}

/* XN + each token of the case number and, for a code, its parts: the
 * number is metadata (not in the body text), and researchers type it
 * whole, quoted, or in part ("a26-2-17"). The tokenizer makes the terms,
 * as at query time. */
static int add_case_terms(xap_doc *d, struct buf *t, const char *case_no,
                          struct err *e)
{
    struct txt_tokenizer tz;
    struct txt_tok tok;
    struct case_terms c = {d, t, e};
    txt_tok_init(&tz, case_no, strlen(case_no));
    while (txt_tok_next(&tz, &tok)) {
        int rc = add_case_term(&c, tok.word, tok.wlen);
        if (rc == ERR_OK && txt_tok_is_code(&tok))
            rc = txt_code_parts(tok.word, tok.wlen, 1, add_case_term, &c);
        if (rc != ERR_OK)
            return rc;
    }
    return ERR_OK;
}

/* ---- Boolean terms and values ------------------------------------------ */

static int add_bool(xap_doc *d, struct buf *t, const char *prefix,
                    const char *s, size_t len, struct err *e)
{
    buf_reset(t);
    if (buf_puts(t, prefix) != ERR_OK || buf_append(t, s, len) != ERR_OK)
        return err_set(e, ERR_NOMEM, "out of memory");
    int rc = xap_doc_add_boolean(d, t->data, t->len, e);
    return rc == ERR_LIMIT ? ERR_OK : rc;
}

/* XC + each folded word of the council and the authority. */
static int add_council_terms(xap_doc *d, struct buf *t, const char *s,
                             struct err *e)
{
    if (s == NULL)
        return ERR_OK;
    struct txt_tokenizer tz;
    struct txt_tok tok;
    txt_tok_init(&tz, s, strlen(s));
    while (txt_tok_next(&tz, &tok)) {
        int rc = add_bool(d, t, PFX_COUNCIL, tok.word, tok.wlen, e);
        if (rc != ERR_OK)
            return rc;
    }
    return ERR_OK;
}

static int set_value(xap_doc *d, unsigned slot, const char *v, struct err *e)
{
    if (v == NULL || *v == '\0')
        return ERR_OK;
    return xap_doc_set_value(d, slot, v, strlen(v), e);
}

/* The case number whole, lower-cased (the filter), and its terms. */
static int add_case(xap_doc *d, struct buf *t, const char *case_no,
                    struct err *e)
{
    size_t n = strlen(case_no);
    char *lc = malloc(n + 1);
    if (lc == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    for (size_t i = 0; i <= n; i++)
        lc[i] = (char)tolower((unsigned char)case_no[i]);
    int rc = add_bool(d, t, PFX_CASE, lc, n, e);
    free(lc);
    if (rc == ERR_OK)
        rc = add_case_terms(d, t, case_no, e);
    return rc;
}

int docfilters_add(xap_doc *d, const struct docinfo *di,
                   const struct mnt_item *it, struct err *e)
{
    const struct mnt_meeting *m = di->m;
    struct buf t = {0};
    char ymd[9];
    int rc = add_bool(d, &t, PFX_ID, di->id, strlen(di->id), e);
    if (rc == ERR_OK)
        rc = add_bool(d, &t, PFX_FILE, di->path, strlen(di->path), e);
    if (rc == ERR_OK)
        rc = add_bool(d, &t, PFX_KIND, di->kind, strlen(di->kind), e);
    if (rc == ERR_OK)
        rc = add_council_terms(d, &t, m->council, e);
    if (rc == ERR_OK)
        rc = add_council_terms(d, &t, m->authority, e);
    if (rc == ERR_OK && header_item_is_attendance(it))
        rc = add_bool(d, &t, PFX_FLAG, FLAG_ATTENDANCE, strlen(FLAG_ATTENDANCE),
                      e);
    if (rc == ERR_OK && m->layout != NULL)
        rc = add_bool(d, &t, PFX_LAYOUT, m->layout, strlen(m->layout), e);
    if (rc == ERR_OK && it->case_no != NULL && *it->case_no != '\0')
        rc = add_case(d, &t, it->case_no, e);
    if (rc == ERR_OK && m->date != NULL &&
        parse_iso_day(m->date, strlen(m->date), ymd)) {
        rc = add_bool(d, &t, PFX_YEAR, ymd, 4, e);
        if (rc == ERR_OK)
            rc = xap_doc_set_value(d, SLOT_DATE, ymd, 8, e);
        if (rc == ERR_OK)
            rc = xap_doc_set_value(d, SLOT_YEAR, ymd, 4, e);
    }
    if (rc == ERR_OK)
        rc = set_value(d, SLOT_COUNCIL, m->council, e);
    if (rc == ERR_OK)
        rc = set_value(d, SLOT_AUTHORITY, m->authority, e);
    buf_fini(&t);
    return rc;
}
