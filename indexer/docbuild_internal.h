/* SPDX-License-Identifier: GPL-2.0-or-later */
/* docbuild_internal.h - what the docbuild*.c files share: one document of
 * a meeting (docbuild.c: ids, items, the meeting record) gets its text
 * terms (docterms.c), its filter terms and values (docfilters.c) and its
 * stored JSON (docdata.c). */
#ifndef REFERAT_INDEXER_DOCBUILD_INTERNAL_H
#define REFERAT_INDEXER_DOCBUILD_INTERNAL_H

#include "indexer.h"

/* What one document of a meeting is stored with, besides its item. */
struct docinfo {
    const char *path, *id;
    const char *kind;      /* KIND_ITEM or KIND_MEETING */
    const char *meeting;   /* the meeting record's id */
    const char *attendees; /* stored "attendees" */
    char *const *ids;      /* a record: its items' ids, else NULL */
    const struct mnt_meeting *m;
};

/* docterms.c: the item's analysed text into `d`: title, sections (or
 * body), attendees; `people` (may be NULL) goes into the people field
 * only: a meeting record's participants, whose text is a section of the
 * record already. `*cut` set if the text was longer than
 * INDEXER_ITEM_TEXT_MAX (the rest is not indexed). `m` (may be NULL): the
 * item's meeting, whose other items its lines may name (header.c). */
int docterms_add(xap_doc *d, const struct txt_analyzer *an, const char *people,
                 const struct mnt_meeting *m, const struct mnt_item *it,
                 int *cut, struct err *e);

/* docfilters.c: the boolean terms (id, file, kind, council, flags,
 * layout, case number, year) and the value slots (date, year, council,
 * authority) of the document. */
int docfilters_add(xap_doc *d, const struct docinfo *di,
                   const struct mnt_item *it, struct err *e);

/* docdata.c: store the document as JSON (keys: DATA_* in
 * lib/xap/schema.h); its texts cut until it fits INDEXER_DATA_MAX, with a
 * warning through `warn` (may be NULL). */
int docdata_set(xap_doc *d, const struct docinfo *di, const struct mnt_item *it,
                docbuild_warn_fn warn, void *ctx, struct err *e);

#endif
