/* fread_unlocked(): fread() for a caller holding the stream's lock (libc,
 * stdio); returns the number of whole items read. */
#include "stdio_impl.h"

size_t fread_unlocked(void *restrict data, size_t size, size_t count, FILE *restrict stream)
{
    size_t total;
    if (size == 0 || count == 0) {
        return 0;
    }
    if (__builtin_mul_overflow(size, count, &total)) {
        total = (size_t)-1 / size * size; /* read as many whole items as can exist */
    }
    return __koito_file_read(stream, data, total) / size;
}
