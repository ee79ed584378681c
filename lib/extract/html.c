/* SPDX-License-Identifier: GPL-2.0-or-later */
/* html.c - HTML -> blocks (extract.h) with libxml2's HTML parser in SAX
 * mode: no tree is built, so a 50 MB page costs its text, not a DOM, and
 * nesting is followed on a fixed stack of EXT_DEPTH_MAX elements (libxml2
 * 2.9's HTML parser itself has no depth bound). Headings, paragraphs, list
 * items (numbered as <ol> counts), table cells and <title> are kept; page
 * furniture (scripts, menus, cookie banners, "Til toppen") is dropped. */
#include "extract/extract.h"

#include <libxml/HTMLparser.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "core/parse.h"
#include "extract/readers_internal.h"

/* Bytes of <title> kept; titles are one line. */
#define HTML_TITLE_MAX 1024
/* Below this much kept text, with at least HTML_FALLBACK_PARAS paragraphs
 * and headings dropped under furniture names, the names dropped the
 * minutes themselves (a theme's content wrapper called "has-search"): the
 * page is read again without the name rules. Menus are lists of links,
 * cookie notices a paragraph or two, so a short page ("Mødet er aflyst")
 * does not get its menu back. */
#define HTML_FALLBACK_TEXT  200
#define HTML_FALLBACK_PARAS 5

struct frame {
    unsigned char kind, level;
    unsigned char skip;    /* this element began a dropped subtree */
    unsigned char by_name; /* ... because of its id/class/role */
    unsigned char bold, link, content;
    unsigned char emitted; /* li, cell: its first block is out */
    uint32_t number;       /* ol: the next item's number; li: its own */
    size_t blocks_at;      /* li: the document's blocks when it opened */
    float size;            /* font-size its style= sets, points; 0 none */
    uint32_t cls;          /* hash of its class=, 0 none */
    struct html_site_mark site;
};

struct walk {
    struct ext_doc *d;
    struct err *e;
    xmlParserCtxtPtr ctxt;
    int rc;
    int names;    /* apply the id/class/role furniture rules */
    int has_main; /* the page marks its content (main, article) */
    struct frame stack[EXT_DEPTH_MAX];
    unsigned depth;    /* frames in use */
    unsigned overflow; /* open elements past EXT_DEPTH_MAX (flattened) */
    unsigned skip, skip_by_name;
    unsigned nbold, nlink, npre, ntitle, ncontent, nheading, nform;
    unsigned nsummary; /* open <summary> elements */
    int row_pending;   /* a <tr> began; its first cell is not out yet */
    struct buf text;   /* the block being collected */
    size_t solid, solid_bold, solid_link; /* its non-blank bytes */
    size_t lead_end; /* where its leading bold run ended, 0: none (all of
                        the text before is bold, text after it is not) */
    float size;      /* style= font size of its first non-blank text */
    struct buf title;
    struct html_site site; /* ext_doc.site */
    size_t dropped_paras;  /* p and h1-h6 under furniture names */
    /* Publishing systems (eDoc, Acadre) style classed spans as lines:
     * <span class="punktnavn">1. Titel</span><span class="sektion">Referat
     * </span>. Glued, they read "TitelReferat": a span with another class
     * right after one, with nothing between, begins a new block when the
     * text runs from lower case into upper case. With a blank between
     * ("<span>Sted</span> <span>Rådhuset</span>") the page flows them on
     * one line, and Word's words split across spans (class=SpellE) do
     * not turn to upper case. A number alone glued to an upper-case word
     * ("55" "Budget") gets a space: an item's number and its title; a
     * title ending in a number ("… 2023" "Referat") ends its block. */
    uint32_t after_cls;  /* class of the span that just ended */
    struct html_css css; /* the classes the <style> blocks set bold */
    int split_pending;   /* a differently classed span began right after */
    /* A <br> ended the block before, inside the same paragraph: the next
     * block is a line the page broke by hand ("3. Salg af grunde i
     * Tjæreborg<br>Øst, etape 2."), marked ext_block.line_break so the
     * segmenter can join a title wrapped that way. Any other boundary, or
     * a second <br> (a blank line), clears it. */
    int after_br;
};

static void walk_fail(struct walk *w, int rc)
{
    if (w->rc == ERR_OK)
        w->rc = rc;
    xmlStopParser(w->ctxt);
}

static void drop_last(struct ext_doc *d)
{
    struct ext_block *b = &d->blocks[--d->nblocks];
    d->text_bytes -= b->len + 1;
    free(b->text);
}

/* How deep list item `item` (a frame of w's stack) is nested in lists:
 * 1 for an item of an outermost list. */
static uint8_t li_depth(const struct walk *w, const struct frame *item)
{
    unsigned n = 0;
    /* an outer item that holds nothing but the nested list (Word's
     * "1. 1. Velkomst": a broken numbering's first point) is no level */
    for (const struct frame *f = w->stack; f <= item; f++)
        n += f->kind == HTML_TK_LI && (f == item || f->emitted);
    return (uint8_t)(n > 255 ? 255 : n);
}

/* s[0..n) becomes a block, styled by the innermost heading, list item or
 * cell around it. */
static void emit(struct walk *w, const char *s, size_t n, int bold, int nav)
{
    enum ext_kind kind = EXT_PARA;
    struct frame *owner = NULL, *item = NULL;
    for (unsigned i = w->depth; i-- > 0;) {
        struct frame *f = &w->stack[i];
        if (f->kind == HTML_TK_HEADING && owner == NULL) {
            kind = EXT_HEADING, owner = f;
            continue;
        }
        if (f->kind == HTML_TK_LI || f->kind == HTML_TK_CELL) {
            /* an accordion's <li><h3>title</h3><p>body: the heading is
             * the item's first block, the body no list item */
            if (kind == EXT_HEADING && f->kind == HTML_TK_LI)
                item = f;
            else if (kind != EXT_HEADING && !f->emitted)
                kind = f->kind == HTML_TK_LI ? EXT_LIST_ITEM : EXT_TABLE_CELL,
                owner = f;
            break;
        }
    }
    struct err le;
    err_clear(&le);
    struct ext_block *b = ext_add(w->d, kind, s, n, &le);
    if (b == NULL && le.code != ERR_OK) {
        err_set(w->e, le.code, "%s", le.msg);
        walk_fail(w, le.code);
    } else if (b != NULL && nav && html_is_nav_phrase(b->text, b->len))
        drop_last(w->d);
    else if (b != NULL) {
        b->bold = (uint8_t)bold;
        b->size = w->size;
        if (kind == EXT_HEADING)
            b->level = owner->level;
        if (kind == EXT_LIST_ITEM) {
            b->list_no = owner->number;
            b->list_depth = li_depth(w, owner);
        }
        if (kind == EXT_TABLE_CELL) {
            b->row_start = (uint8_t)w->row_pending;
            w->row_pending = 0;
        }
        if (owner != NULL && kind != EXT_HEADING)
            owner->emitted = 1;
        if (item != NULL)
            item->emitted = 1;
        b->line_break = (uint8_t)w->after_br;
    }
    w->after_br = 0;
}

/* The collected text becomes a block, or two when a bold run leads a
 * paragraph of plain text as its heading. */
static void flush(struct walk *w)
{
    if (w->text.len == 0)
        return;
    size_t lead = w->lead_end;
    if (lead > 0 && w->solid_link == 0 &&
        html_bold_lead_splits(w->text.data, w->text.len, lead)) {
        emit(w, w->text.data, lead, 1, 0);
        if (w->rc == ERR_OK)
            emit(w, w->text.data + lead, w->text.len - lead, 0, 0);
    } else
        emit(w, w->text.data, w->text.len,
             w->solid > 0 && w->solid_bold == w->solid,
             w->solid_link == w->solid);
    buf_reset(&w->text);
    w->lead_end = 0;
    w->solid = w->solid_bold = w->solid_link = 0;
    w->size = 0;
}

static void append(struct walk *w, const char *s, size_t n)
{
    if (w->text.len + n > EXT_TEXT_MAX) {
        err_set(w->e, ERR_LIMIT, "a block of more than <%u> bytes",
                EXT_TEXT_MAX);
        walk_fail(w, ERR_LIMIT);
        return;
    }
    if (buf_append(&w->text, s, n) != ERR_OK) {
        err_set(w->e, ERR_NOMEM, "out of memory");
        walk_fail(w, ERR_NOMEM);
        return;
    }
    /* Non-blank bytes; &nbsp; (U+00A0) is blank: Word's HTML pads bold
     * headings with it outside the <b>. */
    size_t solid = 0;
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)s[i] == 0xC2 && i + 1 < n &&
            (unsigned char)s[i + 1] == 0xA0) {
            i++;
            continue;
        }
        solid += s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' &&
                 s[i] != '\f';
    }
    if (solid > 0 && w->solid == 0)
        for (unsigned i = w->depth; i-- > 0 && w->size == 0;)
            w->size = w->stack[i].size;
    if (solid > 0 && w->nbold == 0 && w->solid > 0 &&
        w->solid_bold == w->solid && w->lead_end == 0)
        w->lead_end = w->text.len - n;
    w->solid += solid;
    if (w->nbold > 0)
        w->solid_bold += solid;
    if (w->nlink > 0)
        w->solid_link += solid;
}

static uint32_t number_or(const char *s, uint32_t dflt)
{
    uint32_t n;
    if (s == NULL)
        return dflt;
    while (*s == ' ')
        s++;
    return parse_u32n(s, strcspn(s, " "), &n, NULL) == ERR_OK ? n : dflt;
}

/* An <li>'s number: from value=, else its <ol>'s count; 0 under <ul>. */
static uint32_t li_number(struct walk *w, const struct html_attrs *at)
{
    for (unsigned i = w->depth - 1; i-- > 0;) {
        struct frame *l = &w->stack[i];
        if (l->kind == HTML_TK_UL)
            return 0;
        if (l->kind == HTML_TK_OL) {
            uint32_t n = number_or(at->value, l->number);
            l->number = n + 1;
            return n;
        }
    }
    return 0;
}

/* `b`'s text as one normalised line into *dst (if unset), b emptied. */
static void set_line(char **dst, struct buf *b)
{
    if (*dst == NULL)
        *dst = html_one_line(b->data, b->len);
    buf_reset(b);
}

/* Is the element `f` (named `name`, attributes `at`) dropped with its
 * contents? Hidden content (hidden, aria-hidden, display:none) is kept:
 * the Danish public design system (DKFDS) and most CMS accordions hide
 * every item's body until it is opened. For the same reason a button that
 * opens a section (html_read_attrs()'s toggle) or sits in a heading or a
 * <details>' <summary> is its title; other buttons
 * ("Accepter", "Søg", "Fold alle ud") are dropped. A <form> is kept
 * (ASP.NET pages hold all their content in one); its controls and their
 * labels are not. Sets f->by_name if its id/class/role drops it. */
static int is_dropped(const struct walk *w, struct frame *f, const char *name,
                      const struct html_attrs *at)
{
    if (f->kind == HTML_TK_SKIP || (f->kind == HTML_TK_LABEL && w->nform > 0) ||
        (f->kind == HTML_TK_BUTTON && !at->toggle && w->nheading == 0 &&
         w->nsummary == 0) ||
        (f->kind == HTML_TK_HEADER && w->has_main && w->ncontent == 0))
        return 1;
    if (w->names && (at->furniture || f->site.crumb) &&
        f->kind != HTML_TK_ROOT && strcmp(name, "main") != 0 &&
        strcmp(name, "article") != 0)
        return f->by_name = 1;
    return 0;
}

/* A kept element's style and counts: bold, size, class, link, content,
 * list numbers, table rows. `after`: the class of a span that ended
 * right before it. */
static void frame_open(struct walk *w, struct frame *f,
                       const struct html_attrs *at, uint32_t after)
{
    f->bold =
        f->kind == HTML_TK_BOLD || at->bold || html_css_bold(&w->css, at->cls);
    f->size = at->size;
    f->cls = f->kind == HTML_TK_INLINE ? at->cls : 0;
    if (f->cls != 0) /* else kept: <span class=b><b>Text */
        w->split_pending = after != 0 && f->cls != after;
    f->link = f->kind == HTML_TK_LINK || f->kind == HTML_TK_BUTTON;
    f->content = f->kind == HTML_TK_CONTENT || at->main;
    w->nbold += f->bold;
    w->nlink += f->link;
    w->ncontent += f->content;
    w->npre += f->kind == HTML_TK_PRE;
    w->ntitle += f->kind == HTML_TK_TITLE;
    w->nheading += f->kind == HTML_TK_HEADING;
    w->nsummary += f->kind == HTML_TK_SUMMARY;
    w->nform += f->kind == HTML_TK_FORM;
    if (f->kind == HTML_TK_OL)
        f->number = number_or(at->start, 1);
    else if (f->kind == HTML_TK_LI)
        f->number = li_number(w, at), f->blocks_at = w->d->nblocks;
    else if (f->kind == HTML_TK_TR)
        w->row_pending = 1;
    else if (f->kind == HTML_TK_TABLE)
        w->row_pending = 0;
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    struct walk *w = ctx;
    if (w->rc != ERR_OK)
        return;
    if (w->depth == EXT_DEPTH_MAX) {
        if (w->overflow++ == 0)
            ext_warn(w->d, "elements nested deeper than <%u> read as one",
                     EXT_DEPTH_MAX);
        return;
    }
    const struct html_tag *t = html_tag_of((const char *)name);
    struct frame *f = &w->stack[w->depth++];
    memset(f, 0, sizeof *f);
    f->kind = t != NULL ? t->kind : HTML_TK_INLINE;
    f->level = t != NULL ? t->level : 0;
    uint32_t after = w->after_cls;
    w->after_cls = 0;
    /* the publisher's name is wanted from the banner and <head> too,
     * which are otherwise dropped */
    if (html_site_start(&w->site, (const char *)name, atts, &f->site) !=
        ERR_OK) {
        err_set(w->e, ERR_NOMEM, "out of memory");
        walk_fail(w, ERR_NOMEM);
        return;
    }
    if (w->skip > 0) {
        if (w->skip_by_name > 0 && (f->kind == HTML_TK_HEADING ||
                                    strcmp((const char *)name, "p") == 0))
            w->dropped_paras++;
        return;
    }
    struct html_attrs at;
    html_read_attrs(atts, &at);
    f->skip = (unsigned char)is_dropped(w, f, (const char *)name, &at);
    int br = f->kind == HTML_TK_BR && strcmp((const char *)name, "br") == 0;
    size_t had = w->d->nblocks; /* a <br> after a block that came out */
    if (f->skip || html_tag_is_boundary(f->kind)) {
        /* The text before the element is its parent's, styled without
         * it: in "<li><span>131</span><h2>Title</h2>" the number is the
         * list entry's block, not a heading of its own. */
        w->depth--;
        flush(w);
        w->depth++;
    }
    if (!f->skip && html_tag_is_boundary(f->kind))
        w->after_br = br && w->d->nblocks > had;
    if (f->skip) {
        w->skip++;
        w->skip_by_name += f->by_name;
        return;
    }
    frame_open(w, f, &at, after);
}

/* An entry of an ordered list that held no text (Word's broken
 * numbering leaves "<ol><li>&nbsp;</li></ol>" for a point nobody
 * titled): a blank line that keeps its number, so the segmenter can
 * count the point where the numbering needs it. */
static void empty_entry(struct walk *w, const struct frame *f)
{
    struct err le;
    err_clear(&le);
    struct ext_block *b = ext_add(w->d, EXT_BLANK, "", 0, &le);
    if (b == NULL) {
        err_set(w->e, le.code, "%s", le.msg);
        walk_fail(w, le.code);
        return;
    }
    b->list_no = f->number;
    b->list_depth = li_depth(w, f);
}

static void on_end(void *ctx, const xmlChar *name)
{
    struct walk *w = ctx;
    (void)name;
    if (w->overflow > 0) {
        w->overflow--;
        return;
    }
    if (w->depth == 0 || w->rc != ERR_OK)
        return;
    struct frame *f = &w->stack[w->depth - 1];
    if (html_site_end(&w->site, &f->site) != ERR_OK) {
        err_set(w->e, ERR_NOMEM, "out of memory");
        walk_fail(w, ERR_NOMEM);
    }
    if (f->skip) {
        w->skip--;
        w->skip_by_name -= f->by_name;
    } else if (w->skip == 0) {
        if (html_tag_is_boundary(f->kind) && f->kind != HTML_TK_BR) {
            flush(w);
            w->after_br = 0;
        }
        if (f->kind == HTML_TK_LI && f->number > 0 &&
            w->d->nblocks == f->blocks_at)
            empty_entry(w, f);
        w->nbold -= f->bold;
        w->nlink -= f->link;
        w->ncontent -= f->content;
        w->npre -= f->kind == HTML_TK_PRE;
        w->nheading -= f->kind == HTML_TK_HEADING;
        w->nsummary -= f->kind == HTML_TK_SUMMARY;
        w->nform -= f->kind == HTML_TK_FORM;
        if (f->kind == HTML_TK_TITLE && --w->ntitle == 0)
            set_line(&w->d->title, &w->title);
        if (f->kind == HTML_TK_TABLE)
            w->row_pending = 0;
        w->after_cls = f->cls;
    }
    w->depth--;
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
    struct walk *w = ctx;
    const char *s = (const char *)ch;
    size_t n = len > 0 ? (size_t)len : 0;
    if (w->rc != ERR_OK)
        return;
    html_site_text(&w->site, s, n);
    if (w->skip > 0)
        return;
    /* Only text right inside <title>: an unclosed title swallows the page
     * in libxml2's tree ("<title>Referat<p>..."), its elements are ours. */
    if (w->ntitle > 0 && w->depth > 0 &&
        w->stack[w->depth - 1].kind == HTML_TK_TITLE) {
        if (w->title.len + n <= HTML_TITLE_MAX)
            buf_append(&w->title, s, n);
        return;
    }
    if (n > 0) {
        enum html_glue g = w->split_pending ? html_glue_of(&w->text, s, n)
                           : w->after_cls ? html_glue_after_span(&w->text, s, n)
                                          : HTML_GLUE_JOIN;
        if (g == HTML_GLUE_BREAK)
            flush(w);
        else if (g == HTML_GLUE_SPACE)
            append(w, " ", 1);
        w->split_pending = 0;
        w->after_cls = 0;
    }
    while (w->npre > 0 && n > 0) {
        const char *nl = memchr(s, '\n', n);
        if (nl == NULL)
            break;
        append(w, s, (size_t)(nl - s));
        flush(w);
        n -= (size_t)(nl - s) + 1;
        s = nl + 1;
    }
    if (n > 0)
        append(w, s, n);
}

/* Does the page mark its content with <main>, <article> or
 * role="main"? Then a <header> outside them is the site's banner; on a
 * page without them (agenda exports) a <header> may hold the meeting's
 * fields and is kept (navigation inside it is still dropped). */
static int marks_content(const char *s, size_t n)
{
    static const char *const marks[] = {"<main", "<article", "role=\"main\""};
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '<' && s[i] != 'r' && s[i] != 'R')
            continue;
        for (size_t k = 0; k < 3; k++) {
            size_t l = strlen(marks[k]);
            if (n - i > l && strncasecmp(s + i, marks[k], l) == 0 &&
                (k == 2 || s[i + l] == '>' || s[i + l] == ' ' ||
                 s[i + l] == '\t' || s[i + l] == '\n' || s[i + l] == '\r'))
                return 1;
        }
    }
    return 0;
}

/* One pass over the UTF-8 page into `d`. */
static int walk_page(const char *s, size_t n, int names, struct ext_doc *d,
                     size_t *dropped_paras, struct err *e)
{
    if (n > INT32_MAX)
        return err_set(e, ERR_LIMIT, "page of <%zu> bytes", n);
    struct walk *w = calloc(1, sizeof *w);
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (w == NULL || ctxt == NULL) {
        free(w);
        if (ctxt != NULL)
            htmlFreeParserCtxt(ctxt);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_text;
    sax.ignorableWhitespace = on_text; /* spaces between inline elements */
    memcpy(ctxt->sax, &sax, sizeof sax);
    ctxt->userData = w;
    *w = (struct walk){.d = d, .e = e, .ctxt = ctxt, .names = names};
    w->has_main = marks_content(s, n);
    html_css_read(s, n, &w->css);
    htmlDocPtr doc = htmlCtxtReadMemory(
        ctxt, s, (int)n, NULL, "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
            HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC);
    if (doc != NULL) /* not with our handlers; freed should it happen */
        xmlFreeDoc(doc);
    if (w->rc == ERR_OK) {
        while (w->depth > 0) /* a page cut off inside an element */
            on_end(w, NULL);
        flush(w);
        d->site = html_site_take(&w->site);
    }
    int rc = w->rc;
    if (rc != ERR_OK && (e == NULL || e->code == ERR_OK))
        rc = err_set(e, rc, "reading the page failed");
    *dropped_paras = w->dropped_paras;
    buf_fini(&w->text);
    buf_fini(&w->title);
    free(html_site_take(&w->site));
    free(w);
    htmlFreeParserCtxt(ctxt);
    return rc;
}

int ext_read_html(const char *bytes, size_t len, struct ext_doc *out,
                  struct err *e)
{
    if (out->nblocks > 0)
        return err_set(e, ERR_INVAL, "document already holds blocks");
    ext_libxml_init();
    const char *s;
    size_t n;
    int owned;
    int rc = html_to_utf8(bytes, len, out, &s, &n, &owned, e);
    if (rc != ERR_OK)
        return rc;
    if (html_has_downlevel(s, n)) {
        char *c = owned ? (char *)s : malloc(n + 1);
        if (c == NULL)
            return err_set(e, ERR_NOMEM, "out of memory");
        if (!owned)
            memcpy(c, s, n);
        n = html_strip_downlevel(c, n);
        s = c, owned = 1;
    }
    struct ext_doc pass;
    ext_doc_init(&pass);
    size_t dropped = 0;
    rc = walk_page(s, n, 1, &pass, &dropped, e);
    if (rc == ERR_OK && pass.text_bytes < HTML_FALLBACK_TEXT &&
        dropped >= HTML_FALLBACK_PARAS) {
        ext_doc_fini(&pass);
        ext_doc_init(&pass);
        rc = walk_page(s, n, 0, &pass, &dropped, e);
        ext_warn(&pass, "page furniture rules left no text; read without");
    }
    if (owned)
        free((char *)s);
    if (rc == ERR_OK && out->format == NULL &&
        (out->format = strdup("html")) == NULL)
        rc = err_set(e, ERR_NOMEM, "out of memory");
    if (rc != ERR_OK) {
        ext_doc_fini(&pass);
        return rc;
    }
    ext_doc_take(out, &pass);
    return ERR_OK;
}
