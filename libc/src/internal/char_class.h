/*
 * The character classes a bracket expression names, "[:alpha:]" and the
 * other eleven of POSIX (libc, internal header of ctype; used by fnmatch and
 * regcomp). Classes cover bytes as <ctype.h> classifies them.
 */
#ifndef KOITO_LIBC_INTERNAL_CHAR_CLASS_H
#define KOITO_LIBC_INTERNAL_CHAR_CLASS_H

#include "libc.h"
#include <stddef.h>

/* The class called `name` (`length` bytes, not terminated), or -1 if POSIX
 * has no class of that name. */
__KOITO_HIDDEN int __koito_char_class(const char *name, size_t length);

/* 1 if the byte `character` belongs to `char_class` (a result of
 * __koito_char_class), else 0. */
__KOITO_HIDDEN int __koito_char_class_has(int char_class, int character);

/* 1 if the wide character `character` belongs to `char_class` (iswctype's
 * answer, for fnmatch and regex under UTF-8), else 0. */
__KOITO_HIDDEN int __koito_char_class_has_wide(int char_class, unsigned character);

#endif
