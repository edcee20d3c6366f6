/* The size class for a chunk of `chunk_bytes` (libc, malloc); the inverse of
 * __koito_malloc_class_size(), rounding up. */
#include "malloc_impl.h"

unsigned __koito_malloc_class_of(size_t chunk_bytes)
{
    if (chunk_bytes <= 256) {
        return chunk_bytes <= 32 ? 0 : (unsigned)((chunk_bytes + 15) / 16) - 2;
    }
    size_t last = chunk_bytes - 1;
    unsigned power = 63u - (unsigned)__builtin_clzl(last); /* 2^power <= last < 2^(power+1) */
    return 15 + (power - 8) * 4 + (unsigned)(last >> (power - 2)) - 4;
}
