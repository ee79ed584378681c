/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_shards.cc - a stub file of shards (local index folders and remote
 * `xapian-tcpsrv` databases) opened one by one, so that a shard that is
 * down costs a partial answer, not every answer.
 *
 * Xapian opens a stub itself (Xapian::Database(path)), but then one dead
 * shard fails the open and every search after it, and a remote shard
 * waits 10 s for each request. Here each shard is opened on its own
 * (Xapian::Remote::open with our timeouts), the handle's database is the
 * combination of the shards that are up, a shard that fails a request
 * is dropped from it, and shards that are down are tried again at most
 * every XAP_SHARD_RETRY_MS when the handle is used. The stub syntax is
 * Xapian 1.4's (backends/databasehelpers.h read_stub_file()): "auto
 * PATH", "glass PATH" (relative to the stub's folder), "remote
 * HOST:PORT" ("[v6addr]:PORT"), "#" comments. */
#include "xap/xap_internal.hh"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "xap/schema.h"

/* A remote request's timeout when the caller gives none (Xapian's). */
#define XAP_REMOTE_TIMEOUT_MS 10000
/* How long a reconnect or reopen of the remote shards is waited for:
 * half a connection timeout. A shard that is up answers in milliseconds;
 * one that has not by then is taken as silent and left out. searchd's
 * connection timeout is half the query deadline, so a request meeting
 * silent shards waits at most one timeout (the request that failed
 * first, Xapian's own wait) and one of these: three quarters of the
 * deadline, however many shards are silent. */
#define XAP_PHASE_WAIT(ss) ((ss).timeout_ms / 2.0)
/* Lines of a stub file at most (one per shard). */
#define XAP_STUB_LINES_MAX 1024

/* `line` after its type word: "HOST:PORT" or "[ADDR]:PORT". */
static bool parse_remote(const std::string &line, xap_shard &s)
{
    std::string::size_type colon = line.rfind(':');
    if (line.empty() || line[0] == ':' || colon == std::string::npos ||
        colon + 1 >= line.size())
        return false;
    std::string host = line.substr(0, colon);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    char *end = nullptr;
    long port = std::strtol(line.c_str() + colon + 1, &end, 10);
    if (host.empty() || *end != '\0' || port <= 0 || port > 65535)
        return false;
    s.remote = true;
    s.host = host;
    s.port = static_cast<unsigned>(port);
    s.name = line;
    return true;
}

bool xap_shards_parse(const std::string &where, xap_shards &out)
{
    struct stat st;
    if (stat(where.c_str(), &st) != 0)
        return false;
    std::string path = where;
    if (S_ISDIR(st.st_mode)) {
        /* a folder holding a stub of shards (referat-index --shards);
         * an index folder's own "glass gen-N" stub is not one */
        uint32_t gen = 0;
        if (xap_layout_probe(where, &gen) != XAP_LAYOUT_NONE)
            return false;
        path = where + "/XAPIANDB";
        if (stat(path.c_str(), &st) != 0)
            return false;
    }
    if (!S_ISREG(st.st_mode))
        return false;
    std::ifstream in(path);
    if (!in)
        return false;
    std::string dir = ".";
    std::string::size_type slash = path.rfind('/');
    if (slash != std::string::npos)
        dir = slash == 0 ? "/" : path.substr(0, slash);
    std::vector<xap_shard> v;
    bool any_remote = false;
    std::string line;
    unsigned no = 0;
    while (std::getline(in, line)) {
        if (++no > XAP_STUB_LINES_MAX)
            throw Xapian::DatabaseOpeningError(
                path + ": more than " + std::to_string(XAP_STUB_LINES_MAX) +
                " lines");
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line[0] == '#')
            continue;
        std::string::size_type sp = line.find(' ');
        std::string type = line.substr(0, sp);
        std::string rest = sp == std::string::npos ? "" : line.substr(sp + 1);
        xap_shard s;
        if (type == "remote" && parse_remote(rest, s)) {
            any_remote = true;
        } else if ((type == "auto" || type == "glass") && !rest.empty()) {
            s.path = rest[0] == '/' ? rest : dir + "/" + rest;
            s.name = rest;
        } else {
            /* "remote :prog" runs a program per handle, with no timeout
             * of ours; chert and inmemory are not what the indexer
             * writes */
            throw Xapian::DatabaseOpeningError(
                path + ":" + std::to_string(no) +
                ": not a shard line (want "
                "\"auto PATH\", \"glass PATH\" or \"remote HOST:PORT\"): " +
                line.substr(0, 80));
        }
        v.push_back(std::move(s));
    }
    /* One local line is an index folder's own stub ("glass gen-N"): the
     * generation logic reads it (xap_db.cc). */
    if (!any_remote && v.size() < 2)
        return false;
    out.path = path;
    out.v = std::move(v);
    out.remote = any_remote;
    return true;
}

static void set_down(xap_shard &s, const std::string &why)
{
    double now = deadline_now_ms();
    s.up = false;
    s.db = Xapian::Database();
    s.why = why;
    s.retry_at = now + XAP_SHARD_RETRY_MS;
    xap_shard_health_down(s, now);
}

/* Down here because another handle found it so: no failure to report. */
static void set_gone(xap_shard &s)
{
    s.up = false;
    s.db = Xapian::Database();
    s.why = "found down by another request (" + s.name + ")";
    s.retry_at = deadline_now_ms() + XAP_SHARD_RETRY_MS;
}

/* Take opened database `db` of positions `kind` as shard `s`'s, or say
 * why not (empty: taken). Refused: a remote shard keeping word streams
 * (the stock server cannot check them), and shards keeping positions in
 * different ways (a query is built for one). Local shards of word
 * streams are fine: each is checked with its own word table. */
static std::string take(xap_shards &ss, xap_shard &s, Xapian::Database &&db,
                        int kind)
{
    if (s.remote && kind == 0)
        return "remote shard <" + s.name +
               "> keeps positions in word streams: build shards with "
               "referat-index --positions xapian";
    if (ss.kind >= 0 && kind != ss.kind)
        return "shard <" + s.name + "> keeps positions " +
               (kind ? "in Xapian's table" : "in word streams") +
               ", other shards do not: build every shard with the same "
               "referat-index --positions (xapian for shards)";
    ss.kind = kind;
    s.db = std::move(db);
    s.up = true;
    s.up_at = deadline_now_ms();
    s.why.clear();
    xap_shard_health_up(s);
    return std::string();
}

/* The outcome of shard `s`'s job; a refusal (take()) is returned. */
static std::string settle(xap_shards &ss, xap_shard &s, xap_shard_job &j,
                          bool finished)
{
    if (!finished) {
        xap_shard_note_wait(ss, s);
        set_down(s, "no answer within the query's time (" + s.name + ")");
        return std::string();
    }
    if (!j.ok) {
        xap_shard_note_wait(ss, s);
        set_down(s, j.why);
        return std::string();
    }
    if (!j.fresh) {
        s.db = std::move(j.db);
        s.up_at = deadline_now_ms();
        xap_shard_health_up(s);
        return std::string();
    }
    std::string refused = take(ss, s, std::move(j.db), j.kind);
    if (!refused.empty())
        set_down(s, refused);
    return refused;
}

/* Open local shard `s` here (no network); a failure leaves it down. */
static std::string open_local(xap_shards &ss, xap_shard &s)
{
    try {
        Xapian::Database db;
        xap_open_live(s.path, db, &s.gen);
        int kind = xap_meta_xpos(db) ? 1 : 0;
        std::string refused = take(ss, s, std::move(db), kind);
        if (!refused.empty())
            set_down(s, refused);
        return refused;
    } catch (const Xapian::Error &x) {
        set_down(s, x.get_description());
        return std::string();
    }
}

/* The handle's database: the shards that are up, in stub order. */
static void combine(xap_db *db, bool load_store = true)
{
    xap_shards &ss = *db->shards;
    Xapian::Database all;
    ss.nup = 0;
    for (const xap_shard &s : ss.v)
        if (s.up) {
            all.add_database(s.db);
            ss.nup++;
        }
    db->db = all;
    if (load_store)
        xap_store_r_load(db);
}

void xap_shards_open(xap_db *db, unsigned timeout_ms)
{
    xap_shards &ss = *db->shards;
    ss.timeout_ms = timeout_ms != 0 ? timeout_ms : XAP_REMOTE_TIMEOUT_MS;
    std::vector<std::shared_ptr<xap_shard_job>> jobs;
    std::vector<size_t> at;
    std::string refused;
    for (size_t i = 0; i < ss.v.size(); i++) {
        if (ss.v[i].remote) {
            jobs.push_back(xap_shard_job_for(ss, ss.v[i]));
            at.push_back(i);
        } else if (refused.empty()) {
            refused = open_local(ss, ss.v[i]);
        }
    }
    std::vector<bool> fin =
        xap_shards_run_jobs(ss, jobs, at, deadline_now_ms() + ss.timeout_ms);
    for (size_t k = 0; k < jobs.size(); k++) {
        std::string r = settle(ss, ss.v[at[k]], *jobs[k], fin[k]);
        if (refused.empty())
            refused = r;
    }
    if (!refused.empty())
        throw Xapian::InvalidOperationError(refused);
    size_t up = 0;
    for (const xap_shard &s : ss.v)
        up += s.up ? 1 : 0;
    if (up == 0)
        throw Xapian::NetworkError("no shard of <" + ss.path +
                                   "> could be opened: " + ss.v[0].why);
    db->xpos = ss.kind == 1;
    db->gen = 0;
    combine(db);
}

/* After a request failed with a network error. Xapian names the
 * connection in the error's context ("remote:tcp(HOST:PORT)"): that shard
 * is left out without trying it again now (a server that accepts but
 * does not answer would cost the whole timeout once more). The other
 * remote shards are connected afresh, all at once: the failed request
 * left their connections in the middle of the conversation, replies
 * unread; those not connected by `dl` (or the connection timeout) are
 * left out too. true if any shard went. */
bool xap_shards_drop_dead(xap_db *db, const Xapian::Error &why,
                          const struct deadline *dl)
{
    xap_shards &ss = *db->shards;
    const std::string &ctx = why.get_context();
    bool dropped = false;
    std::vector<std::shared_ptr<xap_shard_job>> jobs;
    std::vector<size_t> at;
    for (size_t i = 0; i < ss.v.size(); i++) {
        xap_shard &s = ss.v[i];
        if (!s.up || !s.remote)
            continue;
        if (ctx.find("(" + s.name + ")") != std::string::npos) {
            xap_shard_note_wait(ss, s);
            set_down(s, why.get_description());
            dropped = true;
        } else if (xap_shard_health_gone(s)) {
            set_gone(s);
            dropped = true;
        } else {
            s.db = Xapian::Database();
            jobs.push_back(xap_shard_job_for(ss, s));
            at.push_back(i);
        }
    }
    double until = deadline_now_ms() + XAP_PHASE_WAIT(ss);
    if (dl != nullptr && dl->at_ms > 0)
        until = std::min(until, dl->at_ms);
    std::vector<bool> fin = xap_shards_run_jobs(ss, jobs, at, until);
    for (size_t k = 0; k < jobs.size(); k++) {
        settle(ss, ss.v[at[k]], *jobs[k], fin[k]);
        dropped = dropped || !ss.v[at[k]].up;
    }
    combine(db);
    return dropped;
}

/* Local shard `s` (up) after its indexer: another generation, or a
 * newer revision. */
static void follow_local(xap_shard &s, bool &set_changed, bool &moved)
{
    try {
        uint32_t gen = 0;
        if (xap_layout_probe(s.path, &gen) == XAP_LAYOUT_GEN && gen != s.gen) {
            /* the local shard's indexer switched generations */
            Xapian::Database fresh;
            xap_open_live(s.path, fresh, &s.gen);
            s.db = fresh;
            set_changed = true;
        } else if (s.db.reopen()) {
            moved = true;
        }
    } catch (const Xapian::NetworkError &x) {
        set_down(s, x.get_description());
        set_changed = true;
    }
}

bool xap_shards_follow(xap_db *db)
{
    xap_shards &ss = *db->shards;
    xap_shards_reap(ss);
    bool set_changed = false, moved = false;
    double now = deadline_now_ms();
    /* local shards first: they may throw, before any remote shard's
     * database has gone to a job */
    for (xap_shard &s : ss.v) {
        if (s.remote)
            continue;
        if (s.up)
            follow_local(s, set_changed, moved);
        else if (now >= s.retry_at) {
            open_local(ss, s);
            set_changed = set_changed || s.up;
        }
    }
    std::vector<std::shared_ptr<xap_shard_job>> jobs;
    std::vector<size_t> at;
    for (size_t i = 0; i < ss.v.size(); i++) {
        xap_shard &s = ss.v[i];
        if (!s.remote)
            continue;
        if (s.up && xap_shard_health_gone(s)) {
            set_gone(s);
            set_changed = true;
            continue;
        }
        if (!s.up && (now < s.retry_at || s.busy ||
                      !xap_shard_claim_retry(s, now, ss.leave_retries)))
            continue;
        auto j = xap_shard_job_for(ss, s);
        if (s.up) {
            /* the job reopens the shard's database: nothing here may
             * hold a copy meanwhile (db->db, below) */
            j->reopen = true;
            j->db = std::move(s.db);
            s.db = Xapian::Database();
        }
        jobs.push_back(j);
        at.push_back(i);
    }
    if (!jobs.empty())
        db->db = Xapian::Database();
    std::vector<bool> fin =
        xap_shards_run_jobs(ss, jobs, at, now + XAP_PHASE_WAIT(ss));
    for (size_t k = 0; k < jobs.size(); k++) {
        xap_shard &s = ss.v[at[k]];
        bool was_up = s.up;
        settle(ss, s, *jobs[k], fin[k]);
        if (s.up != was_up || (fin[k] && jobs[k]->fresh))
            set_changed = true;
        else if (fin[k] && jobs[k]->moved)
            moved = true;
    }
    if (set_changed || !jobs.empty())
        combine(db, set_changed || moved);
    else if (moved)
        xap_store_r_load(db);
    return set_changed || moved;
}

bool xap_shards_heed(xap_db *db)
{
    xap_shards &ss = *db->shards;
    bool gone = false;
    for (xap_shard &s : ss.v)
        if (s.remote && s.up && xap_shard_health_gone(s)) {
            set_gone(s);
            gone = true;
        }
    if (gone)
        combine(db);
    return gone;
}

static uint32_t fnv(uint32_t h, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        h = (h ^ ((v >> (8 * i)) & 0xffu)) * 16777619u;
    return h;
}

uint64_t xap_shards_revision(const xap_db *db)
{
    /* From what the shards hold, so that every handle on the same shards
     * gives the same value (searchd compares its workers' handles with
     * the reloader's). Upper half: which shards are up - another set is
     * another docid numbering, Xapian interleaving the shards' ids, and
     * so is another database behind a shard (its UUID);
     * lower half: their sizes (documents are only added to a
     * generation; a remote database tells no revision). Cached by
     * Xapian: no request to a server. */
    const xap_shards &ss = *db->shards;
    uint32_t up = 2166136261u, size = 2166136261u;
    for (unsigned char c : ss.path)
        up = (up ^ c) * 16777619u;
    for (const xap_shard &s : ss.v) {
        up = fnv(up, s.up ? 1 : 2);
        up = fnv(up, s.gen);
        if (s.up) /* another database (a remote shard's full build) */
            for (unsigned char c : s.db.get_uuid())
                up = (up ^ c) * 16777619u;
        if (s.up) {
            size = fnv(size, s.db.get_lastdocid());
            size = fnv(size, s.db.get_doccount());
        }
    }
    return (static_cast<uint64_t>(up | 0x80000000u) << 32) | size;
}

std::vector<std::string> xap_shards_missing(const xap_db *db)
{
    std::vector<std::string> out;
    if (db->shards)
        for (const xap_shard &s : db->shards->v)
            if (!s.up)
                out.push_back(s.name);
    return out;
}

std::vector<Xapian::Database> xap_db_parts(const xap_db *db)
{
    if (!db->shards)
        return {db->db};
    std::vector<Xapian::Database> out;
    for (const xap_shard &s : db->shards->v)
        if (s.up)
            out.push_back(s.db);
    return out;
}
