/* SPDX-License-Identifier: GPL-2.0-or-later */
/* snap.h - the shared, read-only analysis data of one index revision:
 * compound lexicon (word list + the index's own words), "did you mean"
 * vocabulary and thesaurus. A reloader thread watches the index and
 * builds a new snapshot off the hot path when it changes (or on SIGHUP);
 * workers hold a reference for the length of one request. */
#ifndef REFERAT_SEARCHD_SNAP_H
#define REFERAT_SEARCHD_SNAP_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "hittab.h"
#include "query/query.h"
#include "settings.h"
#include "text/txt.h"

struct snap {
    uint64_t revision;              /* xap_db_revision() it was built from */
    uint32_t generation, xrevision; /* the same for people (STATS) */
    uint32_t doccount;              /* agenda items (PFX_KIND item) */
    uint32_t meetings;              /* meeting records */
    struct txt_lexicon *lexicon;
    struct qry_vocab *vocab;
    struct qry_thesaurus *thesaurus; /* NULL without --thesaurus */
    struct hittab *hits;             /* result-list fields; NULL if too big */
    xap_word_src *words;             /* word streams, for phrases; NULL if
                                        too big (read from the index) */
    double build_ms;                 /* time it took to build */
    double built_at;                 /* wall-clock seconds when built */
    unsigned refs;                   /* guarded by the store's lock */
};

struct snapstore;

/* Open the index (ERR_NOTFOUND if none; ERR_INVAL for another schema
 * version), build the first snapshot and start the reloader thread. */
struct snapstore *snapstore_new(const struct settings *set, struct err *e);
/* Stop the reloader and free everything (no snapshot may be held). */
void snapstore_free(struct snapstore *ss);

/* The current snapshot, referenced; give it back with snap_release(). */
struct snap *snap_acquire(struct snapstore *ss);
void snap_release(struct snapstore *ss, struct snap *s);

/* The index revision the reloader has seen on disk (any thread):
 * workers reopen their handles when theirs differs. */
uint64_t snapstore_revision(struct snapstore *ss);
/* 1 if the snapshot served is not of the index on disk (a reopen or a
 * rebuild failed; the reloader retries), with the reason written to
 * `reason` (n bytes; "" when healthy). Any thread. */
int snapstore_degraded(struct snapstore *ss, char *reason, size_t n);
/* Snapshots published since the start (the first one too). Any thread. */
uint64_t snapstore_rebuilds(struct snapstore *ss);
/* Ask the reloader to rebuild now, re-reading the thesaurus (SIGHUP). */
void snapstore_reload(struct snapstore *ss);

#endif
