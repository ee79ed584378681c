/* SPDX-License-Identifier: GPL-2.0-or-later */
/* flat_toc.c - for inline.c and titles: a table of contents flattened
 * into one line ("Indholdsfortegnelse Punkt 12. Titel 2 Punkt 13. …"):
 * its numbered entries (mnt_flat_toc); its text is found by
 * flat_toc_text.c. Moved out of inline.c when that grew past 600 lines. */
#include <string.h>

#include "minutes/segment_internal.h"

/* "12", "01." at s[i] (a word of up to three digits): its value, and in
 * *end the offset after it and its dot (every dot if `leader`: "1...
 * Meddelelser 10.. Almene …", a Word contents' dotted tab leader after
 * the number rather than before the page; or its bracket, an entry
 * labelled "1)"); 0 if none. */
unsigned mnt_number_word(const char *s, size_t n, size_t i, int leader,
                         size_t *end)
{
    unsigned v;
    if (i > 0 && s[i - 1] != ' ')
        return 0;
    size_t k = mnt_read_num(s, n, i, 3, &v);
    if (k == 0)
        return 0;
    k += i;
    if (leader && k < n && s[k] == ')')
        k++; /* "1) Godkendelse af dagsorden 2 2) …" */
    else if (leader)
        while (k < n && s[k] == '.')
            k++;
    else if (k < n && s[k] == '.')
        k++;
    *end = k;
    return v;
}

/* The first number word within 40 bytes after s[from] ("Punkt 12. …",
 * "Side 246. …"), *end after it as mnt_number_word says; 0 if none. */
static unsigned first_number_within(const char *s, size_t n, size_t from,
                                    size_t span, int leader, size_t *end)
{
    for (size_t i = from; i < n && i < from + span; i++) {
        unsigned v =
            mnt_digit(s[i]) ? mnt_number_word(s, n, i, leader, end) : 0;
        if (v > 0)
            return v;
    }
    return 0;
}

unsigned mnt_first_number(const char *s, size_t n, size_t from, int leader,
                          size_t *end)
{
    return first_number_within(s, n, from, 40, leader, end);
}

/* Does a label numbered `num` start at s[t] ("Pkt. 2", "Sag nr. 2")? */
static int label_numbered(const char *s, size_t n, size_t t, unsigned num)
{
    size_t d = t, e;
    while (d < n && d < t + 12 && !mnt_digit(s[d]))
        d++;
    if (d == t || d >= n || mnt_number_word(s, n, d, 1, &e) != num)
        return 0;
    while (d < n && mnt_digit(s[d]))
        d++;
    return mnt_label_before(s, d) == t;
}

/* Entry `num` of a flattened table of contents at or after s[from]: the
 * number as a word, a space, a capital (or a title's ordinal). Offset of
 * its title, or 0. */
static size_t toc_entry(const char *s, size_t n, size_t from, unsigned num,
                        size_t *at)
{
    /* "Pkt. 211 Spørgetid Pkt. 212 …", "Sag nr. 3 …": the entry starts
     * at its label, which ends no title before it */
    for (size_t i = from; i + 3 < n; i++) {
        size_t e = 0;
        if (!mnt_digit(s[i]) || mnt_number_word(s, n, i, 1, &e) != num ||
            e >= n || s[e] != ' ')
            continue;
        size_t t = mnt_skip_sp(s, n, e);
        /* "1 - Velkomst 2 - Godkendelse …": a dash after the number */
        size_t dash = t > e && t + 1 < n ? mnt_separator(s, n, t) : 0;
        if (dash > 0 && s[t] != ':' && t + dash < n && s[t + dash] == ' ')
            t = mnt_skip_sp(s, n, t + dash);
        if (label_numbered(s, n, t, num))
            continue; /* "… dagsorden 2 Pkt. 2 Nyt …": the page's 2 */
        /* "Dagsorden 1. 3. økonomi- og aktivitetsrapportering 2007 2.
         * …": a title may open with an ordinal */
        if (mnt_starts_upper(s + t, n - t) || mnt_ordinal_title(s + t, n - t)) {
            size_t d = i;
            while (d < n && mnt_digit(s[d]))
                d++;
            size_t lb = mnt_label_before(s, d);
            *at = lb < i ? lb : i;
            return t;
        }
    }
    return 0;
}

/* Does entry `num` follow within a title's length after s[from]? For
 * inline.c: after a contents' column head "Side" ("INDHOLD … Sagsnr.
 * Side 35. Title...90 36. Title...92 …") the number is the first
 * entry's, not the page's, when the next entry numbers on. */
int mnt_toc_entry_follows(const char *s, size_t n, size_t from, unsigned num)
{
    size_t at, lim = from + 200 < n ? from + 200 : n;
    return toc_entry(s, lim, from + 1, num, &at) > 0;
}

/* Does entry num+2 follow the entry titled at s[off] where entry num+1
 * should (its number lost, the two titles run together)? Its number's
 * offset in *at, its title's offset returned (0 if none). Two numbers
 * ahead only, within a title's length. */
static size_t lost_entry(const char *s, size_t n, size_t off, unsigned num,
                         size_t *at)
{
    size_t lim = off + 200 < n ? off + 200 : n;
    return toc_entry(s, lim, off + 1, num + 2, at);
}

/* Does a line after line i hold t[0..tn) as whole words, a number word
 * not following them (a page's heading printing the title whole, not
 * "… cykelstier 2015" for the contents' "… cykelstier")? */
static int later_holds(const struct mnt_doc *d, size_t i, const char *t,
                       size_t tn)
{
    for (size_t j = i + 1; j < d->nlines; j++) {
        const struct mnt_line *l = &d->lines[j];
        for (size_t k = 0; k + tn <= l->len; k++) {
            if ((k > 0 && l->s[k - 1] != ' ') || l->s[k] != t[0] ||
                memcmp(l->s + k, t, tn) != 0)
                continue;
            size_t e = k + tn;
            if (e == l->len ||
                (l->s[e] == ' ' && e + 1 < l->len && !mnt_digit(l->s[e + 1])))
                return 1;
        }
    }
    return 0;
}

/* Where, in two entries' titles run together s[off..end) (the second's
 * number lost), the second starts: the first capitalised word from
 * which the rest is printed on a later page, the lost item's own
 * heading ("Indstilling af medlemmer til Handicaprådet Introduktion til
 * hjemmeplejens nye organisering" above a page "… Sag nr Introduktion
 * til hjemmeplejens nye organisering Sagsfremstilling …"), and the
 * first entry's title whole on another; 0 if none. A transcript that
 * lost a number with the words before it ("… april 2019 3." as "…
 * april") leaves the first entry's end unknown: the walk stops there. */
static size_t lost_title_start(const struct mnt_doc *d, size_t i, const char *s,
                               size_t off, size_t end)
{
    for (size_t k = off + 5; k + 8 <= end; k++)
        if (s[k - 1] == ' ' && mnt_starts_upper(s + k, end - k) &&
            later_holds(d, i, s + k, end - k)) {
            size_t e = k - 1;
            while (e > off && (s[e - 1] == ' ' || s[e - 1] == '.'))
                e--;
            return later_holds(d, i, s + off, e - off) ? k : 0;
        }
    return 0;
}

/* The end of an entry's title: before its page number ("… dagsorden 2",
 * "…...i") and leaders. */
static size_t toc_title_end(const char *s, size_t off, size_t end)
{
    while (end > off && s[end - 1] == ' ')
        end--;
    size_t w = end;
    while (w > off && s[w - 1] != ' ' && s[w - 1] != '.')
        w--;
    int page = w < end;
    for (size_t k = w; k < end && page; k++)
        page = mnt_digit(s[k]) || strchr("ivxl", s[k]) != NULL;
    if (page && w > off)
        end = w;
    while (end > off && (s[end - 1] == ' ' || s[end - 1] == '.'))
        end--;
    return end;
}

/* Where an entry's title s[off..end) ends when the contents' next part
 * is headed between it and the next entry ("215. Meddelelser Punkter på
 * lukket møde: 216. …"): before a closing phrase of a capital word and
 * up to five lower-case words ending in a colon; a title of its own must
 * stay before it. Item titles with a colon go on after it ("Lukket
 * punkt: Salg af grund"), so few end in one, and those in a name. */
static size_t group_head_end(const char *s, size_t off, size_t end)
{
    if (end <= off + 2 || s[end - 1] != ':')
        return end;
    size_t w = end - 1, words = 0;
    while (w > off && words <= 5) {
        size_t b = w;
        while (b > off && s[b - 1] != ' ')
            b--;
        words++;
        if (mnt_starts_upper(s + b, w - b)) {
            size_t t = b;
            while (t > off && s[t - 1] == ' ')
                t--;
            /* the title before it: a word at least; the part's heading
             * a phrase ("… Orientering fra Økonomiudvalget:" ends in a
             * name, and is a title) */
            return t > off + 2 && words >= 2 ? t : end;
        }
        size_t cl;
        if (!fold_is_lower(utf8_next((const unsigned char *)s + b, w - b, &cl)))
            return end; /* "… budget 2014:" */
        w = b;
        while (w > off && s[w - 1] == ' ')
            w--;
    }
    return end;
}

static size_t trim_end(const char *s, size_t off, size_t end)
{
    while (end > off && (s[end - 1] == ' ' || s[end - 1] == '.'))
        end--;
    return end;
}

/* Does the heading at s[0..n) give the first words of an agenda
 * list's entry a[0..an) and end there in a full stop ("Næste møde." for
 * "Næste møde maj 2006 kl", "… og referat." for "… og referat
 * (vedhæftet)")? The minutes' text names the item shorter than its
 * list; eight bytes or more. */
int mnt_heading_names_entry(const char *s, size_t n, const char *a, size_t an)
{
    size_t m = 0;
    if (an > MNT_HEADING_MAX) /* bounded: compared at every word start */
        an = MNT_HEADING_MAX;
    while (m < an && m < n && s[m] == a[m])
        m++;
    return m >= 8 && m < an && a[m] == ' ' && m < n && s[m] == '.' &&
           (m + 1 == n || s[m + 1] == ' ');
}

/* Labels with a colon ("Afbud: … Fraværende: Ingen") in s[off..end): an
 * entry holding two or more is an item's heading with its fields, not a
 * contents entry ("Sagsoversigt 1. Godkendelse af dagsorden Afbud: …
 * 2. Budgetrevision …": the items themselves follow the mark). */
static size_t label_colons(const char *s, size_t off, size_t end)
{
    size_t n = 0;
    for (size_t i = off + 1; i + 1 < end; i++)
        n += s[i] == ':' && s[i + 1] == ' ' &&
             fold_is_letter((unsigned char)s[i - 1]);
    return n;
}

/* The entry titled at s[off] (line i), the next one's number lost and
 * its title run into it up to the number after at s[lost_at] ("… for
 * sejlplan Kommissorium for … 4. Henvendelse …"): added to t, ending
 * before that number (no page number: "… Sejlplan 2012 og …" is the
 * title's year). Where a later page prints the lost one's title, the two
 * part there and both are added: 1, the walk goes on at the one after;
 * else 0, it stops (the entries after would be numbered apart from the
 * list's). */
static int lost_entries(const struct mnt_doc *d, size_t i, struct mnt_toc *t,
                        size_t *kept, size_t off, size_t lost_at)
{
    const char *s = d->lines[i].s;
    size_t both = toc_title_end(s, off, lost_at),
           cut = lost_title_start(d, i, s, off, both);
    t->last = i;
    kept[t->n] = 0;
    t->e[t->n].line = i;
    t->e[t->n].off = off;
    t->e[t->n].end = cut ? trim_end(s, off, cut) : both;
    t->n += t->e[t->n].end >= off + 4;
    if (!cut || t->n + 1 >= MNT_TOC_MAX)
        return 0;
    kept[t->n] = 0;
    t->e[t->n].line = i;
    t->e[t->n].off = cut;
    t->e[t->n].end = both;
    t->n++;
    return 1;
}

/* A contents that prints no page numbers ("6... Affaldsplan høring
 * 7... Revision af …", Word's leaders after the number) holds no page
 * number either where an entry's title ends in a number ("8... Påbud om
 * støjdæmpning, Vognmandsvej 4 9..."): when fewer than half of the
 * entries read as ending in a page number, those that did keep it
 * (kept[k], their end with the number; 0 for the others). */
static void keep_title_numbers(const struct mnt_doc *d, struct mnt_toc *t,
                               const size_t *kept, size_t paged, size_t nexted)
{
    if (paged == 0 || paged * 2 >= nexted)
        return;
    for (size_t k = 0; k < t->n; k++)
        if (kept[k] > 0)
            t->e[k].end =
                group_head_end(d->lines[t->e[k].line].s, t->e[k].off, kept[k]);
}

/* Does line i + 1 open with the contents' first entry, its number and
 * title ("1. KB - Valggrupper …"): the split reading cut line i before
 * the first item's heading? */
static int first_heading_next(const struct mnt_doc *d, size_t i,
                              const struct mnt_toc *t)
{
    if (i + 1 >= d->nlines || !d->lines[i].cut)
        return 0;
    const struct mnt_line *l = &d->lines[t->e[0].line], *x = &d->lines[i + 1];
    size_t e = 0, tn = t->e[0].end - t->e[0].off;
    if (mnt_number_word(x->s, x->len, 0, 1, &e) != t->first || tn < 8)
        return 0;
    e = mnt_skip_sp(x->s, x->len, e);
    return e + tn <= x->len && memcmp(x->s + e, l->s + t->e[0].off, tn) == 0;
}

/* "… 11. KB - Bestyrelsen for Musikskolen 12. KB - Mødeplan for
 * kommunalbestyrelsen 2018 1. KB - Valggrupper …": a contents whose
 * entries print no page number (none of them, the last one's aside,
 * read as ending in one) prints none after its last entry either; a
 * single number word between it and the first item's heading (at
 * t->after, or on the next line) is the title's own last word. */
static void keep_last_number(const struct mnt_doc *d, size_t i,
                             struct mnt_toc *t, size_t paged, size_t nexted)
{
    const struct mnt_line *l = &d->lines[i];
    size_t to = t->after > 0 ? t->after : l->len;
    if (t->n < 2 || paged > 0 || nexted + 1 < t->n ||
        (t->after == 0 && !first_heading_next(d, i, t)))
        return;
    size_t w = mnt_skip_sp(l->s, to, t->e[t->n - 1].end), e = w;
    while (e < to && mnt_digit(l->s[e]))
        e++;
    if (e > w && mnt_skip_sp(l->s, to, e) == to)
        t->e[t->n - 1].end = e;
}

/* What reading a line's entries found, for mnt_flat_toc()'s checks. */
struct toc_read {
    size_t agenda;            /* an agenda list's start, or 0 */
    size_t kept[MNT_TOC_MAX]; /* an entry's end with its page number */
    size_t paged, nexted;     /* entries with a page number; a next */
    int known, bodies;        /* the split ended it; entries' labels */
};

/* Where the entries of a contents marked in line l start ("Pkt. Tekst
 * Side", "Indholdsfortegnelse" …), or 0. */
static size_t contents_mark_end(const struct mnt_line *l)
{
    static const char *const marks[] = {
        "Pkt. Tekst Side", "Følgende sager behandles", "Sagsoversigt",
        "Indholdsfortegnelse", "INDHOLDSFORTEGNELSE"};
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
        size_t ml = strlen(marks[m]);
        for (size_t k = 0; k + ml <= l->len; k++)
            if (memcmp(l->s + k, marks[m], ml) == 0)
                return k + ml;
    }
    return 0;
}

/* Where the last entry of line l, at off, ends: an agenda list's last
 * runs on into the text up to the first entry's title again, a
 * contents' last up to its page number. Sets t->after, where the text
 * after the entries starts. */
static size_t last_entry_stop(const struct mnt_doc *d, const struct mnt_line *l,
                              size_t off, struct mnt_toc *t, struct toc_read *r)
{
    size_t end;
    if (r->agenda && t->n > 0) {
        end = mnt_agenda_list_end(l->s, l->len, off, t->e[0].off, t->e[0].end);
        t->after = end;
        /* the split reading cut the text off already */
        if (end == 0 && l->cut && l->len < off + 150)
            end = l->len, r->known = 1;
        return end;
    }
    end = mnt_last_entry_end(l->s, l->len, off);
    if (t->n == 0)
        return end;
    /* the first entry's title, on this line or before */
    const char *a = d->lines[t->e[0].line].s + t->e[0].off;
    size_t an = t->e[0].end - t->e[0].off;
    t->after = mnt_pages_after_contents(l->s, l->len, end, a, an);
    /* no page number after the last entry (a web archive's contents
     * prints none: "… Efterretningssager 3 Status for … Medlemmer: …
     * Meddelelser: 1. Budgetopfølgning …"), so it ran to the line's end,
     * over the first item's heading: the first entry's title standing
     * again after the last entry's start opens the first item and ends
     * the entry */
    if (t->after == 0 && end == l->len) {
        t->after = mnt_item_after_last_entry(l->s, l->len, off, a, an);
        if (t->after > 0)
            end = t->after;
    }
    return end;
}

/* Keep the entry of line l at s[off..end) in t (the last ends before
 * its page number already; a next one's title may keep its own last
 * number, r->kept). Entries shorter than four bytes are dropped. */
static void add_entry(const struct mnt_doc *d, size_t i, size_t off, size_t end,
                      int next, struct mnt_toc *t, struct toc_read *r)
{
    const struct mnt_line *l = &d->lines[i];
    end = mnt_footer_date_cut(d, l->s, l->len, off, end);
    t->last = i;
    t->e[t->n].line = i;
    t->e[t->n].off = off;
    t->e[t->n].end =
        next ? group_head_end(l->s, off, toc_title_end(l->s, off, end))
             : trim_end(l->s, off, end);
    r->kept[t->n] = 0;
    if (next && t->e[t->n].end >= off + 4) {
        r->nexted++;
        if (toc_title_end(l->s, off, end) < trim_end(l->s, off, end))
            r->kept[t->n] = trim_end(l->s, off, end), r->paged++;
    }
    t->n += t->e[t->n].end >= off + 4;
}

/* Is s[..e) two number words, a page's and the next entry's ("…
 * praktisk hjælp 8 5"), entry `num` the second? The entry's title is on
 * the next page line; where its number starts, else 0. */
static size_t number_left(const char *s, size_t e, unsigned num)
{
    size_t w = e, x, v;
    unsigned a;
    while (w > 0 && mnt_digit(s[w - 1]))
        w--;
    if (w < 2 || w == e || s[w - 1] != ' ' ||
        mnt_number_word(s, e, w, 1, &x) != num || x != e)
        return 0;
    v = w - 1;
    while (v > 0 && mnt_digit(s[v - 1]))
        v--;
    return v < w - 1 && v > 0 && s[v - 1] == ' ' &&
                   mnt_read_num(s, w - 1, v, 3, &a) > 0
               ? w
               : 0;
}

/* Contents that run on over their page line's end (the transcript's page
 * breaks inside them, or the contents fill two pages): entry `num` on
 * the next text line after line i, past the page's number and running
 * header ("… funktionsevne 8" / "2 Byrådet Dagsorden 5 Udpegning …"), or
 * right after the page's number where line i ends in the entry's number
 * ("… hjælp 8 5" / "2 Udpegning af …"). Its title's offset, its line in
 * *j and where line i's last entry ends in *cut; 0 if none. */
static size_t next_page_entry(const struct mnt_doc *d, size_t i, size_t off,
                              unsigned num, size_t *j, size_t *cut)
{
    const struct mnt_line *l = &d->lines[i];
    size_t k = i + 1, p = 0, at, t, e;
    /* "… Meddelelser 12 Indholdsfortegnelse lukket møde": the next page
     * opens contents of their own (a closed meeting's), read apart */
    for (size_t q = off; q + 19 <= l->len; q++)
        if (fold_prefix(l->s + q, l->len - q, "Indholdsfortegnelse") > 0)
            return 0;
    while (k < d->nlines && k < i + 4 && d->lines[k].kind != MNT_LINE_TEXT)
        k++;
    if (k >= d->nlines || d->lines[k].kind != MNT_LINE_TEXT)
        return 0;
    const struct mnt_line *x = &d->lines[k];
    while (p < x->len && p < 4 && mnt_digit(x->s[p]))
        p++;
    p = p > 0 && p < x->len && x->s[p] == ' ' ? p + 1 : 0;
    *j = k;
    *cut = l->len;
    /* the entry the page's first number word after its header (not a
     * heading's further on: "2 1. Godkendelse … 2. Status …") */
    t = toc_entry(x->s, x->len < p + 150 ? x->len : p + 150, p, num, &at);
    if (t > 0 && first_number_within(x->s, x->len, p, at + 1 - p, 1, &e) == num)
        return t;
    e = l->len;
    while (e > 0 && l->s[e - 1] == ' ')
        e--;
    *cut = number_left(l->s, e, num);
    return *cut > 0 && p > 0 && mnt_starts_upper(x->s + p, x->len - p) ? p : 0;
}

/* The first entry of the contents marked in line l, its entries from
 * `from` on: its title's offset and its number in *num; 0 if none. */
static size_t first_entry(const struct mnt_line *l, size_t from, unsigned *num)
{
    size_t ne = 0, at, nat, off2;
    /* "Indholdsfortegnelse Pkt. Tekst Åbne dagsordenspunkter Side 1 …":
     * the column heads and the open part's heading before the first */
    unsigned n = first_number_within(l->s, l->len, from, 40, 1, &ne), n2;
    size_t off = n ? toc_entry(l->s, l->len, from, n, &at) : 0;
    /* a first number further on only where the next entry's number
     * follows it: column heads, not a title ending in a page number
     * ("Side OVERVEJELSER OM SALG AF BAKKEGÅRDEN 2 SKØJTEKLUBBEN …") */
    if (!n && (n = first_number_within(l->s, l->len, from, 64, 1, &ne)) > 0) {
        off = toc_entry(l->s, l->len, from, n, &at);
        if (off == 0 || toc_entry(l->s, l->len, off + 1, n + 1, &nat) == 0)
            n = 0, off = 0;
    }
    /* "Punkt nr. Side Bilagsoversigt 3 1 Meddelelser 4 2 …": the number
     * found is the page of an entry with none, the next one the first
     * entry's where the second entry follows */
    if (n > 0 && ne + 1 < l->len && l->s[ne] == ' ' &&
        (n2 = mnt_number_word(l->s, l->len, ne + 1, 1, &nat)) > 0 && n2 < n &&
        (off2 = toc_entry(l->s, l->len, ne + 1, n2, &at)) > 0 && at == ne + 1 &&
        toc_entry(l->s, l->len, off2 + 1, n2 + 1, &nat) > 0)
        n = n2, off = off2;
    *num = n;
    return off;
}

/* The entries of line i from `from` on into t, numbered from the
 * meeting's first item ("Punkt 12. …"); a contents' entries go on on the
 * next page line (next_page_entry()). */
static void read_entries(const struct mnt_doc *d, size_t i, size_t from,
                         struct mnt_toc *t, struct toc_read *r)
{
    const struct mnt_line *l = &d->lines[i];
    unsigned num = 0;
    size_t off = from ? first_entry(l, from, &num) : 0;
    t->first = num;
    t->line = i;
    for (; off > 0 && t->n < MNT_TOC_MAX; num++) {
        size_t next_at,
            next = toc_entry(l->s, l->len, off + 1, num + 1, &next_at);
        size_t lost_at, lost_end, after = 0, j = i, cut = 0;
        /* entries ending in their page number: the first number after
         * a title is its page ("… 6......... Eventuelt 8 Åben del 1. …"),
         * not an entry after a lost one */
        if (!next)
            after = lost_entry(l->s, l->len, off, num, &lost_at);
        if (after > 0 && r->paged > 0 && 2 * r->paged >= r->nexted &&
            first_number_within(l->s, l->len, off, lost_at + 1 - off, 1,
                                &lost_end) == num + 2)
            after = 0;
        if (after > 0) {
            if (!lost_entries(d, i, t, r->kept, off, lost_at))
                break;
            off = after;
            num++;
            continue;
        }
        /* two entries read at least (a contents whose numbers were
         * lost is one entry of all its titles), shaped as a contents'
         * (most end in their page number), not items' bodies under a web
         * page's "Indholdsfortegnelse" ("1. Fraværende Resume … Til
         * toppen 2. …") */
        size_t over = !next && !r->agenda && t->n > 0 &&
                              t->n + 1 < MNT_TOC_MAX && r->paged > 0 &&
                              2 * r->paged >= r->nexted
                          ? next_page_entry(d, i, off, num + 1, &j, &cut)
                          : 0;
        if (over > 0 && cut > off) {
            add_entry(d, i, off, cut, 1, t, r);
            i = j, l = &d->lines[j], off = over;
            continue;
        }
        size_t end = next ? next_at : last_entry_stop(d, l, off, t, r);
        if (next && label_colons(l->s, off, next_at) >= 2)
            r->bodies = 1;
        add_entry(d, i, off, end, next != 0, t, r);
        off = next;
    }
}

size_t mnt_flat_toc(const struct mnt_doc *d, struct mnt_toc *t)
{
    t->n = 0;
    t->after = 0;
    t->agenda = 0;
    for (size_t i = 0; i < d->nlines && t->n == 0; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT || l->len < 80) /* entries in a row */
            continue;
        struct toc_read r;
        memset(&r, 0, sizeof r);
        size_t from = contents_mark_end(l);
        r.agenda = from ? 0 : mnt_inline_agenda(l);
        read_entries(d, i, from ? from : r.agenda, t, &r);
        keep_title_numbers(d, t, r.kept, r.paged, r.nexted);
        if (!r.agenda && t->n > 0)
            keep_last_number(d, t->last, t, r.paged, r.nexted);
        /* an agenda list whose text does not open with its first
         * entry is not known to be one */
        if (t->n < 2 || (r.agenda && t->after == 0 && !r.known) || r.bodies)
            t->n = 0, t->after = 0;
        t->agenda = t->n > 0 && r.agenda;
    }
    return t->n;
}
