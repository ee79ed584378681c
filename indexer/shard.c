/* SPDX-License-Identifier: GPL-2.0-or-later */
/* shard.c - `--shards N --shard-by council|year|hash`: N index folders
 * DIR/shard-0 ... DIR/shard-<N-1>, each a normal index folder (its own
 * generations) that a stock xapian-tcpsrv serves, and the stubs naming
 * them: DIR/XAPIANDB ("auto shard-k" lines: Xapian, and referatd, open
 * DIR as all shards) and, with --stub-remote, DIR/remote.stub ("remote
 * HOST:PORT" lines, Xapian 1.4's syntax) for a referatd on another host.
 *
 * Each shard is one ordinary run (run.c) over ALL the files given that
 * keeps only the files assigned to it (shard_owns()). Why every file:
 * a full build's lexicon is every file's words, and compound splitting
 * depends on it; shards built from their own files only would split
 * words differently from one index of the same files. Ids stay unique
 * across shards because every shard names files from the same file list
 * and roots (fileid_assign()).
 *
 * The layout ("N BY") is kept in DIR/SHARDS; another one rebuilds every
 * shard, since files move between shards and a shard can only lose a
 * file by a full build (generations have no termlist). --add-shard grows
 * N shards by one without that: SHARDS then also says "grown", and from
 * then on a file indexed before stays in the shard holding it (read from
 * each shard's file keys at the start of a run); only new files go by
 * the key, over all shards. */
#include "indexer.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/log.h"
#include "xap/schema.h"

static const char *const by_names[] = {"hash", "council", "year"};

int shard_parse_by(const char *v, int *by)
{
    for (int i = 0; i < (int)(sizeof by_names / sizeof by_names[0]); i++)
        if (strcmp(v, by_names[i]) == 0) {
            *by = i;
            return ERR_OK;
        }
    return ERR_INVAL;
}

/* FNV-1a, 64 bits: fixed forever, since the assignment must not change
 * between versions (a change would move files between shards). */
static uint64_t fnv(const char *s)
{
    uint64_t h = 14695981039346656037ull;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ull;
    }
    return h;
}

/* The path under the outermost root holding it (a root that names the
 * file itself: its base name): stable when the folders move. */
static const char *rel_key(const char *path, char *const *roots, size_t n)
{
    const char *best = NULL;
    for (size_t i = 0; i < n; i++)
        if (walk_is_under(path, roots[i]) &&
            (best == NULL || strlen(roots[i]) < strlen(best)))
            best = roots[i];
    if (best == NULL)
        return path;
    size_t len = strlen(best);
    if (path[len] == '/')
        return path + len + 1;
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static int held_cmp(const void *a, const void *b)
{
    return strcmp(((const struct shard_file *)a)->path,
                  ((const struct shard_file *)b)->path);
}

int shard_owns(const struct settings *s, const char *path, char *const *roots,
               size_t nroots, const struct mnt_meeting *m)
{
    if (s->shards == 0)
        return 1;
    if (s->held != NULL) {
        struct shard_file key = {.path = (char *)path};
        const struct shard_file *f =
            bsearch(&key, s->held->v, s->held->n, sizeof key, held_cmp);
        if (f != NULL)
            return f->shard == s->shard;
    }
    uint64_t h = fnv(rel_key(path, roots, nroots));
    if (s->shard_by == SHARD_BY_COUNCIL || s->shard_by == SHARD_BY_YEAR) {
        if (m == NULL)
            return -1;
        const char *v = s->shard_by == SHARD_BY_COUNCIL ? m->council : m->date;
        if (v != NULL && s->shard_by == SHARD_BY_COUNCIL && *v != '\0')
            h = fnv(v);
        else if (v != NULL && strlen(v) >= 4)
            h = (uint64_t)strtoul((char[5]){v[0], v[1], v[2], v[3], 0}, NULL,
                                  10);
        /* no council or date: by file, like hash */
    }
    return h % s->shards == s->shard;
}

/* Write `text` to DIR/name through an fsynced rename: a reader sees the
 * old stub or the new one, whole. */
static int write_file(const char *dir, const char *name, const char *text,
                      struct err *e)
{
    struct buf path = {0}, tmp = {0};
    int rc = ERR_OK;
    if (buf_printf(&path, "%s/%s", dir, name) != ERR_OK ||
        buf_printf(&tmp, "%s/%s.tmp", dir, name) != ERR_OK) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    int fd = open(tmp.data, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    size_t n = strlen(text);
    if (fd < 0 || write(fd, text, n) != (ssize_t)n || fsync(fd) != 0 ||
        close(fd) != 0 || rename(tmp.data, path.data) != 0) {
        rc = err_set(e, ERR_IO, "cannot write <%s>: %s", path.data,
                     strerror(errno));
        if (fd >= 0)
            close(fd);
        unlink(tmp.data);
    }
out:
    buf_fini(&path);
    buf_fini(&tmp);
    return rc;
}

/* DIR/SHARDS: its first line into `first` ("N BY\n") and whether a
 * second says "grown"; 0 if there is none. */
static int read_layout(const char *db, char first[64], int *grown)
{
    struct buf p = {0};
    first[0] = '\0';
    *grown = 0;
    if (buf_printf(&p, "%s/SHARDS", db) != ERR_OK)
        return 0;
    FILE *f = fopen(p.data, "r");
    buf_fini(&p);
    if (f == NULL)
        return 0;
    char second[64] = "";
    if (fgets(first, 64, f) == NULL)
        first[0] = '\0';
    else if (fgets(second, sizeof second, f) != NULL)
        *grown = strcmp(second, "grown\n") == 0;
    fclose(f);
    return 1;
}

/* 1 if shard folders are there (a layout without SHARDS: changed). */
static int has_shards(const char *db)
{
    struct stat st;
    struct buf s0 = {0};
    int any =
        buf_printf(&s0, "%s/shard-0", db) == ERR_OK && stat(s0.data, &st) == 0;
    buf_fini(&s0);
    return any;
}

/* Whether this run moves files (another layout: every shard rebuilt)
 * and keeps them where they are (a grown layout); EXIT_USAGE (logged)
 * for --add-shard on other than N-1 shards of the same key. */
static int plan_layout(const struct settings *s, const char *want, int *moved,
                       int *grown)
{
    char have[64];
    int there = read_layout(s->db, have, grown);
    if (s->add_shard) {
        char prev[64];
        snprintf(prev, sizeof prev, "%u %s\n", s->shards - 1,
                 by_names[s->shard_by]);
        if (!there || strcmp(have, prev) != 0) {
            log_msg(LOG_ERROR, "index",
                    "--add-shard: <%s> must hold %u shards by %s (SHARDS "
                    "says <%.*s>)",
                    s->db, s->shards - 1, by_names[s->shard_by],
                    (int)strcspn(have, "\n"), have);
            return EXIT_USAGE;
        }
        *moved = 0;
        *grown = 1;
        return EXIT_OK;
    }
    *moved = there ? strcmp(have, want) != 0 : has_shards(s->db);
    if (*moved)
        *grown = 0;
    return EXIT_OK;
}

static int held_add(void *ctx, const char *key)
{
    struct shard_held *h = ctx;
    if (h->n == h->cap) {
        size_t cap = h->cap ? 2 * h->cap : 256;
        struct shard_file *v = realloc(h->v, cap * sizeof *v);
        if (v == NULL)
            return ERR_NOMEM;
        h->v = v;
        h->cap = cap;
    }
    char *p = strdup(key + strlen(META_FILE_PREFIX));
    if (p == NULL)
        return ERR_NOMEM;
    h->v[h->n].path = p;
    h->v[h->n].shard = 0; /* set by held_read() */
    h->n++;
    return ERR_OK;
}

static void held_free(struct shard_held *h)
{
    for (size_t i = 0; i < h->n; i++)
        free(h->v[i].path);
    free(h->v);
}

/* The files shards 0..n-1 hold (their META_FILE_PREFIX keys), sorted. */
static int held_read(const char *db, unsigned n, struct shard_held *h,
                     struct err *e)
{
    struct buf p = {0};
    int rc = ERR_OK;
    for (unsigned k = 0; k < n && rc == ERR_OK; k++) {
        buf_reset(&p);
        if (buf_printf(&p, "%s/shard-%u", db, k) != ERR_OK) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            break;
        }
        xap_db *d = xap_db_open(p.data, e);
        if (d == NULL) {
            rc = e->code;
            break;
        }
        size_t from = h->n;
        rc = xap_db_metadata_keys(d, META_FILE_PREFIX, held_add, h, e);
        if (rc == ERR_NOMEM)
            err_set(e, rc, "out of memory listing the files of <%s>", p.data);
        for (size_t i = from; i < h->n; i++)
            h->v[i].shard = k;
        xap_db_close(d);
    }
    buf_fini(&p);
    if (rc == ERR_OK)
        qsort(h->v, h->n, sizeof *h->v, held_cmp);
    return rc;
}

/* "remote HOST:PORT" per shard from "HOST:PORT,..." (as many as shards). */
static int remote_stub(const struct settings *s, struct buf *out, struct err *e)
{
    char *list = strdup(s->stub_remote);
    if (list == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    unsigned n = 0;
    int rc = buf_printf(out, "# referat: %u shards, one per line\n", s->shards);
    for (char *save = NULL, *t = strtok_r(list, ",", &save);
         t != NULL && rc == ERR_OK; t = strtok_r(NULL, ",", &save), n++) {
        const char *colon = strrchr(t, ':');
        char *end = NULL;
        long port = colon ? strtol(colon + 1, &end, 10) : 0;
        if (colon == NULL || colon == t || end == colon + 1 || *end != '\0' ||
            port < 1 || port > 65535 || strpbrk(t, " \t\r\n#") != NULL)
            rc = err_set(e, ERR_INVAL, "--stub-remote: not HOST:PORT <%s>", t);
        else
            rc = buf_printf(out, "remote %s\n", t);
    }
    free(list);
    if (rc == ERR_OK && n != s->shards)
        rc = err_set(e, ERR_INVAL,
                     "--stub-remote names %u servers for %u shards", n,
                     s->shards);
    return rc;
}

/* Refuse a folder that is an unsharded index: its stub names a
 * generation, and writing ours over it would hide that index. */
static int check_folder(const char *db, struct err *e)
{
    struct buf p = {0};
    if (buf_printf(&p, "%s/XAPIANDB", db) != ERR_OK)
        return err_set(e, ERR_NOMEM, "out of memory");
    FILE *f = fopen(p.data, "r");
    buf_fini(&p);
    char line[64] = "";
    if (f != NULL) {
        if (fgets(line, sizeof line, f) == NULL)
            line[0] = '\0';
        fclose(f);
    }
    struct stat st;
    struct buf g = {0};
    int plain =
        buf_printf(&g, "%s/iamglass", db) == ERR_OK && stat(g.data, &st) == 0;
    buf_fini(&g);
    if (strncmp(line, "glass ", 6) == 0 || plain)
        return err_set(e, ERR_INVAL,
                       "<%s> is an index of one shard; shard into a new "
                       "folder",
                       db);
    return ERR_OK;
}

int shard_refuse_plain(const struct settings *s)
{
    struct buf p = {0};
    struct stat st;
    int sharded =
        buf_printf(&p, "%s/SHARDS", s->db) == ERR_OK && stat(p.data, &st) == 0;
    buf_fini(&p);
    if (!sharded)
        return EXIT_OK;
    log_msg(LOG_ERROR, "index",
            "<%s> holds shards (%s/SHARDS): give --shards and --shard-by as "
            "there, or --db %s/shard-K",
            s->db, s->db, s->db);
    return EXIT_USAGE;
}

/* Each shard indexed in turn, a line naming it added to stub: the worst
 * exit status (the loop stops at EXIT_INDEX). moved: the layout changed,
 * every shard is rebuilt; held: what each shard holds, when grown. */
static int index_shards(const struct settings *s, int moved,
                        struct shard_held *held, struct buf *stub)
{
    int status = EXIT_OK;
    struct buf dbk = {0};
    for (unsigned k = 0; k < s->shards && status != EXIT_INDEX; k++) {
        struct settings c = *s;
        c.held = held;
        buf_reset(&dbk);
        buf_printf(&dbk, "%s/shard-%u", s->db, k);
        c.db = dbk.data;
        c.shard = k;
        c.rebuild = s->rebuild || moved;
        /* remote shards need Xapian's own positions (stock xapian-tcpsrv
         * runs no class of ours); an index's own choice stays */
        if (c.positions < 0)
            c.positions = XAP_POS_XAPIAN;
        if (!s->quiet)
            log_msg(LOG_INFO, "index", "shard %u of %u: <%s>", k, s->shards,
                    c.db);
        int st = run_index(&c);
        if (st > status)
            status = st;
        buf_printf(stub, "auto shard-%u\n", k);
    }
    buf_fini(&dbk);
    return status;
}

/* The stubs and layout, written only once every shard is written: a
 * failed run leaves the old ones naming the old shards. */
static int write_stubs(const struct settings *s, const struct buf *stub,
                       const struct buf *remote, const char *layout)
{
    struct err e = {0};
    if (write_file(s->db, "XAPIANDB", stub->data, &e) != ERR_OK ||
        (s->stub_remote != NULL &&
         write_file(s->db, "remote.stub", remote->data, &e) != ERR_OK) ||
        write_file(s->db, "SHARDS", layout, &e) != ERR_OK) {
        log_msg(LOG_ERROR, "index", "index <%s>: %s", s->db, e.msg);
        return EXIT_INDEX;
    }
    return EXIT_OK;
}

int shard_run(const struct settings *s)
{
    struct err e = {0};
    struct buf stub = {0}, remote = {0};
    char layout[64];
    snprintf(layout, sizeof layout, "%u %s\n", s->shards,
             by_names[s->shard_by]);
    if ((mkdir(s->db, 0777) != 0 && errno != EEXIST) ||
        check_folder(s->db, &e) != ERR_OK ||
        (s->stub_remote != NULL && remote_stub(s, &remote, &e) != ERR_OK)) {
        if (e.code == ERR_OK)
            err_set(&e, ERR_IO, "cannot make <%s>: %s", s->db, strerror(errno));
        log_msg(LOG_ERROR, "index", "index <%s> not written: %s", s->db, e.msg);
        buf_fini(&remote);
        return e.code == ERR_INVAL ? EXIT_USAGE : EXIT_INDEX;
    }
    int moved = 0, grown = 0;
    struct shard_held held = {0};
    int status = plan_layout(s, layout, &moved, &grown);
    if (status == EXIT_OK && grown &&
        held_read(s->db, s->add_shard ? s->shards - 1 : s->shards, &held, &e) !=
            ERR_OK) {
        log_msg(LOG_ERROR, "index", "shards of <%s>: %s", s->db, e.msg);
        status = EXIT_INDEX;
    }
    if (status == EXIT_OK) {
        if (moved)
            log_msg(LOG_INFO, "index",
                    "shards of <%s> now <%.*s>: rebuilding every shard", s->db,
                    (int)strlen(layout) - 1, layout);
        if (grown)
            strcat(layout, "grown\n");
        buf_printf(&stub, "# referat: %u shards by %s\n", s->shards,
                   by_names[s->shard_by]);
        status = index_shards(s, moved, grown ? &held : NULL, &stub);
        if (status != EXIT_INDEX &&
            write_stubs(s, &stub, &remote, layout) != EXIT_OK)
            status = EXIT_INDEX;
    }
    held_free(&held);
    buf_fini(&stub);
    buf_fini(&remote);
    return status;
}
