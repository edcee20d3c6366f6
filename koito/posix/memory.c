/*
 * The POSIX server's memory (KOITO server, koito/posix): the pages behind its malloc, which hold
 * the tmpfs's files and every VFS record.
 *
 * Until ULMM gives processes memory on request, libc's __koito_pages_map() has none to give;
 * the server therefore defines it (and __koito_pages_unmap) itself, over a static arena that
 * init maps with the image (the boot configuration gives the server the memory for it). A bitmap
 * marks the arena's pages in use; a request takes the first run of free pages that fits. When
 * ULMM serves processes, these two functions go and libc's own take over.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define MEMORY_PAGE  4096u
#define MEMORY_PAGES (POSIX_ARENA_MIB * 256u)

static uint8_t memory_arena[MEMORY_PAGES][MEMORY_PAGE] __attribute__((aligned(MEMORY_PAGE)));
static uint64_t memory_used[MEMORY_PAGES / 64];
static size_t memory_hint;

static int memory_page_used(size_t page)
{
    return (memory_used[page / 64] >> (page % 64)) & 1;
}

static void memory_mark(size_t first, size_t count, int used)
{
    for (size_t page = first; page < first + count; page++) {
        if (used)
            memory_used[page / 64] |= 1ull << (page % 64);
        else
            memory_used[page / 64] &= ~(1ull << (page % 64));
    }
}

void *__koito_pages_map(size_t bytes)
{
    size_t count = (bytes + MEMORY_PAGE - 1) / MEMORY_PAGE;
    if (count == 0 || count > MEMORY_PAGES)
        return NULL;
    /* Two passes: from the hint to the end, then from the start. */
    for (int pass = 0; pass < 2; pass++) {
        size_t start = pass == 0 ? memory_hint : 0;
        size_t run = 0;
        for (size_t page = start; page < MEMORY_PAGES; page++) {
            run = memory_page_used(page) ? 0 : run + 1;
            if (run == count) {
                size_t first = page + 1 - count;
                memory_mark(first, count, 1);
                memory_hint = page + 1;
                memset(memory_arena[first], 0, count * MEMORY_PAGE);
                return memory_arena[first];
            }
        }
    }
    return NULL;
}

void __koito_pages_unmap(void *pages, size_t bytes)
{
    size_t first = (size_t)((uint8_t(*)[MEMORY_PAGE])pages - memory_arena);
    size_t count = (bytes + MEMORY_PAGE - 1) / MEMORY_PAGE;
    if (first < MEMORY_PAGES && count <= MEMORY_PAGES - first)
        memory_mark(first, count, 0);
}
