/* mprotect() (libc, mman): changing the rights of mapped pages is a ULMMI
 * request; until ULMM exists it fails with ENOSYS (after the EINVAL checks
 * POSIX requires). */
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

int mprotect(void *address, size_t length, int protection)
{
    (void)length;
    if ((uintptr_t)address % 4096u != 0 ||
        (protection & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) != 0) {
        errno = EINVAL;
        return -1;
    }
    errno = ENOSYS;
    return -1;
}
