/* SPDX-License-Identifier: GPL-2.0-or-later */
/* run_report.c - what a run tells while it works: the progress line on a
 * terminal, failed files, each meeting read (-v, or a file split by the
 * generic layout) and the summary at the end. Threads call the *_locked
 * ones; the others want r->lock held or one thread. */
#include "run_internal.h"

#include <string.h>
#include <time.h>

#include "core/log.h"

double run_elapsed(const struct run *r)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - r->t0.tv_sec) +
           (double)(t.tv_nsec - r->t0.tv_nsec) / 1e9;
}

/* Wipe the progress line before a log line goes out. */
void run_clear_progress(struct run *r)
{
    if (r->progress_shown) {
        fputs("\r\033[K", stderr);
        r->progress_shown = 0;
    }
}

void run_progress(struct run *r, const char *what, size_t i, int force)
{
    if (!r->tty || r->s->quiet)
        return;
    double t = run_elapsed(r);
    if (!force && t - r->last_progress < 0.1)
        return;
    r->last_progress = t;
    fprintf(stderr, "\r\033[K%s: files %zu/%zu, items %zu, %.1f MB/s", what, i,
            r->files.n, r->items, t > 0 ? (double)r->bytes / 1e6 / t : 0.0);
    fflush(stderr);
    r->progress_shown = 1;
}

/* Threads call it holding r->lock (run_fail_locked()). */
void run_fail_file(struct run *r, const char *path, const char *reason)
{
    run_clear_progress(r);
    log_msg(LOG_WARN, "index", "%s: %s", path, reason);
    r->failed++;
}

void run_fail_locked(struct run *r, size_t i, const char *reason)
{
    pthread_mutex_lock(&r->lock);
    r->fs[i].st = FS_FAILED;
    run_fail_file(r, r->files.paths[i], reason);
    pthread_mutex_unlock(&r->lock);
}

void run_progress_locked(struct run *r, const char *what)
{
    pthread_mutex_lock(&r->lock);
    run_progress(r, what, atomic_load(&r->next), 0);
    pthread_mutex_unlock(&r->lock);
}

/* 1 if a parser note says how the file was read, not what it lacks
 * (lib/minutes words them so): info, not a warning. */
static int is_fact(const char *note)
{
    static const char *const facts[] = {
        "unknown layout: split on",     /* numbered headings found */
        "no council name found: using", /* the municipality is the name */
        "several meetings in one file", /* a year's minutes on one page */
    };
    for (size_t i = 0; i < sizeof facts / sizeof facts[0]; i++)
        if (strncmp(note, facts[i], strlen(facts[i])) == 0)
            return 1;
    return 0;
}

void run_report_meeting(struct run *r, const char *path,
                        const struct ingest *in)
{
    for (const struct mnt_meeting *m = &in->meeting; m; m = m->next) {
        int generic = m->layout != NULL && strcmp(m->layout, "generic") == 0;
        if (!r->s->verbose && !generic)
            continue;
        run_clear_progress(r);
        /* What the file is is a fact (info); what it lacks is a warning.
         * A file split by the generic layout is named even without -v. */
        log_msg(LOG_INFO, "index",
                "%s: %slayout <%s>, %zu items, council <%s> (%s), date <%s>, "
                "confidence %.2f%s%s%s",
                path, in->meeting.next != NULL ? "a meeting: " : "",
                m->layout ? m->layout : "", m->nitems,
                m->council ? m->council : "",
                m->council_source ? m->council_source : "",
                m->date ? m->date : "", m->confidence,
                in->converted ? ", converted from "
                                "Windows-1252"
                              : "",
                strcmp(in->format, "txt") != 0 ? ", from " : "",
                strcmp(in->format, "txt") != 0 ? in->format : "");
        for (size_t i = 0; i < m->nwarnings; i++)
            log_msg(is_fact(m->warnings[i]) ? LOG_INFO : LOG_WARN, "index",
                    "%s: %s", path, m->warnings[i]);
    }
}

void run_print_summary(const struct run *r)
{
    double t = run_elapsed(r);
    char how[32] = "unchanged";
    if (r->mode == MODE_FULL)
        snprintf(how, sizeof how, "rebuilt (%u job%s)", r->jobs,
                 r->jobs == 1 ? "" : "s");
    else if (r->mode == MODE_ADD)
        snprintf(how, sizeof how, "added");
    char line[256];
    snprintf(line, sizeof line,
             "%s: indexed %zu files (%zu items), skipped %zu unchanged, "
             "failed %zu, removed %zu, in %.2f s (%.1f MB/s)",
             how, r->indexed, r->items, r->skipped, r->failed, r->removed, t,
             t > 0 ? (double)r->bytes / 1e6 / t : 0.0);
    if (r->s->log_json) /* a log shipper wants every line an object */
        log_msg(LOG_INFO, "index", "%s", line);
    else
        fprintf(stderr, "%s\n", line);
}
