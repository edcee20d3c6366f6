/*
 * __koito_stat_fill(): struct stat from the POSIX server's stat results (libc, OS port). There
 * are no users or clocks yet: owner and group are 0, the times 0.
 */
#include "stat_fill.h"
#include <string.h>

void __koito_stat_fill(struct stat *status, const uint64_t words[6])
{
    memset(status, 0, sizeof *status);
    status->st_dev = (dev_t)words[0];
    status->st_ino = (ino_t)words[1];
    status->st_mode = (mode_t)words[2];
    status->st_nlink = (nlink_t)words[3];
    status->st_size = (off_t)words[4];
    status->st_rdev = (dev_t)words[5];
    status->st_blksize = 4096;
    status->st_blocks = (blkcnt_t)((words[4] + 511) / 512);
}
