/* mmap() (libc, mman): anonymous private mappings come from the OS port's
 * zeroed pages (NULL from the port, today, until ULMM exists: ENOMEM). The
 * address is only a hint and is ignored; MAP_FIXED, executable, shared and
 * file mappings need ULMMI and the POSIX server and fail with ENOSYS until
 * they exist. Bad arguments fail with EINVAL, as POSIX says. */
#include "port.h"
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

#define PAGE_SIZE 4096u

void *mmap(void *address, size_t length, int protection, int flags, int descriptor, off_t offset)
{
    (void)address;
    int sharing = flags & (MAP_SHARED | MAP_PRIVATE);
    if (length == 0 || length > SIZE_MAX - PAGE_SIZE || sharing == 0 ||
        sharing == (MAP_SHARED | MAP_PRIVATE) || offset % PAGE_SIZE != 0 ||
        (protection & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) != 0) {
        errno = EINVAL;
        return MAP_FAILED;
    }
    if (!(flags & MAP_ANONYMOUS) || sharing == MAP_SHARED || (flags & MAP_FIXED) ||
        (protection & PROT_EXEC)) {
        (void)descriptor;
        errno = ENOSYS;
        return MAP_FAILED;
    }
    void *pages = __koito_pages_map((length + PAGE_SIZE - 1) & ~(size_t)(PAGE_SIZE - 1));
    if (pages == NULL) {
        errno = ENOMEM;
        return MAP_FAILED;
    }
    return pages;
}
