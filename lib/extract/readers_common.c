/* SPDX-License-Identifier: GPL-2.0-or-later */
/* readers_common.c - what the HTML and office readers share: libxml2's
 * one-time set-up and handing a finished document to the caller. */
#include <libxml/parser.h>
#include <pthread.h>
#include <stdlib.h>

#include "extract/readers_internal.h"

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void xml_init(void)
{
    xmlInitParser();
}

void ext_libxml_init(void)
{
    pthread_once(&xml_once, xml_init);
}

void ext_doc_take(struct ext_doc *out, struct ext_doc *from)
{
    free(out->blocks);
    out->blocks = from->blocks, out->nblocks = from->nblocks;
    out->cap = from->cap, out->text_bytes = from->text_bytes;
    if (out->title == NULL)
        out->title = from->title, from->title = NULL;
    if (out->site == NULL)
        out->site = from->site, from->site = NULL;
    for (size_t i = 0; i < from->nwarnings; i++)
        ext_warn(out, "%s", from->warnings[i]);
    from->blocks = NULL, from->nblocks = from->cap = 0;
    ext_doc_fini(from);
}
