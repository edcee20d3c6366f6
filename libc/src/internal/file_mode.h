/*
 * The process's file mode creation mask (libc, internal header): kept by
 * libc, set by umask(), applied by open(), creat() and mkdir() before they
 * ask the POSIX server, so the server never needs to know it.
 */
#ifndef KOITO_LIBC_INTERNAL_FILE_MODE_H
#define KOITO_LIBC_INTERNAL_FILE_MODE_H

#include "libc.h"

/* The current mask (initially 022, as a login shell would set it). */
extern unsigned __koito_file_mode_mask __KOITO_HIDDEN;

#endif
