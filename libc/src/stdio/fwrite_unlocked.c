/* fwrite_unlocked(): fwrite() for a caller holding the stream's lock (libc,
 * stdio); returns the number of whole items written. */
#include "stdio_impl.h"
#include <errno.h>

size_t fwrite_unlocked(const void *restrict data, size_t size, size_t count, FILE *restrict stream)
{
    if (size == 0 || count == 0) {
        return 0;
    }
    size_t total;
    if (__builtin_mul_overflow(size, count, &total)) {
        stream->error = 1;
        errno = EOVERFLOW;
        return 0;
    }
    return __koito_file_write(stream, data, total) / size;
}
