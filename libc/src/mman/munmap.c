/* munmap() (libc, mman): returns an anonymous mapping mmap() made. Only
 * whole mappings can be returned until ULMMI can split them; the address
 * must be page-aligned (EINVAL otherwise). */
#include "port.h"
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
    __koito_pages_unmap(address, (length + PAGE_SIZE - 1) & ~(size_t)(PAGE_SIZE - 1));
    return 0;
}
