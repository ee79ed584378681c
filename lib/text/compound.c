/* SPDX-License-Identifier: GPL-2.0-or-later */
/* compound.c - Danish compound splitting by dynamic programming over the
 * folded word: known parts, optional linking s or e, fewest parts first,
 * then the longest last part (the head). README.md explains the choices. */
#include <libstemmer.h>
#include <pthread.h>
#include <string.h>

#include "core/ascii.h"
#include "txt_internal.h"

#define NO_CHAR 0xFF /* byte inside a UTF-8 sequence */
#define INF     0xFF

/* Minimum parts' lengths in characters. A 3-letter part may be the first
 * ("rusmiddel"), the head ("udsatteråd", "fixerum") or be followed by a
 * linking letter ("regionsrådsmøde"); other inner parts need 4, which
 * stops chains of short words ("dagsordenid" is not dag + ord + enid). A
 * word of the word list itself (txt_lexicon_is_listed) splits only into
 * parts of 4 or more letters ("rapport" is not rap + port, "forslag" not
 * fors + lag); corpus words added one by one do not count. */
#define PART_MIN_CHARS  3
#define INNER_MIN_CHARS 4
#define KNOWN_MIN_CHARS 4
/* The head must keep at least this many characters in the whole word's
 * Snowball stem (one less for a 3-letter head), so that an ending is
 * never a head: "afgørende" -> stem "afgør", not afgør + ende; "daglige"
 * -> "dag", not dag + lige; "borgere" -> "borg", not bor + gere. */
#define HEAD_STEM_CHARS 3
/* With a word list loaded, a part known only from the corpus vocabulary
 * (txt_lexicon_add) costs as much as this many word-list parts: the
 * corpus fills gaps ("covid"), but a line-break fragment
 * ("stofindtagel-") never beats real words (stof + indtagelse + rum). */
#define CORPUS_PART_COST 3

struct split_dp {
    const struct txt_lexicon *lx;
    const char *w;
    size_t len;
    unsigned min_chars; /* PART_MIN_CHARS, or KNOWN_MIN_CHARS */
    int has_list;       /* the lexicon holds word-list words */
    int stem_chars;     /* of the word's stem; -1: not computed yet */
    unsigned char chars[TXT_SPLIT_BYTES_MAX + 1]; /* chars before byte i */
    /* Least cost (parts, CORPUS_PART_COST for corpus-only ones) covering
     * w[0..i), the last part ending at i (v = 0) or at i - 1 with a
     * linking letter at i - 1 (v = 1); pred = that part's start. */
    unsigned char cnt[TXT_SPLIT_BYTES_MAX + 1][2];
    unsigned char pred[TXT_SPLIT_BYTES_MAX + 1][2];
};

/* The splitter has no stemmer argument (txt_compound_split is called
 * from any thread), so it keeps one libstemmer object per thread, freed
 * when the thread exits. */
static pthread_key_t stem_key;
static pthread_once_t stem_once = PTHREAD_ONCE_INIT;
static int stem_key_ok;

static void stem_free(void *p)
{
    sb_stemmer_delete(p);
}

static void stem_key_init(void)
{
    stem_key_ok = pthread_key_create(&stem_key, stem_free) == 0;
}

static struct sb_stemmer *thread_stemmer(void)
{
    if (pthread_once(&stem_once, stem_key_init) != 0 || !stem_key_ok)
        return NULL;
    struct sb_stemmer *sb = pthread_getspecific(stem_key);
    if (sb == NULL) {
        sb = sb_stemmer_new("danish", "UTF_8");
        if (sb != NULL && pthread_setspecific(stem_key, sb) != 0) {
            sb_stemmer_delete(sb);
            sb = NULL;
        }
    }
    return sb;
}

/* Characters of the word's stem (the stem is a prefix of the word);
 * without a stemmer, the whole word (no constraint). */
static unsigned stem_chars(struct split_dp *d)
{
    if (d->stem_chars >= 0)
        return (unsigned)d->stem_chars;
    d->stem_chars = d->chars[d->len];
    struct sb_stemmer *sb = thread_stemmer();
    if (sb == NULL)
        return (unsigned)d->stem_chars;
    const sb_symbol *s =
        sb_stemmer_stem(sb, (const sb_symbol *)d->w, (int)d->len);
    if (s == NULL)
        return (unsigned)d->stem_chars;
    int n = sb_stemmer_length(sb), c = 0;
    for (int i = 0; i < n; i++)
        c += !utf8_is_cont(s[i]);
    d->stem_chars = c;
    return (unsigned)c;
}

static void relax(struct split_dp *d, size_t at, int v, unsigned c, size_t p)
{
    /* Strictly cheaper only: the first start found (the smallest p, so
     * the longest part) wins a tie. */
    if (c < d->cnt[at][v]) {
        d->cnt[at][v] = (unsigned char)c;
        d->pred[at][v] = (unsigned char)p;
    }
}

static unsigned state_cnt(const struct split_dp *d, size_t i)
{
    return d->cnt[i][0] < d->cnt[i][1] ? d->cnt[i][0] : d->cnt[i][1];
}

/* Only a lower-case letter word of valid shape is split. Fills chars[]. */
static int prepare(struct split_dp *d)
{
    const unsigned char *u = (const unsigned char *)d->w;
    unsigned nc = 0;
    for (size_t i = 0; i < d->len; i++) {
        if (u[i] < 0x80) {
            if (u[i] < 'a' || u[i] > 'z')
                return 0;
            d->chars[i] = (unsigned char)nc++;
        } else if (!utf8_is_cont(u[i])) {
            d->chars[i] = (unsigned char)nc++;
        } else {
            if (i == 0)
                return 0;
            d->chars[i] = NO_CHAR;
        }
    }
    d->chars[d->len] = (unsigned char)nc;
    d->stem_chars = -1;
    d->has_list = txt_lexicon_listed(d->lx) > 0;
    d->min_chars = txt_lexicon_is_listed(d->lx, d->w, d->len) ? KNOWN_MIN_CHARS
                                                              : PART_MIN_CHARS;
    memset(d->cnt, INF, sizeof d->cnt);
    d->cnt[0][0] = 0;
    return 1;
}

/* The cost of `s` (hash state h) as a part, 0 if it cannot be one. */
static unsigned part_cost(const struct split_dp *d, uint32_t h, const char *s,
                          size_t n)
{
    int k = txt_lexicon_find_h(d->lx, h, s, n);
    if (k == TXT_LEX_ABSENT || txt_is_nonpart(s, n))
        return 0;
    return k == TXT_LEX_LISTED || !d->has_list ? 1 : CORPUS_PART_COST;
}

/* "samarbejds-": the part before a linking s may have lost its final e
 * (samarbejde); the part is then "samarbejd" (stems the same). */
static unsigned elided_e_cost(const struct split_dp *d, uint32_t h, size_t p,
                              size_t j)
{
    char tmp[TXT_SPLIT_BYTES_MAX + 1];
    memcpy(tmp, d->w + p, j - p);
    tmp[j - p] = 'e';
    return part_cost(d, txt_lex_hash_step(h, 'e'), tmp, j - p + 1);
}

/* Endings after which an s is the linking s: "oplysningsuge" is
 * oplysning + s + uge, not oplysning + suge. */
static int ends_needing_link_s(const char *w, size_t len)
{
    static const char *const ends[] = {"ing", "hed",  "else", "ion",
                                       "dom", "skab", "sel",  "tet"};
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
        size_t n = strlen(ends[i]);
        if (len >= n && memcmp(w + len - n, ends[i], n) == 0)
            return 1;
    }
    return 0;
}

/* State p was reached through a linking s at p - 1: is that s expected
 * there? After -ing, -hed, ... and after an elided e (arbejd(e)-s-). */
static int link_s_expected(const struct split_dp *d, size_t p)
{
    size_t start = d->pred[p][1];
    if (ends_needing_link_s(d->w + start, p - 1 - start))
        return 1;
    uint32_t h = TXT_LEX_HASH_INIT;
    for (size_t i = start; i < p - 1; i++)
        h = txt_lex_hash_step(h, (unsigned char)d->w[i]);
    return txt_lexicon_find_h(d->lx, h, d->w + start, p - 1 - start) ==
               TXT_LEX_ABSENT &&
           elided_e_cost(d, h, start, p - 1) > 0;
}

/* Is w[p..len) an acceptable head for a split costing `total`? Cheaper
 * wins; on a tie the longer head (smaller p) wins, except that an
 * expected linking s beats a head starting with that s. */
static void consider_head(struct split_dp *d, size_t p, unsigned total,
                          size_t *best_h, unsigned *best_total)
{
    unsigned hc = d->chars[d->len] - d->chars[p];
    unsigned keep = hc > HEAD_STEM_CHARS ? HEAD_STEM_CHARS : hc - 1;
    if (total > *best_total || txt_is_nonhead(d->w + p, d->len - p) ||
        d->chars[p] + keep > stem_chars(d))
        return;
    if (total == *best_total &&
        !(*best_h + 1 == p && d->w[*best_h] == 's' &&
          d->cnt[p][1] == total - 1 && link_s_expected(d, p)))
        return;
    *best_total = total;
    *best_h = p;
}

/* Extend every part that starts at p, and try w[p..] as the head. */
static void step_from(struct split_dp *d, size_t p, size_t *best_h,
                      unsigned *best_total)
{
    unsigned c = state_cnt(d, p);
    if (c == INF || c + 1 > TXT_SPLIT_PARTS_MAX)
        return;
    size_t maxlen = txt_lexicon_maxlen(d->lx);
    uint32_t h = TXT_LEX_HASH_INIT;
    for (size_t j = p + 1; j <= d->len && j - p <= maxlen; j++) {
        h = txt_lex_hash_step(h, (unsigned char)d->w[j - 1]);
        if (d->chars[j] == NO_CHAR)
            continue;
        unsigned pc = d->chars[j] - d->chars[p];
        if (pc < d->min_chars)
            continue;
        if (j == d->len) {
            /* With a word list, the head must be one of its words:
             * "sund-hedshuset" from a line break is no head. */
            int k = txt_lexicon_find_h(d->lx, h, d->w + p, j - p);
            if (p > 0 &&
                (k == TXT_LEX_LISTED || (k == TXT_LEX_ADDED && !d->has_list)) &&
                !txt_is_nonpart(d->w + p, j - p))
                consider_head(d, p, c + 1, best_h, best_total);
            continue;
        }
        char next = d->w[j];
        int linkable = (next == 's' || next == 'e') && j + 1 < d->len;
        unsigned cost = part_cost(d, h, d->w + p, j - p);
        if (cost > 0 && c + cost < TXT_SPLIT_PARTS_MAX) {
            if (p == 0 || pc >= INNER_MIN_CHARS)
                relax(d, j, 0, c + cost, p);
            if (linkable)
                relax(d, j + 1, 1, c + cost, p);
        } else if (cost == 0 && next == 's' && j + 1 < d->len &&
                   j - p < maxlen) {
            cost = elided_e_cost(d, h, p, j);
            if (cost > 0 && c + cost < TXT_SPLIT_PARTS_MAX)
                relax(d, j + 1, 1, c + cost, p);
        }
    }
}

/* Splitting is the costliest step of analysis (a DP over every substring,
 * with stemming), and words repeat: Zipf makes a small per-thread cache
 * answer most look-ups, at indexing and when searchd re-analyses hits for
 * snippets. Direct-mapped, keyed by the lexicon's stamp and the word. */
#define SPLIT_CACHE_SLOTS 2048

struct split_cached {
    uint64_t stamp; /* 0: empty */
    uint8_t len, n;
    char word[TXT_SPLIT_BYTES_MAX];
    struct {
        uint8_t off, len;
    } parts[TXT_SPLIT_PARTS_MAX];
};

static _Thread_local struct split_cached split_cache[SPLIT_CACHE_SLOTS];

static struct split_cached *cache_slot(const char *word, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)word[i]) * 16777619u;
    return &split_cache[(h ^ (h >> 15)) & (SPLIT_CACHE_SLOTS - 1)];
}

static size_t split_uncached(const struct txt_lexicon *lx, const char *word,
                             size_t len,
                             struct txt_part parts[TXT_SPLIT_PARTS_MAX]);

size_t txt_compound_leaves(const struct txt_lexicon *lx, const char *word,
                           size_t len,
                           struct txt_part parts[TXT_SPLIT_PARTS_MAX])
{
    if (lx == NULL || word == NULL || len < TXT_SPLIT_MIN_WORD ||
        len > TXT_SPLIT_BYTES_MAX || txt_lexicon_size(lx) == 0)
        return 0;
    uint64_t stamp = txt_lexicon_stamp(lx);
    struct split_cached *c = cache_slot(word, len);
    if (c->stamp == stamp && c->len == len && memcmp(c->word, word, len) == 0) {
        for (size_t k = 0; k < c->n; k++) {
            parts[k].off = c->parts[k].off;
            parts[k].len = c->parts[k].len;
        }
        return c->n;
    }
    size_t n = split_uncached(lx, word, len, parts);
    c->stamp = stamp;
    c->len = (uint8_t)len;
    c->n = (uint8_t)n;
    memcpy(c->word, word, len);
    for (size_t k = 0; k < n; k++) {
        c->parts[k].off = (uint8_t)parts[k].off;
        c->parts[k].len = (uint8_t)parts[k].len;
    }
    return n;
}

static size_t split_uncached(const struct txt_lexicon *lx, const char *word,
                             size_t len,
                             struct txt_part parts[TXT_SPLIT_PARTS_MAX])
{
    struct split_dp d;
    d.lx = lx;
    d.w = word;
    d.len = len;
    if (!prepare(&d))
        return 0;
    size_t best_h = 0;
    unsigned best_total = INF;
    for (size_t p = 0; p < len; p++)
        if (d.chars[p] != NO_CHAR)
            step_from(&d, p, &best_h, &best_total);
    if (best_total == INF)
        return 0;
    /* Walk back from the head. Where a part could end either with or
     * without a following s/e at the same cost, a linking s is dropped
     * ("behandlings" -> behandling + s) but an e is kept ("hjemløse"
     * stays whole): genitive s is never part of the lemma, while a
     * final e usually is (skole, hjemløse, børne-). */
    struct txt_part rev[TXT_SPLIT_PARTS_MAX];
    size_t n = 0, cur = best_h;
    rev[n].off = best_h;
    rev[n++].len = len - best_h;
    while (cur > 0 && n < TXT_SPLIT_PARTS_MAX) {
        int v;
        if (d.cnt[cur][0] != d.cnt[cur][1])
            v = d.cnt[cur][1] < d.cnt[cur][0];
        else
            v = word[cur - 1] == 's';
        size_t start = d.pred[cur][v];
        rev[n].off = start;
        rev[n++].len = cur - (size_t)v - start;
        cur = start;
    }
    if (cur != 0) /* cannot happen: costs bound the parts */
        return 0;
    for (size_t k = 0; k < n; k++)
        parts[k] = rev[n - 1 - k];
    return n;
}

size_t txt_compound_split(const struct txt_lexicon *lx, const char *word,
                          size_t len, struct txt_part *parts, size_t max)
{
    struct txt_part leaves[TXT_SPLIT_PARTS_MAX];
    if (parts == NULL || max < 2)
        return 0;
    size_t n = txt_compound_leaves(lx, word, len, leaves);
    if (n < 2)
        return 0;
    /* Binary: the modifier (every part but the last, with its inner
     * links) and the head. "rusmiddelbehandling" -> rusmiddel +
     * behandling although only "rus" and "middel" are in the word list;
     * the caller splits the modifier again. */
    parts[0].off = 0;
    parts[0].len = leaves[n - 2].off + leaves[n - 2].len;
    parts[1] = leaves[n - 1];
    return 2;
}

/* A modifier the lexicon need not know: this many letters at least
 * besides a linking s or e ("special" of "specialpsykologer": "speciale"
 * is listed, the bound form is not). Longer than a part's minimum: an
 * unknown modifier has only its length to vouch for it. */
#define FREE_MODIFIER_CHARS 4

int txt_compound_has_head(const struct txt_lexicon *lx, const char *word,
                          size_t len, size_t hlen)
{
    if (lx == NULL || hlen == 0 || hlen >= len)
        return 0;
    const char *head = word + len - hlen;
    size_t mlen = len - hlen;
    if (utf8_count(head, hlen) < PART_MIN_CHARS + 1 ||
        !txt_lexicon_is_listed(lx, head, hlen) || txt_is_nonhead(head, hlen))
        return 0;
    for (size_t i = 0; i < mlen; i++) /* letters only: no codes, hyphens */
        if ((unsigned char)word[i] < 0x80 && !ascii_lower(word[i]))
            return 0;
    /* the modifier with and without a linking letter: neither may be a
     * particle or a stop word ("samtale" is no sam + tale) */
    if (txt_is_nonpart(word, mlen))
        return 0;
    /* a final s or e may be a link or the modifier's own ("speciale"):
     * long enough both ways ("husstand" is no hus + s + tand) */
    if (word[mlen - 1] == 's' || word[mlen - 1] == 'e')
        mlen--;
    return !txt_is_nonpart(word, mlen) &&
           utf8_count(word, mlen) >= FREE_MODIFIER_CHARS;
}
