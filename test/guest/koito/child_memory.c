/*
 * The child's memory behaviours (KOITO system suite): what a program gets from its ULMM session
 * through KOITO-libc, with the quota its configuration gives (koito.conf: [memory], 16 MiB).
 *   memory       malloc/calloc/realloc/free of many sizes up to 4 MiB with their contents checked,
 *                mmap/munmap/mprotect, the main stack grown far past its first 64 KiB, and the
 *                quota running out as ENOMEM (large blocks, then 64-byte ones); exit 0 if every
 *                check held, else the number of the first that failed
 *   alloc-fault  take memory (malloc and mmap), then commit a page fault: every byte must return
 *   churn        random malloc/free/mmap/munmap traffic with contents checked, and shared memory
 *                (child_ulmmi.c) mapped twice; the driver runs 64 at once; exit 0 if every
 *                check held
 */
#include "child.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define PAGE 4096u

static int memory_failed;

#define MEMORY_CHECK(condition)                                                                    \
    do {                                                                                           \
        if (!(condition) && memory_failed == 0)                                                    \
            memory_failed = __LINE__ % 100 + 1;                                                    \
    } while (0)

static uint8_t memory_byte(size_t size, size_t i)
{
    return (uint8_t)(size * 31 + i * 7);
}

/* Many sizes live at once, filled, checked, grown with realloc, freed. */
static void memory_sizes(void)
{
    static const size_t sizes[] = {1,    7,     16,     64,     100,     255,     4096,
                                   5000, 65536, 100000, 262144, 1048576, 3000000, 4194304};
    enum { COUNT = sizeof sizes / sizeof sizes[0] };
    uint8_t *blocks[COUNT];
    for (size_t k = 0; k < COUNT; k++) {
        blocks[k] = malloc(sizes[k]);
        MEMORY_CHECK(blocks[k] != NULL);
        if (blocks[k] != NULL)
            for (size_t i = 0; i < sizes[k]; i++)
                blocks[k][i] = memory_byte(sizes[k], i);
    }
    for (size_t k = 0; k < COUNT; k++) {
        for (size_t i = 0; blocks[k] != NULL && i < sizes[k]; i++)
            MEMORY_CHECK(blocks[k][i] == memory_byte(sizes[k], i));
        uint8_t *grown = realloc(blocks[k], sizes[k] + 1000);
        MEMORY_CHECK(grown != NULL);
        for (size_t i = 0; grown != NULL && i < sizes[k]; i++)
            MEMORY_CHECK(grown[i] == memory_byte(sizes[k], i));
        free(grown);
    }
    uint64_t *zeroed = calloc(300000, sizeof *zeroed);
    MEMORY_CHECK(zeroed != NULL);
    for (size_t i = 0; zeroed != NULL && i < 300000; i++)
        MEMORY_CHECK(zeroed[i] == 0);
    free(zeroed);
    for (unsigned round = 0; round < 2000; round++) {
        void *small = malloc(16 + round % 512);
        MEMORY_CHECK(small != NULL);
        free(small);
    }
}

static void memory_mappings(void)
{
    uint8_t *map = mmap(NULL, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    MEMORY_CHECK(map != MAP_FAILED);
    if (map == MAP_FAILED)
        return;
    for (size_t i = 0; i < 5 * PAGE; i++)
        MEMORY_CHECK(map[i] == 0);
    memset(map, 0x5a, 5 * PAGE);
    MEMORY_CHECK(mprotect(map, PAGE, PROT_READ) == 0);
    MEMORY_CHECK(map[PAGE - 1] == 0x5a);
    MEMORY_CHECK(mprotect(map, PAGE, PROT_READ | PROT_WRITE | PROT_EXEC) == -1 && errno == EACCES);
    MEMORY_CHECK(mprotect(map, PAGE, PROT_READ | PROT_WRITE) == 0);
    map[0] = 1;
    MEMORY_CHECK(munmap(map + PAGE, PAGE) == 0); /* a hole in the middle */
    MEMORY_CHECK(munmap(map + PAGE, PAGE) == 0); /* nothing mapped there: no effect (POSIX) */
    MEMORY_CHECK(map[2 * PAGE] == 0x5a && map[0] == 1);
    MEMORY_CHECK(munmap(map, PAGE) == 0 && munmap(map + 2 * PAGE, 3 * PAGE) == 0);
    MEMORY_CHECK(mmap(NULL, PAGE, PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) ==
                     MAP_FAILED &&
                 errno == EACCES);
    uint8_t *shared =
        mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    MEMORY_CHECK(shared != MAP_FAILED);
    if (shared != MAP_FAILED) {
        shared[PAGE] = 9;
        MEMORY_CHECK(shared[PAGE] == 9 && munmap(shared, 2 * PAGE) == 0);
    }
    uint8_t *fixed = (uint8_t *)(uintptr_t)0x0000300000000000ull;
    MEMORY_CHECK(mmap(fixed, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
                      -1, 0) == fixed);
    fixed[10] = 3;
    MEMORY_CHECK(fixed[10] == 3 && munmap(fixed, PAGE) == 0);
}

/* Recursion through 512 KiB of stack: ULMM backs each page below the first 64 KiB on demand. */
static __attribute__((noinline)) unsigned memory_deep(unsigned depth)
{
    volatile uint8_t frame[4000];
    frame[0] = (uint8_t)depth;
    frame[sizeof frame - 1] = (uint8_t)(depth >> 8);
    unsigned below = depth == 0 ? 0 : memory_deep(depth - 1);
    return below + frame[0] + frame[sizeof frame - 1];
}

/* Taking memory until the quota is spent: NULL and ENOMEM, then all of it back. */
static void memory_exhausted(void)
{
    void *taken[64];
    unsigned count = 0;
    errno = 0;
    while (count < 64 && (taken[count] = malloc(1u << 20)) != NULL)
        count++;
    MEMORY_CHECK(count > 0 && count < 64 && errno == ENOMEM);
    MEMORY_CHECK(mmap(NULL, 8u << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) ==
                     MAP_FAILED &&
                 errno == ENOMEM);
    while (count > 0)
        free(taken[--count]);
    void *again = malloc(4u << 20);
    MEMORY_CHECK(again != NULL);
    free(again);
}

/* Small blocks until the quota is spent: malloc's fast path runs dry, its arena path finds no
 * more pages and answers NULL and ENOMEM too; every block then goes back and malloc works again.
 * The blocks hold the list of themselves. */
static void memory_exhausted_small(void)
{
    void **list = NULL;
    unsigned long count = 0;
    errno = 0;
    for (void **block; count < (64ul << 20) / 64 && (block = malloc(64)) != NULL; count++) {
        *block = list;
        list = block;
    }
    MEMORY_CHECK(count > 0 && count < (64ul << 20) / 64 && errno == ENOMEM);
    while (list != NULL) {
        void **next = *list;
        free(list);
        list = next;
    }
    void *again = malloc(64);
    MEMORY_CHECK(again != NULL);
    free(again);
}

int child_memory(void)
{
    memory_sizes();
    memory_mappings();
    unsigned sum = memory_deep(128);
    MEMORY_CHECK(sum != 0);
    memory_exhausted();
    memory_exhausted_small();
    return memory_failed;
}

int child_alloc_fault(void)
{
    volatile uint8_t *block = malloc(200000);
    volatile uint8_t *map =
        mmap(NULL, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (block == NULL || map == MAP_FAILED)
        return 102;
    block[199999] = 1;
    map[16 * PAGE - 1] = 1;
    return *(volatile int *)0x8;
}

/* Random malloc, free and mmap traffic, contents checked; 64 of these run at once. */
int child_churn(unsigned seed)
{
    enum { SLOTS = 16 };
    uint8_t *blocks[SLOTS] = {0};
    size_t sizes[SLOTS] = {0};
    uint32_t state = seed * 2654435761u + 1;
    for (unsigned round = 0; round < 400; round++) {
        state = state * 1103515245u + 12345u;
        unsigned k = (state >> 8) % SLOTS;
        for (size_t i = 0; blocks[k] != NULL && i < sizes[k]; i += 61)
            MEMORY_CHECK(blocks[k][i] == memory_byte(sizes[k] + k, i));
        if (sizes[k] > 65536)
            MEMORY_CHECK(munmap(blocks[k], sizes[k]) == 0);
        else
            free(blocks[k]);
        sizes[k] = 1 + (state >> 12) % (k == 0 ? 98304 : 2048);
        blocks[k] = sizes[k] > 65536 ? mmap(NULL, sizes[k], PROT_READ | PROT_WRITE,
                                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
                                     : malloc(sizes[k]);
        if (blocks[k] == MAP_FAILED)
            blocks[k] = NULL;
        MEMORY_CHECK(blocks[k] != NULL);
        for (size_t i = 0; blocks[k] != NULL && i < sizes[k]; i += 61)
            blocks[k][i] = memory_byte(sizes[k] + k, i);
        if (k == 1) /* one round in sixteen shares memory through ULMM */
            MEMORY_CHECK(child_ulmmi_share_round(1 + (state >> 20) % 4, (uint8_t)state) == 0);
    }
    return memory_failed;
}
