/*
 * Kernel command-line options: whitespace-separated words, each `key` or
 * `key=value`. Used by the kernel and its boot paths.
 *
 * Layer: freestanding library; also built on the host for unit tests.
 */
#ifndef A9N_LIB_CMDLINE_H
#define A9N_LIB_CMDLINE_H

#include <stdbool.h>
#include <stddef.h>

/* Find option `key` in the NUL-terminated `line`. On success *value points at
 * its value inside `line` (not NUL-terminated) and *value_length is its
 * length (0 for a bare `key` or `key=`). The last occurrence wins. */
bool cmdline_find(const char *line, const char *key, const char **value, size_t *value_length);

/* True if option `key` is present, bare or with any value other than "0". */
bool cmdline_flag(const char *line, const char *key);

#endif
