/* SPDX-License-Identifier: GPL-2.0-or-later */
/* hyphen.c - joining a line that ends in a hyphen with the next (hyphen.h).
 * Danish breaks words at the line end with a plain hyphen, and also writes
 * real hyphens there: suspended compounds ("Social- og"), names
 * ("Region-Midtjylland"), numbers ("COVID-19"). Only a letter before the
 * hyphen and a lower-case letter after it is a broken word. */
#include "extract/hyphen.h"

#include <stdint.h>
#include <string.h>

/* Code point of the UTF-8 sequence ending just before `end` (0 if none or
 * malformed). */
static uint32_t cp_before(const char *start, const char *end)
{
    const unsigned char *p = (const unsigned char *)end;
    size_t back = 0;
    while (back < 4 && p - back > (const unsigned char *)start) {
        back++;
        if ((p[-(ptrdiff_t)back] & 0xC0) != 0x80)
            break;
    }
    if (back == 0)
        return 0;
    const unsigned char *s = p - back;
    if (back == 1)
        return s[0] < 0x80 ? s[0] : 0;
    if (back == 2 && (s[0] & 0xE0) == 0xC0)
        return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    if (back == 3 && (s[0] & 0xF0) == 0xE0)
        return ((uint32_t)(s[0] & 0x0F) << 12) |
               ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    return 0;
}

static uint32_t cp_first(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    if (n == 0)
        return 0;
    if (p[0] < 0x80)
        return p[0];
    if (n >= 2 && (p[0] & 0xE0) == 0xC0)
        return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    if (n >= 3 && (p[0] & 0xF0) == 0xE0)
        return ((uint32_t)(p[0] & 0x0F) << 12) |
               ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    return 0;
}

/* Latin (with æ, ø, å and the rest of Latin-1 and Latin Extended-A/B),
 * Greek and Cyrillic letters: what minutes print. */
static int is_letter(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    if (cp >= 0xC0 && cp <= 0x24F)
        return cp != 0xD7 && cp != 0xF7;
    return (cp >= 0x370 && cp <= 0x52F) || (cp >= 0x1E00 && cp <= 0x1EFF);
}

static int is_lower(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    if (cp >= 0xDF && cp <= 0xFF)
        return cp != 0xF7;
    if (cp >= 0x100 && cp <= 0x17F)
        return (cp & 1) == 1;
    return cp >= 0x3B1 && cp <= 0x3C9;
}

static int starts_with_word(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    return n >= k && memcmp(s, w, k) == 0 &&
           (n == k || s[k] == ' ' || s[k] == ',' || s[k] == '.');
}

static int last_word_is_address(const char *s, size_t n)
{
    /* bounded: a joined run without spaces may be long */
    size_t i = n, stop = n > 512 ? n - 512 : 0;
    while (i > stop && s[i - 1] != ' ')
        i--;
    const char *t = s + i;
    size_t k = n - i;
    for (size_t j = 0; j + 3 <= k; j++)
        if (memcmp(t + j, "://", 3) == 0)
            return 1;
    return (k > 4 && memcmp(t, "www.", 4) == 0) || memchr(t, '@', k) != NULL;
}

enum ext_hyphen ext_hyphen_join(const char *left, size_t ln, const char *right,
                                size_t rn)
{
    if (ln < 2 || left[ln - 1] != '-' || left[ln - 2] == ' ' ||
        left[ln - 2] == '-')
        return EXT_HYPHEN_NONE;
    if (last_word_is_address(left, ln))
        return EXT_HYPHEN_KEEP;
    if (starts_with_word(right, rn, "og") ||
        starts_with_word(right, rn, "eller") ||
        starts_with_word(right, rn, "samt") ||
        starts_with_word(right, rn, "el.") || starts_with_word(right, rn, "&"))
        return EXT_HYPHEN_SPACE;
    if (is_letter(cp_before(left, left + ln - 1)) &&
        is_lower(cp_first(right, rn)))
        return EXT_HYPHEN_DROP;
    return EXT_HYPHEN_KEEP;
}
