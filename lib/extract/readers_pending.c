/* SPDX-License-Identifier: GPL-2.0-or-later */
/* readers_pending.c - TEMPORARY: readers not written yet answer ERR_INVAL.
 * Each reader's own file (html.c, office.c, pdf.c) replaces its function
 * here; this file goes when the last one lands. */
#include "extract/extract.h"

#ifndef EXT_HAVE_PDF
int ext_read_pdf(const char *bytes, size_t len, const struct ext_opts *opts,
                 struct ext_doc *out, struct err *e)
{
    (void)bytes, (void)len, (void)opts, (void)out;
    return err_set(e, ERR_INVAL, "PDF reader not built");
}
#endif
