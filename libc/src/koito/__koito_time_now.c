/*
 * __koito_time_now(): the calendar clock (libc, OS port): the monotonic clock plus the realtime
 * offset of the information block (<koito/process.h>, struct koito_clock), which init set from
 * the CMOS clock at boot. Read directly, like __koito_monotonic_now, with no kernel call.
 */
#include "port.h"
#include <errno.h>
#include <koito/process.h>

#define NANOSECONDS 1000000000ull

int __koito_time_now(long long *seconds, long *nanoseconds)
{
    const struct koito_process_info *info = __koito_process_info_pointer;
    if (info == NULL || info->clock.tsc_hz == 0)
        return -ENOSYS;
    unsigned long long now = koito_clock_monotonic(&info->clock, __builtin_ia32_rdtsc()) +
                             (unsigned long long)info->clock.realtime_offset;
    *seconds = (long long)(now / NANOSECONDS);
    *nanoseconds = (long)(now % NANOSECONDS);
    return 0;
}
