/* SPDX-License-Identifier: GPL-2.0-or-later */
/* lexicon.c - the set of folded words the compound splitter looks parts up
 * in: open addressing over 32-bit hashes, strings in one arena. Built once
 * (from a word list such as /usr/share/dict/danish, plus the corpus's
 * vocabulary), then read-only. Words from the list are marked "listed". */
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
    uint32_t off; /* arena offset + 1 of [len|LISTED][bytes]; 0: empty */
};

/* In an entry's length byte: the word came from a word list file
 * (txt_lexicon_load), not from txt_lexicon_add (corpus vocabulary). */
#define LEX_LISTED   0x80
#define LEX_LEN_MASK 0x7F

struct txt_lexicon {
    struct lex_slot *slots;
    size_t mask; /* slots - 1, a power of two minus one */
    /* A one-hash Bloom filter of 4 bits per slot (512 KB for the Danish
     * list), so most of the splitter's misses never touch the table. */
    uint64_t *bloom;
    unsigned bloom_shift; /* 32 - log2(bits) */
    size_t count;
    size_t listed; /* words from a word list file */
    size_t maxlen;
    char *arena;
    size_t alen, acap;
    uint64_t stamp; /* changes with every word added (split cache key) */
};

/* Stamps are unique across all lexicons of the process, so a cached split
 * can never be taken for another lexicon's or an older state's. */
static _Atomic uint64_t stamp_counter;

uint64_t txt_lexicon_stamp(const struct txt_lexicon *lx)
{
    return lx->stamp;
}

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

static uint32_t bloom_bit(const struct txt_lexicon *lx, uint32_t h)
{
    return (h * 0x9E3779B1u) >> lx->bloom_shift;
}

static int bloom_has(const struct txt_lexicon *lx, uint32_t h)
{
    uint32_t b = bloom_bit(lx, h);
    return (lx->bloom[b >> 6] >> (b & 63)) & 1;
}

static void bloom_set(struct txt_lexicon *lx, uint32_t h)
{
    uint32_t b = bloom_bit(lx, h);
    lx->bloom[b >> 6] |= (uint64_t)1 << (b & 63);
}

/* A filter for `slots` slots, filled from the table. */
static int bloom_build(struct txt_lexicon *lx, size_t slots)
{
    unsigned log2 = 0;
    while (((size_t)1 << log2) < slots * 4)
        log2++;
    uint64_t *bl = calloc(((size_t)1 << log2) / 64, sizeof *bl);
    if (bl == NULL)
        return ERR_NOMEM;
    free(lx->bloom);
    lx->bloom = bl;
    lx->bloom_shift = 32 - log2;
    for (size_t i = 0; i <= lx->mask; i++)
        if (lx->slots[i].off != 0)
            bloom_set(lx, lx->slots[i].hash);
    return ERR_OK;
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
    lx->stamp = ++stamp_counter;
    lx->slots = calloc(lx->mask + 1, sizeof *lx->slots);
    if (lx->slots == NULL || bloom_build(lx, lx->mask + 1) != ERR_OK) {
        free(lx->slots);
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
    free(lx->bloom);
    free(lx->arena);
    free(lx);
}

size_t txt_lexicon_size(const struct txt_lexicon *lx)
{
    return lx != NULL ? lx->count : 0;
}

size_t txt_lexicon_listed(const struct txt_lexicon *lx)
{
    return lx != NULL ? lx->listed : 0;
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
            if ((a[0] & LEX_LEN_MASK) == len && memcmp(a + 1, word, len) == 0)
                return s;
        }
        i = (i + 1) & lx->mask;
    }
}

int txt_lexicon_find_h(const struct txt_lexicon *lx, uint32_t h,
                       const char *word, size_t len)
{
    if (lx == NULL || len == 0 || len > lx->maxlen)
        return TXT_LEX_ABSENT;
    h = hash_final(h);
    if (!bloom_has(lx, h))
        return TXT_LEX_ABSENT;
    const struct lex_slot *s = find_slot(lx, h, word, len);
    if (s->off == 0)
        return TXT_LEX_ABSENT;
    return (lx->arena[s->off - 1] & LEX_LISTED) ? TXT_LEX_LISTED
                                                : TXT_LEX_ADDED;
}

int txt_lexicon_has(const struct txt_lexicon *lx, const char *word, size_t len)
{
    return txt_lexicon_find_h(lx, hash_bytes(word, len), word, len) !=
           TXT_LEX_ABSENT;
}

int txt_lexicon_is_listed(const struct txt_lexicon *lx, const char *word,
                          size_t len)
{
    return txt_lexicon_find_h(lx, hash_bytes(word, len), word, len) ==
           TXT_LEX_LISTED;
}

/* Rehash into a table of at least `want` slots (a power of two). */
static int resize(struct txt_lexicon *lx, size_t want)
{
    size_t n = lx->mask + 1;
    while (n < want)
        n *= 2;
    if (n == lx->mask + 1)
        return ERR_OK;
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
    return bloom_build(lx, n);
}

/* Only words made of letters are useful parts: no digits, hyphens,
 * apostrophes ("A-aktie", "A's"); at least 3 letters. */
static int letters_only(const char *w, size_t len)
{
    const unsigned char *u = (const unsigned char *)w;
    size_t chars = 0;
    for (size_t i = 0; i < len;) {
        size_t n;
        if (!fold_is_letter(utf8_next(u + i, len - i, &n)))
            return 0;
        i += n;
        chars++;
    }
    return chars >= 3;
}

/* Room for `extra` more arena bytes; offsets must fit in 32 bits. */
static int reserve_arena(struct txt_lexicon *lx, size_t extra)
{
    if (lx->alen + extra <= lx->acap)
        return ERR_OK;
    size_t cap = lx->acap ? lx->acap : 1u << 16;
    while (cap < lx->alen + extra)
        cap *= 2;
    if (cap > UINT32_MAX - 1)
        return ERR_NOMEM;
    char *a = realloc(lx->arena, cap);
    if (a == NULL)
        return ERR_NOMEM;
    lx->arena = a;
    lx->acap = cap;
    return ERR_OK;
}

static int add_word(struct txt_lexicon *lx, const char *word, size_t len,
                    int listed)
{
    char f[TXT_WORD_MAX + 1];
    int ovf;
    if (lx == NULL || word == NULL)
        return ERR_INVAL;
    size_t n = fold_str(word, len, f, sizeof f, &ovf);
    if (ovf || !letters_only(f, n))
        return ERR_OK; /* not a word we split with */
    uint32_t h = hash_final(hash_bytes(f, n));
    struct lex_slot *s = find_slot(lx, h, f, n);
    if (s->off != 0) {
        if (listed && !(lx->arena[s->off - 1] & LEX_LISTED)) {
            lx->arena[s->off - 1] |= LEX_LISTED;
            lx->listed++;
            lx->stamp = ++stamp_counter;
        }
        return ERR_OK;
    }
    if (reserve_arena(lx, n + 1) != ERR_OK)
        return ERR_NOMEM;
    lx->arena[lx->alen] = (char)(n | (listed ? LEX_LISTED : 0));
    memcpy(lx->arena + lx->alen + 1, f, n);
    s->hash = h;
    s->off = (uint32_t)lx->alen + 1;
    bloom_set(lx, h);
    lx->alen += n + 1;
    lx->count++;
    lx->listed += listed != 0;
    lx->stamp = ++stamp_counter;
    if (n > lx->maxlen)
        lx->maxlen = n;
    /* Keep the load under 1/2: probes stay short for the splitter. */
    if (lx->count * 2 > lx->mask + 1 &&
        resize(lx, (lx->mask + 1) * 2) != ERR_OK)
        return ERR_NOMEM;
    return ERR_OK;
}

int txt_lexicon_add(struct txt_lexicon *lx, const char *word, size_t len)
{
    return add_word(lx, word, len, 0);
}

/* One line of a word list: "/FLAGS" cut off, Latin-1 made UTF-8. */
static int add_line(struct txt_lexicon *lx, const char *s, size_t len)
{
    const char *slash = memchr(s, '/', len);
    if (slash != NULL)
        len = (size_t)(slash - s);
    while (len > 0 &&
           (s[len - 1] == '\r' || s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    if (len == 0 || len > LEX_LINE_MAX || s[0] == '#')
        return ERR_OK;
    if (utf8_valid(s, len))
        return add_word(lx, s, len, 1);
    char tmp[LEX_LINE_MAX * 2];
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += utf8_put((unsigned char)s[i], tmp + n);
    return add_word(lx, tmp, n, 1);
}

int txt_lexicon_load(struct txt_lexicon *lx, const char *path, struct err *e)
{
    if (lx == NULL || path == NULL)
        return err_set(e, ERR_INVAL, "lexicon load: no lexicon or path");
    /* an operator's file: a FIFO or /dev/zero must not wedge a reload */
    struct buf b = {0};
    int rc = buf_load_file(&b, path, LEX_FILE_MAX, e);
    if (rc != ERR_OK) {
        buf_fini(&b);
        return rc;
    }
    /* Size the table and the arena for the whole file up front: one
     * word per line, at most one byte more per word than the file. */
    size_t lines = 1;
    for (const char *p = b.data;
         (p = memchr(p, '\n', b.len - (size_t)(p - b.data))) != NULL; p++)
        lines++;
    if (resize(lx, (lx->count + lines) * 2) != ERR_OK ||
        reserve_arena(lx, b.len + lines) != ERR_OK) {
        buf_fini(&b);
        return err_set(e, ERR_NOMEM, "out of memory loading <%s>", path);
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
