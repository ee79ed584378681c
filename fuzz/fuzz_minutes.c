/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_minutes.c - libFuzzer: encoding repair, the minutes parser and the
 * clean-up must take any bytes without crashing, hanging or leaking. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes.h"
#include "text/txt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct buf utf8;
    buf_init(&utf8);
    int converted = 0;
    if (txt_to_utf8((const char *)data, size, &utf8, &converted, NULL) ==
        ERR_OK) {
        struct mnt_meeting m;
        memset(&m, 0, sizeof m);
        if (mnt_parse(utf8.data, utf8.len, NULL, &m, NULL) == ERR_OK &&
            m.nitems == 0)
            __builtin_trap(); /* contract: non-empty text gives items */
        mnt_meeting_fini(&m);
        char *clean = mnt_clean(utf8.data, utf8.len);
        if (clean != NULL && !utf8_valid(clean, strlen(clean)))
            __builtin_trap(); /* clean-up must keep UTF-8 valid */
        free(clean);
    }
    buf_fini(&utf8);
    return 0;
}
