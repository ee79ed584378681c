/* SPDX-License-Identifier: GPL-2.0-or-later */
/* name_text.c - the spelling of a council's or municipality's name as
 * the readers give it: a suffix compared case-folded, a name copied and
 * cut at a character boundary, capitals folded to a title's case
 * ("THISTED BYRÅD" -> "Thisted Byråd"), a first letter capitalised, a
 * word in capitals only. For council_names.c and the others that name
 * councils and authorities. */
#include <string.h>

#include "minutes/minutes_internal.h"

int mnt_ends_fold(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n > k && fold_eq(s + n - k, k, suffix, k);
}

void mnt_name_copy(char out[MNT_NAME_MAX], const char *s, size_t n)
{
    if (n >= MNT_NAME_MAX) {
        n = MNT_NAME_MAX - 1;
        n = utf8_floor(s, n);
    }
    memcpy(out, s, n);
    out[n] = '\0';
}

/* "THISTED BYRÅD" -> "Thisted Byråd": capitals of a word printed in
 * capitals folded (ASCII, Æ Ø Å). Writes at most cap - 1 bytes. */
void mnt_title_case(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    int first = 1;
    for (size_t i = 0; i < n && o + 2 < cap;) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xC3 && i + 1 < n && !first &&
            ((unsigned char)s[i + 1] == 0x86 ||
             (unsigned char)s[i + 1] == 0x98 ||
             (unsigned char)s[i + 1] == 0x85)) {
            out[o++] = (char)c;
            out[o++] = (char)((unsigned char)s[i + 1] + 0x20);
            i += 2;
            continue;
        }
        out[o++] = (char)(!first && ascii_upper(c) ? c + 32 : c);
        first = c == ' ' || c == '-';
        i++;
    }
    out[o] = '\0';
}

int mnt_all_capitals(const char *s, size_t n)
{
    int upper = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (fold_is_lower(cp))
            return 0;
        upper |= fold_is_upper(cp);
    }
    return upper;
}

void mnt_capitalise(char *w)
{
    unsigned char *u = (unsigned char *)w;
    if (ascii_lower(u[0]))
        u[0] = (unsigned char)(u[0] - 32);
    else if (u[0] == 0xC3 && (u[1] == 0xA5 || u[1] == 0xA6 || u[1] == 0xB8))
        u[1] = (unsigned char)(u[1] - 0x20);
}
