/* munmap() (libc, mman): gives back any page-aligned part of what mmap() mapped, through the
 * process's ULMM session, after writing the changed pages of shared file mappings in it back to
 * their files (mman_file.h); a range that is not mapped throughout fails with ENOMEM and changes
 * nothing, an unaligned address with EINVAL, a failed write-back with its errno (the mapping
 * stays, nothing is lost). */
#include "mman_file.h"
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

#define PAGE_SIZE 4096u

int munmap(void *address, size_t length)
{
    if ((uintptr_t)address % PAGE_SIZE != 0 || length == 0 || length > SIZE_MAX - PAGE_SIZE) {
        errno = EINVAL;
        return -1;
    }
    int error =
        __koito_mmap_shared_unmap(address, (length + PAGE_SIZE - 1) & ~(size_t)(PAGE_SIZE - 1));
    if (error != 0) {
        errno = -error;
        return -1;
    }
    return 0;
}
