/*
 * Pathname patterns of koito-sh (userland, shell; XCU 2.13): `*`, `?` and
 * bracket expressions `[abc]`, `[a-z]`, `[!x]`, `[[:digit:]]`. A backslash
 * makes the next character literal: expand.c uses it for quoted characters.
 */
#ifndef KOITO_SH_PATTERN_H
#define KOITO_SH_PATTERN_H

#include <stdbool.h>
#include <stddef.h>

/* Does the whole of text match pattern? Leading dots need no special care
 * here; pattern_expand handles them. */
bool pattern_match(const char *pattern, const char *text);

/* Does pattern contain an unescaped `*`, `?` or `[`? */
bool pattern_is_magic(const char *pattern);

/* The existing paths that pattern matches, sorted in byte order (the C
 * locale), appended to *paths. Returns how many were added. */
size_t pattern_expand(const char *pattern, char ***paths, size_t *count, size_t *capacity);

#endif
