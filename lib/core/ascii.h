/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ascii.h - what an ASCII byte is, never by locale: <ctype.h>'s isdigit()
 * and isalpha() follow setlocale() and take negative chars (UTF-8's high
 * bytes) as undefined behaviour. A byte of a multi-byte UTF-8 character
 * is none of these; fold.h says what a code point is. Callers pass a char
 * or an unsigned char: either is compared as its value. */
#ifndef REFERAT_CORE_ASCII_H
#define REFERAT_CORE_ASCII_H

static inline int ascii_digit(int c)
{
    return c >= '0' && c <= '9';
}

static inline int ascii_upper(int c)
{
    return c >= 'A' && c <= 'Z';
}

static inline int ascii_lower(int c)
{
    return c >= 'a' && c <= 'z';
}

static inline int ascii_letter(int c)
{
    return ascii_upper(c) || ascii_lower(c);
}

#endif
