/* SPDX-License-Identifier: GPL-2.0-or-later */
/* segment_util.h - what the segmenter's unit tests share on top of
 * test_mnt.h: minutes given as a table of blocks (kind, bold, level), as
 * text or as an HTML page, parsed, and their items compared with the
 * labels and titles wanted. Include after <cmocka.h>. */
#ifndef REFERAT_TESTS_SEGMENT_UTIL_H
#define REFERAT_TESTS_SEGMENT_UTIL_H

#include "test_mnt.h"

struct blk {
    enum ext_kind kind;
    int bold;       /* or, for a table cell: the first of its row */
    unsigned level; /* heading level; list items: the list number */
    const char *text;
};

/* The blocks b[0..n) parsed with hints h (may be NULL) into m; with
 * per_page, block i stands on page 1 + i / per_page, as a printed
 * document's (0: no pages). */
static inline void parse_pages_hinted(const struct blk *b, size_t n,
                                      size_t per_page,
                                      const struct mnt_hints *h,
                                      struct mnt_meeting *m)
{
    struct ext_doc x;
    ext_doc_init(&x);
    x.body_size = 11;
    for (size_t i = 0; i < n; i++) {
        struct ext_block *k = blk_add(&x, b[i].kind, b[i].text);
        if (per_page > 0)
            k->page = 1 + (uint32_t)(i / per_page);
        if (b[i].kind == EXT_HEADING)
            k->level = (uint8_t)b[i].level;
        else if (b[i].kind == EXT_LIST_ITEM)
            k->list_no = b[i].level;
        if (b[i].kind == EXT_TABLE_CELL)
            k->row_start = (uint8_t)b[i].bold;
        else
            k->bold = (uint8_t)b[i].bold;
    }
    parse_doc_hinted(&x, h, m);
}

static inline void parse_pages(const struct blk *b, size_t n, size_t per_page,
                               struct mnt_meeting *m)
{
    parse_pages_hinted(b, n, per_page, NULL, m);
}

static inline void parse_blocks(const struct blk *b, size_t n,
                                struct mnt_meeting *m)
{
    parse_pages(b, n, 0, m);
}

static inline void parse_text(const char *text, struct mnt_meeting *m)
{
    struct err e;
    memset(m, 0, sizeof *m);
    if (mnt_parse(text, strlen(text), NULL, m, &e) != ERR_OK)
        fail_msg("mnt_parse: %s", e.msg);
}

/* The HTML reader's blocks of `html` parsed into m. */
static inline void parse_html(const char *html, struct mnt_meeting *m)
{
    struct ext_doc x;
    struct err e;
    ext_doc_init(&x);
    if (ext_read_html(html, strlen(html), &x, &e) != ERR_OK)
        fail_msg("ext_read_html: %s", e.msg);
    parse_doc(&x, m);
}

static inline void expect_items(const struct mnt_meeting *m, size_t n,
                                const char *const *labels,
                                const char *const *titles)
{
    if (m->nitems != n)
        fail_msg("%zu items (layout %s), want %zu", m->nitems, m->layout, n);
    for (size_t i = 0; i < n; i++) {
        assert_string_equal(m->items[i].label, labels[i]);
        expect_title(&m->items[i], titles[i]);
    }
}

/* m has n items with these titles (labels unchecked: a transcript's
 * numbers may be its pages'). */
static inline void expect_titles(const struct mnt_meeting *m, size_t n,
                                 const char *const *titles)
{
    if (m->nitems != n)
        fail_msg("%zu items (layout %s), want %zu", m->nitems, m->layout, n);
    for (size_t i = 0; i < n; i++)
        expect_title(&m->items[i], titles[i]);
}

/* text parsed; its council must be `council`. */
static inline void expect_text_council(const char *text, const char *council)
{
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.council == NULL || strcmp(m.council, council) != 0)
        fail_msg("council <%s>, want <%s>", m.council ? m.council : "(null)",
                 council);
    mnt_meeting_fini(&m);
}

#endif
