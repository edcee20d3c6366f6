/* fread(): read `count` items of `size` bytes (libc, stdio); fread_unlocked() under the stream's
 * lock. */
#include "stdio_impl.h"

size_t fread(void *restrict data, size_t size, size_t count, FILE *restrict stream)
{
    __koito_file_lock(stream);
    size_t result = fread_unlocked(data, size, count, stream);
    __koito_file_unlock(stream);
    return result;
}
