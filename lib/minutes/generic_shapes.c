/* SPDX-License-Identifier: GPL-2.0-or-later */
/* generic_shapes.c - for generic.c: the label shapes few councils print,
 * each read at s[i] into a heading candidate: a Roman number ("IV.
 * Title"), a number in brackets or an item's letter ("(3) Title", "C.
 * Title"), the item's number and the case's running number ("01/66
 * Title"). Moved out of generic.c when that grew past 600 lines. */
#include <string.h>

#include "minutes/segment_internal.h"

/* "IV. Title", "II) Title": a Roman number (I to XXXIX), a delimiter, a
 * space and a capital. */
int mnt_roman_at(const char *s, size_t n, size_t i, struct mnt_cand *c)
{
    static const char *const units[] = {"IX", "VIII", "VII", "VI", "V",
                                        "IV", "III",  "II",  "I"};
    static const unsigned uval[] = {9, 8, 7, 6, 5, 4, 3, 2, 1};
    unsigned v = 0;
    while (i < n && s[i] == 'X' && v < 30)
        v += 10, i++;
    for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
        size_t m = strlen(units[k]);
        if (i + m <= n && memcmp(s + i, units[k], m) == 0) {
            v += uval[k], i += m;
            break;
        }
    }
    if (v == 0 || i + 2 >= n || (s[i] != '.' && s[i] != ')') || s[i + 1] != ' ')
        return 0;
    size_t j = mnt_skip_sp(s, n, i + 1);
    if (!mnt_starts_upper(s + j, n - j))
        return 0;
    c->num = v;
    c->letter = 0;
    c->dotted = 0;
    c->delim = s[i];
    c->title_off = j;
    return 1;
}

/* "(3) Title", "[3] Title", "C. Title" (items lettered A, B, C: the
 * letter's place in the alphabet): a capital after it. */
int mnt_bracket_at(const char *s, size_t n, size_t i, struct mnt_cand *c)
{
    size_t k;
    if (i + 4 < n && ascii_upper(s[i]) &&
        (s[i + 1] == '.' || s[i + 1] == ')') && s[i + 2] == ' ') {
        c->num = (unsigned)(s[i] - 'A') + 1;
        k = i + 2;
    } else {
        char close = i < n && s[i] == '('   ? ')'
                     : i < n && s[i] == '[' ? ']'
                                            : 0;
        size_t d = close ? mnt_read_num(s, n, i + 1, 3, &c->num) : 0;
        if (d == 0 || c->num == 0 || i + 1 + d >= n || s[i + 1 + d] != close)
            return 0;
        k = i + 2 + d;
    }
    if (k >= n || s[k] != ' ')
        return 0;
    k = mnt_skip_sp(s, n, k);
    if (!mnt_starts_upper(s + k, n - k) || mnt_is_month(s + k, n - k))
        return 0;
    c->letter = 0;
    c->dotted = 0;
    c->delim = ')';
    c->title_off = k;
    return 1;
}

/* "01/66     Godkendelse af referat": the item's number in the meeting,
 * a slash and the case's running number (a beskæftigelsesråd's Word
 * minutes, "Sag nr." in the contents). The running number is no month
 * (over 12, or three or four digits), so "12/3 Generalforsamling" in a
 * meeting plan is a date, not a heading. */
int mnt_slash_at(const char *s, size_t n, size_t i, struct mnt_cand *c)
{
    unsigned num, run;
    size_t d = mnt_read_num(s, n, i, 3, &num);
    if (d == 0 || num == 0 || i + d >= n || s[i + d] != '/')
        return 0;
    size_t r = mnt_read_num(s, n, i + d + 1, 4, &run);
    size_t k = i + d + 1 + r;
    if (r == 0 || (run <= 12 && r < 3) || k >= n || s[k] != ' ')
        return 0;
    k = mnt_skip_sp(s, n, k);
    if (!mnt_starts_upper(s + k, n - k) || mnt_is_month(s + k, n - k))
        return 0;
    c->num = num;
    c->run = run;
    c->letter = 0;
    c->dotted = 0;
    c->delim = '/';
    c->title_off = k;
    return 1;
}

/* "19-014 Godkendelse af regnskab", "KOM 19-042, Budget …": the case's
 * number of the year as Greenland's councils' minutes number their items
 * (docslib, Kommune Qeqertalik, Avannaata Kommunia): maybe a council's
 * code in two to five capitals, the year's two digits, a hyphen, the
 * running number in three digits (zero-padded: no range "12-15" nor a
 * date), maybe a comma, a space and a letter (a title may open in lower
 * case: "19-006 skilift projekt"). The running number is the item's; the
 * label prints all of it. */
int mnt_year_number_at(const char *s, size_t n, size_t i, struct mnt_cand *c)
{
    size_t k = i, caps = 0;
    while (k < n && s[k] >= 'A' && s[k] <= 'Z')
        k++, caps++;
    if (caps > 0 && (caps < 2 || caps > 5 || k >= n || s[k] != ' '))
        return 0;
    if (caps > 0)
        k++;
    unsigned year, num;
    size_t y = mnt_read_num(s, n, k, 2, &year);
    if (y != 2 || k + 2 >= n || s[k + 2] != '-')
        return 0;
    size_t r = mnt_read_num(s, n, k + 3, 3, &num);
    size_t e = k + 3 + r;
    if (r != 3 || num == 0 || (e < n && s[e] >= '0' && s[e] <= '9'))
        return 0;
    if (e < n && s[e] == ',')
        e++;
    if (e >= n || s[e] != ' ')
        return 0;
    e = mnt_skip_sp(s, n, e);
    if (e >= n || !fold_is_letter(mnt_first_cp(s + e, n - e)))
        return 0;
    memset(c->code, 0, sizeof c->code);
    memcpy(c->code, s + i, caps);
    c->year = (unsigned char)year;
    c->num = num;
    c->letter = 0;
    c->dotted = 0;
    c->delim = '-';
    c->title_off = e;
    return 1;
}
