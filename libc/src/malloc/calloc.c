/* calloc() (libc, malloc): a zeroed array; large blocks are fresh pages and
 * already zero. */
#include "malloc_impl.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

void *calloc(size_t count, size_t size)
{
    size_t total;
    if (__builtin_mul_overflow(count, size, &total)) {
        errno = ENOMEM;
        return NULL;
    }
    void *pointer = malloc(total);
    if (pointer != NULL && ((struct __koito_chunk *)pointer - 1)->magic != __KOITO_MALLOC_LARGE) {
        memset(pointer, 0, total);
    }
    return pointer;
}
