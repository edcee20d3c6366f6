/*
 * <sys/times.h>: process times (libc, public header). times() reports, in clock ticks
 * (sysconf(_SC_CLK_TCK), 100 a second), the processor time of the calling process and of its
 * children that ended and were waited for, as the kernel counts it. KOITO does not split user
 * from system time: everything counts as user time, tms_stime and tms_cstime are 0.
 */
#ifndef _SYS_TIMES_H
#define _SYS_TIMES_H

#define __KOITO_NEED_clock_t
#include <bits/types.h>

struct tms {
    clock_t tms_utime;  /* the process's processor time */
    clock_t tms_stime;  /* its system time: 0 */
    clock_t tms_cutime; /* its waited-for children's processor time, with theirs */
    clock_t tms_cstime; /* their system time: 0 */
};

/* Fill *buffer; return the monotonic clock in clock ticks, or (clock_t)-1 (errno set). */
clock_t times(struct tms *buffer);

#endif
