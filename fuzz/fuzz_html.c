/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_html.c - libFuzzer: the HTML reader (charset detection, libxml2's
 * HTML parser, our SAX walker) takes any bytes; its blocks keep the block
 * model's promises (fuzz_extract_util.h). */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_extract_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ext_doc d;
    ext_doc_init(&d);
    struct err e = {0};
    int rc = ext_read_html((const char *)data, size, &d, &e);
    if (rc == ERR_OK)
        check_doc(&d);
    else if (d.nblocks != 0 || e.msg[0] == '\0')
        __builtin_trap(); /* an error leaves no blocks and says why */
    ext_doc_fini(&d);
    return 0;
}
