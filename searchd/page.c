/* SPDX-License-Identifier: GPL-2.0-or-later */
/* page.c - find the web page's file for a path. The files themselves are
 * searchd/web/ (HTML, CSS, JavaScript modules), embedded at build time by
 * web/embed.cmake into page_assets[]; see web/README.md. */
#include "page.h"

#include <string.h>

const struct page_asset *page_find(const char *path, size_t len)
{
    if (len == 1 && path[0] == '/') {
        path = "/index.html";
        len = strlen(path);
    }
    for (const struct page_asset *a = page_assets; a->path != NULL; a++)
        if (strlen(a->path) == len && memcmp(a->path, path, len) == 0)
            return a;
    return NULL;
}
