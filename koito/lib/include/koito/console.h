/*
 * <koito/console.h>: writing to and reading from the console server
 * (libkoito, installed with the SDK), over the generated stubs of
 * <koito/protocol/console.h>.
 *
 * A program's standard output and error are capabilities to the console's
 * output port and its standard input one to the input port; the console
 * keeps each client's output line by line, so whole lines never mix with
 * another program's.
 */
#ifndef KOITO_CONSOLE_H
#define KOITO_CONSOLE_H

#include <a9n/a9n.h>
#include <koito/protocol/console.h>
#include <stddef.h>

/* Write `length` bytes, in as many write requests of at most
 * KOITO_CONSOLE_WRITE_MAX bytes as it takes; stops at the first error and
 * returns it, with *written (if not NULL) the bytes the console took. */
enum koito_console_error koito_console_write_all(a9n_descriptor_t output, const void *data,
                                                 size_t length, size_t *written);

#endif
