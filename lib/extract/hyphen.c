/* SPDX-License-Identifier: GPL-2.0-or-later */
/* hyphen.c - joining a line that ends in a hyphen with the next (hyphen.h).
 * Danish breaks words at the line end with a plain hyphen, and also writes
 * real hyphens there: suspended compounds ("Social- og"), names
 * ("Region-Midtjylland"), numbers ("COVID-19"). Only a letter before the
 * hyphen and a lower-case letter after it is a broken word - or, in a
 * line set in capitals, a word in capitals on both sides. */
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

/* Is s[0..n) "og"/"eller"/"samt" or the same in capitals ("OG"), then
 * a space, a comma, a full stop or the end? */
static int starts_with_word_any_case(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (n < k || (n > k && s[k] != ' ' && s[k] != ',' && s[k] != '.'))
        return 0;
    for (size_t i = 0; i < k; i++)
        if (s[i] != w[i] && s[i] != (char)(w[i] - 32))
            return 0;
    return 1;
}

/* Letters in capitals from `from` to the end of the word (at most 64
 * bytes looked at); their number, 0 if a non-capital comes first. dir:
 * +1 forward from s[0], -1 backward from s[n]. */
static size_t capitals(const char *s, size_t n, int dir)
{
    size_t count = 0, i = dir > 0 ? 0 : n;
    while (count < 64) {
        uint32_t cp;
        size_t k;
        if (dir > 0) {
            if (i >= n || s[i] == ' ' || s[i] == ',' || s[i] == '.')
                break;
            k = utf8_decode(s + i, n - i, &cp);
            i += k ? k : 1;
        } else {
            if (i == 0 || s[i - 1] == ' ')
                break;
            k = utf8_prev(s, s + i, &cp);
            i -= k ? k : 1;
        }
        if (!fold_is_upper(cp))
            return 0;
        count++;
    }
    return count;
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

/* Does the first word of s[0..n) hold a hyphen with a letter after it
 * ("do-liste")? Then the line broke at a real hyphen of a compound of
 * three parts ("to-" / "do-liste"): the rest of a word split by
 * hyphenation has no hyphen of its own. */
static int first_word_is_hyphenated(const char *s, size_t n)
{
    for (size_t i = 1; i + 1 < n && i < 64 && s[i] != ' '; i++)
        if (s[i] == '-' && fold_is_letter(cp_first(s + i + 1, n - i - 1)))
            return 1;
    return 0;
}

enum ext_hyphen ext_hyphen_join(const char *left, size_t ln, const char *right,
                                size_t rn)
{
    if (ln < 2 || left[ln - 1] != '-' || left[ln - 2] == ' ' ||
        left[ln - 2] == '-')
        return EXT_HYPHEN_NONE;
    if (last_word_is_address(left, ln))
        return EXT_HYPHEN_KEEP;
    if (starts_with_word_any_case(right, rn, "og") ||
        starts_with_word_any_case(right, rn, "eller") ||
        starts_with_word_any_case(right, rn, "samt") ||
        starts_with_word(right, rn, "el.") || starts_with_word(right, rn, "&"))
        return EXT_HYPHEN_SPACE;
    if (fold_is_letter(cp_before(left, left + ln - 1)) &&
        fold_is_lower(cp_first(right, rn)) &&
        !first_word_is_hyphenated(right, rn))
        return EXT_HYPHEN_DROP;
    /* a heading set in capitals: "RÅDIGHEDS-" / "REGLERNE" is one word
     * (a capitalised word after a lower-case part, "Region-" /
     * "Midtjylland", stays a name) */
    if (capitals(left, ln - 1, -1) >= 3 && capitals(right, rn, 1) >= 2)
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
