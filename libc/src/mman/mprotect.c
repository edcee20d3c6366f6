/* mprotect() (libc, mman): changes the protection of mapped pages through the process's ULMM
 * session: EACCES for writable and executable at once (W^X), ENOMEM for a range not mapped
 * throughout, ENOTSUP for no access at all, EINVAL for an unaligned address or unknown bits;
 * EACCES too for writing to a shared mapping of a file not open for writing (mman_file.h). */
#include "mman_file.h"
#include "port.h"
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

#define PAGE_SIZE 4096u

int mprotect(void *address, size_t length, int protection)
{
    if ((uintptr_t)address % PAGE_SIZE != 0 || length == 0 || length > SIZE_MAX - PAGE_SIZE ||
        (protection & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) != 0) {
        errno = EINVAL;
        return -1;
    }
    size_t bytes = (length + PAGE_SIZE - 1) & ~(size_t)(PAGE_SIZE - 1);
    int error = protection & PROT_WRITE ? __koito_mmap_shared_may_write(address, bytes) : 0;
    if (error == 0)
        error = __koito_memory_protect(address, bytes, protection);
    if (error != 0) {
        errno = -error;
        return -1;
    }
    return 0;
}
