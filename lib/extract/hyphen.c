/* SPDX-License-Identifier: GPL-2.0-or-later */
/* hyphen.c - joining a line that ends in a hyphen with the next (hyphen.h).
 * Danish breaks words at the line end with a plain hyphen, and also writes
 * real hyphens there: suspended compounds ("Social- og"), names
 * ("Region-Midtjylland"), numbers ("COVID-19"). Only a letter before the
 * hyphen and a lower-case letter after it is a broken word. */
#include "extract/hyphen.h"

#include <stdint.h>
#include <string.h>

#include "core/fold.h"

/* Code point before `end` / at the start of s (0 if none; U+FFFD, not a
 * letter, if malformed). */
static uint32_t cp_before(const char *start, const char *end)
{
    uint32_t cp;
    utf8_prev(start, end, &cp);
    return cp;
}

static uint32_t cp_first(const char *s, size_t n)
{
    uint32_t cp = 0;
    if (n > 0)
        utf8_decode(s, n, &cp);
    return cp;
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
    if (fold_is_letter(cp_before(left, left + ln - 1)) &&
        fold_is_lower(cp_first(right, rn)))
        return EXT_HYPHEN_DROP;
    return EXT_HYPHEN_KEEP;
}

size_t ext_bullet_len(const char *s, size_t n)
{
    static const char *const marks[] = {
        "\xE2\x80\xA2",
        "\xC2\xB7",
        "\xE2\x96\xAA",
        "\xE2\x97\xA6",
        "\xEF\x82\xB7",
        "\xE2\x97\x8F",
        "\xE2\x97\x8B",
        "\xE2\x96\xA0",
        "\xE2\x80\x93",
        "\xE2\x80\x94",
        "-",
        "*",
    };
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++) {
        size_t k = strlen(marks[i]);
        if (n > k && memcmp(s, marks[i], k) == 0)
            return k;
    }
    return 0;
}
