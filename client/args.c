/* SPDX-License-Identifier: GPL-2.0-or-later */
/* args.c - what the search command (main.c) and the workbench (work.c)
 * read from argv the same way, and the exit status of an error reply. */
#include <getopt.h>

#include "client.h"
#include "core/parse.h"

int args_timeout(const char *v, double *out, struct err *e)
{
    uint32_t n;
    int rc = parse_opt_u32("timeout", v, 1, 3600, &n, e);
    if (rc == ERR_OK)
        *out = n;
    return rc;
}

int args_port(const char *v, struct err *e)
{
    uint32_t n;
    return parse_opt_u32("port", v, 1, 65535, &n, e);
}

int args_getopt_error(int c, char **argv, struct err *e)
{
    return err_set(e, ERR_INVAL, "option <%s> %s", argv[optind - 1],
                   c == '?' ? "unknown" : "needs a value");
}

int args_join(int argc, char **argv, struct buf *q, struct err *e)
{
    for (int i = 0; i < argc; i++)
        if ((i > 0 && buf_putc(q, ' ') != ERR_OK) ||
            buf_puts(q, argv[i]) != ERR_OK)
            return err_set(e, ERR_NOMEM, "out of memory");
    return ERR_OK;
}

int args_exit_for(enum proto_code code)
{
    switch (code) {
    case PROTO_NOT_FOUND:
        return EXIT_NO_HITS;
    case PROTO_BAD_REQUEST:
    case PROTO_BAD_QUERY:
    case PROTO_LIMIT:
    case PROTO_TOO_LARGE:
    case PROTO_UNKNOWN_COMMAND:
    case PROTO_UNSUPPORTED:
        return EXIT_USAGE;
    default:
        return EXIT_SERVER;
    }
}
