/* SPDX-License-Identifier: GPL-2.0-or-later */
/* mkpdf.c - makes the PDF fixtures of tests/data/formats/pdf/ with cairo's
 * PDF surface and toy font API (DejaVu Sans): the shipped seeds on A4 with
 * ordinary margins (long lines wrap), item headings larger and bold, a
 * running header and a "Side N af M" footer; a two-column page; a word
 * hyphenated across a page break; a seed "scanned" to a 1-bit image with
 * a little noise; a PDF whose encryption dictionary no password opens.
 * Deterministic: fixed metadata dates, a fixed noise seed. Run by
 * tests/tools/mkpdf.sh; CI never runs it (the PDFs are committed). */
#include <cairo-pdf.h>
#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_W    595.0 /* A4 in points */
#define PAGE_H    842.0
#define MARGIN    90.0 /* 3.2 cm all round */
#define BODY_PT   12.0
#define HEAD_PT   14.0
#define LEAD      1.3 /* line height / font size */
#define RUN_PT    8.0 /* running header and footer */
#define FONT      "DejaVu Sans"
#define LINES_MAX 4096

/* One laid-out line: where, what, how. */
struct line {
    int page;
    double x, y;
    int bold;
    double pt;
    char *text;
};

struct layout {
    struct line *l;
    size_t n, cap;
    int pages;
};

static void push(struct layout *lo, int page, double x, double y, int bold,
                 double pt, const char *s, size_t n)
{
    if (lo->n == lo->cap) {
        lo->cap = lo->cap ? lo->cap * 2 : 256;
        lo->l = realloc(lo->l, lo->cap * sizeof *lo->l);
        if (lo->l == NULL)
            abort();
    }
    struct line *l = &lo->l[lo->n++];
    l->page = page, l->x = x, l->y = y, l->bold = bold, l->pt = pt;
    l->text = strndup(s, n);
    if (page > lo->pages)
        lo->pages = page;
}

static void font(cairo_t *cr, int bold, double pt)
{
    cairo_select_font_face(cr, FONT, CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD
                                : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, pt);
}

static double width_of(cairo_t *cr, const char *s, size_t n)
{
    char *t = strndup(s, n);
    cairo_text_extents_t ex;
    cairo_text_extents(cr, t, &ex);
    free(t);
    return ex.x_advance;
}

/* Is the line only white space (ASCII or no-break spaces)? */
static int blank(const char *s)
{
    for (; *s; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\r')
            continue;
        if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) {
            s++;
            continue;
        }
        return 0;
    }
    return 1;
}

/* Lay out `text` (lines; `heads` lists 1-based heading line numbers,
 * ending in 0) as wrapped paragraphs on pages. */
static void lay_out(cairo_t *cr, char *text, const int *heads,
                    struct layout *lo)
{
    double y = MARGIN, width = PAGE_W - 2 * MARGIN;
    int page = 1, lineno = 0, gap = 0;
    for (char *s = strtok(text, "\n"); s; s = strtok(NULL, "\n")) {
        lineno++; /* keep_empty_lines() left no empty line to skip */
        int head = 0;
        for (const int *h = heads; *h; h++)
            head |= *h == lineno;
        if (blank(s)) {
            gap = 1;
            continue;
        }
        double pt = head ? HEAD_PT : BODY_PT;
        font(cr, head, pt);
        y += (head ? 1.0 : gap ? 0.6 : 0.0) * pt * LEAD;
        gap = 0;
        while (*s == ' ')
            s++;
        size_t n = strlen(s);
        while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\r'))
            n--;
        while (n > 0) {
            /* the longest run of whole words that fits */
            size_t fit = n, last = 0;
            if (width_of(cr, s, n) > width) {
                for (size_t i = 1; i < n; i++)
                    if (s[i] == ' ' && width_of(cr, s, i) <= width)
                        last = i;
                fit = last ? last : n;
            }
            if (y + pt * LEAD > PAGE_H - MARGIN)
                page++, y = MARGIN;
            y += pt * LEAD;
            push(lo, page, MARGIN, y, head, pt, s, fit);
            s += fit, n -= fit;
            while (n > 0 && *s == ' ')
                s++, n--;
        }
    }
}

static void show(cairo_t *cr, const struct line *l)
{
    font(cr, l->bold, l->pt);
    cairo_move_to(cr, l->x, l->y);
    cairo_show_text(cr, l->text);
}

/* Header (name left, date right) and footer "Side N af M". */
static void running(cairo_t *cr, const char *name, const char *date, int p,
                    int pages)
{
    char buf[64];
    font(cr, 0, RUN_PT);
    cairo_move_to(cr, MARGIN, MARGIN - 30);
    cairo_show_text(cr, name);
    cairo_move_to(cr, PAGE_W - MARGIN - width_of(cr, date, strlen(date)),
                  MARGIN - 30);
    cairo_show_text(cr, date);
    snprintf(buf, sizeof buf, "Side %d af %d", p, pages);
    cairo_move_to(cr, PAGE_W / 2 - width_of(cr, buf, strlen(buf)) / 2,
                  PAGE_H - MARGIN + 36);
    cairo_show_text(cr, buf);
}

static cairo_surface_t *pdf_new(const char *out, const char *title)
{
    cairo_surface_t *s = cairo_pdf_surface_create(out, PAGE_W, PAGE_H);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE,
                                   "2024-01-01T00:00:00Z");
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE,
                                   "2024-01-01T00:00:00Z");
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "mkpdf");
    if (title != NULL)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, title);
    return s;
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        exit(1);
    }
    static char buf[1 << 20];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return strdup(buf);
}

/* strtok drops empty lines; keep them as a single space line instead. */
static char *keep_empty_lines(const char *in)
{
    size_t n = strlen(in);
    char *out = malloc(2 * n + 2), *o = out;
    for (size_t i = 0; i < n; i++) {
        if (in[i] == '\n' && (i == 0 || in[i - 1] == '\n'))
            *o++ = ' ';
        *o++ = in[i];
    }
    *o = 0;
    return out;
}

static void parse_heads(const char *list, int *heads)
{
    size_t k = 0;
    for (const char *p = list; *p && k < 255;) {
        char *end;
        long v = strtol(p, &end, 10);
        if (end == p)
            break;
        heads[k++] = (int)v;
        p = end;
    }
    heads[k] = 0;
}

/* Pages drawn straight into the PDF, or (dpi > 0) "scanned": drawn into
 * a 1-bit image with a few flipped pixels, which alone goes into the PDF. */
struct pager {
    cairo_t *pdf;
    int dpi;
    cairo_surface_t *img;
    cairo_t *cr;
    unsigned rnd;
};

static cairo_t *page_begin(struct pager *pg)
{
    if (!pg->dpi)
        return pg->pdf;
    int w = (int)(PAGE_W * pg->dpi / 72), h = (int)(PAGE_H * pg->dpi / 72);
    pg->img = cairo_image_surface_create(CAIRO_FORMAT_A1, w, h);
    pg->cr = cairo_create(pg->img);
    cairo_scale(pg->cr, pg->dpi / 72.0, pg->dpi / 72.0);
    cairo_set_antialias(pg->cr, CAIRO_ANTIALIAS_NONE);
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_NONE);
    cairo_set_font_options(pg->cr, fo);
    cairo_font_options_destroy(fo);
    return pg->cr;
}

static void page_end(struct pager *pg)
{
    if (pg->dpi) {
        cairo_surface_flush(pg->img);
        unsigned char *d = cairo_image_surface_get_data(pg->img);
        int stride = cairo_image_surface_get_stride(pg->img);
        int w = cairo_image_surface_get_width(pg->img);
        int h = cairo_image_surface_get_height(pg->img);
        for (int k = 0; k < w * h / 4000; k++) { /* speckles */
            pg->rnd = pg->rnd * 1103515245u + 12345u;
            int x = (int)((pg->rnd >> 8) % (unsigned)w);
            pg->rnd = pg->rnd * 1103515245u + 12345u;
            int y = (int)((pg->rnd >> 8) % (unsigned)h);
            d[y * stride + x / 8] ^= (unsigned char)(1u << (x % 8));
        }
        cairo_surface_mark_dirty(pg->img);
        cairo_destroy(pg->cr);
        cairo_save(pg->pdf);
        cairo_scale(pg->pdf, 72.0 / pg->dpi, 72.0 / pg->dpi);
        cairo_set_source_rgb(pg->pdf, 0, 0, 0);
        cairo_mask_surface(pg->pdf, pg->img, 0, 0);
        cairo_restore(pg->pdf);
        cairo_surface_destroy(pg->img);
    }
    cairo_show_page(pg->pdf);
}

/* A seed as text, or (dpi > 0) as a 1-bit scan with speckles. */
static int seed(const char *in, const char *out, const char *name,
                const char *date, const char *heads_list, int dpi)
{
    int heads[256];
    parse_heads(heads_list, heads);
    char *raw = slurp(in), *text = keep_empty_lines(raw);
    free(raw);
    cairo_surface_t *pdf = pdf_new(out, dpi ? NULL : name);
    cairo_t *cr = cairo_create(pdf);
    struct layout lo = {0};
    lay_out(cr, text, heads, &lo);
    struct pager pg = {cr, dpi, NULL, NULL, 12345};
    for (int p = 1; p <= lo.pages; p++) {
        cairo_t *c = page_begin(&pg);
        running(c, name, date, p, lo.pages);
        for (size_t i = 0; i < lo.n; i++)
            if (lo.l[i].page == p)
                show(c, &lo.l[i]);
        page_end(&pg);
    }
    cairo_destroy(cr);
    cairo_surface_destroy(pdf);
    for (size_t i = 0; i < lo.n; i++)
        free(lo.l[i].text);
    free(lo.l);
    free(text);
    return 0;
}

/* Lines placed by hand: each "<page> <col> <bold> <text>". */
struct fixed {
    int page, col, bold;
    const char *text;
};

/* Pages from `scan_from` on are scanned at `dpi` (if dpi > 0). */
static void fixed_pages(const char *out, const char *title,
                        const struct fixed *f, size_t n, int columns, int dpi,
                        int scan_from)
{
    cairo_surface_t *pdf = pdf_new(out, title);
    cairo_t *cr = cairo_create(pdf);
    int pages = f[n - 1].page;
    double colw = (PAGE_W - 2 * MARGIN - 24) / 2;
    struct pager pg = {cr, dpi, NULL, NULL, 12345};
    for (int p = 1; p <= pages; p++) {
        pg.dpi = p >= scan_from ? dpi : 0;
        cr = page_begin(&pg);
        running(cr, "Social- og Sundhedsudvalget", "1. marts 2024", p, pages);
        double y[2] = {MARGIN, MARGIN}, top = MARGIN;
        for (size_t i = 0; i < n; i++) {
            if (f[i].page != p)
                continue;
            /* columns set smaller, as narrow columns are */
            double pt = f[i].bold ? HEAD_PT : columns ? 10.0 : BODY_PT;
            struct line l = {p, MARGIN, 0, f[i].bold, pt, (char *)f[i].text};
            if (f[i].col < 0) { /* spans both columns */
                top = (y[0] > y[1] ? y[0] : y[1]) + pt * LEAD;
                y[0] = y[1] = top + pt * 0.6;
                l.y = top;
            } else {
                int c = columns ? f[i].col : 0;
                l.x = MARGIN + c * (colw + 24);
                y[c] += pt * LEAD;
                l.y = y[c];
            }
            show(cr, &l);
        }
        page_end(&pg);
    }
    cr = pg.pdf;
    cairo_destroy(cr);
    cairo_surface_destroy(pdf);
}

static const struct fixed twocol[] = {
    {1, -1, 1, "1. Orientering om nyt værested"},
    {1, 0, 0, "Venstre spalte begynder her med en"},
    {1, 0, 0, "kort beskrivelse af det nye værested,"},
    {1, 0, 0, "som åbner til foråret i den gamle"},
    {1, 0, 0, "skole ved havnen."},
    {1, 0, 0, ""},
    {1, 0, 0, "Rådet spurgte til åbningstiderne og"},
    {1, 0, 0, "fik svar om aftenåbent to gange om"},
    {1, 0, 0, "ugen, også i weekenden."},
    {1, 1, 0, "Højre spalte fortsætter med"},
    {1, 1, 0, "økonomien: huslejen betales af"},
    {1, 1, 0, "puljen for socialt udsatte i de"},
    {1, 1, 0, "første tre år."},
    {1, 1, 0, ""},
    {1, 1, 0, "Beslutning: Rådet tog orienteringen"},
    {1, 1, 0, "til efterretning og ønsker et besøg"},
    {1, 1, 0, "på stedet efter sommerferien."},
    {1, -1, 1, "2. Eventuelt"},
    {1, 0, 0, "Intet at bemærke i venstre spalte."},
    {1, 1, 0, "Heller intet i højre spalte."},
};

static const struct fixed hyphen[] = {
    {1, 0, 1, "1. Opfølgning på vinterens indsats"},
    {1, 0, 0, "Social- og Sundhedsudvalget har bedt om en status på"},
    {1, 0, 0, "vinterens natvarmestue og den opsøgende gadeplans-"},
    {1, 0, 0, "indsats, som Region-"},
    {1, 0, 0, "Midtjylland støtter. Medarbejderne fortæller om en"},
    {1, 0, 0, "travl vinter med mange nye brugere og en stor"},
    {1, 0, 0, "frivillig ind-"},
    {2, 0, 0, "sats fra foreningerne i byen. Rådet takkede for"},
    {2, 0, 0, "orienteringen."},
    {2, 0, 1, "2. Eventuelt"},
    {2, 0, 0, "Næste møde holdes på biblioteket."},
};

/* A trailer with a standard security handler whose /U no password
 * matches: poppler reports the document as encrypted. */
static int encrypted(const char *out)
{
    static const char *obj[] = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        "<< /Filter /Standard /V 1 /R 2 /P -4 "
        "/O <2055c756c72e1ad702608e8196acad447ad32d17cff583235f6dd15fed7dab67>"
        " /U <7a4ab26b1c5d2d5ee4da5bd1dd5e6e3dac0de6a3c5b2ee3b9a7f1bb0b2b5e1c8>"
        " >>",
    };
    FILE *f = fopen(out, "wb");
    if (f == NULL)
        return 1;
    long off[4];
    fputs("%PDF-1.4\n", f);
    for (int i = 0; i < 4; i++) {
        off[i] = ftell(f);
        fprintf(f, "%d 0 obj\n%s\nendobj\n", i + 1, obj[i]);
    }
    long x = ftell(f);
    fputs("xref\n0 5\n0000000000 65535 f \n", f);
    for (int i = 0; i < 4; i++)
        fprintf(f, "%010ld 00000 n \n", off[i]);
    fprintf(f,
            "trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID "
            "[<0123456789abcdef0123456789abcdef>"
            "<0123456789abcdef0123456789abcdef>] >>\nstartxref\n%ld\n%%%%EOF\n",
            x);
    return fclose(f) != 0;
}

int main(int argc, char **argv)
{
    if (argc >= 7 && strcmp(argv[1], "seed") == 0)
        return seed(argv[2], argv[3], argv[4], argv[5], argv[6], 0);
    if (argc >= 8 && strcmp(argv[1], "scan") == 0)
        return seed(argv[2], argv[3], argv[4], argv[5], argv[6], atoi(argv[7]));
    if (argc == 3 && strcmp(argv[1], "twocol") == 0) {
        fixed_pages(argv[2], "To spalter", twocol,
                    sizeof twocol / sizeof *twocol, 1, 0, 1);
        return 0;
    }
    if (argc == 5 && strcmp(argv[1], "hyphen") == 0) {
        size_t n = sizeof hyphen / sizeof *hyphen;
        fixed_pages(argv[2], "Orddeling", hyphen, n, 0, 0, 1);
        fixed_pages(argv[3], NULL, hyphen, n, 0, 300, 1);
        fixed_pages(argv[4], "Orddeling", hyphen, n, 0, 300, 2); /* mixed */
        return 0;
    }
    if (argc == 3 && strcmp(argv[1], "encrypted") == 0)
        return encrypted(argv[2]);
    fprintf(stderr, "usage: mkpdf seed|scan IN OUT NAME DATE HEADS [DPI] |"
                    " twocol|encrypted OUT | hyphen OUT SCAN-OUT MIXED-OUT\n");
    return 2;
}
