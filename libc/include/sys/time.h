/*
 * <sys/time.h>: microsecond time (libc, public header): gettimeofday() reads
 * the same clock as time(); utimes() sets a file's times through the POSIX
 * server (ENOSYS until it exists).
 */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <sys/types.h>
#define __KOITO_NEED_struct_timeval
#include <bits/types.h>

int gettimeofday(struct timeval *restrict time, void *restrict zone);
int utimes(const char *path, const struct timeval times[2]);

#endif
