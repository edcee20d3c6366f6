/* mmap() (libc, mman): anonymous mappings, private or shared, come from the process's ULMM session
 * through the OS port (zeroed pages, backed at once: ENOMEM when the quota is spent). Without
 * fork a shared anonymous mapping has no one to share with, so both are the same memory. The
 * address is a hint, or exact with MAP_FIXED; writable and executable at once is refused (W^X,
 * EACCES). A file mapping is such memory filled from the file (mman_file.h: a shared one's
 * changes reach the file at msync() and munmap()). Bad arguments fail with EINVAL, as POSIX
 * says. */
#include "mman_file.h"
#include "port.h"
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

#define PAGE_SIZE 4096u

void *mmap(void *address, size_t length, int protection, int flags, int descriptor, off_t offset)
{
    int sharing = flags & (MAP_SHARED | MAP_PRIVATE);
    if (length == 0 || length > SIZE_MAX - PAGE_SIZE || sharing == 0 ||
        sharing == (MAP_SHARED | MAP_PRIVATE) || offset < 0 || offset % PAGE_SIZE != 0 ||
        (protection & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) != 0 ||
        ((flags & MAP_FIXED) && (uintptr_t)address % PAGE_SIZE != 0)) {
        errno = EINVAL;
        return MAP_FAILED;
    }
    size_t bytes = (length + PAGE_SIZE - 1) & ~(size_t)(PAGE_SIZE - 1);
    uintptr_t hint = (uintptr_t)address & ~(uintptr_t)(PAGE_SIZE - 1);
    void *start = NULL;
    int error =
        flags & MAP_ANONYMOUS
            ? __koito_memory_map((void *)hint, bytes, protection, (flags & MAP_FIXED) != 0, &start)
            : __koito_mmap_file((void *)hint, bytes, protection, flags, descriptor, offset, &start);
    if (error != 0) {
        errno = -error;
        return MAP_FAILED;
    }
    return start;
}
