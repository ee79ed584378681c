/* SPDX-License-Identifier: GPL-2.0-or-later */
/* zip_util.h - zips made in memory with libzip for the office readers'
 * tests (a DOCX of a few parts). Include after <cmocka.h>. */
#ifndef REFERAT_TESTS_ZIP_UTIL_H
#define REFERAT_TESTS_ZIP_UTIL_H

#include <stdlib.h>
#include <zip.h>

struct part {
    const char *name;
    const void *data;
    size_t len;
};

/* A zip of `n` parts in memory; the caller frees it. */
static inline char *make_zip(const struct part *p, size_t n, size_t *len)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    assert_non_null(src);
    zip_source_keep(src);
    zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
    assert_non_null(z);
    for (size_t i = 0; i < n; i++) {
        zip_source_t *s = zip_source_buffer(z, p[i].data, p[i].len, 0);
        assert_non_null(s);
        assert_true(zip_file_add(z, p[i].name, s, ZIP_FL_ENC_UTF_8) >= 0);
    }
    assert_int_equal(zip_close(z), 0);
    assert_int_equal(zip_source_open(src), 0);
    assert_int_equal(zip_source_seek(src, 0, SEEK_END), 0);
    zip_int64_t size = zip_source_tell(src);
    assert_true(size > 0);
    assert_int_equal(zip_source_seek(src, 0, SEEK_SET), 0);
    char *out = malloc((size_t)size);
    assert_non_null(out);
    assert_int_equal(zip_source_read(src, out, (zip_uint64_t)size), size);
    zip_source_close(src);
    zip_source_free(src);
    zip_error_fini(&ze);
    *len = (size_t)size;
    return out;
}

#endif
