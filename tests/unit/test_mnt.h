/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_mnt.h - what the lib/minutes unit tests share: fixtures read from
 * the source tree ($REFERAT_SOURCE_DIR), minutes parsed from one or from
 * blocks built by hand, a look for a warning and a title check. Include
 * after <cmocka.h>. */
#ifndef REFERAT_TESTS_TEST_MNT_H
#define REFERAT_TESTS_TEST_MNT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "extract/extract.h"
#include "minutes/minutes.h"

/* The file `rel` (relative to the source tree), NUL-terminated; the
 * caller frees it. Fails the test if it cannot be read. */
static inline char *read_source(const char *rel, size_t *len)
{
    const char *dir = getenv("REFERAT_SOURCE_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir ? dir : ".", rel);
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        fail_msg("cannot open %s (set REFERAT_SOURCE_DIR)", path);
    struct buf b;
    struct err e;
    buf_init(&b);
    assert_int_equal(buf_read_file(&b, f, MNT_FILE_MAX, &e), ERR_OK);
    fclose(f);
    assert_int_equal(buf_append(&b, "", 0), ERR_OK);
    *len = b.len;
    return buf_detach(&b);
}

/* mnt_parse() of the fixture `rel` into `m` (zeroed first). */
static inline void parse_file(const char *rel, const struct mnt_hints *hints,
                              struct mnt_meeting *m)
{
    size_t len;
    char *text = read_source(rel, &len);
    struct err e;
    memset(m, 0, sizeof *m);
    int rc = mnt_parse(text, len, hints, m, &e);
    free(text);
    if (rc != ERR_OK)
        fail_msg("mnt_parse(%s): %s", rel, e.msg);
}

/* Does one of m's warnings contain `part`? */
static inline int has_warning(const struct mnt_meeting *m, const char *part)
{
    for (size_t i = 0; i < m->nwarnings; i++)
        if (strstr(m->warnings[i], part) != NULL)
            return 1;
    return 0;
}

/* Append a block of `kind` holding `text` to `x`, at size 11 (the body
 * size the tests give their documents); the caller styles it further. */
static inline struct ext_block *blk_add(struct ext_doc *x, enum ext_kind kind,
                                        const char *text)
{
    struct err e;
    struct ext_block *k = ext_add(x, kind, text, strlen(text), &e);
    assert_non_null(k);
    k->size = 11;
    return k;
}

/* mnt_parse_blocks() of `x` with hints `h` (may be NULL: none) into `m`
 * (zeroed first); frees `x`. */
static inline void parse_doc_hinted(struct ext_doc *x,
                                    const struct mnt_hints *h,
                                    struct mnt_meeting *m)
{
    struct err e;
    memset(m, 0, sizeof *m);
    if (mnt_parse_blocks(x, h, m, &e) != ERR_OK)
        fail_msg("mnt_parse_blocks: %s", e.msg);
    ext_doc_fini(x);
}

static inline void parse_doc(struct ext_doc *x, struct mnt_meeting *m)
{
    parse_doc_hinted(x, NULL, m);
}

/* The item's title is `want` (NULL: it has none). */
static inline void expect_title(const struct mnt_item *it, const char *want)
{
    if (want == NULL) {
        assert_null(it->title);
        return;
    }
    if (it->title == NULL || strcmp(it->title, want) != 0)
        fail_msg("item <%s>: title <%s>, want <%s>", it->label,
                 it->title ? it->title : "(null)", want);
}

/* Does the string hay (may be NULL) contain / lack needle? */
#define assert_contains(hay, needle)                                           \
    do {                                                                       \
        const char *h_ = (hay);                                                \
        if (h_ == NULL || strstr(h_, (needle)) == NULL)                        \
            fail_msg("<%.200s> does not contain <%s>", h_ ? h_ : "(null)",     \
                     (needle));                                                \
    } while (0)

#define assert_lacks(hay, needle)                                              \
    do {                                                                       \
        const char *h_ = (hay);                                                \
        if (h_ != NULL && strstr(h_, (needle)) != NULL)                        \
            fail_msg("<%.200s> contains <%s>", h_, (needle));                  \
    } while (0)

#endif
