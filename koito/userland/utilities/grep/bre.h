/*
 * POSIX basic regular expressions (XBD 9.3) for grep (userland utility):
 * literals, `.`, bracket expressions with ranges, classes ([:alpha:]) and
 * negation, `*`, interval `\{m,n\}`, groups `\(...\)` with back-references
 * `\1`-`\9`, and the anchors `^` (at the start) and `$` (at the end). As
 * GNU grep does, `\+`, `\?` and `\|` are accepted too.
 * The matcher backtracks, so back-references work; it answers whether a
 * line matches (grep's question), not where the longest match is.
 */
#ifndef KOITO_GREP_BRE_H
#define KOITO_GREP_BRE_H

#include <stdbool.h>
#include <stddef.h>

struct bre;

/* Compiles pattern; NULL with *error set to a message when it is invalid.
 * ignore_case: letters match either case. */
struct bre *bre_compile(const char *pattern, bool ignore_case, const char **error);

/* Does the regular expression match anywhere in text[0..length)? */
bool bre_search(const struct bre *bre, const char *text, size_t length);

/* Does it match the whole of text? */
bool bre_match_whole(const struct bre *bre, const char *text, size_t length);

void bre_free(struct bre *bre);

#endif
