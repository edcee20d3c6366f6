/* posix_memalign() (libc, malloc): aligned_alloc() with POSIX's argument
 * rules (a power-of-two multiple of sizeof(void *)) and error reporting. */
#include <errno.h>
#include <stdlib.h>

int posix_memalign(void **result, size_t alignment, size_t size)
{
    if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0) {
        return EINVAL;
    }
    int saved = errno;
    void *pointer = aligned_alloc(alignment, size);
    if (pointer == NULL) {
        int error = errno;
        errno = saved;
        return error;
    }
    *result = pointer;
    return 0;
}
