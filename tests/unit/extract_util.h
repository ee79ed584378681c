/* SPDX-License-Identifier: GPL-2.0-or-later */
/* extract_util.h - what the reader tests share (test_extract.c,
 * test_extract_office.c): fixtures read from the source tree, blocks
 * found by text or kind. Include after <cmocka.h>. */
#ifndef REFERAT_TESTS_EXTRACT_UTIL_H
#define REFERAT_TESTS_EXTRACT_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "extract/extract.h"

static inline char *read_source(const char *rel, size_t *len)
{
    const char *dir = getenv("REFERAT_SOURCE_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir != NULL ? dir : ".", rel);
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        fail_msg("cannot open %s", path);
    struct buf b = {0};
    struct err e = {0};
    assert_int_equal(buf_read_file(&b, f, 64u << 20, &e), ERR_OK);
    fclose(f);
    *len = b.len;
    return buf_detach(&b);
}

static inline void read_fixture(const char *format, const char *rel,
                                struct ext_doc *d)
{
    size_t len;
    char *bytes = read_source(rel, &len);
    struct err e = {0};
    ext_doc_init(d);
    int rc = ext_read(format, bytes, len, NULL, d, &e);
    if (rc != ERR_OK)
        fail_msg("%s: %s", rel, e.msg);
    free(bytes);
}

/* The first block whose text is `text`, or NULL. */
static inline const struct ext_block *find(const struct ext_doc *d,
                                           const char *text)
{
    for (size_t i = 0; i < d->nblocks; i++)
        if (strcmp(d->blocks[i].text, text) == 0)
            return &d->blocks[i];
    return NULL;
}

/* Does any block contain `s`? */
static inline int mentions(const struct ext_doc *d, const char *s)
{
    for (size_t i = 0; i < d->nblocks; i++)
        if (strstr(d->blocks[i].text, s) != NULL)
            return 1;
    return 0;
}

static inline size_t count_kind(const struct ext_doc *d, enum ext_kind k)
{
    size_t n = 0;
    for (size_t i = 0; i < d->nblocks; i++)
        n += d->blocks[i].kind == k;
    return n;
}

#endif
