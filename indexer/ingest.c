/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ingest.c - one source file to a parsed meeting: read it with a size cap,
 * hash it (with its sidecar), read its blocks through lib/extract (plain
 * text converted from Latin-1 first; HTML, DOCX, ODT, PDF by their
 * readers) and split them into agenda items with the one segmenter. */
#include "indexer.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void ingest_fini(struct ingest *in)
{
    buf_fini(&in->raw);
    free(in->sidecar);
    in->sidecar = NULL;
    if (in->parsed)
        mnt_meeting_fini(&in->meeting);
    in->parsed = 0;
}

static int read_capped(const char *path, size_t max, struct buf *out,
                       struct err *e)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return err_set(e, ERR_IO, "cannot open: %s", strerror(errno));
    struct stat st;
    int rc = ERR_OK;
    if (fstat(fileno(f), &st) != 0)
        rc = err_set(e, ERR_IO, "cannot stat: %s", strerror(errno));
    else if (!S_ISREG(st.st_mode))
        rc = err_set(e, ERR_INVAL, "not a regular file");
    else if ((uintmax_t)st.st_size > max)
        rc = err_set(e, ERR_LIMIT, "too large: %jd bytes, max <%zu>",
                     (intmax_t)st.st_size, max);
    else
        rc = buf_read_file(out, f, max, e);
    if (rc == ERR_LIMIT && e != NULL && e->msg[0] == '\0')
        err_set(e, ERR_LIMIT, "too large: more than <%zu> bytes", max);
    fclose(f);
    return rc;
}

/* The sidecar of "dir/x.txt" is "dir/x.txt.meta", or else "dir/x.meta". */
static char *find_sidecar(const char *path)
{
    struct buf b = {0};
    struct stat st;
    if (buf_printf(&b, "%s.meta", path) == ERR_OK && stat(b.data, &st) == 0 &&
        S_ISREG(st.st_mode))
        return buf_detach(&b);
    buf_reset(&b);
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(path, '.');
    if (dot != NULL && (slash == NULL || dot > slash + 1) &&
        buf_printf(&b, "%.*s.meta", (int)(dot - path), path) == ERR_OK &&
        stat(b.data, &st) == 0 && S_ISREG(st.st_mode))
        return buf_detach(&b);
    buf_fini(&b);
    return NULL;
}

int ingest_load(const char *path, size_t max, struct ingest *in, struct err *e)
{
    int rc = read_capped(path, max, &in->raw, e);
    if (rc != ERR_OK)
        return rc;
    in->bytes = in->raw.len;
    if (in->raw.len == 0)
        return err_set(e, ERR_INVAL, "empty file");
    /* a file named on the command line is read whatever its name: an
     * unknown extension is plain text */
    const char *fmt = ext_format_of(path, in->raw.data, in->raw.len);
    snprintf(in->format, sizeof in->format, "%s", fmt != NULL ? fmt : "txt");

    struct sha256 h;
    sha256_init(&h);
    sha256_update(&h, in->raw.data, in->raw.len);
    in->sidecar = find_sidecar(path);
    if (in->sidecar != NULL) {
        /* The sidecar changes what is indexed, so it is part of the hash. */
        struct buf side = {0};
        struct err se = {0};
        rc = read_capped(in->sidecar, INDEXER_SIDECAR_MAX, &side, &se);
        if (rc != ERR_OK) {
            buf_fini(&side);
            return err_set(e, rc, "sidecar <%s>: %s", in->sidecar, se.msg);
        }
        sha256_update(&h, "\0sidecar\0", 9);
        sha256_update(&h, side.data != NULL ? side.data : "", side.len);
        buf_fini(&side);
    }
    sha256_hex(&h, in->hash);
    return ERR_OK;
}

/* Plain text is converted to UTF-8 first: Windows-1252/Latin-1 is common
 * in older exports. */
int ingest_blocks(struct ingest *in, double ocr_seconds, struct ext_doc *doc,
                  struct err *e)
{
    /* a file's OCR stops after ten pages' worth (the reader's default
     * ratio, 300 s to 30 s) */
    struct ext_opts o = {1, ocr_seconds, NULL, 0, 10 * ocr_seconds};
    if (strcmp(in->format, "txt") != 0)
        return ext_read(in->format, in->raw.data, in->raw.len, &o, doc, e);
    struct buf text = {0};
    int rc = txt_to_utf8(in->raw.data, in->raw.len, &text, &in->converted, e);
    if (rc == ERR_OK)
        rc =
            ext_read_text(text.data != NULL ? text.data : "", text.len, doc, e);
    buf_fini(&text);
    return rc;
}

int ingest_parse(const char *path, double ocr_seconds, struct ingest *in,
                 struct err *e)
{
    struct ext_doc doc;
    ext_doc_init(&doc);
    int rc = ingest_blocks(in, ocr_seconds, &doc, e);
    buf_fini(&in->raw); /* hashed already; the blocks are what count now */
    struct mnt_sidecar side = {0};
    if (rc == ERR_OK && in->sidecar != NULL) {
        struct err se = {0};
        rc = mnt_sidecar_load(in->sidecar, &side, &se);
        if (rc != ERR_OK)
            err_set(e, rc, "sidecar <%s>: %s", in->sidecar, se.msg);
    }
    if (rc == ERR_OK) {
        const char *base = strrchr(path, '/');
        struct mnt_hints hints = {side.council, side.authority, side.date,
                                  side.place, base ? base + 1 : path};
        in->text_bytes = doc.text_bytes;
        in->parsed = 1; /* mnt_meeting_fini() is due even on failure */
        rc = mnt_parse_blocks(&doc, &hints, &in->meeting, e);
        in->meeting.url = side.url; /* mnt_meeting_fini() frees it */
        side.url = NULL;
        /* a file of several meetings is published at one address */
        for (struct mnt_meeting *m = in->meeting.next;
             rc == ERR_OK && m != NULL && in->meeting.url != NULL; m = m->next)
            if ((m->url = strdup(in->meeting.url)) == NULL)
                rc = err_set(e, ERR_NOMEM, "out of memory");
    }
    mnt_sidecar_fini(&side);
    ext_doc_fini(&doc);
    return rc;
}
