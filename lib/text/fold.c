/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fold.c - character classes and word folding: the hot path of indexing,
 * so ASCII is handled inline and nothing is allocated. */
#include <string.h>

#include "txt_internal.h"

enum txt_cls txt_cp_class(uint32_t cp)
{
    if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
            return TXT_CLS_LETTER;
        if (cp >= '0' && cp <= '9')
            return TXT_CLS_DIGIT;
        if (cp == '-')
            return TXT_CLS_HYPHEN;
        if (cp == ' ' || (cp >= '\t' && cp <= '\r'))
            return TXT_CLS_SPACE;
        return TXT_CLS_SEP;
    }
    if (cp < 0xC0) {
        if (cp == 0xAD)
            return TXT_CLS_SOFTHY;
        if (cp == 0xA0 || cp == 0x85)
            return TXT_CLS_SPACE;
        return TXT_CLS_SEP; /* C1 controls, Latin-1 punctuation, ² ³ ½ */
    }
    if (cp < 0x250)
        return (cp == 0xD7 || cp == 0xF7) ? TXT_CLS_SEP : TXT_CLS_LETTER;
    if (cp < 0x2B0)
        return TXT_CLS_LETTER; /* IPA */
    if (cp < 0x300)
        return TXT_CLS_SEP; /* spacing modifiers: ˆ ˜ ʼ */
    if (cp < 0x370)
        return TXT_CLS_MARK;
    if (cp < 0x2000)
        return cp == 0x1680 ? TXT_CLS_SPACE : TXT_CLS_LETTER;
    if (cp < 0x2C00) {
        /* General punctuation, symbols, arrows, shapes, dingbats. */
        if (cp == 0x2010 || cp == 0x2011)
            return TXT_CLS_HYPHEN;
        if (cp <= 0x200B || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
            cp == 0x205F)
            return TXT_CLS_SPACE;
        return TXT_CLS_SEP;
    }
    if (cp < 0x2E00)
        return TXT_CLS_LETTER;
    if (cp < 0x2E80)
        return TXT_CLS_SEP;
    if (cp < 0x3000)
        return TXT_CLS_LETTER;
    if (cp < 0x3040)
        return cp == 0x3000 ? TXT_CLS_SPACE : TXT_CLS_SEP;
    if (cp < 0xE000)
        return TXT_CLS_LETTER;
    if (cp < 0xF900)
        return TXT_CLS_SEP; /* private use: Word's bullets (U+F0B7) */
    if (cp < 0xFE00)
        return TXT_CLS_LETTER; /* CJK compatibility, ligatures ﬁ ﬂ */
    if (cp < 0xFE10 || (cp >= 0xFE20 && cp < 0xFE30))
        return TXT_CLS_MARK; /* variation selectors, half marks */
    if (cp < 0xFE70)
        return TXT_CLS_SEP;
    if (cp < 0xFEFF)
        return TXT_CLS_LETTER;
    if (cp < 0xFF00)
        return TXT_CLS_SEP; /* BOM / zero-width no-break space */
    if ((cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A) ||
        (cp >= 0xFF66 && cp <= 0xFFDC))
        return TXT_CLS_LETTER;
    if (cp < 0x10000)
        return TXT_CLS_SEP;
    if ((cp >= 0x1F000 && cp < 0x1FC00) || cp >= 0xE0000)
        return TXT_CLS_SEP; /* emoji, symbols, tags, private use */
    return TXT_CLS_LETTER;
}

int txt_cp_is_upper(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    if (cp >= TXT_FOLD_LATIN_FIRST &&
        cp < TXT_FOLD_LATIN_FIRST + TXT_FOLD_LATIN_N)
        return txt_fold_latin[cp - TXT_FOLD_LATIN_FIRST].upper;
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2)
        return 1;
    if (cp >= 0x400 && cp <= 0x42F)
        return 1;
    if (cp >= 0x1E00 && cp <= 0x1EFF)
        return (cp & 1) == 0 && (cp < 0x1E96 || cp > 0x1E9F);
    return cp >= 0xFF21 && cp <= 0xFF3A;
}

/* The folded form of a non-ASCII code point, as UTF-8 in buf (returns
 * its length; 0 drops the character). */
static size_t fold_cp(uint32_t cp, char *buf)
{
    if (cp >= TXT_FOLD_LATIN_FIRST &&
        cp < TXT_FOLD_LATIN_FIRST + TXT_FOLD_LATIN_N) {
        const char *f = txt_fold_latin[cp - TXT_FOLD_LATIN_FIRST].f;
        size_t n = strlen(f);
        if (n == 0) /* × ÷ */
            return txt_utf8_put(cp, buf);
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
    return txt_utf8_put(cp, buf);
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

size_t txt_fold_n(const char *in, size_t len, char *out, size_t cap,
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
            if (c >= 'A' && c <= 'Z')
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
        uint32_t cp = txt_utf8_next(u + i, len - i, &n);
        i += n;
        if (cp == TXT_CP_BAD)
            continue; /* stray byte: dropped */
        if (cp >= 0x300 && cp < 0x370) {
            fold_mark(cp, out, cap, &o, &ovf);
            continue;
        }
        char buf[8];
        size_t m = fold_cp(cp, buf);
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

size_t txt_fold(const char *in, size_t len, char *out, size_t cap)
{
    return txt_fold_n(in, len, out, cap, NULL);
}
