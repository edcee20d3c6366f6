/*
 * struct stat from the POSIX server's stat results (libc, internal header of the OS port).
 */
#ifndef KOITO_LIBC_INTERNAL_STAT_FILL_H
#define KOITO_LIBC_INTERNAL_STAT_FILL_H

#include "libc.h"
#include <stdint.h>
#include <sys/stat.h>

/* words: device, inode, mode, links, size, device number, owner, group, then the access,
 * modification and change times (seconds, nanoseconds each), as the stat request returns them. */
#define __KOITO_STAT_WORDS 14
__KOITO_HIDDEN void __koito_stat_fill(struct stat *status,
                                      const uint64_t words[__KOITO_STAT_WORDS]);

#endif
