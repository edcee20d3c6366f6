/*
 * The VFS's time of day in the server (see vfs.h, vfs_clock_now): CLOCK_REALTIME, which KOITO-libc
 * reads from the information block without a request (the CMOS clock at boot plus the monotonic
 * time since). The host tests give their own.
 */
#include "vfs.h"

#include <time.h>

struct vfs_time vfs_clock_now(void)
{
    struct timespec now;
    if (clock_gettime(CLOCK_REALTIME, &now) != 0)
        return (struct vfs_time){0};
    return (struct vfs_time){.seconds = now.tv_sec, .nanoseconds = (uint32_t)now.tv_nsec};
}
