/* SPDX-License-Identifier: GPL-2.0-or-later */
/* hyphen.h - the rules for joining lines that the PDF block builder
 * (pdf_blocks.c) and lib/minutes' text cleaner share: a line ending in a
 * hyphen (a word broken by the line or page break, or a real hyphen?)
 * and the bullet marks that start a list line. */
#ifndef REFERAT_EXTRACT_HYPHEN_H
#define REFERAT_EXTRACT_HYPHEN_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum ext_hyphen {
    EXT_HYPHEN_NONE = 0, /* no line-break hyphen at the end of `left` */
    EXT_HYPHEN_DROP,     /* "ind-" + "sats" -> "indsats" */
    EXT_HYPHEN_KEEP,     /* "Region-" + "Midtjylland", "COVID-" + "19",
                            "Social-" + ", sundheds-": keep it, no space */
    EXT_HYPHEN_SPACE,    /* "Social-" + "og Sundhedsudvalget": keep the
                            hyphen, then a space */
};

/* How to join `left` (a paragraph so far) with `right` (the next line's
 * text, trimmed). NONE unless `left` ends in a hyphen right after a
 * non-blank, non-hyphen byte ("den -" is a dash). A URL or e-mail as the
 * last word keeps its hyphen ("…/social-og-" + "udvalget"). */
enum ext_hyphen ext_hyphen_join(const char *left, size_t ln, const char *right,
                                size_t rn);

/* Bytes of the bullet mark ("•", "·", "▪", "◦", "●", "○", "■", "–", "—",
 * "-", "*", Symbol-font U+F0B7) that `s` starts with, when more text
 * follows it; else 0. What follows the mark is the caller's rule. */
size_t ext_bullet_len(const char *s, size_t n);

#ifdef __cplusplus
}
#endif
#endif
