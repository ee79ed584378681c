/* SPDX-License-Identifier: GPL-2.0-or-later */
/* lexicon.c - the set of folded words the compound splitter looks parts up
 * in: open addressing over 32-bit hashes, strings in one arena. Built once
 * (from a word list such as /usr/share/dict/danish), then read-only. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "txt_internal.h"

/* Largest word list file read (Debian's danish list is 3.9 MB). */
#define LEX_FILE_MAX (256u << 20)
/* Longer lines are not words. */
#define LEX_LINE_MAX 256

struct lex_slot {
    uint32_t hash;
    uint32_t off; /* arena offset + 1 of [len][bytes]; 0: empty */
};

struct txt_lexicon {
    struct lex_slot *slots;
    size_t mask; /* slots - 1, a power of two minus one */
    size_t count;
    size_t maxlen;
    char *arena;
    size_t alen, acap;
};

/* FNV-1a, then a murmur3 finaliser so the low bits index well. */
static uint32_t hash_final(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

static uint32_t hash_bytes(const char *s, size_t len)
{
    uint32_t h = TXT_LEX_HASH_INIT;
    for (size_t i = 0; i < len; i++)
        h = txt_lex_hash_step(h, (unsigned char)s[i]);
    return h;
}

struct txt_lexicon *txt_lexicon_new(struct err *e)
{
    struct txt_lexicon *lx = calloc(1, sizeof *lx);
    if (lx == NULL) {
        err_set(e, ERR_NOMEM, "out of memory for a lexicon");
        return NULL;
    }
    lx->mask = 1023;
    lx->slots = calloc(lx->mask + 1, sizeof *lx->slots);
    if (lx->slots == NULL) {
        free(lx);
        err_set(e, ERR_NOMEM, "out of memory for a lexicon");
        return NULL;
    }
    return lx;
}

void txt_lexicon_free(struct txt_lexicon *lx)
{
    if (lx == NULL)
        return;
    free(lx->slots);
    free(lx->arena);
    free(lx);
}

size_t txt_lexicon_size(const struct txt_lexicon *lx)
{
    return lx != NULL ? lx->count : 0;
}

size_t txt_lexicon_maxlen(const struct txt_lexicon *lx)
{
    return lx != NULL ? lx->maxlen : 0;
}

/* Slot holding the word, or the empty slot where it would go. */
static struct lex_slot *find_slot(const struct txt_lexicon *lx, uint32_t h,
                                  const char *word, size_t len)
{
    size_t i = h & lx->mask;
    for (;;) {
        struct lex_slot *s = &lx->slots[i];
        if (s->off == 0)
            return s;
        if (s->hash == h) {
            const unsigned char *a =
                (const unsigned char *)lx->arena + s->off - 1;
            if (a[0] == len && memcmp(a + 1, word, len) == 0)
                return s;
        }
        i = (i + 1) & lx->mask;
    }
}

int txt_lexicon_has_h(const struct txt_lexicon *lx, uint32_t h,
                      const char *word, size_t len)
{
    if (lx == NULL || len == 0 || len > lx->maxlen)
        return 0;
    return find_slot(lx, hash_final(h), word, len)->off != 0;
}

int txt_lexicon_has(const struct txt_lexicon *lx, const char *word,
                    size_t len)
{
    return txt_lexicon_has_h(lx, hash_bytes(word, len), word, len);
}

static int grow(struct txt_lexicon *lx)
{
    size_t n = (lx->mask + 1) * 2;
    struct lex_slot *ns = calloc(n, sizeof *ns);
    if (ns == NULL)
        return ERR_NOMEM;
    for (size_t i = 0; i <= lx->mask; i++) {
        if (lx->slots[i].off == 0)
            continue;
        size_t j = lx->slots[i].hash & (n - 1);
        while (ns[j].off != 0)
            j = (j + 1) & (n - 1);
        ns[j] = lx->slots[i];
    }
    free(lx->slots);
    lx->slots = ns;
    lx->mask = n - 1;
    return ERR_OK;
}

/* Only words made of letters are useful parts: no digits, hyphens,
 * apostrophes ("A-aktie", "A's"); at least 3 letters. */
static int letters_only(const char *w, size_t len)
{
    const unsigned char *u = (const unsigned char *)w;
    size_t chars = 0;
    for (size_t i = 0; i < len;) {
        size_t n = 1;
        uint32_t cp = u[i];
        if (cp >= 0x80)
            cp = txt_utf8_next(u + i, len - i, &n);
        if (cp == TXT_CP_BAD || txt_cp_class(cp) != TXT_CLS_LETTER)
            return 0;
        i += n;
        chars++;
    }
    return chars >= 3;
}

int txt_lexicon_add(struct txt_lexicon *lx, const char *word, size_t len)
{
    char f[TXT_WORD_MAX + 1];
    int ovf;
    if (lx == NULL || word == NULL)
        return ERR_INVAL;
    size_t n = txt_fold_n(word, len, f, sizeof f, &ovf);
    if (ovf || n > 255 || !letters_only(f, n))
        return ERR_OK; /* not a word we split with */
    uint32_t h = hash_final(hash_bytes(f, n));
    struct lex_slot *s = find_slot(lx, h, f, n);
    if (s->off != 0)
        return ERR_OK;
    if (lx->alen + n + 1 > lx->acap) {
        size_t cap = lx->acap ? lx->acap * 2 : 1u << 16;
        if (cap > UINT32_MAX - 1)
            return ERR_NOMEM;
        char *a = realloc(lx->arena, cap);
        if (a == NULL)
            return ERR_NOMEM;
        lx->arena = a;
        lx->acap = cap;
    }
    lx->arena[lx->alen] = (char)n;
    memcpy(lx->arena + lx->alen + 1, f, n);
    s->hash = h;
    s->off = (uint32_t)lx->alen + 1;
    lx->alen += n + 1;
    lx->count++;
    if (n > lx->maxlen)
        lx->maxlen = n;
    /* Keep the load under 1/2: probes stay short for the splitter. */
    if (lx->count * 2 > lx->mask + 1 && grow(lx) != ERR_OK)
        return ERR_NOMEM;
    return ERR_OK;
}

/* One line of a word list: "/FLAGS" cut off, Latin-1 made UTF-8. */
static int add_line(struct txt_lexicon *lx, const char *s, size_t len)
{
    const char *slash = memchr(s, '/', len);
    if (slash != NULL)
        len = (size_t)(slash - s);
    while (len > 0 && (s[len - 1] == '\r' || s[len - 1] == ' ' ||
                       s[len - 1] == '\t'))
        len--;
    if (len == 0 || len > LEX_LINE_MAX || s[0] == '#')
        return ERR_OK;
    if (txt_utf8_valid(s, len))
        return txt_lexicon_add(lx, s, len);
    char tmp[LEX_LINE_MAX * 2];
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += txt_utf8_put((unsigned char)s[i], tmp + n);
    return txt_lexicon_add(lx, tmp, n);
}

int txt_lexicon_load(struct txt_lexicon *lx, const char *path, struct err *e)
{
    if (lx == NULL || path == NULL)
        return err_set(e, ERR_INVAL, "lexicon load: no lexicon or path");
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return err_set(e, ERR_IO, "open <%s>: %s", path, strerror(errno));
    struct buf b = {0};
    struct err re;
    int rc = buf_read_file(&b, f, LEX_FILE_MAX, &re);
    fclose(f);
    if (rc != ERR_OK) {
        buf_fini(&b);
        return err_set(e, rc, "<%s>: %s", path, re.msg);
    }
    size_t i = 0;
    while (i < b.len && rc == ERR_OK) {
        const char *nl = memchr(b.data + i, '\n', b.len - i);
        size_t end = nl != NULL ? (size_t)(nl - b.data) : b.len;
        rc = add_line(lx, b.data + i, end - i);
        i = end + 1;
    }
    buf_fini(&b);
    if (rc != ERR_OK)
        return err_set(e, rc, "out of memory loading <%s>", path);
    return ERR_OK;
}
