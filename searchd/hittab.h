/* SPDX-License-Identifier: GPL-2.0-or-later */
/* hittab.h - the fields of a result list (id, council, authority, date,
 * label, title, file, kind, meeting, url) of every document, in memory,
 * by document id.
 *
 * Why: a hit's fields otherwise come from its stored document, a B-tree
 * look-up, a decompression and a scan of several KB per hit; for a hit
 * list without snippets that was a quarter of a search's CPU time. The
 * table costs some 150 bytes per item and is built with each snapshot.
 *
 * Within one generation of the index documents are only ever added
 * (generations have no termlist, so nothing is deleted or replaced: see
 * lib/xap/README.md), so a table built at revision R serves every later
 * revision of the same generation for the ids it holds; a plain database
 * (generation 0) only the exact revision. Facets need every match, so
 * they use the table only at the exact revision it was built from. */
#ifndef REFERAT_SEARCHD_HITTAB_H
#define REFERAT_SEARCHD_HITTAB_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "xap/xap.h"

/* The fields, in the order hittab_get() returns them. */
#define HITTAB_NFIELDS 10
extern const char *const hittab_fields[HITTAB_NFIELDS];

/* Tables larger than this are not built (searches read stored data). */
#define HITTAB_BYTES_MAX ((size_t)512 << 20)

struct hittab;

/* Build the table of `db`'s current revision. NULL and `e` set on
 * failure; NULL with e->code == ERR_LIMIT past HITTAB_BYTES_MAX. */
struct hittab *hittab_build(xap_db *db, struct err *e);
void hittab_free(struct hittab *t);
/* 1 if the table answers for documents of a search at `revision`. */
int hittab_serves(const struct hittab *t, uint64_t revision);
/* The fields of document `docid` (NULL for a JSON null) and their lengths;
 * 0 if the table does not have it. */
int hittab_get(const struct hittab *t, uint32_t docid,
               const char *val[HITTAB_NFIELDS], size_t len[HITTAB_NFIELDS]);
size_t hittab_bytes(const struct hittab *t);
/* The council and year of every document, for facets (lib/xap counts
 * them instead of reading value slots): NULL unless the table holds every
 * document of `revision` exactly. */
const struct xap_facet_src *hittab_facets(const struct hittab *t,
                                          uint64_t revision);

#endif
