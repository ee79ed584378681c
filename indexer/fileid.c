/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fileid.c - the name a file's items carry in their ids ("<name>#<label>"):
 * its path relative to the indexed folder, escaped so every name is
 * valid UTF-8 without control characters and no two byte strings share
 * one, and unique in the index. A name once given is stored with the
 * file's hash (run.c) and kept, so ids stay stable across runs. */
#include "indexer.h"

#include <stdlib.h>
#include <string.h>

static const char hexdig[] = "0123456789ABCDEF";

static int put_pct(struct buf *out, unsigned char c)
{
    char h[3] = {'%', hexdig[c >> 4], hexdig[c & 15]};
    return buf_append(out, h, 3);
}

int fileid_escape(const char *s, size_t n, struct buf *out)
{
    const unsigned char *p = (const unsigned char *)s;
    int rc = ERR_OK;
    for (size_t i = 0; rc == ERR_OK && i < n;) {
        size_t l = utf8_len(s + i, n - i);
        /* C0, DEL, C1 (U+0080-U+009F), '%' (the escape itself) and '#'
         * (the id's separator) are escaped, as is each byte that is no
         * part of a valid character: x\xffy and x\xfey stay apart. */
        int esc = l == 0 || p[i] < 0x20 || p[i] == 0x7f || p[i] == '%' ||
                  p[i] == '#' || (l == 2 && p[i] == 0xc2 && p[i + 1] < 0xa0);
        if (!esc) {
            rc = buf_append(out, s + i, l);
            i += l;
            continue;
        }
        size_t k = l > 0 ? l : 1;
        for (size_t j = 0; rc == ERR_OK && j < k; j++)
            rc = put_pct(out, p[i + j]);
        i += k;
    }
    return rc;
}

/* ---- A set of names ---------------------------------------------------- */

struct nameset {
    const char **slot; /* borrowed strings; open addressing */
    size_t cap, n;
};

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s != '\0'; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static int set_has(const struct nameset *ns, const char *s)
{
    if (ns->cap == 0)
        return 0;
    for (size_t i = hash_str(s) & (ns->cap - 1); ns->slot[i] != NULL;
         i = (i + 1) & (ns->cap - 1))
        if (strcmp(ns->slot[i], s) == 0)
            return 1;
    return 0;
}

static int set_add(struct nameset *ns, const char *s)
{
    if (2 * (ns->n + 1) > ns->cap) {
        size_t cap = ns->cap ? 2 * ns->cap : 256;
        const char **v = calloc(cap, sizeof *v);
        if (v == NULL)
            return ERR_NOMEM;
        for (size_t i = 0; i < ns->cap; i++) {
            if (ns->slot[i] == NULL)
                continue;
            size_t j = hash_str(ns->slot[i]) & (cap - 1);
            while (v[j] != NULL)
                j = (j + 1) & (cap - 1);
            v[j] = ns->slot[i];
        }
        free(ns->slot);
        ns->slot = v;
        ns->cap = cap;
    }
    size_t j = hash_str(s) & (ns->cap - 1);
    while (ns->slot[j] != NULL)
        j = (j + 1) & (ns->cap - 1);
    ns->slot[j] = s;
    ns->n++;
    return ERR_OK;
}

/* ---- Naming ------------------------------------------------------------ */

/* Where `path`'s name starts: after the outermost root holding it (a root
 * that is the file itself: its base name). */
static size_t name_start(const char *path, char *const *roots, size_t nroots)
{
    size_t best = (size_t)-1;
    for (size_t i = 0; i < nroots; i++) {
        if (!walk_is_under(path, roots[i]))
            continue;
        size_t n = strlen(roots[i]);
        while (n > 1 && roots[i][n - 1] == '/')
            n--;
        if (path[n] == '/' && n < best)
            best = n + 1;
    }
    if (best != (size_t)-1)
        return best;
    const char *slash = strrchr(path, '/');
    return slash != NULL ? (size_t)(slash - path) + 1 : 0;
}

/* Escaped path[start..]; cut to a hash and its tail past FILEID_MAX. */
static char *make_name(const char *path, size_t start, const char *suffix)
{
    struct buf b = {0};
    int rc = fileid_escape(path + start, strlen(path + start), &b);
    if (rc == ERR_OK && suffix != NULL)
        rc = buf_puts(&b, suffix);
    if (rc == ERR_OK && b.len > FILEID_MAX) {
        /* An id must stay a Xapian term: keep the end (the file's own
         * name) after a hash of the whole, on a character boundary. */
        struct buf c = {0};
        size_t from = b.len - (FILEID_MAX - 9);
        while (from < b.len && (utf8_is_cont((unsigned char)b.data[from]) ||
                                (from >= 1 && b.data[from - 1] == '%') ||
                                (from >= 2 && b.data[from - 2] == '%')))
            from++;
        rc = buf_printf(&c, "%08x~%s",
                        (unsigned)(hash_str(b.data) & 0xffffffffu),
                        b.data + from);
        buf_fini(&b);
        b = c;
    }
    if (rc != ERR_OK) {
        buf_fini(&b);
        return NULL;
    }
    return buf_detach(&b);
}

/* A name for `path` not in `ns`: relative to its root, then with more of
 * its folders in front, then numbered. */
static char *unique_name(const char *path, char *const *roots, size_t nroots,
                         const struct nameset *ns)
{
    size_t start = name_start(path, roots, nroots);
    for (;;) {
        char *s = make_name(path, start, NULL);
        if (s == NULL || !set_has(ns, s))
            return s;
        free(s);
        if (start <= 1)
            break;
        start--; /* the '/' before the name */
        while (start > 1 && path[start - 1] != '/')
            start--;
    }
    for (unsigned k = 2;; k++) {
        char suffix[16];
        snprintf(suffix, sizeof suffix, "~%u", k);
        char *s = make_name(path, name_start(path, roots, nroots), suffix);
        if (s == NULL || !set_has(ns, s))
            return s;
        free(s);
    }
}

int fileid_assign(char **names, char *const *paths, size_t n,
                  char *const *roots, size_t nroots, struct err *e)
{
    struct nameset ns = {0};
    int rc = ERR_OK;
    /* names kept from earlier runs first: they do not move */
    for (size_t i = 0; rc == ERR_OK && i < n; i++)
        if (names[i] != NULL && !set_has(&ns, names[i]))
            rc = set_add(&ns, names[i]);
    for (size_t i = 0; rc == ERR_OK && i < n; i++) {
        if (names[i] != NULL)
            continue;
        names[i] = unique_name(paths[i], roots, nroots, &ns);
        rc = names[i] != NULL ? set_add(&ns, names[i]) : ERR_NOMEM;
    }
    free(ns.slot);
    return rc == ERR_OK ? ERR_OK
                        : err_set(e, ERR_NOMEM, "out of memory naming files");
}
