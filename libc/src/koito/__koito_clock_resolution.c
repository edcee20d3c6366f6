/*
 * The clocks' resolution (libc, OS port): one tick of the time-stamp counter
 * rounded up to whole nanoseconds, at least 1 (<koito/process.h>, struct
 * koito_clock). -ENOSYS without a calibration.
 */
#include "port.h"
#include <errno.h>
#include <koito/process.h>

int __koito_clock_resolution(unsigned long long *nanoseconds)
{
    const struct koito_process_info *info = __koito_process_info_pointer;
    if (info == NULL || info->clock.tsc_hz == 0)
        return -ENOSYS;
    *nanoseconds = (1000000000ull + info->clock.tsc_hz - 1) / info->clock.tsc_hz;
    return 0;
}
