/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_conf.c - libFuzzer: bytes as a referat.conf through lib/conf
 * (libinih, the line counting reader, the key table) and conf_apply():
 * no crash or leak; a file that loads has entries with known lines, and
 * a refused one says which line. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "conf/conf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[] = "/tmp/referat-fuzz-conf-XXXXXX";
static int fd = -1;

static int accept_all(void *ctx, int code, const char *value, struct err *e)
{
    (void)ctx;
    (void)code;
    if (value != NULL && strchr(value, '\n') != NULL)
        abort(); /* inih hands over one line at a time */
    return value != NULL && value[0] == '!' ? err_set(e, ERR_INVAL, "no")
                                            : ERR_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 1},
        {"lexicon", required_argument, NULL, 2},
        {"threads", required_argument, NULL, 3},
        {"verbose", no_argument, NULL, 4},
        {"folders", required_argument, NULL, 5},
        {NULL, 0, NULL, 0},
    };
    if (fd < 0 && (fd = mkstemp(path)) < 0)
        abort();
    if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != (ssize_t)size)
        abort();
    struct conf c;
    struct err e;
    conf_init(&c);
    err_clear(&e);
    int rc = conf_load(&c, path, &e);
    if (rc == ERR_OK) {
        for (size_t i = 0; i < c.n; i++)
            if (c.v[i].line < 1 || (size_t)c.v[i].line > size + 1)
                abort();
        conf_apply(&c, "index", opts, accept_all, NULL, &e);
        conf_apply(&c, "referat-index", opts, accept_all, NULL, &e);
    } else if (rc == ERR_INVAL && strncmp(e.msg, path, strlen(path)) != 0) {
        abort(); /* every refusal names the file and line */
    }
    conf_fini(&c);
    return 0;
}
