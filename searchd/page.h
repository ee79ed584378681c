/* SPDX-License-Identifier: GPL-2.0-or-later */
/* page.h - the web page's files (searchd/web/), built into referatd by
 * web/embed.cmake and served at /<name>; / is /index.html. */
#ifndef REFERAT_SEARCHD_PAGE_H
#define REFERAT_SEARCHD_PAGE_H

#include <stddef.h>

struct page_asset {
    const char *path; /* "/app.js" */
    const char *type; /* the Content-Type */
    const unsigned char *data;
    size_t len;
};

/* Generated: every file of searchd/web/, ended by one with path NULL. */
extern const struct page_asset page_assets[];

/* The file served at path[0..len) (no query string), or NULL. */
const struct page_asset *page_find(const char *path, size_t len);

#endif
