/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_adhoc.c - temporary committees, set up under the Local
 * Government Act's § 17, stk. 4 for one task: "§ 17 stk. 4 udvalg -
 * Busborgergruppen", "§ 17, stk. 4-udvalget for klima",
 * "§17-udvalget: Ny skole", "midlertidigt udvalg vedrørende digital
 * sundhed". Their names are no compound of a council noun and are often
 * written in lower case, so council_names.c's rules do not see them. For
 * mnt_councils_count_line(), on header lines only: in a body the same
 * words tell of a committee being set up. */
#include <stdint.h>
#include <string.h>

#include "minutes/minutes_internal.h"

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] == ' ')
        i++;
    return i;
}

/* "§ 17 stk. 4 ", "§17, stk. 4-": the length to the word after it, or 0. */
static size_t paragraph_at(const char *s, size_t n, size_t at)
{
    static const char sect[] = "\xC2\xA7"; /* § */
    size_t i = at + 2;
    if (n - at < 2 || memcmp(s + at, sect, 2) != 0)
        return 0;
    i = skip_spaces(s, n, i);
    if (n - i < 2 || memcmp(s + i, "17", 2) != 0)
        return 0;
    i += 2;
    /* "§17-udvalget: Ny skole": the paragraph named without its stk.,
     * joined to the noun by a hyphen (Høje-Taastrup's school committee) */
    if (i < n && s[i] == '-')
        return i + 1 - at;
    if (i < n && s[i] == ',')
        i++;
    i = skip_spaces(s, n, i);
    size_t k = fold_prefix(s + i, n - i, "stk.");
    if (k == 0)
        return 0;
    i = skip_spaces(s, n, i + k);
    if (i >= n || s[i] != '4' || i + 1 >= n)
        return 0;
    if (s[i + 1] == '.' && i + 2 < n && s[i + 2] == ' ')
        return i + 3 - at; /* "§17, Stk. 4. Strategi og …" */
    if (s[i + 1] != ' ' && s[i + 1] != '-')
        return 0;
    return i + 2 - at;
}

/* "§17, Stk. 4. Strategi og Samskabelse i Gribskov 2030": a heading
 * that names the committee by the paragraph, a full stop and its task's
 * capitalised name, no noun "udvalg" - the whole heading is its name,
 * to the line's end or a date's weekday. The name's end, or 0. */
static size_t named_after_stop(const char *s, size_t n, size_t at, size_t i)
{
    uint32_t cp;
    if (i < 3 || s[i - 2] != '.' || i >= n ||
        (utf8_decode(s + i, n - i, &cp), !fold_is_upper(cp)))
        return 0;
    size_t end = i;
    struct mnt_tok t;
    for (unsigned words = 0; words < 10 && mnt_tok_next(s, n, &i, &t);
         words++) {
        size_t digits = 0;
        while (digits < t.n && mnt_digit(t.s[digits]))
            digits++;
        if (mnt_tok_is(&t, "den") || mnt_weekday_word(&t) ||
            (digits > 0 && digits < t.n && t.n > 4))
            break; /* "… 2030" is a name's; "05-03-2019" a date */
        end = (size_t)(t.s + t.n - s);
    }
    return end - at < MNT_NAME_MAX ? end : 0;
}

/* "udvalg", "udvalget" at s[i..n) as a word: its length, or 0. */
static size_t committee_word(const char *s, size_t n, size_t i)
{
    static const char *const words[] = {"udvalget", "udvalg"};
    for (size_t k = 0; k < 2; k++) {
        size_t wl = fold_prefix(s + i, n - i, words[k]);
        if (wl > 0 && (i + wl == n || s[i + wl] == ' ' || s[i + wl] == ',' ||
                       s[i + wl] == ':'))
            return wl;
    }
    return 0;
}

/* "… om evaluering af den politiske struktur": a task named in lower
 * case goes on with its object after "af" - "den" there is an article,
 * no date's ("den 23. juni"). From the task's end at s[end..): the end
 * of the object's words (at most OBJECT_WORDS, up to a stop word, a
 * weekday or a comma), or end. */
#define OBJECT_WORDS 5u
static size_t object_words(const char *s, size_t n, size_t end)
{
    if (n - end < 4 || !fold_eq(s + end, 4, " af ", 4))
        return end;
    size_t i = end + 4, last = end;
    struct mnt_tok t;
    for (unsigned words = 0; words < OBJECT_WORDS; words++) {
        size_t want = i;
        uint32_t cp;
        if (!mnt_tok_next(s, n, &i, &t) || t.s != s + want ||
            (utf8_decode(t.s, t.n, &cp), !fold_is_letter(cp)) ||
            mnt_weekday_word(&t))
            break;
        int article = fold_eq(t.s, t.n, "den", 3) && i + 1 < n && s[i] == ' ' &&
                      !mnt_digit(s[i + 1]);
        if (!article && mnt_council_stop_word(&t))
            break;
        if (!article)
            last = i;
        if (i >= n || s[i] != ' ')
            break;
        i++;
    }
    return last;
}

/* After the committee's noun at s[i..): its task's words (" - Busborger
 * gruppen" capitalised, " for …", " om …", " vedrørende …" in any case),
 * up to a date or a stop word. The end of the name. */
static size_t task_words(const char *s, size_t n, size_t i)
{
    static const char *const joins[] = {" for ", " om ", " vedrørende ",
                                        " vedr. "};
    /* "§17-udvalget: Ny skole": the task after a colon, capitalised */
    uint32_t cp = 0;
    if (n - i > 2 && s[i] == ':' && s[i + 1] == ' ' &&
        utf8_decode(s + i + 2, n - i - 2, &cp) > 0 && fold_is_upper(cp)) {
        size_t end = mnt_council_for_words(s, n, i + 2, 0);
        return end > 0 ? end : i;
    }
    if (n - i > 3 && memcmp(s + i, " - ", 3) == 0) {
        size_t end = mnt_council_for_words(s, n, i + 3, 1);
        return end > 0 ? end : i;
    }
    for (size_t k = 0; k < sizeof joins / sizeof *joins; k++) {
        size_t jl = strlen(joins[k]);
        if (n - i > jl && fold_eq(s + i, jl, joins[k], jl)) {
            size_t end = mnt_council_for_words(s, n, i + jl, 0);
            return end > 0 ? object_words(s, n, end) : i;
        }
    }
    return i;
}

/* s[0..n) in small letters into out (ASCII and Æ, Ø, Å: the same
 * length), NUL-ended. */
static void lower_copy(const char *s, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (i > 0 && (unsigned char)s[i - 1] == 0xC3 &&
            (c == 0x86 || c == 0x98 || c == 0x85))
            c += 0x20;
        out[i] = (char)(ascii_upper(c) ? c + 32 : c);
    }
    out[n] = '\0';
}

/* Bytes of a heading in capitals read for a temporary committee's name
 * ("MIDLERTIDIGT UDVALG FOR …"). */
#define ADHOC_CAPS_MAX 256u

void mnt_adhoc_case(char *name)
{
    size_t n = strlen(name);
    if (n > 0 && mnt_all_capitals(name, n))
        lower_copy(name, n, name);
}

/* Does s[at..n) open with two words in capitals ("MIDLERTIDIGT
 * UDVALG", "DET MIDLERTIDIGE")? */
static int opens_in_capitals(const char *s, size_t n, size_t at)
{
    size_t e = at, words = 0;
    while (words < 2 && e < n) {
        size_t b = e;
        while (e < n && s[e] != ' ')
            e++;
        if (e == b || !mnt_all_capitals(s + b, e - b))
            return 0;
        words++;
        e += e < n;
    }
    return words == 2;
}

size_t mnt_adhoc_council(const char *s, size_t n, size_t at)
{
    static const char *const adjectives[] = {"midlertidigt ", "midlertidige "};
    if (at > 0 && s[at - 1] != ' ')
        return 0;
    /* "MIDLERTIDIGT UDVALG FOR BORGERINDDRAGELSE", "DET MIDLERTIDIGE
     * UDVALG OM …": a heading in capitals names it as its words do in
     * small letters (the task's "af" and "den" read so) */
    if ((s[at] == 'M' || s[at] == 'D') && opens_in_capitals(s, n, at)) {
        size_t cn = n - at < ADHOC_CAPS_MAX ? n - at : ADHOC_CAPS_MAX;
        char low[ADHOC_CAPS_MAX + 1];
        lower_copy(s + at, cn, low);
        return mnt_adhoc_council(low, cn, 0);
    }
    /* "Det midlertidige udvalg om …": the definite adjective wants its
     * article, which is the name's */
    size_t the = fold_prefix(s + at, n - at, "det ");
    if (the > 0 && fold_prefix(s + at + the, n - at - the, adjectives[1]) > 0) {
        size_t len = mnt_adhoc_council(s, n, at + the);
        return len > 0 ? the + len : 0;
    }
    size_t i = paragraph_at(s, n, at);
    for (size_t k = 0; i == 0 && k < 2; k++)
        i = fold_prefix(s + at, n - at, adjectives[k]);
    if (i == 0)
        return 0;
    size_t w = committee_word(s, n, at + i);
    if (w == 0) {
        size_t e = named_after_stop(s, n, at, at + i);
        return e > 0 ? e - at : 0;
    }
    size_t end = task_words(s, n, at + i + w);
    return end - at < MNT_NAME_MAX ? end - at : 0;
}
