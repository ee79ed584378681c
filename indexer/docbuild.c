/* SPDX-License-Identifier: GPL-2.0-or-later */
/* docbuild.c - one meeting to index documents, one per agenda item and
 * one meeting record (header, agenda, attendance), laid out as
 * xap/schema.h says: analysed text terms per field, boolean filter terms,
 * value slots, and the document as JSON for results and fetch. */
#include "docbuild_internal.h"

#include <stdlib.h>
#include <string.h>

#include "xap/schema.h"

/* Item labels longer than this are cut in ids ("3a" is typical). */
#define LABEL_MAX 32

/* ---- Items ------------------------------------------------------------- */

/* "<name>#<mpre><label>", made unique within the meeting with "-2",
 * "-3"... (ids[0..nids) are taken, the meeting record's among them); the
 * name is unique in the index (fileid.c), mpre within the file
 * (meeting_prefix()). */
static char *make_id(const char *base, const char *mpre,
                     const struct mnt_item *it, size_t idx, char **ids,
                     size_t nids)
{
    char label[LABEL_MAX + 1];
    if (it->label != NULL && *it->label != '\0')
        snprintf(label, sizeof label, "%s", it->label);
    else
        snprintf(label, sizeof label, "%zu", idx + 1);
    struct buf b = {0};
    for (unsigned n = 1;; n++) {
        buf_reset(&b);
        int rc = n == 1 ? buf_printf(&b, "%s#%s%s", base, mpre, label)
                        : buf_printf(&b, "%s#%s%s-%u", base, mpre, label, n);
        if (rc != ERR_OK) {
            buf_fini(&b);
            return NULL;
        }
        size_t i = 0;
        while (i < nids && strcmp(ids[i], b.data) != 0)
            i++;
        if (i == nids)
            return buf_detach(&b);
    }
}

int docbuild_file_term(const char *path, struct buf *out)
{
    buf_reset(out);
    if (buf_puts(out, PFX_FILE) != ERR_OK || buf_puts(out, path) != ERR_OK)
        return ERR_NOMEM;
    return ERR_OK;
}

/* One document: terms, filters, data; added to `w`. */
static int add_doc(xap_wdb *w, const struct txt_analyzer *an,
                   const struct docinfo *di, const struct mnt_item *it,
                   const char *people, docbuild_warn_fn warn, void *ctx,
                   struct err *e)
{
    xap_doc *d = xap_doc_new(e);
    if (d == NULL)
        return e != NULL && e->code != ERR_OK ? e->code : ERR_NOMEM;
    int cut = 0;
    int rc = xap_doc_set_positions(d, xap_wdb_positions(w), e);
    if (rc == ERR_OK)
        /* an item's lines naming its meeting's other items are header
         * lines; the record's agenda is what it is for */
        rc = docterms_add(d, an, people, di->ids == NULL ? di->m : NULL, it,
                          &cut, e);
    if (rc == ERR_OK && cut && warn != NULL) {
        char msg[300];
        snprintf(msg, sizeof msg,
                 "item <%.200s>: only the first %zu bytes of its text indexed",
                 di->id, INDEXER_ITEM_TEXT_MAX);
        warn(ctx, msg);
    }
    if (rc == ERR_OK)
        rc = docfilters_add(d, di, it, e);
    if (rc == ERR_OK)
        rc = docdata_set(d, di, it, warn, ctx, e);
    if (rc == ERR_OK)
        rc = xap_wdb_add(w, d, e);
    xap_doc_free(d);
    return rc;
}

/* ---- The meeting record ------------------------------------------------ */

/* "Møde i <council>, <date>", or what of it is known. */
static char *record_title(const struct mnt_meeting *m, const char *file)
{
    struct buf b = {0};
    buf_puts(&b, "Møde");
    if (m->council != NULL)
        buf_printf(&b, " i %s", m->council);
    if (m->date != NULL)
        buf_printf(&b, "%s %s", m->council != NULL ? "," : "", m->date);
    if (m->council == NULL && m->date == NULL)
        buf_printf(&b, " (%s)", file);
    return buf_detach(&b);
}

/* The agenda as text: one "<label>. <title>" line per item. */
static char *agenda_text(const struct mnt_meeting *m)
{
    struct buf b = {0};
    for (size_t i = 0; i < m->nitems; i++) {
        const struct mnt_item *it = &m->items[i];
        if (b.len > 0)
            buf_putc(&b, '\n');
        if (it->label != NULL)
            buf_printf(&b, "%s. ", it->label);
        buf_puts(&b, it->title != NULL ? it->title : "");
    }
    return buf_detach(&b);
}

/* The meeting record: a document of its own holding the text before the
 * first item, the agenda, the attendance and a closing list of
 * attachments, so they are searchable without being any item's text. */
static int add_record(xap_wdb *w, const struct txt_analyzer *an,
                      const struct docinfo *di, docbuild_warn_fn warn,
                      void *ctx, struct err *e)
{
    const struct mnt_meeting *m = di->m;
    const char *file = strrchr(di->path, '/');
    file = file != NULL ? file + 1 : di->path;
    char *agenda = agenda_text(m);
    struct mnt_section secs[4] = {{"Indledning", m->preamble},
                                  {"Dagsorden", agenda},
                                  {"Deltagere", m->attendees},
                                  {"Bilag", m->appendix}};
    struct mnt_item rec = {.title = record_title(m, file),
                           .sections = secs,
                           .first_line = 1,
                           .last_line =
                               m->nitems > 0 && m->items[0].first_line > 1
                                   ? m->items[0].first_line - 1
                                   : 1};
    /* only the parts there are: an empty section would be stored too */
    for (size_t i = 0; i < 4; i++)
        if (secs[i].text != NULL && *secs[i].text != '\0')
            secs[rec.nsections++] = secs[i];
    struct buf body = {0};
    for (size_t i = 0; i < rec.nsections; i++)
        buf_printf(&body, "%s%s\n%s", i > 0 ? "\n\n" : "", secs[i].name,
                   secs[i].text);
    rec.body = buf_detach(&body);
    int rc = ERR_OK;
    if (rec.title == NULL || rec.body == NULL || agenda == NULL)
        rc = err_set(e, ERR_NOMEM, "out of memory");
    else
        rc = add_doc(w, an, di, &rec, m->attendees, warn, ctx, e);
    free(agenda);
    free(rec.title);
    free(rec.body);
    return rc;
}

/* The first meeting of a file keeps the ids of a file of one meeting
 * ("<name>#3", "<name>#meeting"); meeting k of a file holding several
 * is "m<k>." before each label ("<name>#m2.3", "<name>#m2.meeting"): no
 * printed label starts so, and the ids stay stable across runs. */
static void meeting_prefix(const struct mnt_meeting *m, char out[16])
{
    if (m->seq <= 1)
        out[0] = '\0';
    else
        snprintf(out, 16, "m%u.", m->seq);
}

int docbuild_meeting(xap_wdb *w, const struct txt_analyzer *an,
                     const char *path, const char *name,
                     const struct mnt_meeting *m, docbuild_warn_fn warn,
                     void *ctx, size_t *nitems, struct err *e)
{
    /* ids[0] is the meeting record's, so no item takes it */
    char **ids = calloc(m->nitems + 1, sizeof *ids);
    if (ids == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    char mpre[16];
    meeting_prefix(m, mpre);
    struct buf rid = {0};
    int rc = buf_printf(&rid, "%s#%s%s", name, mpre, MEETING_ID_LABEL);
    ids[0] = rc == ERR_OK ? buf_detach(&rid) : NULL;
    if (ids[0] == NULL)
        rc = err_set(e, ERR_NOMEM, "out of memory");
    size_t n = 0;
    for (size_t i = 0; rc == ERR_OK && i < m->nitems; i++) {
        ids[i + 1] = make_id(name, mpre, &m->items[i], i, ids, i + 1);
        if (ids[i + 1] == NULL)
            rc = err_set(e, ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; rc == ERR_OK && i < m->nitems; i++) {
        const struct mnt_item *it = &m->items[i];
        struct docinfo di = {path,          ids[i + 1], KIND_ITEM, ids[0],
                             it->attendees, NULL,       m};
        rc = add_doc(w, an, &di, it, NULL, warn, ctx, e);
        if (rc == ERR_OK)
            n++;
    }
    if (rc == ERR_OK) {
        struct docinfo di = {
            path, ids[0], KIND_MEETING, ids[0], m->attendees, ids + 1, m};
        rc = add_record(w, an, &di, warn, ctx, e);
    }
    for (size_t i = 0; i <= m->nitems; i++)
        free(ids[i]);
    free(ids);
    *nitems = n;
    return rc;
}
