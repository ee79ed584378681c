/* SPDX-License-Identifier: GPL-2.0-or-later */
/* thesaurus.c - synonym groups from plain-text files the user can edit
 * (corpus/thesaurus.tsv, corpus/thesaurus-mythes-da.tsv): one group per
 * line, entries separated by ',' or tabs, '#' comments, "#: key = value"
 * directives (the source's name, the weight of the groups after it,
 * whether they are for whole words or compound parts only).
 * Single words are matched by their stem, so "misbruget" finds the group
 * of "misbrug". */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/parse.h"
#include "query/query_internal.h"

#define THES_LINE_MAX    4096 /* longer lines are an error: not a thesaurus */
#define THES_ENTRIES_MAX 100000
#define THES_FILE_MAX    (64u << 20) /* bytes; larger is not a thesaurus */
#define THES_ENTRY_WORDS 8           /* words in a multi-word entry */

struct thes_entry {
    size_t group;
    double weight; /* of the group: 1 = the word itself */
    int parts;     /* "#: use = parts": swaps a compound's part only */
    size_t nwords;
    char *words[THES_ENTRY_WORDS]; /* folded; for one word: its stem */
    char *surface;                 /* one word: the folded word itself */
    char *stems[THES_ENTRY_WORDS]; /* several words: their stems */
};

struct qry_thesaurus {
    struct thes_entry *entries;
    size_t n, cap;
    size_t ngroups;
    double levels[QRY_THES_LEVELS]; /* distinct weights below 1 */
    size_t nlevels;
    struct {
        char name[32]; /* "#: source", else the file's name */
        size_t groups;
    } src[QRY_THES_SOURCES_MAX];
    size_t nsrc;
};

static void entry_fini(struct thes_entry *ent)
{
    for (size_t w = 0; w < ent->nwords; w++) {
        free(ent->words[w]);
        free(ent->stems[w]);
    }
    free(ent->surface);
}

void qry_thesaurus_free(struct qry_thesaurus *th)
{
    if (th == NULL)
        return;
    for (size_t i = 0; i < th->n; i++)
        entry_fini(&th->entries[i]);
    free(th->entries);
    free(th);
}

size_t qry_thesaurus_groups(const struct qry_thesaurus *th)
{
    return th == NULL ? 0 : th->ngroups;
}

size_t qry_thesaurus_source(const struct qry_thesaurus *th, size_t i,
                            const char **name)
{
    if (th == NULL || i >= th->nsrc) {
        *name = NULL;
        return 0;
    }
    *name = th->src[i].name;
    return th->src[i].groups;
}

/* Add one entry ("stofindtagelsesrum" or "social sygeplejerske"). */
static int add_entry(struct qry_thesaurus *th, struct txt_stemmer *st,
                     const char *s, size_t len, size_t group, double weight,
                     int parts)
{
    struct thes_entry ent = {.group = group, .weight = weight, .parts = parts};
    struct txt_tokenizer tk;
    struct txt_tok tok;
    txt_tok_init(&tk, s, len);
    while (txt_tok_next(&tk, &tok)) {
        if (ent.nwords == THES_ENTRY_WORDS)
            break;
        ent.words[ent.nwords] = strdup(tok.word);
        if (ent.words[ent.nwords] == NULL)
            goto nomem;
        ent.nwords++;
    }
    if (ent.nwords == 0)
        return ERR_OK;
    for (size_t w = 0; ent.nwords > 1 && w < ent.nwords; w++) {
        char stem[TXT_WORD_MAX + 1];
        txt_stem(st, ent.words[w], strlen(ent.words[w]), stem, sizeof stem);
        ent.stems[w] = strdup(stem);
        if (ent.stems[w] == NULL)
            goto nomem;
    }
    if (ent.nwords == 1) {
        char stem[TXT_WORD_MAX + 1];
        txt_stem(st, ent.words[0], strlen(ent.words[0]), stem, sizeof stem);
        ent.surface = ent.words[0];
        ent.words[0] = strdup(stem);
        if (ent.words[0] == NULL)
            goto nomem;
    }
    if (th->n == th->cap) {
        size_t cap = th->cap ? th->cap * 2 : 64;
        struct thes_entry *p = realloc(th->entries, cap * sizeof *p);
        if (p == NULL)
            goto nomem;
        th->entries = p;
        th->cap = cap;
    }
    th->entries[th->n++] = ent;
    return ERR_OK;
nomem:
    entry_fini(&ent);
    return ERR_NOMEM;
}

/* Take the next line of text[*off..len) into `line` (NUL-terminated,
 * newline kept): 1, 0 at the end, -1 if longer than THES_LINE_MAX - 1
 * bytes or holding a NUL byte. */
static int next_line(const char *text, size_t len, size_t *off,
                     char line[THES_LINE_MAX])
{
    if (*off >= len)
        return 0;
    const char *p = text + *off;
    const char *nl = memchr(p, '\n', len - *off);
    size_t n = nl != NULL ? (size_t)(nl - p) + 1 : len - *off;
    if (n > THES_LINE_MAX - 1 || memchr(p, '\0', n) != NULL)
        return -1;
    memcpy(line, p, n);
    line[n] = '\0';
    *off += n;
    return 1;
}

/* Where one file is read: its path, line, weight, and its source's
 * name and group count. */
struct thes_file {
    const char *path;
    unsigned lineno;
    double weight;
    int parts;    /* "#: use = parts" is in force */
    char *source; /* th->src[].name */
    size_t *groups;
};

/* A "#: key = value" line: source (a name for logs), weight (of the
 * groups that follow: a decimal in (0, 1], 1 = the word itself) or use
 * (of the groups that follow: "words", the default, or "parts": only to
 * swap a part of a typed compound for a compound the index knows,
 * lib/query/README.md "Thesaurus"). */
static int directive(struct thes_file *f, char *line, struct err *e)
{
    char *eq = strchr(line, '=');
    if (eq == NULL)
        return err_set(e, ERR_INVAL,
                       "thesaurus <%s> line %u: want \"#: key = value\"",
                       f->path, f->lineno);
    char *key = line, *val = eq + 1, *end;
    *eq = '\0';
    while (*key == ' ' || *key == '\t')
        key++;
    for (end = eq; end > key && (end[-1] == ' ' || end[-1] == '\t');)
        *--end = '\0';
    while (*val == ' ' || *val == '\t')
        val++;
    end = val + strcspn(val, " \t\r\n");
    *end = '\0';
    if (strcmp(key, "source") == 0 && *val != '\0' && strlen(val) < 32) {
        memcpy(f->source, val, strlen(val) + 1);
        return ERR_OK;
    }
    if (strcmp(key, "use") == 0 &&
        (strcmp(val, "words") == 0 || strcmp(val, "parts") == 0)) {
        f->parts = strcmp(val, "parts") == 0;
        return ERR_OK;
    }
    double w;
    if (strcmp(key, "weight") != 0 ||
        parse_seconds(val, 1.0, &w, NULL) != ERR_OK || !(w > 0))
        return err_set(e, ERR_INVAL,
                       "thesaurus <%s> line %u: bad directive <%s = %s> "
                       "(source = NAME, use = words|parts, or weight = W "
                       "with 0 < W <= 1)",
                       f->path, f->lineno, key, val);
    f->weight = w;
    return ERR_OK;
}

/* Note the weight of a group: the expander builds one layer per
 * distinct weight below 1 (synonym.c qry_syn_layers). */
static int level_add(struct qry_thesaurus *th, const struct thes_file *f,
                     struct err *e)
{
    if (f->weight >= 1)
        return ERR_OK;
    for (size_t i = 0; i < th->nlevels; i++)
        if (th->levels[i] == f->weight)
            return ERR_OK;
    if (th->nlevels == QRY_THES_LEVELS)
        return err_set(e, ERR_LIMIT,
                       "thesaurus <%s> line %u: over <%d> different weights "
                       "below 1",
                       f->path, f->lineno, QRY_THES_LEVELS);
    th->levels[th->nlevels++] = f->weight;
    return ERR_OK;
}

/* One line: a directive, a comment, or a group. */
static int add_line(struct qry_thesaurus *th, struct txt_stemmer *st,
                    struct thes_file *f, char *line, struct err *e)
{
    size_t len = strlen(line);
    if (!utf8_valid(line, len))
        return err_set(e, ERR_INVAL, "thesaurus <%s> line %u is not UTF-8",
                       f->path, f->lineno);
    if (line[0] == '#' && line[1] == ':')
        return directive(f, line + 2, e);
    char *hash = strchr(line, '#');
    if (hash != NULL)
        *hash = '\0';
    size_t before = th->n;
    char *save = NULL;
    for (char *tok = strtok_r(line, ",\t\r\n", &save); tok != NULL;
         tok = strtok_r(NULL, ",\t\r\n", &save)) {
        if (th->n >= THES_ENTRIES_MAX)
            return err_set(e, ERR_LIMIT, "thesaurus <%s> has over <%d> entries",
                           f->path, THES_ENTRIES_MAX);
        if (add_entry(th, st, tok, strlen(tok), th->ngroups, f->weight,
                      f->parts) != ERR_OK)
            return err_set(e, ERR_NOMEM, "out of memory loading thesaurus");
    }
    if (th->n - before == 1) { /* a group of one says nothing */
        th->n--;
        entry_fini(&th->entries[th->n]);
    } else if (th->n > before) {
        th->ngroups++;
        (*f->groups)++;
        return level_add(th, f, e);
    }
    return ERR_OK;
}

/* Read one file into th. */
static int load_file(struct qry_thesaurus *th, struct txt_stemmer *st,
                     const char *path, struct err *e)
{
    /* an operator's file: a FIFO or /dev/zero must not wedge the reload */
    struct buf text;
    buf_init(&text);
    struct thes_file f = {.path = path, .weight = QRY_THES_WEIGHT_DEF};
    const char *base = strrchr(path, '/');
    f.source = th->src[th->nsrc].name;
    f.groups = &th->src[th->nsrc].groups;
    snprintf(f.source, sizeof th->src[0].name, "%s",
             base != NULL ? base + 1 : path);
    th->nsrc++;
    char line[THES_LINE_MAX];
    size_t off = 0;
    int got, rc = buf_load_file(&text, path, THES_FILE_MAX, e);
    while (rc == ERR_OK &&
           (got = next_line(text.data, text.len, &off, line)) != 0) {
        f.lineno++;
        if (got < 0)
            rc = err_set(e, ERR_INVAL,
                         "thesaurus <%s> line %u longer than <%d> or holds "
                         "a NUL",
                         path, f.lineno, THES_LINE_MAX);
        else
            rc = add_line(th, st, &f, line, e);
    }
    buf_fini(&text);
    return rc;
}

struct qry_thesaurus *qry_thesaurus_load(const char *const *paths, size_t n,
                                         struct err *e)
{
    struct qry_thesaurus *th = calloc(1, sizeof *th);
    struct txt_stemmer *st = txt_stemmer_new(e);
    if (th == NULL || st == NULL) {
        if (th == NULL)
            err_set(e, ERR_NOMEM, "out of memory loading thesaurus");
        goto fail;
    }
    if (n > QRY_THES_SOURCES_MAX) {
        err_set(e, ERR_LIMIT, "<%zu> thesaurus files, at most <%d>", n,
                QRY_THES_SOURCES_MAX);
        goto fail;
    }
    for (size_t i = 0; i < n; i++)
        if (load_file(th, st, paths[i], e) != ERR_OK)
            goto fail;
    txt_stemmer_free(st);
    return th;
fail:
    txt_stemmer_free(st);
    qry_thesaurus_free(th);
    return NULL;
}

/* Does entry `ent` consist of exactly these stems? */
static int entry_is(const struct thes_entry *ent, const char *const *stems,
                    size_t n)
{
    if (ent->nwords != n)
        return 0;
    if (n == 1)
        return strcmp(ent->words[0], stems[0]) == 0;
    for (size_t w = 0; w < n; w++)
        if (strcmp(ent->stems[w], stems[w]) != 0)
            return 0;
    return 1;
}

/* The groups holding these stems; parts-only groups if `parts`. */
static int lookup(const struct qry_thesaurus *th, const char *const *stems,
                  size_t n, int parts, qry_thes_fn fn, void *ctx)
{
    if (th == NULL || n == 0)
        return 0;
    for (size_t i = 0; i < th->n; i++) {
        const struct thes_entry *hit = &th->entries[i];
        if ((hit->parts && !parts) || !entry_is(hit, stems, n))
            continue;
        /* entries of one group are contiguous */
        size_t lo = i;
        while (lo > 0 && th->entries[lo - 1].group == hit->group)
            lo--;
        for (size_t j = lo; j < th->n && th->entries[j].group == hit->group;
             j++) {
            if (j == i)
                continue;
            const struct thes_entry *ent = &th->entries[j];
            int rc = fn(ctx, (const char *const *)ent->words, ent->nwords,
                        ent->surface, ent->weight);
            if (rc != 0)
                return rc;
        }
    }
    return 0;
}

int qry_thes_lookup_words(const struct qry_thesaurus *th,
                          const char *const *stems, size_t n, qry_thes_fn fn,
                          void *ctx)
{
    return lookup(th, stems, n, 0, fn, ctx);
}

static int lookup_one(const struct qry_thesaurus *th, const char *stem,
                      size_t len, int parts, qry_thes_fn fn, void *ctx)
{
    char one[TXT_WORD_MAX + 1];
    if (len > TXT_WORD_MAX)
        return 0;
    memcpy(one, stem, len);
    one[len] = '\0';
    const char *stems[1] = {one};
    return lookup(th, stems, 1, parts, fn, ctx);
}

int qry_thes_lookup(const struct qry_thesaurus *th, const char *stem,
                    size_t len, qry_thes_fn fn, void *ctx)
{
    return lookup_one(th, stem, len, 0, fn, ctx);
}

int qry_thes_lookup_parts(const struct qry_thesaurus *th, const char *stem,
                          size_t len, qry_thes_fn fn, void *ctx)
{
    return lookup_one(th, stem, len, 1, fn, ctx);
}
