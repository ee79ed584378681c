/* SPDX-License-Identifier: GPL-2.0-or-later */
/* deadline.c - monotonic deadlines with a cancel flag (deadline.h). */
#include "core/deadline.h"

#include <time.h>

double deadline_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

int deadline_cancelled(const struct deadline *d)
{
    /* The flag is written by another thread while the work runs. */
    return d != NULL && d->cancel != NULL &&
           __atomic_load_n(d->cancel, __ATOMIC_RELAXED) != 0;
}

int deadline_passed(const struct deadline *d)
{
    if (d == NULL)
        return 0;
    return deadline_cancelled(d) ||
           (d->at_ms > 0 && deadline_now_ms() >= d->at_ms);
}

double deadline_left_ms(const struct deadline *d)
{
    if (d == NULL || d->at_ms <= 0)
        return 1e12;
    return d->at_ms - deadline_now_ms();
}

void deadline_cancel(int *flag)
{
    __atomic_store_n(flag, 1, __ATOMIC_RELAXED);
}
