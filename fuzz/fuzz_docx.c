/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_docx.c - libFuzzer: the DOCX and ODT readers. An input that starts
 * "PK" is read as the zip itself (libzip, the size caps); any other input
 * becomes word/document.xml and content.xml of a zip made here, so the
 * mutations reach our XML walkers instead of dying in the zip reader. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <zip.h>

#include "fuzz_extract_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void read_both(const char *bytes, size_t len)
{
    struct ext_doc d;
    struct err e = {0};
    ext_doc_init(&d);
    if (ext_read_docx(bytes, len, &d, &e) == ERR_OK)
        check_doc(&d);
    else if (d.nblocks != 0 || e.msg[0] == '\0')
        __builtin_trap();
    ext_doc_fini(&d);
    ext_doc_init(&d);
    if (ext_read_odt(bytes, len, &d, &e) == ERR_OK)
        check_doc(&d);
    else if (d.nblocks != 0 || e.msg[0] == '\0')
        __builtin_trap();
    ext_doc_fini(&d);
}

/* A stored (uncompressed) zip holding `data` as the body parts. */
static char *wrap(const uint8_t *data, size_t size, size_t *len)
{
    static const char *const names[] = {"word/document.xml", "content.xml",
                                        "word/styles.xml", "styles.xml"};
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    char *out = NULL;
    zip_source_keep(src);
    zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
    for (size_t i = 0; z != NULL && i < 4; i++) {
        /* the styles parts get the input too: their readers are ours */
        zip_source_t *s = zip_source_buffer(z, data, size, 0);
        zip_int64_t at = zip_file_add(z, names[i], s, 0);
        if (at >= 0)
            zip_set_file_compression(z, (zip_uint64_t)at, ZIP_CM_STORE, 0);
    }
    if (z != NULL && zip_close(z) == 0 && zip_source_open(src) == 0) {
        zip_source_seek(src, 0, SEEK_END);
        zip_int64_t n = zip_source_tell(src);
        zip_source_seek(src, 0, SEEK_SET);
        out = n > 0 ? malloc((size_t)n) : NULL;
        if (out != NULL && zip_source_read(src, out, (zip_uint64_t)n) == n)
            *len = (size_t)n;
        else
            free(out), out = NULL;
        zip_source_close(src);
    }
    zip_source_free(src);
    zip_error_fini(&ze);
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size >= 2 && data[0] == 'P' && data[1] == 'K') {
        read_both((const char *)data, size);
        return 0;
    }
    size_t len = 0;
    char *z = wrap(data, size, &len);
    if (z != NULL)
        read_both(z, len);
    free(z);
    return 0;
}
