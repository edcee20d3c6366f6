/* msync() (libc, mman): writes the changed pages of the shared file mappings in the range back to
 * their files (mman_file.h), for MS_SYNC and MS_ASYNC alike (the write is done when msync()
 * returns either way); anonymous and private mappings have nothing to write. EINVAL for an
 * unaligned address, unknown flags or both MS_ASYNC and MS_SYNC; a failed write's errno. */
#include "mman_file.h"

#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

int msync(void *address, size_t length, int flags)
{
    if ((uintptr_t)address % __KOITO_MMAN_PAGE != 0 || length > SIZE_MAX - __KOITO_MMAN_PAGE ||
        (flags & ~(MS_ASYNC | MS_SYNC | MS_INVALIDATE)) != 0 ||
        (flags & (MS_ASYNC | MS_SYNC)) == (MS_ASYNC | MS_SYNC)) {
        errno = EINVAL;
        return -1;
    }
    size_t bytes = (length + __KOITO_MMAN_PAGE - 1) & ~(size_t)(__KOITO_MMAN_PAGE - 1);
    int error = __koito_mmap_shared_sync(address, bytes);
    if (error != 0) {
        errno = -error;
        return -1;
    }
    return 0;
}
