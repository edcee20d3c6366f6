/*
 * mallinfo2() (libc, malloc): the heap's figures, from the counts the central heap and the large
 * path keep and the calling thread's own cache. Chunks other threads cache count as handed out.
 */
#include "malloc_impl.h"
#include <malloc.h>

struct mallinfo2 mallinfo2(void)
{
    size_t arena, carved, listed;
    __koito_malloc_central_figures(&arena, &carved, &listed);
    size_t cached = 0;
    for (unsigned i = 0; i < __KOITO_MALLOC_CLASSES; i++)
        cached += (size_t)__koito_malloc_cache.bins[i].count * __koito_malloc_class_size(i);
    size_t large = __atomic_load_n(&__koito_malloc_large_bytes, __ATOMIC_RELAXED);
    return (struct mallinfo2){
        .arena = arena,
        .hblks = __atomic_load_n(&__koito_malloc_large_count, __ATOMIC_RELAXED),
        .hblkhd = large,
        .uordblks = carved - listed - cached + large,
        .fordblks = listed + cached + (arena - carved),
    };
}
