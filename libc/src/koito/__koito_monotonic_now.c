/*
 * The monotonic clock (libc, OS port): the time-stamp counter, scaled by the
 * frequency the kernel measured at boot (KOITO_AUX_TSC_HZ of the auxiliary
 * vector). -ENOSYS when the frequency is unknown (the kernel's root program,
 * or a machine where the kernel could not measure it).
 */
#include "port.h"
#include <errno.h>
#include <koito/process.h>

int __koito_monotonic_now(unsigned long long *nanoseconds)
{
    static unsigned long long hertz;
    if (hertz == 0) {
        if (__koito_process_info_pointer == NULL)
            return -ENOSYS;
        hertz = koito_aux_value(KOITO_AUX_TSC_HZ, 0);
        if (hertz == 0)
            return -ENOSYS;
    }
    unsigned low, high;
    __asm__ volatile("rdtsc" : "=a"(low), "=d"(high));
    unsigned long long ticks = (unsigned long long)high << 32 | low;
    /* Without 128-bit division (no compiler runtime): the remainder times
     * 10^9 fits in 64 bits for any frequency below 18 GHz. */
    *nanoseconds = ticks / hertz * 1000000000u + ticks % hertz * 1000000000u / hertz;
    return 0;
}
