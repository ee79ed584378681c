/* SPDX-License-Identifier: GPL-2.0-or-later */
/* vocab.c - the compound-splitting lexicon's corpus half: the exact words
 * already in the index plus every word of the files changed in this run,
 * so the lexicon of a --rebuild equals that of the runs that led to it. */
#include "indexer.h"

#include <string.h>

int vocab_is_candidate(const char *w, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c < 0x80 && (c < 'a' || c > 'z'))
            return 0; /* digits, hyphens, dots, prefixes: no lexicon word */
    }
    return utf8_count(w, len) >= INDEXER_VOCAB_MIN_CHARS;
}

static int add_word(struct txt_lexicon *lx, const char *w, size_t len,
                    struct err *e)
{
    if (!vocab_is_candidate(w, len))
        return ERR_OK;
    int rc = txt_lexicon_add(lx, w, len);
    if (rc != ERR_OK)
        return err_set(e, rc, "lexicon: cannot add a word (out of memory?)");
    return ERR_OK;
}

static int add_text(struct txt_lexicon *lx, const char *s, struct err *e)
{
    if (s == NULL)
        return ERR_OK;
    struct txt_tokenizer t;
    struct txt_tok tok;
    txt_tok_init(&t, s, strlen(s));
    while (txt_tok_next(&t, &tok)) {
        if (tok.flags & (TXT_TOK_NUMBER | TXT_TOK_URL))
            continue;
        if (!(tok.flags & TXT_TOK_HYPHENATED)) {
            int rc = add_word(lx, tok.word, tok.wlen, e);
            if (rc != ERR_OK)
                return rc;
            continue;
        }
        /* "social-og" -> its parts; the joined form is no lexicon word */
        for (size_t a = 0, b; a < tok.wlen; a = b + 1) {
            const char *dash = memchr(tok.word + a, '-', tok.wlen - a);
            b = dash != NULL ? (size_t)(dash - tok.word) : tok.wlen;
            int rc = add_word(lx, tok.word + a, b - a, e);
            if (rc != ERR_OK)
                return rc;
        }
    }
    return ERR_OK;
}

int vocab_add_meeting(struct txt_lexicon *lx, const struct mnt_meeting *m,
                      struct err *e)
{
    int rc = ERR_OK;
    if (m->next != NULL) /* the file's further meetings */
        rc = vocab_add_meeting(lx, m->next, e);
    for (size_t i = 0; rc == ERR_OK && i < m->nitems; i++) {
        const struct mnt_item *it = &m->items[i];
        rc = add_text(lx, it->title, e);
        for (size_t s = 0; rc == ERR_OK && s < it->nsections; s++)
            rc = add_text(lx, it->sections[s].text, e);
        if (rc == ERR_OK && it->nsections == 0)
            rc = add_text(lx, it->body, e);
        if (rc == ERR_OK)
            rc = add_text(lx, it->attendees, e);
    }
    return rc;
}

struct index_walk {
    struct txt_lexicon *lx;
    struct err *e;
};

static int index_term(void *ctx, const char *term, size_t len, uint32_t freq)
{
    struct index_walk *iw = ctx;
    (void)freq;
    return add_word(iw->lx, term, len, iw->e);
}

int vocab_add_index(struct txt_lexicon *lx, xap_wdb *w, struct err *e)
{
    /* Exact words are the unprefixed terms: they start with a lower-case
     * letter or a UTF-8 lead byte. Walking only those skips the (many)
     * prefixed and stemmed terms. */
    struct index_walk iw = {lx, e};
    char prefix[2] = {0};
    for (unsigned c = 'a'; c <= 0xf4; c++) {
        if (c > 'z' && c < 0xc2)
            continue;
        prefix[0] = (char)c;
        int rc = xap_wdb_allterms(w, prefix, index_term, &iw, e);
        if (rc != ERR_OK)
            return rc;
    }
    return ERR_OK;
}
