/*
 * The size classes (libc, malloc): chunk sizes 32, 48, ... 256 in 16-byte
 * steps (classes 0-14), then four per power of two: 320, 384, 448, 512,
 * 640, ... 32768 (classes 15-42). The waste is at most a quarter of a chunk.
 */
#include "malloc_impl.h"

size_t __koito_malloc_class_size(unsigned class_index)
{
    if (class_index < 15) {
        return (size_t)(class_index + 2) * 16;
    }
    unsigned step = class_index - 15;
    unsigned power = 8 + step / 4;
    return (size_t)(5 + step % 4) << (power - 2);
}
