/* SPDX-License-Identifier: GPL-2.0-or-later */
/* sidecar.c - metadata given beside a minutes file: "key: value" or
 * "key=value" lines (council, authority, date, place, url; '#' comments)
 * that override what the parser would infer from the text; the url is
 * where the minutes are published, shown with each hit as the source. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"

static const struct {
    const char *key;
    size_t field; /* index into the sidecar's five strings */
} KEYS[] = {
    {"council", 0}, {"råd", 0},  {"authority", 1}, {"kommune", 1},
    {"region", 1},  {"date", 2}, {"dato", 2},      {"place", 3},
    {"sted", 3},    {"url", 4},  {"link", 4},
};

#define FIELD_DATE 2
#define FIELD_URL  4

static char **field_of(struct mnt_sidecar *s, size_t f)
{
    char **fields[] = {&s->council, &s->authority, &s->date, &s->place,
                       &s->url};
    return fields[f];
}

/* A url is cited with every hit and may become a link: only http(s),
 * no blanks or quotes that could end an attribute, bounded. */
static int url_ok(const char *v, size_t n)
{
    size_t skip = fold_prefix(v, n, "https://");
    if (skip == 0)
        skip = fold_prefix(v, n, "http://");
    if (skip == 0 || skip == n || n > MNT_URL_MAX)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)v[i] <= ' ' || v[i] == '"' || v[i] == '<' ||
            v[i] == '>' || v[i] == '\\' || v[i] == 0x7f)
            return 0;
    return 1;
}

static int valid_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = utf8_decode(s + i, n - i, &cp);
        if (cp == 0xFFFD && len == 1)
            return 0;
        if (cp < 0x20 && cp != '\t')
            return 0;
        i += len;
    }
    return 1;
}

static void trim(const char **s, size_t *n)
{
    while (*n > 0 && (**s == ' ' || **s == '\t'))
        (*s)++, (*n)--;
    while (*n > 0 && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' ||
                      (*s)[*n - 1] == '\r'))
        (*n)--;
}

static int parse_line(const char *path, unsigned lineno, const char *s,
                      size_t n, struct mnt_sidecar *tmp, struct err *e)
{
    trim(&s, &n);
    if (n == 0 || s[0] == '#')
        return ERR_OK;
    /* the key ends at the first ':' or '=' ("url: https://..." and
     * "url=https://..." alike) */
    const char *colon = s;
    while (colon < s + n && *colon != ':' && *colon != '=')
        colon++;
    if (colon == s + n)
        return err_set(e, ERR_INVAL, "%s:%u: want <key: value>, got <%.*s>",
                       path, lineno, (int)(n > 40 ? 40 : n), s);
    const char *k = s, *v = colon + 1;
    size_t kn = (size_t)(colon - s), vn = n - kn - 1;
    trim(&k, &kn);
    trim(&v, &vn);
    if (!valid_utf8(v, vn))
        return err_set(e, ERR_INVAL, "%s:%u: value is not UTF-8 text", path,
                       lineno);
    for (size_t i = 0; i < sizeof KEYS / sizeof *KEYS; i++) {
        if (!fold_eq(k, kn, KEYS[i].key, strlen(KEYS[i].key)))
            continue;
        if (vn == 0)
            return err_set(e, ERR_INVAL, "%s:%u: empty value for <%.*s>", path,
                           lineno, (int)kn, k);
        if (KEYS[i].field == FIELD_URL && !url_ok(v, vn))
            return err_set(e, ERR_INVAL,
                           "%s:%u: url <%.*s> is not an http(s) address "
                           "without blanks, at most %u bytes",
                           path, lineno, (int)(vn > 60 ? 60 : vn), v,
                           MNT_URL_MAX);
        if (KEYS[i].field == FIELD_DATE && !mnt_date_is_iso(v, vn))
            return err_set(e, ERR_INVAL, "%s:%u: date <%.*s> is not YYYY-MM-DD",
                           path, lineno, (int)(vn > 20 ? 20 : vn), v);
        char **dst = field_of(tmp, KEYS[i].field);
        char *val = malloc(vn + 1);
        if (val == NULL)
            return err_set(e, ERR_NOMEM, "out of memory");
        memcpy(val, v, vn);
        val[vn] = '\0';
        free(*dst); /* a later line wins */
        *dst = val;
        return ERR_OK;
    }
    return err_set(e, ERR_INVAL,
                   "%s:%u: unknown key <%.*s> (want council, authority, "
                   "date, place or url)",
                   path, lineno, (int)(kn > 40 ? 40 : kn), k);
}

int mnt_sidecar_load(const char *path, struct mnt_sidecar *out, struct err *e)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return err_set(e, ERR_IO, "open <%s>: %s", path, strerror(errno));
    struct buf b;
    buf_init(&b);
    int rc = buf_read_file(&b, f, MNT_SIDECAR_MAX, e);
    fclose(f);
    if (rc != ERR_OK) {
        buf_fini(&b);
        return rc;
    }
    struct mnt_sidecar tmp = {NULL, NULL, NULL, NULL, NULL};
    const char *p = b.data ? b.data : "", *end = p + b.len;
    if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3; /* byte-order mark */
    if (memchr(p, '\0', (size_t)(end - p)) != NULL)
        rc = err_set(e, ERR_INVAL, "%s: binary file, want text", path);
    for (unsigned lineno = 1; rc == ERR_OK && p < end; lineno++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        rc = parse_line(path, lineno, p, n, &tmp, e);
        p += n + (nl != NULL);
    }
    buf_fini(&b);
    if (rc != ERR_OK) {
        mnt_sidecar_fini(&tmp);
        return rc;
    }
    *out = tmp;
    return ERR_OK;
}

void mnt_sidecar_fini(struct mnt_sidecar *s)
{
    if (s == NULL)
        return;
    free(s->council);
    free(s->authority);
    free(s->date);
    free(s->place);
    free(s->url);
    s->council = s->authority = s->date = s->place = s->url = NULL;
}
