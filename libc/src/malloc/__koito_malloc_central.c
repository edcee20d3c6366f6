/*
 * The central heap behind the thread caches (libc, malloc).
 *
 * Each class has a free list under its own lock. When a list runs dry,
 * chunks are carved from the current arena (ARENA_BYTES of pages from the
 * OS port, under the arena lock); what is left of an arena too small for the
 * next chunk stays unused. Chunks move between bins and lists in batches, so
 * the locks are taken once per batch, not once per block.
 */
#include "malloc_impl.h"
#include "port.h"

/* A quarter MiB: arenas are backed at once and charged to the process's ULMM quota (1 MiB unless
 * its configuration says more), which must leave room for more than one. */
#define ARENA_BYTES (256u * 1024u)

static struct {
    struct __koito_lock lock;
    struct __koito_chunk *head;
    size_t count; /* chunks in the list */
} central[__KOITO_MALLOC_CLASSES];

static struct __koito_lock arena_lock;
static char *arena_next; /* arena_lock guards the four */
static char *arena_end;
static size_t arena_bytes;  /* taken for arenas */
static size_t carved_bytes; /* carved into chunks */

/* Carves up to `count` chunks of `size` bytes for `class_index` onto `bin`. */
static unsigned carve(unsigned class_index, size_t size, struct __koito_malloc_bin *bin,
                      unsigned count)
{
    unsigned carved = 0;
    __koito_lock_take(&arena_lock);
    if ((size_t)(arena_end - arena_next) < size) {
        char *pages = __koito_pages_map(ARENA_BYTES);
        if (pages != NULL) {
            arena_next = pages;
            arena_end = pages + ARENA_BYTES;
            arena_bytes += ARENA_BYTES;
        }
    }
    while (carved < count && (size_t)(arena_end - arena_next) >= size) {
        struct __koito_chunk *chunk = (struct __koito_chunk *)arena_next;
        arena_next += size;
        chunk->magic = __KOITO_MALLOC_FREE;
        chunk->class_index = class_index;
        chunk->next = bin->head;
        bin->head = chunk;
        carved++;
    }
    carved_bytes += (size_t)carved * size;
    __koito_lock_release(&arena_lock);
    bin->count += carved;
    return carved;
}

unsigned __koito_malloc_central_take(unsigned class_index, struct __koito_malloc_bin *bin,
                                     unsigned count)
{
    unsigned taken = 0;
    __koito_lock_take(&central[class_index].lock);
    while (taken < count && central[class_index].head != NULL) {
        struct __koito_chunk *chunk = central[class_index].head;
        central[class_index].head = chunk->next;
        chunk->next = bin->head;
        bin->head = chunk;
        taken++;
    }
    central[class_index].count -= taken;
    __koito_lock_release(&central[class_index].lock);
    bin->count += taken;
    if (taken == 0) {
        taken = carve(class_index, __koito_malloc_class_size(class_index), bin, count);
    }
    return taken;
}

void __koito_malloc_central_give(unsigned class_index, struct __koito_malloc_bin *bin,
                                 unsigned count)
{
    if (count == 0) {
        return;
    }
    /* Unlink the first `count` chunks as one list, then splice it in. */
    struct __koito_chunk *first = bin->head;
    struct __koito_chunk *last = first;
    for (unsigned i = 1; i < count; i++) {
        last = last->next;
    }
    bin->head = last->next;
    bin->count -= count;
    __koito_lock_take(&central[class_index].lock);
    last->next = central[class_index].head;
    central[class_index].head = first;
    central[class_index].count += count;
    __koito_lock_release(&central[class_index].lock);
}

void __koito_malloc_central_figures(size_t *arena, size_t *carved, size_t *listed)
{
    __koito_lock_take(&arena_lock);
    *arena = arena_bytes;
    *carved = carved_bytes;
    __koito_lock_release(&arena_lock);
    *listed = 0;
    for (unsigned i = 0; i < __KOITO_MALLOC_CLASSES; i++) {
        __koito_lock_take(&central[i].lock);
        *listed += central[i].count * __koito_malloc_class_size(i);
        __koito_lock_release(&central[i].lock);
    }
}

void __koito_malloc_thread_exit(void)
{
    for (unsigned i = 0; i < __KOITO_MALLOC_CLASSES; i++) {
        struct __koito_malloc_bin *bin = &__koito_malloc_cache.bins[i];
        __koito_malloc_central_give(i, bin, bin->count);
    }
}
