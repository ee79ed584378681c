/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fold.c - character classes and word folding (fold.h): the hot path of
 * indexing, so ASCII is handled inline and nothing is allocated. */
#include <string.h>

#include "core/ascii.h"
#include "core/fold_internal.h"

enum fold_cls fold_class(uint32_t cp)
{
    if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
            return FOLD_CLS_LETTER;
        if (ascii_digit(cp))
            return FOLD_CLS_DIGIT;
        if (cp == '-')
            return FOLD_CLS_HYPHEN;
        if (cp == ' ' || (cp >= '\t' && cp <= '\r'))
            return FOLD_CLS_SPACE;
        return FOLD_CLS_SEP;
    }
    if (cp < 0xC0) {
        if (cp == 0xAD)
            return FOLD_CLS_SOFTHY;
        if (cp == 0xA0 || cp == 0x85)
            return FOLD_CLS_SPACE;
        return FOLD_CLS_SEP; /* C1 controls, Latin-1 punctuation, ² ³ ½ */
    }
    if (cp < 0x250)
        return (cp == 0xD7 || cp == 0xF7) ? FOLD_CLS_SEP : FOLD_CLS_LETTER;
    if (cp < 0x2B0)
        return FOLD_CLS_LETTER; /* IPA */
    if (cp < 0x300)
        return FOLD_CLS_SEP; /* spacing modifiers: ˆ ˜ ʼ */
    if (cp < 0x370)
        return FOLD_CLS_MARK;
    if (cp < 0x2000)
        return cp == 0x1680 ? FOLD_CLS_SPACE : FOLD_CLS_LETTER;
    if (cp < 0x2C00) {
        /* General punctuation, symbols, arrows, shapes, dingbats. */
        if (cp == 0x2010 || cp == 0x2011)
            return FOLD_CLS_HYPHEN;
        if (cp <= 0x200B || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
            cp == 0x205F)
            return FOLD_CLS_SPACE;
        return FOLD_CLS_SEP;
    }
    if (cp < 0x2E00)
        return FOLD_CLS_LETTER;
    if (cp < 0x2E80)
        return FOLD_CLS_SEP;
    if (cp < 0x3000)
        return FOLD_CLS_LETTER;
    if (cp < 0x3040)
        return cp == 0x3000 ? FOLD_CLS_SPACE : FOLD_CLS_SEP;
    if (cp < 0xE000)
        return FOLD_CLS_LETTER;
    if (cp < 0xF900)
        return FOLD_CLS_SEP; /* private use: Word's bullets (U+F0B7) */
    if (cp < 0xFE00)
        return FOLD_CLS_LETTER; /* CJK compatibility, ligatures ﬁ ﬂ */
    if (cp < 0xFE10 || (cp >= 0xFE20 && cp < 0xFE30))
        return FOLD_CLS_MARK; /* variation selectors, half marks */
    if (cp < 0xFE70)
        return FOLD_CLS_SEP;
    if (cp < 0xFEFF)
        return FOLD_CLS_LETTER;
    if (cp < 0xFF00)
        return FOLD_CLS_SEP; /* BOM / zero-width no-break space */
    if ((cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A) ||
        (cp >= 0xFF66 && cp <= 0xFFDC))
        return FOLD_CLS_LETTER;
    if (cp < 0x10000)
        return FOLD_CLS_SEP;
    if ((cp >= 0x1F000 && cp < 0x1FC00) || cp >= 0xE0000)
        return FOLD_CLS_SEP; /* emoji, symbols, tags, private use */
    return FOLD_CLS_LETTER;
}

int fold_is_upper(uint32_t cp)
{
    if (cp < 0x80)
        return ascii_upper(cp);
    if (cp >= FOLD_LATIN_FIRST && cp < FOLD_LATIN_FIRST + FOLD_LATIN_N)
        return fold_latin[cp - FOLD_LATIN_FIRST].upper;
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2)
        return 1;
    if (cp >= 0x400 && cp <= 0x42F)
        return 1;
    if (cp >= 0x1E00 && cp <= 0x1EFF)
        return (cp & 1) == 0 && (cp < 0x1E96 || cp > 0x1E9F);
    return cp >= 0xFF21 && cp <= 0xFF3A;
}

int fold_is_lower(uint32_t cp)
{
    if (cp < 0x80)
        return ascii_lower(cp);
    if (cp >= FOLD_LATIN_FIRST && cp < FOLD_LATIN_FIRST + FOLD_LATIN_N)
        return fold_latin[cp - FOLD_LATIN_FIRST].f[0] != '\0' &&
               !fold_latin[cp - FOLD_LATIN_FIRST].upper;
    if (cp >= 0x250 && cp < 0x2B0)
        return 1; /* IPA: lower-case letters */
    if (cp >= 0x3AC && cp <= 0x3CE)
        return 1;
    if (cp >= 0x430 && cp <= 0x45F)
        return 1;
    if (cp >= 0x1E00 && cp <= 0x1EFF)
        return !fold_is_upper(cp);
    return cp >= 0xFF41 && cp <= 0xFF5A;
}

size_t fold_char(uint32_t cp, char buf[8])
{
    if (cp < 0x80) {
        buf[0] = (char)(ascii_upper(cp) ? cp | 0x20 : cp);
        return 1;
    }
    if (cp >= FOLD_LATIN_FIRST && cp < FOLD_LATIN_FIRST + FOLD_LATIN_N) {
        const char *f = fold_latin[cp - FOLD_LATIN_FIRST].f;
        size_t n = strlen(f);
        if (n == 0) /* × ÷ */
            return utf8_put(cp, buf);
        memcpy(buf, f, n);
        return n;
    }
    if (cp == 0xAD || (cp >= 0xFE00 && cp < 0xFE10) || cp == 0xFEFF ||
        (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060)
        return 0; /* soft hyphen, variation selectors, zero-width */
    if (cp == 0x2010 || cp == 0x2011) {
        buf[0] = '-';
        return 1;
    }
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032) {
        buf[0] = '\'';
        return 1;
    }
    if (cp >= 0x201C && cp <= 0x201F) {
        buf[0] = '"';
        return 1;
    }
    if (cp >= 0xFB00 && cp <= 0xFB06) {
        static const char lig[7][4] = {"ff",  "fi", "fl", "ffi",
                                       "ffl", "st", "st"};
        size_t n = strlen(lig[cp - 0xFB00]);
        memcpy(buf, lig[cp - 0xFB00], n);
        return n;
    }
    if (cp >= 0xFF21 && cp <= 0xFF3A) {
        buf[0] = (char)('a' + (cp - 0xFF21));
        return 1;
    }
    if (cp >= 0xFF41 && cp <= 0xFF5A) {
        buf[0] = (char)('a' + (cp - 0xFF41));
        return 1;
    }
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2)
        cp += 0x20;
    else if (cp >= 0x410 && cp <= 0x42F)
        cp += 0x20;
    else if (cp >= 0x400 && cp <= 0x40F)
        cp += 0x50;
    else if (cp >= 0x1E00 && cp <= 0x1EFF && (cp & 1) == 0 &&
             (cp < 0x1E96 || cp > 0x1E9F))
        cp += 1;
    return utf8_put(cp, buf);
}

/* Append `n` bytes; 0 (and *overflow set) if they do not fit. */
static int put(char *out, size_t cap, size_t *o, const char *p, size_t n,
               int *overflow)
{
    if (*o + n >= cap) {
        *overflow = 1;
        return 0;
    }
    memcpy(out + *o, p, n);
    *o += n;
    return 1;
}

/* Append an 'a', turning "aa" into "å" (the previous 'a' is replaced). */
static int put_a(char *out, size_t cap, size_t *o, int *overflow)
{
    if (*o > 0 && out[*o - 1] == 'a') {
        if (*o + 1 >= cap) {
            *overflow = 1;
            return 0;
        }
        out[*o - 1] = (char)0xC3;
        out[(*o)++] = (char)0xA5;
        return 1;
    }
    return put(out, cap, o, "a", 1, overflow);
}

/* A combining mark after a base letter: a + ring is å, a/o + diaeresis
 * are æ/ø (as the precomposed letters fold); other marks are dropped. */
static void fold_mark(uint32_t cp, char *out, size_t cap, size_t *o,
                      int *overflow)
{
    if (*o == 0 || (cp != 0x30A && cp != 0x308))
        return;
    char last = out[*o - 1];
    const char *rep = NULL;
    if (cp == 0x30A && last == 'a')
        rep = "\xc3\xa5";
    else if (cp == 0x308 && last == 'a')
        rep = "\xc3\xa6";
    else if (cp == 0x308 && last == 'o')
        rep = "\xc3\xb8";
    if (rep == NULL)
        return;
    (*o)--;
    if (!put(out, cap, o, rep, 2, overflow))
        (*o)++; /* keep the plain letter */
}

size_t fold_str(const char *in, size_t len, char *out, size_t cap,
                int *overflow)
{
    int ovf = 0;
    size_t o = 0;
    if (cap == 0) {
        if (overflow != NULL)
            *overflow = len > 0;
        return 0;
    }
    const unsigned char *u = (const unsigned char *)in;
    size_t i = 0;
    while (i < len && !ovf) {
        unsigned c = u[i];
        if (c < 0x80) {
            if (ascii_upper(c))
                c |= 0x20;
            if (c == 'a') {
                put_a(out, cap, &o, &ovf);
            } else if (o + 1 < cap) {
                out[o++] = (char)c;
            } else {
                ovf = 1;
                break;
            }
            i++;
            continue;
        }
        size_t n;
        uint32_t cp = utf8_next(u + i, len - i, &n);
        i += n;
        if (cp == UTF8_BAD)
            continue; /* stray byte: dropped */
        if (cp >= 0x300 && cp < 0x370) {
            fold_mark(cp, out, cap, &o, &ovf);
            continue;
        }
        char buf[8];
        size_t m = fold_char(cp, buf);
        if (m == 1 && buf[0] == 'a')
            put_a(out, cap, &o, &ovf);
        else if (m > 0)
            put(out, cap, &o, buf, m, &ovf);
    }
    out[o] = '\0';
    if (overflow != NULL)
        *overflow = ovf;
    return o;
}

/* Do two code points fold to the same thing? */
static int char_eq(uint32_t a, uint32_t b)
{
    if (a == b)
        return 1;
    if (a < 0x80 && b < 0x80) /* the segmenter's keywords: the hot case */
        return (ascii_upper(a) ? a | 0x20 : a) ==
               (ascii_upper(b) ? b | 0x20 : b);
    char fa[8], fb[8];
    size_t la = fold_char(a, fa), lb = fold_char(b, fb);
    return la == lb && memcmp(fa, fb, la) == 0;
}

int fold_eq(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0, j = 0;
    while (i < an && j < bn) {
        uint32_t ca, cb;
        i += utf8_decode(a + i, an - i, &ca);
        j += utf8_decode(b + j, bn - j, &cb);
        if (!char_eq(ca, cb))
            return 0;
    }
    return i == an && j == bn;
}

int fold_among(const char *s, size_t n, const char *const *words, size_t nwords)
{
    for (size_t k = 0; k < nwords; k++)
        if (fold_eq(s, n, words[k], strlen(words[k])))
            return 1;
    return 0;
}

size_t fold_prefix(const char *s, size_t n, const char *p)
{
    /* most calls fail on the first letter: no strlen for them */
    unsigned a = n > 0 ? (unsigned char)s[0] : 0, b = (unsigned char)p[0];
    if (a < 0x80 && b < 0x80 && b != 0) {
        a = ascii_upper(a) ? a | 0x20 : a;
        b = ascii_upper(b) ? b | 0x20 : b;
        if (a != b)
            return 0;
    }
    size_t pn = strlen(p), i = 0, j = 0;
    while (j < pn) {
        if (i >= n)
            return 0;
        uint32_t cs, cp;
        i += utf8_decode(s + i, n - i, &cs);
        j += utf8_decode(p + j, pn - j, &cp);
        if (!char_eq(cs, cp))
            return 0;
    }
    return i;
}
