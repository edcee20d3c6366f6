/* msync() (libc, mman): anonymous private mappings, the only ones mmap()
 * makes today, have no file to write back to, so there is nothing to do
 * once the arguments are valid (page-aligned address, exactly one of
 * MS_ASYNC and MS_SYNC at most). */
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

int msync(void *address, size_t length, int flags)
{
    (void)length;
    if ((uintptr_t)address % 4096u != 0 || (flags & ~(MS_ASYNC | MS_SYNC | MS_INVALIDATE)) != 0 ||
        (flags & (MS_ASYNC | MS_SYNC)) == (MS_ASYNC | MS_SYNC)) {
        errno = EINVAL;
        return -1;
    }
    return 0;
}
