/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_status.c - status words and marks printed with titles: a
 * status line of its own ("Åbent punkt"); a publishing system's type
 * marks after every title ("Eventuelt ( )"); and a status column read
 * into every title: a PDF made into a web page (pdf2html) prints each
 * heading as "1  Åbent   Title" or "5  Lukket  Title", the status set in
 * a column of its own between the number and the title; the page's text
 * keeps one space of the gap, so the word reads as the title's first;
 * a list's number doubling the printed one (" 1.  1. Title"); and a
 * committee's code before every title ("ØK Title"). */
#include <stddef.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* Bytes of a status word ("Åbent", "Åben", "Lukket", as printed:
 * capitalised) opening t before a capitalised word; 0 if none.
 * "Lukket punkt: …" opens with a lower-case word and is no such
 * column. */
static size_t lead_status(const char *t, size_t n)
{
    static const char *const words[] = {"Åbent", "Åben", "Lukket"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        size_t m = strlen(words[k]);
        if (n > m + 1 && memcmp(t, words[k], m) == 0 && t[m] == ' ' &&
            mnt_starts_upper(t + m + 1, n - m - 1))
            return m + 1;
    }
    return 0;
}

/* A case system's two-word statuses, each as its cell prints it. */
static const char *const status_cells[] = {"Åben sag", "Lukket sag",
                                           "Åbent punkt", "Lukket punkt"};

/* Bytes of a two-word status at s[0..n) followed by a space or the
 * text's end, case folded if `fold`, 0 if none. */
static size_t status_cell_len(const char *s, size_t n, int fold)
{
    for (size_t k = 0; k < sizeof status_cells / sizeof *status_cells; k++) {
        size_t m = strlen(status_cells[k]);
        if (fold)
            m = fold_prefix(s, n, status_cells[k]);
        else if (n < m || memcmp(s, status_cells[k], m) != 0)
            m = 0;
        if (m > 0 && (m == n || s[m] == ' '))
            return m;
    }
    return 0;
}

/* "Lukket sag Personalesag": bytes of a two-word status opening one
 * title before a capitalised word (case folded); 0 if none. Unlike
 * lead_status, it needs no column: "sag" / "punkt" make it a status. */
size_t mnt_lead_status_len(const char *s, size_t n)
{
    size_t m = status_cell_len(s, n, 1);
    return m > 0 && m + 1 < n && mnt_starts_upper(s + m + 1, n - m - 1) ? m + 1
                                                                        : 0;
}

/* "Åben sag Sagsnr.: 13/10057": a case system's status cell set
 * between a heading and the case file's fields on a flattened page.
 * Capitalised as a cell prints it, and a field after it: a title's own
 * "- LUKKET SAG" is followed by the cell, not by a field. */
int mnt_status_cell_at(const char *s, size_t n)
{
    size_t m = status_cell_len(s, n, 0);
    /* "… Bemærkninger til dagsordenen Åbent Sagsnr.: 326-…": a
     * template's one-word cell, as printed, before the fields (round hl;
     * not "Lukket", which a title's own mark may end in) */
    if (m == 0 && n > 6 && memcmp(s, "Åbent ", 7) == 0)
        m = 6;
    return m > 0 && n > m + 1 && mnt_field_word_at(s + m + 1, n - m - 1);
}

/* "Lukket sag" closing a closed item's page: does s[0..n) hold a status
 * cell, as printed, and nothing after it - or only the item's first
 * section ("… i Lund Lukket sag Beslutning Lukket punkt.", a closed
 * item's page with no case file's fields; round gn)? */
int mnt_status_cell_ends(const char *s, size_t n)
{
    size_t m = status_cell_len(s, n, 0);
    if (m == 0)
        return 0;
    size_t e = mnt_skip_sp(s, n, m);
    return e == n || (e > m && mnt_section_word_at(s + e, n - e));
}

/* What a page's convention prints before every title of item it (a
 * status column, a list's doubled number, a committee's code): its
 * bytes opening title t[0..n), 0 if none. */
typedef size_t (*title_prefix_fn)(const struct mnt_item *it, const char *t,
                                  size_t n);

/* Does every titled item of m (two or more) open its title with what fn
 * finds? Only then is it the page's convention: one title that opens so
 * among plain ones ("Åben Skole …", "2. behandling af budget", "EU
 * Tilskud …") keeps its words. */
static int every_title_opens(const struct mnt_meeting *m, title_prefix_fn fn)
{
    size_t titled = 0;
    for (size_t k = 0; k < m->nitems; k++) {
        const char *t = m->items[k].title;
        if (t == NULL)
            continue;
        if (fn(&m->items[k], t, strlen(t)) == 0)
            return 0;
        titled++;
    }
    return titled >= 2;
}

/* Cut what fn finds off every title of m. */
static void cut_title_prefixes(struct mnt_meeting *m, title_prefix_fn fn)
{
    for (size_t k = 0; k < m->nitems; k++) {
        char *t = m->items[k].title;
        if (t == NULL)
            continue;
        size_t n = strlen(t), c = fn(&m->items[k], t, n);
        memmove(t, t + c, n - c + 1);
    }
}

size_t mnt_status_word_len(const char *t, size_t n)
{
    return lead_status(t, n);
}

static size_t status_prefix(const struct mnt_item *it, const char *t, size_t n)
{
    (void)it;
    return lead_status(t, n);
}

int mnt_titles_drop_status_column(struct mnt_meeting *m)
{
    if (!every_title_opens(m, status_prefix))
        return ERR_OK;
    for (size_t k = 0; k < m->nitems; k++) {
        const char *t = m->items[k].title;
        /* the column says which items are closed: indexed by title only */
        if (t != NULL && memcmp(t, "Lukket", 6) == 0 && !m->items[k].closed &&
            mnt_close_item(&m->items[k]) != ERR_OK)
            return ERR_NOMEM;
    }
    cut_title_prefixes(m, status_prefix);
    return ERR_OK;
}

int mnt_status_line(const struct mnt_line *l)
{
    static const char *const marks[] = {
        "Åben sag", "Lukket sag", "Åbent punkt", "Lukket punkt",
        "Åben",     "Åbent",      "Lukket"};
    return fold_among(l->s, l->len, marks, sizeof marks / sizeof *marks);
}

/* Is line i the second word of an item's status printed at a right tab
 * and wrapped by a long title ("24. Takster … klage      Lukket" /
 * "punkt"): a lone "punkt" or "sag" beside a lone status word ("Lukket",
 * which the reader takes with it), not the end of the title? */
int mnt_status_wrap_at(const struct mnt_doc *d, size_t i)
{
    static const char *const words[] = {"Åben", "Åbent", "Lukket"};
    const struct mnt_line *l = &d->lines[i];
    if (!fold_eq(l->s, l->len, "punkt", 5) && !fold_eq(l->s, l->len, "sag", 3))
        return 0;
    for (size_t j = i > 0 ? i - 1 : i; j <= i + 1 && j < d->nlines; j++)
        for (size_t k = 0; j != i && k < sizeof words / sizeof *words; k++)
            if (fold_eq(d->lines[j].s, d->lines[j].len, words[k],
                        strlen(words[k])))
                return 1;
    return 0;
}

/* Length of t without a type mark "( )", "()" or "(B)" at its end (and
 * the blanks before it); n if it has none. *empty: the mark is empty. */
static size_t mark_start(const char *t, size_t n, int *empty)
{
    if (n < 4 || t[n - 1] != ')')
        return n;
    size_t i = n - 1;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    *empty = i > 0 && t[i - 1] == '(';
    if (!*empty) {
        uint32_t cp = 0;
        size_t k = utf8_prev(t, t + i, &cp);
        if (k == 0 || !fold_is_upper(cp) || i < k + 1 || t[i - k - 1] != '(')
            return n;
        i -= k;
    }
    i--; /* the '(' */
    if (i == 0 || t[i - 1] != ' ')
        return n;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    return i > 0 ? i : n;
}

void mnt_titles_drop_marks(struct mnt_meeting *m)
{
    size_t marked = 0, empty = 0;
    for (size_t k = 0; k < m->nitems; k++) {
        const char *t = m->items[k].title;
        int e = 0;
        if (t != NULL && mark_start(t, strlen(t), &e) < strlen(t)) {
            marked++;
            empty += e;
        }
    }
    if (empty == 0 || 2 * marked < m->nitems)
        return;
    for (size_t k = 0; k < m->nitems; k++) {
        char *t = m->items[k].title;
        int e = 0;
        if (t != NULL)
            t[mark_start(t, strlen(t), &e)] = '\0';
    }
}

/* Bytes of the item's own number lab ("3") opening title t as a list's
 * copy ("3. " or "3) " before a word), with the blanks after it; 0 if
 * none. */
static size_t own_number_len(const char *lab, const char *t, size_t n)
{
    size_t m = lab != NULL ? strlen(lab) : 0;
    if (m == 0 || n < m + 3 || memcmp(t, lab, m) != 0 ||
        (t[m] != '.' && t[m] != ')') || t[m + 1] != ' ')
        return 0;
    for (size_t i = 0; i < m; i++)
        if (!mnt_digit(t[i]))
            return 0;
    size_t i = m + 1;
    while (i < n && t[i] == ' ')
        i++;
    return i < n ? i : 0;
}

static size_t doubled_prefix(const struct mnt_item *it, const char *t, size_t n)
{
    return own_number_len(it->label, t, n);
}

/* A web page whose list numbering (<ol>) is shown beside the number the
 * minutes print (" 1.  1. Godkendelse af dagsordenen"): the heading's
 * first number makes the label, and the title opens with the same number
 * again: the list's copy, when every titled item has one. */
void mnt_titles_drop_doubled_number(struct mnt_meeting *m)
{
    if (every_title_opens(m, doubled_prefix))
        cut_title_prefixes(m, doubled_prefix);
}

/* Bytes of a committee's code opening title t ("ØK ", "BS ", "TMU "):
 * two to four capitals, a space, then a word with a capital and a small
 * letter (an all-capitals title "NYE KLASSELOKALER …" keeps its words);
 * 0 if none. */
/* Bytes of t's first word if it is capitals only, its letters in *caps;
 * 0 if it holds another character. */
static size_t caps_word_len(const char *t, size_t n, size_t *caps)
{
    size_t i = 0;
    *caps = 0;
    while (i < n && t[i] != ' ') {
        uint32_t cp = 0;
        size_t k = utf8_decode(t + i, n - i, &cp);
        if (k == 0 || !fold_is_upper(cp))
            return 0;
        i += k, (*caps)++;
    }
    return i;
}

size_t mnt_committee_code_len(const char *t, size_t n)
{
    size_t caps, i = caps_word_len(t, n, &caps);
    if (caps < 2 || caps > 4 || i + 2 >= n ||
        !mnt_starts_upper(t + i + 1, n - i - 1))
        return 0;
    for (size_t j = i + 1; j < n && t[j] != ' '; j++)
        if (ascii_lower(t[j]))
            return i + 1;
    return 0;
}

/* Bytes of a code opening a title set in capitals ("ØK LÅNEOPTAGELSE
 * …"): two to four capitals and a space before a word of capitals. Any
 * short first word reads so ("NY SKOLE"), so the meeting must show the
 * convention (every_open_title_coded()). 0 if none, or if t holds a
 * small letter. */
static size_t caps_code_len(const char *t, size_t n)
{
    size_t caps, after = 0, i = caps_word_len(t, n, &caps);
    if (!mnt_all_capitals(t, n))
        return 0;
    for (size_t j = i + 1; j < n && t[j] != ' '; j++)
        after += (t[j] >= 'A' && t[j] <= 'Z') || (t[j] & 0x80) != 0;
    return caps >= 2 && caps <= 4 && after >= 2 && !mnt_small_word(t, i) ? i + 1
                                                                         : 0;
}

/* A committee's code opening title t, as printed in small letters or
 * in capitals. */
static size_t title_code_len(const char *t, size_t n)
{
    size_t k = mnt_committee_code_len(t, n);
    return k > 0 ? k : caps_code_len(t, n);
}

static size_t code_prefix(const struct mnt_item *it, const char *t, size_t n)
{
    (void)it;
    return title_code_len(t, n);
}

/* Is item it closed by its title or its mark ("Lukket punkt: Salg af
 * areal")? Such a heading may print no sending committee's code: the
 * closed part is the council's own, not a committee's case. */
static int closed_title(const struct mnt_item *it, const char *t, size_t n)
{
    return it->closed || fold_prefix(t, n, "Lukket") > 0;
}

/* Does every titled item of m open with a committee's code, save closed
 * items that print none ("4. Lukket punkt: Salg af areal" after "1. ØK
 * …", "2. BU …", "3. TM …")? Two or more coded titles, and more coded
 * than not: one code-like title among plain ones keeps its words. */
static int every_open_title_coded(const struct mnt_meeting *m)
{
    size_t coded = 0, bare = 0, caps = 0, again = 0;
    for (size_t k = 0; k < m->nitems; k++) {
        const char *t = m->items[k].title;
        if (t == NULL)
            continue;
        size_t n = strlen(t), c = mnt_committee_code_len(t, n);
        if (c == 0 && (c = caps_code_len(t, n)) > 0) {
            caps++;
            /* in capitals, a code the meeting prints twice ("ØK" on two
             * cases) shows the convention */
            for (size_t j = 0; j < k && !again; j++) {
                const char *u = m->items[j].title;
                again = u != NULL && strncmp(u, t, c) == 0;
            }
        }
        if (c > 0)
            coded++;
        else if (closed_title(&m->items[k], t, n))
            bare++;
        else
            return 0;
    }
    return coded >= 2 && coded > bare && (caps == 0 || (coded >= 3 && again));
}

/* Horsens's pages print the committee that sends each case before its
 * title ("1. ØK Låneoptagelse for 2015 og 2016", "2. BS Ny struktur …"):
 * the code is no part of the title, when every titled item has one (a
 * closed item may have none). */
void mnt_titles_drop_committee_codes(struct mnt_meeting *m)
{
    if (every_open_title_coded(m))
        cut_title_prefixes(m, code_prefix);
}

int mnt_kind_paren_line(const struct mnt_line *l)
{
    static const char *const kinds[] = {
        "(Beslutning)",      "(Orientering)",     "(Drøftelse)",
        "(Godkendelse)",     "(Til beslutning)",  "(Til orientering)",
        "(Til drøftelse)",   "(Til godkendelse)", "(Efterretning)",
        "(Til efterretning)"};
    size_t n = l->len;
    while (n > 0 && (l->s[n - 1] == ' ' || l->s[n - 1] == '.'))
        n--;
    if (l->kind != MNT_LINE_TEXT || n == 0 || l->s[0] != '(')
        return 0;
    return fold_among(l->s, n, kinds, sizeof kinds / sizeof *kinds);
}

size_t mnt_paren_status_len(const char *s, size_t n)
{
    if (n < 6 || s[0] != '(')
        return 0;
    const char *e = memchr(s, ')', n < 20 ? n : 20);
    if (e == NULL)
        return 0;
    struct mnt_line m = {.s = s + 1, .len = (size_t)(e - s) - 1};
    return mnt_status_line(&m) ? (size_t)(e - s) + 1 : 0;
}

size_t mnt_status_after(const struct mnt_line *l, size_t off, size_t lim)
{
    for (size_t i = off + 1; i < lim; i++) {
        if (l->s[i - 1] != ' ')
            continue;
        size_t ps = mnt_paren_status_len(l->s + i, l->len - i);
        /* "… i Erritsø (Lukket) Punkt 6 …": a closed mark in brackets
         * is the title's own, as its heading line prints it - unless
         * the heading opens with the mark ("242. Lukket sag Personalesag
         * (Lukket sag)": the page's status, cut off with it) */
        if (ps > 0 && fold_prefix(l->s + i, l->len - i, "(lukket") > 0 &&
            fold_prefix(l->s + off, l->len - off, "lukket") == 0)
            return i + ps;
        if (ps > 0) {
            size_t e = i - 1;
            while (e > off && l->s[e - 1] == ' ')
                e--;
            return e > off ? e : 0;
        }
        if ((i >= 2 && l->s[i - 2] == '.' &&
             mnt_starts_upper(l->s + i, l->len - i)) ||
            mnt_section_word_at(l->s + i, l->len - i) ||
            mnt_field_word_at(l->s + i, l->len - i))
            return 0;
    }
    return 0;
}
