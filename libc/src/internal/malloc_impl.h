/*
 * The allocator's internals (libc, internal header of malloc).
 *
 * Every block starts with a 16-byte chunk header, so user pointers are
 * 16-byte aligned and free() learns a block's size class from the header.
 * Small blocks (chunks up to __KOITO_MALLOC_SMALL_MAX bytes) come in 43 size
 * classes: 16-byte steps to 256, then four classes per power of two. Each
 * thread keeps a cache of free chunks per class (a _Thread_local array of
 * bins), so malloc and free of a cached class touch no lock; a bin that runs
 * empty refills a batch from the central free list of its class (one lock
 * per class), which carves new chunks from arenas of pages. A bin that grows
 * past its limit gives half back. Large blocks are mapped and unmapped
 * directly. Small-class memory is kept for reuse and never unmapped.
 *
 * The magic word of the header tells a live block from a freed one, so a
 * double free or a pointer malloc never gave is caught and aborts (when the
 * header is still readable).
 */
#ifndef KOITO_LIBC_INTERNAL_MALLOC_IMPL_H
#define KOITO_LIBC_INTERNAL_MALLOC_IMPL_H

#include "libc.h"
#include "lock.h"
#include <stddef.h>
#include <stdint.h>

#define __KOITO_MALLOC_USED    0x55534544u /* a small block in use */
#define __KOITO_MALLOC_FREE    0x46524545u /* a small chunk in a cache or free list */
#define __KOITO_MALLOC_LARGE   0x4c415247u /* a large block in use, mapped alone */
#define __KOITO_MALLOC_ALIGNED 0x414c4947u /* the header before an over-aligned pointer */

#define __KOITO_MALLOC_HEADER    16u
#define __KOITO_MALLOC_CLASSES   43u
#define __KOITO_MALLOC_SMALL_MAX 32768u /* largest small chunk, header included */
#define __KOITO_MALLOC_PAGE      4096u
/* Requests of 1..FAST_MAX bytes find their class by one shift (16-byte steps). */
#define __KOITO_MALLOC_FAST_MAX  240u

struct __koito_chunk {
    uint32_t magic;
    uint32_t class_index; /* small chunks */
    union {
        struct __koito_chunk *next; /* FREE: next chunk of the same class */
        size_t size;                /* LARGE: bytes mapped, header included */
        size_t offset;              /* ALIGNED: bytes back to the real block */
    };
};

/* One size class in one thread's cache. limit is 0 until the class is first
 * freed into; then the slow path sets it. */
struct __koito_malloc_bin {
    struct __koito_chunk *head;
    uint32_t count;
    uint32_t limit;
};

struct __koito_malloc_cache {
    struct __koito_malloc_bin bins[__KOITO_MALLOC_CLASSES];
};

extern _Thread_local struct __koito_malloc_cache __koito_malloc_cache __KOITO_HIDDEN;

/* Chunk size (header included) of a class. */
__KOITO_HIDDEN size_t __koito_malloc_class_size(unsigned class_index);
/* The smallest class whose chunks hold `chunk_bytes` (<= SMALL_MAX). */
__KOITO_HIDDEN unsigned __koito_malloc_class_of(size_t chunk_bytes);

/* malloc() when the thread's bin is empty or the request is not a fast one. */
__KOITO_HIDDEN void *__koito_malloc_slow(size_t size);
/* free() of anything but a small block whose bin has room. */
__KOITO_HIDDEN void __koito_free_slow(struct __koito_chunk *chunk);
/* Moves up to `count` chunks of a class into `bin`; returns how many (0: no memory). */
__KOITO_HIDDEN unsigned __koito_malloc_central_take(unsigned class_index,
                                                    struct __koito_malloc_bin *bin, unsigned count);
/* Gives `count` chunks from the head of `bin` back to the central list. */
__KOITO_HIDDEN void __koito_malloc_central_give(unsigned class_index,
                                                struct __koito_malloc_bin *bin, unsigned count);
/* Maps a large block for `size` user bytes; NULL (errno ENOMEM) if none. */
__KOITO_HIDDEN void *__koito_malloc_large(size_t size);
/* Usable bytes of a live block; aborts on a pointer malloc did not give. */
__KOITO_HIDDEN size_t __koito_malloc_usable(const void *pointer);
/* Reports heap corruption or misuse and ends the program. */
__KOITO_HIDDEN _Noreturn void __koito_malloc_abort(const char *what, const void *pointer);
/* The small-block figures: bytes of pages taken for arenas, bytes carved into chunks, bytes of
 * chunks in the central lists (each under its lock, so a moment's view). */
__KOITO_HIDDEN void __koito_malloc_central_figures(size_t *arena, size_t *carved, size_t *listed);
/* Large blocks mapped now, and their bytes (updated atomically). */
extern size_t __koito_malloc_large_count __KOITO_HIDDEN;
extern size_t __koito_malloc_large_bytes __KOITO_HIDDEN;
/* Returns the calling thread's cached chunks to the central lists; for the
 * thread-exit code of the OS port. */
__KOITO_HIDDEN void __koito_malloc_thread_exit(void);

#endif
