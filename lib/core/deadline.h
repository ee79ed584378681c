/* SPDX-License-Identifier: GPL-2.0-or-later */
/* deadline.h - a point in monotonic time a piece of work must not pass,
 * plus a flag another thread may raise to stop it sooner (its client went
 * away). Long loops in lib/query, lib/xap and searchd check it now and
 * then and cut their work short. */
#ifndef REFERAT_CORE_DEADLINE_H
#define REFERAT_CORE_DEADLINE_H

#ifdef __cplusplus
extern "C" {
#endif

struct deadline {
    double at_ms;      /* CLOCK_MONOTONIC milliseconds; 0: no time limit */
    const int *cancel; /* non-zero: stop now (read atomically); or NULL */
};

/* Milliseconds on the monotonic clock (the clock `at_ms` is on). */
double deadline_now_ms(void);
/* 1 if `d` has passed or was cancelled; 0 if not, or `d` is NULL. */
int deadline_passed(const struct deadline *d);
/* 1 if the work was cancelled (cheaper than deadline_passed(): no clock
 * read); 0 if not, or `d` is NULL. */
int deadline_cancelled(const struct deadline *d);
/* Milliseconds left (<= 0: passed); a large value when there is no time
 * limit. Cancellation is not counted: ask deadline_passed(). */
double deadline_left_ms(const struct deadline *d);
/* Raise the flag a deadline's `cancel` points to (any thread). */
void deadline_cancel(int *flag);

#ifdef __cplusplus
}
#endif
#endif
