/* fwrite(): write `count` items of `size` bytes (libc, stdio); fwrite_unlocked() under the stream's
 * lock. */
#include "stdio_impl.h"

size_t fwrite(const void *restrict data, size_t size, size_t count, FILE *restrict stream)
{
    __koito_file_lock(stream);
    size_t result = fwrite_unlocked(data, size, count, stream);
    __koito_file_unlock(stream);
    return result;
}
