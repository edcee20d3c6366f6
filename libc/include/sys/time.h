/*
 * <sys/time.h>: microsecond time (libc, public header): gettimeofday() reads
 * the same clock as time(); utimes() sets a file's times through the POSIX
 * server.
 */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <sys/types.h>
#define __KOITO_NEED_struct_timeval
#include <bits/types.h>

/* Interval timers: only ITIMER_REAL (SIGALRM, the same timer as alarm()). */
#define ITIMER_REAL    0
#define ITIMER_VIRTUAL 1
#define ITIMER_PROF    2

struct itimerval {
    struct timeval it_interval;
    struct timeval it_value;
};

int getitimer(int which, struct itimerval *value);
int setitimer(int which, const struct itimerval *restrict value, struct itimerval *restrict old);
int gettimeofday(struct timeval *restrict time, void *restrict zone);
int utimes(const char *path, const struct timeval times[2]);

#endif
