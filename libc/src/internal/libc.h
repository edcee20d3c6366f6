/*
 * Definitions shared by every part of KOITO-libc (libc, internal header).
 *
 * Internal functions are named __koito_* and have hidden visibility, so they
 * never become part of the library's interface.
 */
#ifndef KOITO_LIBC_INTERNAL_LIBC_H
#define KOITO_LIBC_INTERNAL_LIBC_H

#define __KOITO_HIDDEN __attribute__((__visibility__("hidden")))

#endif
