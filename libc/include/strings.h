/*
 * <strings.h>: the POSIX case-insensitive comparisons and bit search
 * (libc, public header). Case folding is ASCII only, as in the "C" locale.
 */
#ifndef _STRINGS_H
#define _STRINGS_H

#define __KOITO_NEED_size_t
#include <bits/types.h>

int strcasecmp(const char *left, const char *right);
int strncasecmp(const char *left, const char *right, size_t limit);
int ffs(int value);

#endif
