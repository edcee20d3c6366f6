/*
 * struct stat from the POSIX server's stat results (libc, internal header of the OS port).
 */
#ifndef KOITO_LIBC_INTERNAL_STAT_FILL_H
#define KOITO_LIBC_INTERNAL_STAT_FILL_H

#include "libc.h"
#include <stdint.h>
#include <sys/stat.h>

/* words: device, inode, mode, links, size, device number, as the stat request returns them. */
__KOITO_HIDDEN void __koito_stat_fill(struct stat *status, const uint64_t words[6]);

#endif
