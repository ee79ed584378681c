/* SPDX-License-Identifier: GPL-2.0-or-later */
/* meta_util.h - what the metadata tests (test_segment_meta.c,
 * test_segment_dates.c, test_segment_councils.c and their neighbours)
 * share: a header given as text parsed above two plain items, a field
 * compared with the one wanted, and a table of texts with the council and
 * authority each must give. Include after <cmocka.h>. */
#ifndef REFERAT_TESTS_META_UTIL_H
#define REFERAT_TESTS_META_UTIL_H

#include <stdio.h>
#include <string.h>

#include "minutes/minutes.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Two items after a header: enough for the segmenter to find a layout. */
#define ITEMS                                                                  \
    "\n\n1. Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n"          \
    "2. Eventuelt\nIntet at bemærke.\n"

static inline void parse_text(const char *header, struct mnt_meeting *m)
{
    char text[4096];
    struct err e;
    snprintf(text, sizeof text, "%s%s", header, ITEMS);
    memset(m, 0, sizeof *m);
    if (mnt_parse(text, strlen(text), NULL, m, &e) != ERR_OK)
        fail_msg("mnt_parse: %s", e.msg);
}

static inline void expect_str(const char *what, const char *header,
                              const char *got, const char *want)
{
    if (want == NULL ? got != NULL : got == NULL || strcmp(got, want) != 0)
        fail_msg("%s <%s>, want <%s> in:\n%s", what, got ? got : "(null)",
                 want ? want : "(null)", header);
}

/* A meeting's text and the council and authority it must give (NULL:
 * none). */
struct meta_case {
    const char *text, *council, *authority;
    int whole; /* text is the whole document: no ITEMS appended */
};

static inline void check_meta_cases(const struct meta_case *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char text[4096];
        struct err e;
        struct mnt_meeting m;
        snprintf(text, sizeof text, "%s%s", c[i].text, c[i].whole ? "" : ITEMS);
        memset(&m, 0, sizeof m);
        if (mnt_parse(text, strlen(text), NULL, &m, &e) != ERR_OK)
            fail_msg("mnt_parse: %s", e.msg);
        expect_str("council", c[i].text, m.council, c[i].council);
        expect_str("authority", c[i].text, m.authority, c[i].authority);
        mnt_meeting_fini(&m);
    }
}

#endif
