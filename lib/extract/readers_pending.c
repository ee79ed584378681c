/* SPDX-License-Identifier: GPL-2.0-or-later */
/* readers_pending.c - TEMPORARY: readers not written yet answer ERR_INVAL.
 * Each reader's own file (html.c, office.c, pdf.c) replaces its function
 * here; this file goes when the last one lands. */
#include "extract/extract.h"

#ifndef EXT_HAVE_HTML
int ext_read_html(const char *bytes, size_t len, struct ext_doc *out,
                  struct err *e)
{
    (void)bytes, (void)len, (void)out;
    return err_set(e, ERR_INVAL, "HTML reader not built");
}
#endif
#ifndef EXT_HAVE_OFFICE
int ext_read_docx(const char *bytes, size_t len, struct ext_doc *out,
                  struct err *e)
{
    (void)bytes, (void)len, (void)out;
    return err_set(e, ERR_INVAL, "DOCX reader not built");
}
int ext_read_odt(const char *bytes, size_t len, struct ext_doc *out,
                 struct err *e)
{
    (void)bytes, (void)len, (void)out;
    return err_set(e, ERR_INVAL, "ODT reader not built");
}
#endif
