/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_contents.c - a wrapped heading's rest that only the table of
 * contents tells: "4. TILSKUD TIL MADMARKED PÅ HAVNEN" / "SKIVE HAVN"
 * (a PDF's heading wrapped where a capital opens the next line, which
 * the text's own signs - a small word, a dash, lower case - do not
 * tell) goes on when the contents above print the two lines as one
 * title ("Tilskud til madmarked på havnen Skive Havn ..... 7", wrapped
 * there or not). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* The contents stand near the top: so much of the text before the
 * heading is read. */
#define CONTENTS_SCAN 16384

/* Fold s[0..n) onto out at *o (cap bytes in all): lower case, each run
 * of blanks one space, a space between lines. */
static void fold_onto(const char *s, size_t n, char *out, size_t cap, size_t *o)
{
    char buf[8];
    for (size_t i = 0; i < n && *o + 9 < cap;) {
        uint32_t cp = 0;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (k == 0)
            break;
        i += k;
        if (cp == ' ' || cp == '\t' || cp == 0xA0) {
            if (*o > 0 && out[*o - 1] != ' ')
                out[(*o)++] = ' ';
            continue;
        }
        size_t m = fold_char(cp, buf);
        memcpy(out + *o, buf, m);
        *o += m;
    }
    if (*o > 0 && out[*o - 1] != ' ' && *o + 1 < cap)
        out[(*o)++] = ' ';
}

/* Is byte c part of a word (a letter or digit; any byte of a multibyte
 * character)? */
static int word_byte(unsigned char c)
{
    return c >= 0x80 || mnt_digit((char)c) || mnt_ascii_letter((char)c);
}

/* Is there no lower-case letter in s[0..n)? */
static int no_lower(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp = 0;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (k == 0 || fold_is_lower(cp))
            return 0;
        i += k;
    }
    return 1;
}

/* Words of s[0..n). */
static size_t word_count(const char *s, size_t n)
{
    size_t w = 1;
    for (size_t k = 0; k < n; k++)
        w += s[k] == ' ';
    return w;
}

/* Is text line i+1 the rest of heading line i in capitals, as the
 * contents above print the title? */
int mnt_contents_wrap(const struct mnt_doc *d, size_t i)
{
    if (i + 1 >= d->nlines || d->lines[i + 1].kind != MNT_LINE_TEXT)
        return 0;
    const struct mnt_line *h = &d->lines[i], *t = &d->lines[i + 1];
    /* both in capitals (a heading in mixed case shows its wrap by a
     * lower-case rest), the rest a few words, no field, no sentence */
    if (!no_lower(h->s, h->len) || !no_lower(t->s, t->len) || t->len == 0 ||
        t->len > 60 || word_count(t->s, t->len) > 6 ||
        memchr(t->s, ':', t->len) != NULL ||
        strchr(".;!?", t->s[t->len - 1]) != NULL ||
        !(mnt_starts_upper(t->s, t->len) || mnt_digit(t->s[0])))
        return 0;
    /* the heading's words after its number ("4. ", "12 ") */
    size_t off = 0;
    while (off < h->len && mnt_digit(h->s[off]))
        off++;
    if (off > 0 && off < h->len && h->s[off] == '.')
        off++;
    off = mnt_skip_sp(h->s, h->len, off);
    if (h->len < off + 8 || strchr(".:;!?", h->s[h->len - 1]) != NULL)
        return 0;
    size_t cap = CONTENTS_SCAN * 2 + 16, pcap = 512, o = 0, po = 0;
    char *text = malloc(cap), *pat = malloc(pcap);
    int found = 0;
    if (text == NULL || pat == NULL)
        goto out;
    for (size_t k = 0; k < i && o < CONTENTS_SCAN; k++)
        if (d->lines[k].kind == MNT_LINE_TEXT)
            fold_onto(d->lines[k].s, d->lines[k].len, text, cap, &o);
    fold_onto(h->s + off, h->len - off, pat, pcap, &po);
    fold_onto(t->s, t->len, pat, pcap, &po);
    if (po < 2 || po + 9 >= pcap)
        goto out;
    po--; /* without the closing space */
    for (size_t k = 0; k + po <= o && !found; k++) {
        if (memcmp(text + k, pat, po) != 0)
            continue;
        /* whole words: no letter glued on either side */
        found = (k == 0 || !word_byte((unsigned char)text[k - 1])) &&
                (k + po == o || !word_byte((unsigned char)text[k + po]));
    }
out:
    free(text);
    free(pat);
    return found;
}
