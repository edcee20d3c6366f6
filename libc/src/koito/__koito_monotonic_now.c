/*
 * The monotonic clock (libc, OS port): the time-stamp counter scaled by the
 * multiplier in the information block (<koito/process.h>, struct
 * koito_clock), with no kernel call. -ENOSYS without a calibration (the
 * kernel's root program, or a machine where the kernel could not measure
 * the TSC).
 */
#include "port.h"
#include <errno.h>
#include <koito/process.h>

int __koito_monotonic_now(unsigned long long *nanoseconds)
{
    const struct koito_process_info *info = __koito_process_info_pointer;
    if (info == NULL || info->clock.tsc_hz == 0)
        return -ENOSYS;
    *nanoseconds = koito_clock_monotonic(&info->clock, __builtin_ia32_rdtsc());
    return 0;
}
