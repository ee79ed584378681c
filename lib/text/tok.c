/* SPDX-License-Identifier: GPL-2.0-or-later */
/* tok.c - the tokenizer: words, hyphenated and suspended words, numbers,
 * URLs and e-mail addresses, folded, from arbitrary bytes. */
#include <string.h>

#include "core/ascii.h"
#include "txt_internal.h"

/* Longest URL or e-mail address scanned; the rest is read as text. */
#define TOK_URL_MAX 2048
/* White space looked through between "børne-" and "og". */
#define TOK_SUSPEND_GAP_MAX 16

void txt_tok_init(struct txt_tokenizer *t, const char *s, size_t len)
{
    t->s = s;
    t->len = s != NULL ? len : 0;
    t->pos = 0;
}

static enum fold_cls cls_at(const struct txt_tokenizer *t, size_t i, size_t *n,
                            uint32_t *cp)
{
    return fold_class_at((const unsigned char *)t->s + i, t->len - i, n, cp);
}

static int is_alnum_cls(enum fold_cls c)
{
    return c == FOLD_CLS_LETTER || c == FOLD_CLS_DIGIT;
}

static int alnum_at(const struct txt_tokenizer *t, size_t i)
{
    size_t n;
    return i < t->len && is_alnum_cls(cls_at(t, i, &n, NULL));
}

static int ascii_prefix(const struct txt_tokenizer *t, size_t i, const char *p)
{
    size_t n = strlen(p);
    if (t->len - i < n)
        return 0;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)t->s[i + k];
        if (ascii_upper(c))
            c |= 0x20;
        if (c != (unsigned char)p[k])
            return 0;
    }
    return 1;
}

/* ---- URLs and e-mail ---------------------------------------------------- */

static int url_stop_byte(unsigned char c)
{
    return c <= ' ' || c == 0x7F || strchr("<>\"`{}|\\^", c) != NULL;
}

/* End of a URL starting at i, or 0 if there is none. */
static size_t scan_url(const struct txt_tokenizer *t, size_t i)
{
    size_t pre;
    if (ascii_prefix(t, i, "http://"))
        pre = 7;
    else if (ascii_prefix(t, i, "https://"))
        pre = 8;
    else if (ascii_prefix(t, i, "www."))
        pre = 4;
    else
        return 0;
    size_t p = i + pre,
           lim = t->len - i > TOK_URL_MAX ? i + TOK_URL_MAX : t->len;
    while (p < lim) {
        unsigned char c = (unsigned char)t->s[p];
        if (c < 0x80) {
            if (url_stop_byte(c))
                break;
            p++;
            continue;
        }
        size_t n;
        enum fold_cls k = cls_at(t, p, &n, NULL);
        if ((k != FOLD_CLS_LETTER && k != FOLD_CLS_MARK) || p + n > lim)
            break;
        p += n;
    }
    while (p > i + pre && strchr(".,;:!?)]}'*", t->s[p - 1]) != NULL)
        p--;
    /* A host needs a letter or digit: "www." alone is not a URL. */
    if (p == i + pre || !alnum_at(t, i + pre))
        return 0;
    return p;
}

static int email_local_byte(unsigned char c)
{
    return ascii_letter(c) || ascii_digit(c) || c == '.' || c == '_' ||
           c == '%' || c == '+' || c == '-';
}

/* End of an e-mail address starting at i (x@y.z, ASCII), or 0. */
static size_t scan_email(const struct txt_tokenizer *t, size_t i)
{
    size_t lim = t->len - i > TOK_URL_MAX ? i + TOK_URL_MAX : t->len;
    size_t p = i;
    while (p < lim && email_local_byte((unsigned char)t->s[p]))
        p++;
    if (p == i || p >= lim || t->s[p] != '@' || t->s[p - 1] == '.')
        return 0;
    p++;
    size_t dom = p, last_dot = 0;
    while (p < lim) {
        unsigned char c = (unsigned char)t->s[p];
        if (ascii_lower(c | 0x20))
            p++;
        else if (ascii_digit(c) || c == '-')
            p++;
        else if (c == '.' && p > dom && t->s[p - 1] != '.' && p + 1 < lim &&
                 alnum_at(t, p + 1) && (unsigned char)t->s[p + 1] < 0x80) {
            last_dot = p;
            p++;
        } else
            break;
    }
    if (last_dot == 0 || p - last_dot < 3) /* top-level domain: 2+ */
        return 0;
    for (size_t k = last_dot + 1; k < p; k++)
        if (((unsigned char)t->s[k] | 0x20) < 'a' ||
            ((unsigned char)t->s[k] | 0x20) > 'z')
            return 0;
    return p;
}

/* URL or address as the token: ASCII lower-cased, cut to TXT_WORD_MAX at
 * a character boundary (the pieces come from the source bytes anyway). */
static void fill_url(const struct txt_tokenizer *t, size_t start, size_t end,
                     struct txt_tok *tok)
{
    size_t n = 0, i = start;
    while (i < end) {
        size_t m = 1;
        unsigned char c = (unsigned char)t->s[i];
        if (c >= 0x80)
            cls_at(t, i, &m, NULL);
        if (n + m > TXT_WORD_MAX)
            break;
        for (size_t k = 0; k < m; k++) {
            unsigned char b = (unsigned char)t->s[i + k];
            tok->word[n++] = (char)(ascii_upper(b) ? b | 0x20 : b);
        }
        i += m;
    }
    tok->word[n] = '\0';
    tok->wlen = n;
    tok->off = start;
    tok->len = end - start;
    tok->flags = TXT_TOK_URL;
}

/* ---- Words -------------------------------------------------------------- */

/* After "børne-": white space and og/eller/samt, or a comma? */
static int suspended_after(const struct txt_tokenizer *t, size_t i)
{
    size_t p = i, gap = 0, n;
    while (p < t->len && gap < TOK_SUSPEND_GAP_MAX &&
           cls_at(t, p, &n, NULL) == FOLD_CLS_SPACE) {
        p += n;
        gap++;
    }
    if (p >= t->len)
        return 0;
    if (t->s[p] == ',')
        return 1;
    if (gap == 0)
        return 0;
    static const char *const conj[] = {"og", "eller", "samt"};
    for (size_t k = 0; k < sizeof conj / sizeof conj[0]; k++) {
        size_t m = strlen(conj[k]);
        if (ascii_prefix(t, p, conj[k]) && !alnum_at(t, p + m))
            return 1;
    }
    return 0;
}

struct word_scan {
    size_t end;
    int letters, hyphens, digit_sep;
};

/* A run of letters and digits, joined by inner hyphens, soft hyphens,
 * combining marks, and . , or / between digits (a journal number
 * "13/39690" is one token, like "1-01-81-11-23"). */
static void scan_word(const struct txt_tokenizer *t, size_t i,
                      struct word_scan *w)
{
    memset(w, 0, sizeof *w);
    enum fold_cls last = FOLD_CLS_SEP;
    size_t p = i;
    while (p < t->len) {
        size_t n;
        enum fold_cls k = cls_at(t, p, &n, NULL);
        if (k == FOLD_CLS_LETTER || (k == FOLD_CLS_MARK && p > i)) {
            w->letters = 1;
            last = FOLD_CLS_LETTER;
        } else if (k == FOLD_CLS_DIGIT) {
            last = FOLD_CLS_DIGIT;
        } else if (k == FOLD_CLS_SOFTHY || k == FOLD_CLS_HYPHEN) {
            if (!alnum_at(t, p + n))
                break;
            w->hyphens += k == FOLD_CLS_HYPHEN;
        } else if ((t->s[p] == '.' || t->s[p] == ',' || t->s[p] == '/') &&
                   last == FOLD_CLS_DIGIT && !w->letters && p + 1 < t->len &&
                   ascii_digit(t->s[p + 1])) {
            w->digit_sep = 1;
        } else {
            break;
        }
        p += n;
    }
    w->end = p;
}

static int try_email(const struct txt_tokenizer *t, size_t start, size_t end,
                     struct txt_tok *tok)
{
    if (end >= t->len || t->s[end] == '\0' ||
        strchr("@._%+-", t->s[end]) == NULL)
        return 0;
    size_t e = scan_email(t, start);
    if (e == 0)
        return 0;
    fill_url(t, start, e, tok);
    return 1;
}

int txt_tok_next(struct txt_tokenizer *t, struct txt_tok *tok)
{
    while (t->pos < t->len) {
        size_t n;
        uint32_t cp;
        enum fold_cls k = cls_at(t, t->pos, &n, &cp);
        if (!is_alnum_cls(k)) {
            t->pos += n;
            continue;
        }
        size_t start = t->pos;
        size_t ue = scan_url(t, start);
        if (ue != 0) {
            fill_url(t, start, ue, tok);
            t->pos = ue;
            return 1;
        }
        struct word_scan w;
        scan_word(t, start, &w);
        t->pos = w.end;
        if (try_email(t, start, w.end, tok)) {
            t->pos = start + tok->len;
            return 1;
        }
        int ovf;
        tok->wlen = fold_str(t->s + start, w.end - start, tok->word,
                             sizeof tok->word, &ovf);
        if (ovf || tok->wlen == 0)
            continue; /* base64, table debris: not a word */
        tok->off = start;
        tok->len = w.end - start;
        tok->flags = 0;
        if (!w.letters)
            tok->flags |= TXT_TOK_NUMBER;
        else if (w.hyphens)
            tok->flags |= TXT_TOK_HYPHENATED;
        if (fold_is_upper(cp))
            tok->flags |= TXT_TOK_CAPITAL;
        if (w.letters && w.end < t->len) {
            enum fold_cls h = cls_at(t, w.end, &n, NULL);
            if (h == FOLD_CLS_HYPHEN && suspended_after(t, w.end + n))
                tok->flags |= TXT_TOK_SUSPENDED;
        }
        return 1;
    }
    return 0;
}
