/* SPDX-License-Identifier: GPL-2.0-or-later */
/* args.c - what the search command (main.c) and the workbench (work.c)
 * read from argv the same way, and the exit status of an error reply. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

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

int args_listen(const char *listen, char *host, size_t hsize, char *port,
                size_t psize)
{
    const char *colon = listen != NULL ? strrchr(listen, ':') : NULL;
    if (colon == NULL || colon == listen || strlen(colon + 1) == 0 ||
        strlen(colon + 1) >= psize || (size_t)(colon - listen) >= hsize)
        return 0;
    const char *h = listen;
    size_t hlen = (size_t)(colon - listen);
    if (hlen >= 2 && h[0] == '[' && h[hlen - 1] == ']') {
        h++;
        hlen -= 2;
    }
    snprintf(host, hsize, "%.*s", (int)hlen, h);
    snprintf(port, psize, "%s", colon + 1);
    if (strcmp(host, "0.0.0.0") == 0)
        snprintf(host, hsize, "127.0.0.1");
    else if (strcmp(host, "::") == 0)
        snprintf(host, hsize, "::1");
    return 1;
}
