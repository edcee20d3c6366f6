/*
 * __koito_time_now(): the calendar clock (libc, OS port): the monotonic
 * clock plus the realtime offset of the information block (<koito/process.h>,
 * struct koito_clock), which init set from the CMOS clock at boot.
 */
#include "port.h"
#include <koito/process.h>

#define NANOSECONDS 1000000000ull

int __koito_time_now(long long *seconds, long *nanoseconds)
{
    unsigned long long monotonic = 0;
    int error = __koito_monotonic_now(&monotonic);
    if (error < 0)
        return error;
    unsigned long long now =
        monotonic + (unsigned long long)__koito_process_info_pointer->clock.realtime_offset;
    *seconds = (long long)(now / NANOSECONDS);
    *nanoseconds = (long)(now % NANOSECONDS);
    return 0;
}
