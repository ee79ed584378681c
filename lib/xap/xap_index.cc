/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_index.cc - index folders of generations (xap.h, "Index folders"):
 * the folder lock, the stub naming the live generation, full builds in
 * shards merged by compaction, the atomic switch and the clean-up.
 *
 * Why generations: a database without a termlist is a quarter smaller
 * and cheaper to write, but cannot delete a document; a full build into
 * a new generation needs no delete, runs one shard per thread, and the
 * compaction that merges the shards is what makes the index small. */
#include "xap/xap_internal.hh"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <memory>
#include <vector>

#include "xap/schema.h"

/* Shards (threads) of one build at most. */
#define XAP_SHARDS_MAX 64
/* A stub we wrote is one short line. */
#define XAP_STUB_MAX 64
/* Nesting removed at most: DIR/.build-N/shard-K/file. */
#define XAP_RM_DEPTH 3

static const char STUB[] = "XAPIANDB";
static const char STUB_TMP[] = "XAPIANDB.tmp";
static const char LOCK[] = ".lock";
static const char BUILD_PREFIX[] = ".build-";
static const char GEN_PREFIX[] = "gen-";

struct xap_index {
    std::string dir;
    int lockfd = -1;
    int layout = XAP_LAYOUT_NONE;
    uint32_t gen = 0;       /* live generation (GEN) */
    uint32_t build_gen = 0; /* generation being built, 0: none */
    std::string build_dir;
    std::vector<xap_wdb *> shards;
    bool xpos = false;      /* the next build: XAP_POS_XAPIAN */
    bool live_xpos = false; /* the live generation's META_POSITIONS */
};

static double now_s()
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

static std::string join(const std::string &dir, const std::string &name)
{
    return dir + "/" + name;
}

std::string xap_gen_path(const std::string &dir, uint32_t gen)
{
    return join(dir, GEN_PREFIX + std::to_string(gen));
}

/* "<prefix><N>" with N a positive decimal number -> N, else 0. */
static uint32_t numbered(const char *name, const char *prefix)
{
    size_t plen = std::strlen(prefix);
    if (std::strncmp(name, prefix, plen) != 0)
        return 0;
    const char *p = name + plen;
    uint64_t n = 0;
    if (*p < '1' || *p > '9')
        return 0;
    for (; *p >= '0' && *p <= '9'; p++) {
        n = n * 10 + static_cast<uint64_t>(*p - '0');
        if (n > 0xffffffffu)
            return 0;
    }
    return *p == '\0' ? static_cast<uint32_t>(n) : 0;
}

/* The layout, or -1 for a stub referat-index did not write. */
static int probe(const std::string &dir, uint32_t *gen) noexcept
{
    struct stat st;
    /* Xapian looks for iamglass before a stub: so do we. */
    if (stat(join(dir, "iamglass").c_str(), &st) == 0)
        return XAP_LAYOUT_PLAIN;
    int fd = open(join(dir, STUB).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return XAP_LAYOUT_NONE;
    char buf[XAP_STUB_MAX + 1];
    ssize_t n;
    do
        n = read(fd, buf, XAP_STUB_MAX);
    while (n < 0 && errno == EINTR);
    close(fd);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    if (buf[n - 1] == '\n')
        buf[n - 1] = '\0';
    if (std::strncmp(buf, "glass ", 6) != 0)
        return -1;
    uint32_t g = numbered(buf + 6, GEN_PREFIX);
    if (g == 0)
        return -1;
    *gen = g;
    return XAP_LAYOUT_GEN;
}

int xap_layout_probe(const std::string &dir, uint32_t *gen) noexcept
{
    int layout = probe(dir, gen);
    return layout < 0 ? XAP_LAYOUT_NONE : layout;
}

/* Remove `path`, a file or a folder of at most `depth` levels. Errors
 * are ignored: what is left is removed by the next run's clean-up. */
static void rm_tree(const std::string &path, int depth)
{
    struct stat st;
    if (lstat(path.c_str(), &st) != 0)
        return;
    if (!S_ISDIR(st.st_mode)) {
        unlink(path.c_str());
        return;
    }
    DIR *d = depth > 0 ? opendir(path.c_str()) : nullptr;
    if (d != nullptr) {
        std::vector<std::string> names;
        while (struct dirent *de = readdir(d)) {
            if (std::strcmp(de->d_name, ".") != 0 &&
                std::strcmp(de->d_name, "..") != 0)
                names.push_back(de->d_name);
        }
        closedir(d);
        for (const std::string &n : names)
            rm_tree(join(path, n), depth - 1);
    }
    rmdir(path.c_str());
}

static int fsync_path(const std::string &path, struct err *e)
{
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return err_set(e, ERR_IO, "open <%s>: %s", path.c_str(),
                       strerror(errno));
    int rc = fsync(fd) == 0 ? ERR_OK
                            : err_set(e, ERR_IO, "fsync <%s>: %s", path.c_str(),
                                      strerror(errno));
    close(fd);
    return rc;
}

/* The names in `dir` (not "." and ".."). */
static std::vector<std::string> list(const std::string &dir)
{
    std::vector<std::string> names;
    DIR *d = opendir(dir.c_str());
    if (d == nullptr)
        return names;
    while (struct dirent *de = readdir(d)) {
        if (std::strcmp(de->d_name, ".") != 0 &&
            std::strcmp(de->d_name, "..") != 0)
            names.push_back(de->d_name);
    }
    closedir(d);
    return names;
}

static bool is_plain_file(const std::string &name)
{
    size_t n = name.size();
    return name == "iamglass" || name == "flintlock" ||
           (n > 6 && name.compare(n - 6, 6, ".glass") == 0);
}

/* What interrupted runs left. Only generations, builds and old-layout
 * files are touched, never anything else in the folder. */
static void clean_up(xap_index *x)
{
    for (const std::string &n : list(x->dir)) {
        uint32_t g = numbered(n.c_str(), GEN_PREFIX);
        if (n.compare(0, sizeof BUILD_PREFIX - 1, BUILD_PREFIX) == 0 ||
            n == STUB_TMP ||
            (g != 0 && !(x->layout == XAP_LAYOUT_GEN && g == x->gen)) ||
            (n == STUB && x->layout == XAP_LAYOUT_PLAIN) ||
            (x->layout == XAP_LAYOUT_GEN && is_plain_file(n)))
            rm_tree(join(x->dir, n), XAP_RM_DEPTH);
    }
}

extern "C" xap_index *xap_index_open(const char *dir, struct err *e) noexcept
{
    if (dir == nullptr || *dir == '\0') {
        err_set(e, ERR_INVAL, "index path is empty");
        return nullptr;
    }
    xap_index *out = nullptr;
    guard(e, [&]() -> int {
        auto x = std::make_unique<xap_index>();
        x->dir = dir;
        struct stat st;
        if (mkdir(dir, 0777) != 0 && errno != EEXIST)
            return err_set(e, ERR_IO, "cannot create index folder <%s>: %s",
                           dir, strerror(errno));
        if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
            return err_set(e, ERR_IO, "index <%s> is not a folder", dir);
        x->lockfd = open(join(x->dir, LOCK).c_str(),
                         O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (x->lockfd < 0)
            return err_set(e, ERR_IO, "cannot create <%s/%s>: %s", dir, LOCK,
                           strerror(errno));
        if (flock(x->lockfd, LOCK_EX | LOCK_NB) != 0) {
            int rc =
                errno == EWOULDBLOCK
                    ? err_set(e, ERR_IO,
                              "index <%s> is locked by another writer", dir)
                    : err_set(e, ERR_IO, "cannot lock <%s/%s>: %s", dir, LOCK,
                              strerror(errno));
            close(x->lockfd);
            return rc;
        }
        x->layout = probe(x->dir, &x->gen);
        if (x->layout < 0) {
            close(x->lockfd);
            return err_set(e, ERR_INVAL,
                           "index <%s>: %s is not a stub referat-index "
                           "wrote (\"glass gen-<N>\")",
                           dir, STUB);
        }
        try {
            if (x->layout == XAP_LAYOUT_GEN)
                x->live_xpos = xap_meta_xpos(
                    Xapian::Database(xap_gen_path(x->dir, x->gen)));
            else if (x->layout == XAP_LAYOUT_PLAIN)
                x->live_xpos = xap_meta_xpos(Xapian::Database(x->dir));
        } catch (...) {
            close(x->lockfd);
            throw;
        }
        clean_up(x.get());
        out = x.release();
        return ERR_OK;
    });
    return out;
}

static void drop_shards(xap_index *x) noexcept
{
    for (xap_wdb *w : x->shards)
        xap_wdb_close(w);
    x->shards.clear();
}

extern "C" void xap_index_close(xap_index *x) noexcept
{
    if (x == nullptr)
        return;
    drop_shards(x);
    try {
        if (x->build_gen != 0)
            rm_tree(x->build_dir, XAP_RM_DEPTH);
    } catch (...) {
        /* the next run's clean-up removes it */
    }
    if (x->lockfd >= 0)
        close(x->lockfd); /* and the lock goes with it */
    delete x;
}

extern "C" enum xap_layout xap_index_layout(const xap_index *x) noexcept
{
    return static_cast<enum xap_layout>(x->layout);
}

extern "C" void xap_index_set_positions(xap_index *x,
                                        enum xap_positions p) noexcept
{
    x->xpos = p == XAP_POS_XAPIAN;
}

extern "C" enum xap_positions xap_index_positions(const xap_index *x) noexcept
{
    return x->live_xpos ? XAP_POS_XAPIAN : XAP_POS_STREAMS;
}

extern "C" uint32_t xap_index_generation(const xap_index *x) noexcept
{
    return x->layout == XAP_LAYOUT_GEN ? x->gen : 0;
}

extern "C" xap_wdb *xap_index_live(xap_index *x, struct err *e) noexcept
{
    xap_wdb *out = nullptr;
    guard(e, [&]() -> int {
        if (x->layout == XAP_LAYOUT_GEN)
            out = xap_wdb_make(xap_gen_path(x->dir, x->gen),
                               Xapian::DB_OPEN | Xapian::DB_NO_TERMLIST, true);
        else if (x->layout == XAP_LAYOUT_PLAIN)
            out = xap_wdb_make(x->dir, Xapian::DB_OPEN, true);
        else
            return err_set(e, ERR_NOTFOUND, "no index in <%s>", x->dir.c_str());
        return ERR_OK;
    });
    return out;
}

extern "C" int xap_index_build_begin(xap_index *x, unsigned nshards,
                                     struct err *e) noexcept
{
    if (nshards == 0 || nshards > XAP_SHARDS_MAX)
        return err_set(e, ERR_INVAL, "<%u> shards, want 1 to <%d>", nshards,
                       XAP_SHARDS_MAX);
    if (x->build_gen != 0)
        return err_set(e, ERR_INVAL, "a build is already under way");
    return guard(e, [&]() -> int {
        uint32_t gen = x->layout == XAP_LAYOUT_GEN ? x->gen + 1 : 1;
        if (gen == 0)
            return err_set(e, ERR_LIMIT, "generation numbers exhausted");
        x->build_gen = gen;
        x->build_dir = join(x->dir, BUILD_PREFIX + std::to_string(gen));
        rm_tree(x->build_dir, XAP_RM_DEPTH);
        if (mkdir(x->build_dir.c_str(), 0777) != 0)
            return err_set(e, ERR_IO, "cannot create <%s>: %s",
                           x->build_dir.c_str(), strerror(errno));
        /* Shards are scratch: no fsync (a crash discards them anyway),
         * no transaction (Xapian commits when its buffer is full). With
         * Xapian's positions the termlist stays: the stock remote server
         * reads it for every match. */
        int flags = Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC;
        if (!x->xpos)
            flags |= Xapian::DB_NO_TERMLIST;
        for (unsigned k = 0; k < nshards; k++) {
            x->shards.push_back(
                xap_wdb_make(join(x->build_dir, "shard-" + std::to_string(k)),
                             flags, false));
            if (x->xpos) { /* the same value in all: compaction agrees */
                x->shards.back()->db.set_metadata(META_POSITIONS,
                                                  POSITIONS_XAPIAN);
                x->shards.back()->xpos = true;
            }
        }
        /* one word table for all shards: their streams merge */
        for (unsigned k = 1; k < nshards; k++)
            x->shards[k]->words = x->shards[0]->words;
        return ERR_OK;
    });
}

extern "C" xap_wdb *xap_index_shard(xap_index *x, unsigned k) noexcept
{
    return k < x->shards.size() ? x->shards[k] : nullptr;
}

/* Compaction calls this for a metadata key set in several shards: one
 * value is right only if they all agree. */
struct merge_compactor : public Xapian::Compactor {
    std::string conflict;

    std::string resolve_duplicate_metadata(const std::string &key,
                                           size_t num_tags,
                                           const std::string tags[]) override
    {
        for (size_t i = 1; i < num_tags; i++) {
            if (tags[i] != tags[0] && conflict.empty()) {
                /* glass passes the key with its internal 2-byte prefix */
                conflict =
                    key.size() > 2 && key[0] == '\0' ? key.substr(2) : key;
            }
        }
        return tags[0];
    }
};

/* Make every file of generation folder `gen` durable; their total size. */
static int sync_folder(const std::string &gen, uint64_t *bytes, struct err *e)
{
    *bytes = 0;
    for (const std::string &n : list(gen)) {
        struct stat st;
        std::string p = join(gen, n);
        if (stat(p.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        *bytes += static_cast<uint64_t>(st.st_size);
        int rc = fsync_path(p, e);
        if (rc != ERR_OK)
            return rc;
    }
    return fsync_path(gen, e);
}

/* Point the stub at generation `gen`: a new file renamed over the old,
 * so a reader sees one stub or the other, never half of one. */
static int write_stub(const xap_index *x, uint32_t gen, struct err *e)
{
    std::string tmp = join(x->dir, STUB_TMP), stub = join(x->dir, STUB);
    std::string line =
        "glass " + std::string(GEN_PREFIX) + std::to_string(gen) + "\n";
    int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return err_set(e, ERR_IO, "cannot create <%s>: %s", tmp.c_str(),
                       strerror(errno));
    ssize_t n = write(fd, line.data(), line.size());
    int rc = ERR_OK;
    if (n < 0 || fsync(fd) != 0)
        rc = err_set(e, ERR_IO, "cannot write <%s>: %s", tmp.c_str(),
                     strerror(errno));
    else if (n != static_cast<ssize_t>(line.size()))
        rc = err_set(e, ERR_IO, "cannot write <%s>: short write", tmp.c_str());
    close(fd);
    if (rc == ERR_OK && rename(tmp.c_str(), stub.c_str()) != 0)
        rc = err_set(e, ERR_IO, "cannot rename <%s>: %s", tmp.c_str(),
                     strerror(errno));
    if (rc == ERR_OK)
        rc = fsync_path(x->dir, e);
    return rc;
}

/* The new generation is complete on disk: make it live, then remove what
 * it replaces. */
static int switch_to(xap_index *x, uint32_t gen, struct err *e)
{
    int rc = write_stub(x, gen, e);
    if (rc != ERR_OK)
        return rc;
    if (x->layout == XAP_LAYOUT_PLAIN) {
        /* Xapian opens DIR as the plain database while iamglass is there:
         * removing it is the switch. */
        if (unlink(join(x->dir, "iamglass").c_str()) != 0 && errno != ENOENT)
            return err_set(e, ERR_IO, "cannot remove <%s/iamglass>: %s",
                           x->dir.c_str(), strerror(errno));
        fsync_path(x->dir, nullptr);
    }
    int old_layout = x->layout;
    uint32_t old = x->gen;
    x->layout = XAP_LAYOUT_GEN;
    x->gen = gen;
    x->live_xpos = x->xpos;
    if (old_layout == XAP_LAYOUT_GEN)
        rm_tree(xap_gen_path(x->dir, old), XAP_RM_DEPTH);
    clean_up(x); /* old-layout files; the build folder */
    return ERR_OK;
}

extern "C" int xap_index_build_finish(xap_index *x, struct xap_build_stats *st,
                                      struct err *e) noexcept
{
    if (x->build_gen == 0 || x->shards.empty())
        return err_set(e, ERR_INVAL, "no build under way");
    struct xap_build_stats s = {0, 0, 0};
    int rc = guard(e, [&]() -> int {
        double t0 = now_s();
        std::vector<std::string> paths;
        xap_pos_w_save(x->shards[0]); /* the table all shards share */
        for (xap_wdb *w : x->shards) {
            xap_store_w_flush(w);
            w->db.commit();
            paths.push_back(w->path);
        }
        drop_shards(x);
        double t1 = now_s();
        s.commit_s = t1 - t0;
        Xapian::Database src;
        for (const std::string &p : paths)
            src.add_database(Xapian::Database(p));
        std::string gen = xap_gen_path(x->dir, x->build_gen);
        rm_tree(gen, XAP_RM_DEPTH);
        merge_compactor mc;
        src.compact(gen, 0, 0, mc);
        s.compact_s = now_s() - t1;
        if (!mc.conflict.empty()) {
            rm_tree(gen, XAP_RM_DEPTH);
            return err_set(e, ERR_BACKEND,
                           "shards disagree on metadata <%s>: not merged",
                           mc.conflict.c_str());
        }
        return sync_folder(gen, &s.bytes, e);
    });
    if (rc == ERR_OK)
        rc = switch_to(x, x->build_gen, e);
    if (rc != ERR_OK)
        return rc; /* xap_index_close() removes the build */
    x->build_gen = 0;
    if (st != nullptr)
        *st = s;
    return ERR_OK;
}
