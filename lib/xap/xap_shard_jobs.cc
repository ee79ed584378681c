/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_shard_jobs.cc - requests to remote shards (connect, or reopen), on
 * threads; apart from xap_shards.cc, which decides what to ask and what
 * the answers mean (settle()).
 *
 * Requests to remote shards run on threads of their own, one per shard,
 * and the caller waits for all of them together, up to a bound: with one
 * request after the other, each shard that accepts but never answers (a
 * stopped server, a host gone silent) cost its whole connection timeout,
 * and N of them N timeouts. A request not answered by the bound is left
 * to end on its own (within the connection's timeout) and its shard
 * counts as down. */
#include "xap/xap_internal.hh"

#include <chrono>
#include <condition_variable>
#include <system_error>

struct xap_shard_phase {
    std::mutex mu;
    std::condition_variable cv;
    size_t left = 0;
};

static void job_work(xap_shard_job &j)
{
    try {
        if (j.reopen) {
            try {
                j.moved = j.db.reopen();
                j.ok = true;
                return;
            } catch (const Xapian::NetworkError &) {
                throw;
            } catch (const Xapian::Error &) {
                /* the server cannot reopen what it has open: after a full
                 * build its generation is deleted (DatabaseNotFoundError,
                 * docs/deploy.md). A new connection opens the live one. */
            }
            j.db = Xapian::Database();
        }
        j.db = Xapian::Remote::open(j.host, j.port, j.timeout_ms, j.timeout_ms);
        j.kind = xap_meta_xpos(j.db) ? 1 : 0;
        j.fresh = true;
        j.ok = true;
    } catch (const Xapian::Error &x) {
        j.db = Xapian::Database();
        j.why = x.get_description();
    } catch (const std::exception &x) {
        j.db = Xapian::Database();
        j.why = x.what();
    }
}

static void job_finish(xap_shard_job &j)
{
    std::lock_guard<std::mutex> lock(j.phase->mu);
    j.done = true;
    j.phase->left--;
    j.phase->cv.notify_all();
}

/* Join the threads of requests that have ended since they were left. */
void xap_shards_reap(xap_shards &ss)
{
    for (size_t i = 0; i < ss.pending.size();) {
        xap_shard_job &j = *ss.pending[i].second;
        bool done;
        {
            std::lock_guard<std::mutex> lock(j.phase->mu);
            done = j.done;
        }
        if (!done) {
            i++;
            continue;
        }
        ss.pending[i].first.join();
        for (xap_shard &s : ss.v)
            if (s.busy == ss.pending[i].second)
                s.busy.reset();
        ss.pending.erase(ss.pending.begin() + static_cast<long>(i));
    }
}

xap_shards::~xap_shards()
{
    for (auto &p : pending)
        p.first.join();
}

/* Run the jobs (jobs[k] for shard at[k]) and wait until all are done or
 * `until_ms` (CLOCK_MONOTONIC) has passed; those still running make
 * their shard busy. Returns which finished. */
std::vector<bool>
xap_shards_run_jobs(xap_shards &ss,
                    std::vector<std::shared_ptr<xap_shard_job>> &jobs,
                    const std::vector<size_t> &at, double until_ms)
{
    std::vector<bool> finished(jobs.size(), false);
    if (jobs.empty())
        return finished;
    auto phase = std::make_shared<xap_shard_phase>();
    phase->left = jobs.size();
    for (size_t k = 0; k < jobs.size(); k++) {
        std::shared_ptr<xap_shard_job> j = jobs[k];
        j->phase = phase;
        try {
            std::thread t([j] {
                job_work(*j);
                job_finish(*j);
            });
            ss.pending.emplace_back(std::move(t), j);
        } catch (const std::system_error &) {
            job_work(*j); /* no thread to be had: here, waiting */
            job_finish(*j);
        }
    }
    {
        std::unique_lock<std::mutex> lock(phase->mu);
        double wait = until_ms - deadline_now_ms();
        if (wait > 0)
            phase->cv.wait_for(lock,
                               std::chrono::duration<double, std::milli>(wait),
                               [&] { return phase->left == 0; });
        for (size_t k = 0; k < jobs.size(); k++)
            finished[k] = jobs[k]->done;
    }
    for (size_t k = 0; k < jobs.size(); k++)
        if (!finished[k])
            ss.v[at[k]].busy = jobs[k];
    xap_shards_reap(ss);
    return finished;
}

std::shared_ptr<xap_shard_job> xap_shard_job_for(const xap_shards &ss,
                                                 const xap_shard &s)
{
    auto j = std::make_shared<xap_shard_job>();
    j->host = s.host;
    j->port = s.port;
    j->timeout_ms = ss.timeout_ms;
    return j;
}
