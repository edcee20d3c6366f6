/*
 * __koito_stat_fill(): struct stat from the POSIX server's stat results (libc, OS port).
 */
#include "stat_fill.h"
#include <string.h>

static struct timespec stat_time(uint64_t seconds, uint64_t nanoseconds)
{
    return (struct timespec){.tv_sec = (time_t)seconds, .tv_nsec = (long)nanoseconds};
}

void __koito_stat_fill(struct stat *status, const uint64_t words[__KOITO_STAT_WORDS])
{
    memset(status, 0, sizeof *status);
    status->st_dev = (dev_t)words[0];
    status->st_ino = (ino_t)words[1];
    status->st_mode = (mode_t)words[2];
    status->st_nlink = (nlink_t)words[3];
    status->st_size = (off_t)words[4];
    status->st_rdev = (dev_t)words[5];
    status->st_uid = (uid_t)words[6];
    status->st_gid = (gid_t)words[7];
    status->st_atim = stat_time(words[8], words[9]);
    status->st_mtim = stat_time(words[10], words[11]);
    status->st_ctim = stat_time(words[12], words[13]);
    status->st_blksize = 4096;
    status->st_blocks = (blkcnt_t)((words[4] + 511) / 512);
}
