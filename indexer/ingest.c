/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ingest.c - one source file to a parsed meeting: read it with a size cap,
 * hash it (with its sidecar), get UTF-8 text (converting Latin-1, or
 * through pdftotext for a PDF) and split it into agenda items. */
#include "indexer.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

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
    const char *dot = strrchr(path, '.');
    in->is_pdf = (dot != NULL && strcasecmp(dot, ".pdf") == 0) ||
                 (in->raw.len >= 5 && memcmp(in->raw.data, "%PDF-", 5) == 0);

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

/* Read the child's output until EOF, `max` bytes, or the deadline. */
static int read_child(int fd, size_t max, struct buf *out, struct err *e)
{
    time_t deadline = time(NULL) + INDEXER_PDF_TIMEOUT_S;
    char chunk[65536];
    for (;;) {
        int left = (int)(deadline - time(NULL));
        if (left <= 0)
            return err_set(e, ERR_LIMIT, "pdftotext took more than %d s",
                           INDEXER_PDF_TIMEOUT_S);
        struct pollfd p = {.fd = fd, .events = POLLIN};
        int n = poll(&p, 1, left * 1000);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return err_set(e, ERR_IO, "poll: %s", strerror(errno));
        if (n == 0)
            continue;
        ssize_t r = read(fd, chunk, sizeof chunk);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return err_set(e, ERR_IO, "reading pdftotext: %s", strerror(errno));
        if (r == 0)
            return ERR_OK;
        if (out->len + (size_t)r > max)
            return err_set(e, ERR_LIMIT, "pdftotext output over <%zu> bytes",
                           max);
        if (buf_append(out, chunk, (size_t)r) != ERR_OK)
            return err_set(e, ERR_NOMEM, "out of memory");
    }
}

/* `pdftotext -layout FILE -`: its text on a pipe, its errors to
 * /dev/null. */
static int pdf_to_text(const char *path, size_t max, struct buf *out,
                       struct err *e)
{
    int fds[2];
    if (pipe(fds) != 0)
        return err_set(e, ERR_IO, "pipe: %s", strerror(errno));
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&fa, fds[0]);
    posix_spawn_file_actions_addclose(&fa, fds[1]);
    posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null", O_WRONLY,
                                     0);
    char *argv[] = {"pdftotext", "-layout", (char *)path, "-", NULL};
    pid_t pid;
    int sr = posix_spawnp(&pid, "pdftotext", &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fds[1]);
    if (sr != 0) {
        close(fds[0]);
        if (sr == ENOENT)
            return err_set(e, ERR_IO,
                           "PDF skipped: pdftotext is not "
                           "installed (Debian: poppler-utils)");
        return err_set(e, ERR_IO, "cannot run pdftotext: %s", strerror(sr));
    }
    int rc = read_child(fds[0], max, out, e);
    close(fds[0]);
    if (rc != ERR_OK)
        kill(pid, SIGKILL); /* our own child, by its pid */
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (rc == ERR_OK && !(WIFEXITED(status) && WEXITSTATUS(status) == 0))
        rc = err_set(e, ERR_INVAL,
                     "pdftotext failed (status %d): not a "
                     "readable PDF",
                     WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return rc;
}

int ingest_parse(const char *path, size_t max, struct ingest *in, struct err *e)
{
    struct buf text = {0}, pdf = {0};
    int rc = ERR_OK;
    if (in->is_pdf) {
        rc = pdf_to_text(path, max, &pdf, e);
        if (rc == ERR_OK)
            rc = txt_to_utf8(pdf.data != NULL ? pdf.data : "", pdf.len, &text,
                             &in->converted, e);
        in->converted = 0; /* pdftotext writes UTF-8 itself */
    } else {
        rc = txt_to_utf8(in->raw.data, in->raw.len, &text, &in->converted, e);
    }
    buf_fini(&pdf);
    buf_fini(&in->raw); /* hashed already; the text is what counts now */
    struct mnt_sidecar side = {0};
    if (rc == ERR_OK && in->sidecar != NULL) {
        struct err se = {0};
        rc = mnt_sidecar_load(in->sidecar, &side, &se);
        if (rc != ERR_OK)
            err_set(e, rc, "sidecar <%s>: %s", in->sidecar, se.msg);
    }
    if (rc == ERR_OK) {
        struct mnt_hints hints = {side.council, side.authority, side.date,
                                  side.place};
        in->text_bytes = text.len;
        in->parsed = 1; /* mnt_meeting_fini() is due even on failure */
        rc = mnt_parse(text.data, text.len, &hints, &in->meeting, e);
        in->meeting.url = side.url; /* mnt_meeting_fini() frees it */
        side.url = NULL;
    }
    mnt_sidecar_fini(&side);
    buf_fini(&text);
    return rc;
}
