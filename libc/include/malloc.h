/*
 * <malloc.h>: the allocator's extensions beyond C (libc, public header), as
 * glibc and musl offer them: the usable size of an allocated block, and
 * glibc's statistics (struct mallinfo2, the same layout; the fields this
 * allocator has no use for are 0).
 */
#ifndef _MALLOC_H
#define _MALLOC_H

#include <stdlib.h>

size_t malloc_usable_size(void *pointer);

struct mallinfo2 {
    size_t arena;    /* bytes of pages taken for small blocks */
    size_t ordblks;  /* 0 */
    size_t smblks;   /* 0 */
    size_t hblks;    /* large blocks mapped, each alone */
    size_t hblkhd;   /* their bytes */
    size_t usmblks;  /* 0 */
    size_t fsmblks;  /* 0 */
    size_t uordblks; /* bytes handed out and not freed: every block's chunk, header included */
    size_t fordblks; /* bytes of small chunks free (in the lists and the calling thread's cache)
                        and of pages not yet carved */
    size_t keepcost; /* 0 */
};

/* The heap's figures now. Chunks cached by threads other than the caller count as handed out;
 * in a single-threaded program every figure is exact. */
struct mallinfo2 mallinfo2(void);

#endif
