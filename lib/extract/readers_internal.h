/* SPDX-License-Identifier: GPL-2.0-or-later */
/* readers_internal.h - what the HTML and office readers share: the HTML
 * reader's parts across its files (html.c: the walker; html_charset.c:
 * bytes to UTF-8; html_attrs.c: what attributes and link texts say;
 * html_tags.c: what each element is; html_glue.c: glued spans;
 * html_css.c: classes the style sheet sets bold), and
 * (readers_common.c) libxml2's set-up and handing a finished document to
 * the caller; and plain text's two-column pages (text_columns.c). */
#ifndef REFERAT_EXTRACT_READERS_INTERNAL_H
#define REFERAT_EXTRACT_READERS_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "extract/extract.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A piece of a plain text's line and the (1-based) line it is from. */
struct ext_span {
    const char *s;
    size_t len;
    uint32_t line;
};

/* text_columns.c: the lines v[0..n) of a plain text in reading order
 * into out (room for 2 * n): a run of lines laid out in two columns
 * (pdftotext -layout) becomes its left column's pieces, then its right
 * column's, each keeping its line; other lines are copied. Returns the
 * pieces written. */
size_t ext_text_columns(const struct ext_span *v, size_t n,
                        struct ext_span *out);

/* Bytes of the document's start searched for a charset declaration. */
#define HTML_SNIFF_MAX 4096

/* The document's bytes as UTF-8 without NUL bytes, ready for libxml2.
 * The charset is, in order: a byte order mark; <meta charset> or
 * http-equiv "charset=" (or the XML declaration's encoding) within the
 * first HTML_SNIFF_MAX bytes; otherwise UTF-8 when the bytes are mostly
 * valid UTF-8 (invalid bytes become U+FFFD), else windows-1252. ISO-8859-1
 * and US-ASCII are read as windows-1252, as browsers do. `*out` is either
 * `bytes` itself (`*owned` 0) or a buffer the caller frees (`*owned` 1).
 * A fallback the document did not ask for is noted with ext_warn().
 * ERR_INVAL for binary data (control bytes in the first HTML_SNIFF_MAX). */
int html_to_utf8(const char *bytes, size_t len, struct ext_doc *d,
                 const char **out, size_t *out_len, int *owned, struct err *e);

/* Word's HTML export wraps list numbers in "<![if !supportLists]>" ...
 * "<![endif]>", which libxml2 takes for text: does `s` hold such a mark,
 * and remove them in place (returns the new length). */
int html_has_downlevel(const char *s, size_t n);
size_t html_strip_downlevel(char *s, size_t n);

/* Is this a short link text that is only navigation ("Til toppen",
 * "Spring til indhold", "Vælg")? `s` is a block's normalised text. */
int html_is_nav_phrase(const char *s, size_t len);

/* The attributes of an element that matter, picked out of libxml2's
 * name/value list (`a`: xmlChar pairs, NULL-terminated; borrowed). */
struct html_attrs {
    int furniture;             /* id/class/role names page furniture */
    int bold;                  /* style= font-weight bold, bolder, 600-900 */
    int main;                  /* role="main" */
    int toggle;                /* opens a collapsible section: aria-expanded or
                                  aria-controls, Bootstrap's data-(bs-)toggle
                                  "collapse" or data-(bs-)target, a class named for an
                                  accordion or toggle ("accordion-button",
                                  "collapsible", "toggle-title") */
    float size;                /* style= font-size in points, 0 none */
    uint32_t cls;              /* a hash of class=, 0 without one */
    const char *start, *value; /* <ol start>, <li value> (borrowed) */
};
void html_read_attrs(const unsigned char **a, struct html_attrs *at);

/* The classes a page's <style> blocks set bold (html_css.c): Word's
 * p.Punktoverskrift {font-weight:bold}. html_class_hash() is the hash
 * of a class= value html_attrs.cls holds. */
#define HTML_CSS_MAX 32
struct html_css {
    uint32_t bold[HTML_CSS_MAX];
    size_t n;
};
uint32_t html_class_hash(const char *s, size_t n);
void html_css_read(const char *s, size_t n, struct html_css *c);
int html_css_bold(const struct html_css *c, uint32_t cls);

/* The page's own name for its publisher (ext_doc.site), collected while
 * walking it, dropped furniture included (html_site.c): og:site_name,
 * the host (without "www.") of <link rel="canonical"> or og:url, a
 * logo's alt text (an <img> in a link to the front page, or whose alt,
 * src, id or class says "logo"), a breadcrumb's first link unless it only
 * navigates ("Forside"); and, when neither og:site_name, og:url nor a
 * canonical link names the site, the postcode and town of the footer's
 * address ("5610 Assens"). */
struct html_site {
    struct buf cues;   /* " | " between */
    struct buf crumb;  /* the first breadcrumb link's text */
    struct buf footer; /* the footer's text, up to HTML_FOOTER_MAX */
    unsigned nroot;    /* open links to the front page */
    unsigned ncrumb;   /* open breadcrumbs */
    unsigned nfooter;  /* open footers */
    int crumb_state;   /* 0 no link seen, 1 in its first link, 2 done */
    int named;         /* og:site_name, og:url or canonical seen */
};
/* What an element was to it, kept on the walker's stack. */
struct html_site_mark {
    unsigned char root;       /* a link to the front page */
    unsigned char crumb;      /* a breadcrumb (id, class or aria-label with
                                 "crumb" or Danish "krumme"): furniture too */
    unsigned char crumb_link; /* the breadcrumb's first link */
    unsigned char footer;     /* a <footer>, or id/class "footer" */
};
int html_site_start(struct html_site *s, const char *tag,
                    const unsigned char **atts, struct html_site_mark *m);
int html_site_end(struct html_site *s, const struct html_site_mark *m);
void html_site_text(struct html_site *s, const char *t, size_t n);
/* The cues as one line (malloc'd) or NULL; and the buffers freed. */
char *html_site_take(struct html_site *s);
/* `n` bytes as one normalised line (ext_add()'s rules), malloc'd, or NULL
 * if blank or out of memory. */
char *html_one_line(const char *t, size_t n);

/* Does an id, class or role value name page furniture (nav, menu,
 * breadcrumb, cookie, consent, banner, skip, share, search, footer)? */
int html_is_furniture_name(const char *v);

/* What an HTML element is to the walker (html_tags.c). */
enum html_tag_kind {
    HTML_TK_INLINE = 0, /* span, font, unknown: text flows through */
    HTML_TK_BLOCK,      /* a block boundary: p, div, dd, blockquote ... */
    HTML_TK_ROOT,       /* html, body: boundaries never dropped by name */
    HTML_TK_CONTENT,    /* main, article, section: keep a <header> inside */
    HTML_TK_SKIP,       /* dropped with everything inside */
    HTML_TK_HEADER,     /* dropped unless inside HTML_TK_CONTENT */
    HTML_TK_HEADING,
    HTML_TK_LI,
    HTML_TK_OL,
    HTML_TK_UL,
    HTML_TK_TABLE,
    HTML_TK_TR,
    HTML_TK_CELL,
    HTML_TK_BR, /* br, hr: a boundary, no content */
    HTML_TK_PRE,
    HTML_TK_BOLD,
    HTML_TK_LINK,
    HTML_TK_BUTTON, /* dropped unless it titles a section (html.c) */
    HTML_TK_TITLE,
    HTML_TK_FORM,    /* a boundary: ASP.NET, SharePoint wrap the whole page */
    HTML_TK_LABEL,   /* a form control's name ("Vælg møde", "Søg efter:") */
    HTML_TK_SUMMARY, /* a block titling a <details>: a button in it is
                        that title */
};
struct html_tag {
    const char *name;
    unsigned char kind, level; /* enum html_tag_kind; h1-h6: 1-6 */
};
/* The element named `name` (lower case, as libxml2 gives HTML names), or
 * NULL for one the table does not know (read as HTML_TK_INLINE). */
const struct html_tag *html_tag_of(const char *name);
/* Does an element of this kind end the block before it and its own? */
int html_tag_is_boundary(unsigned kind);

/* Classed spans glued to each other (html_glue.c): what text `s` (n > 0)
 * starting right after a differently classed span does to the block
 * collected so far, `text`. */
enum html_glue {
    HTML_GLUE_JOIN,  /* it runs on */
    HTML_GLUE_BREAK, /* a new block begins: "…puljen 2023" "Referat" */
    HTML_GLUE_SPACE, /* a space between: "55" "Budget" */
};
enum html_glue html_glue_of(const struct buf *text, const char *s, size_t n);
/* Plain text `s` (n > 0) right after a classed span closed: a space
 * between the span's number alone and a title ("<span class=nr>38</span>
 * Godkendelse"), else it runs on. */
enum html_glue html_glue_after_span(const struct buf *text, const char *s,
                                    size_t n);
/* Bytes of a bold lead kept as a heading of its own. */
#define HTML_LEAD_MAX 200
/* A paragraph s[0..n) whose first `lead` bytes are a bold run and the
 * rest plain text: "<b>4. Fællesspisning</b> Vi mødes kl. 17." (Word
 * minutes pasted into a CMS, a lokalråd's post). Is the bold run a
 * heading of its own - two words or more with a letter, at most
 * HTML_LEAD_MAX bytes, not a label ("Afbud:") its value completes - with
 * a sentence after it (a capital)? "<b>Hans Jensen</b> deltog ikke"
 * stays one line. */
int html_bold_lead_splits(const char *s, size_t n, size_t lead);

/* Initialise libxml2 once per process (its first use is not
 * thread-safe, and the indexer reads files on several threads). */
void ext_libxml_init(void);

/* Move the blocks and title a reader built in `from` into `out` (which
 * holds no blocks; its warnings and format stay, `from`'s warnings are
 * added), then release `from`. */
void ext_doc_take(struct ext_doc *out, struct ext_doc *from);

#ifdef __cplusplus
}
#endif
#endif
