/* fwrite(): write `count` items of `size` bytes to a stream (libc, stdio core). */
#include "stdio_impl.h"

size_t fwrite(const void *restrict data, size_t size, size_t count, FILE *restrict stream)
{
    if (size == 0 || count == 0) {
        return 0;
    }
    size_t total;
    if (__builtin_mul_overflow(size, count, &total)) {
        stream->error = 1;
        return 0;
    }
    return __koito_file_write(stream, data, total) / size;
}
