/*
 * Tests of KOITO-libc's allocator (host tests): random sizes with contents
 * checked, alignment of every block, realloc keeping contents, calloc
 * zeroing, aligned_alloc and posix_memalign, usable sizes, ENOMEM when the
 * port's pages run out, double free and bad pointers caught (in a child
 * process, which must abort), and eight threads allocating and freeing at
 * random, including blocks freed by another thread than the one that
 * allocated them; mallinfo2's figures (back to the same after every block
 * is freed).
 */
#define _GNU_SOURCE
#include "check.h"
#include "port_host.h"
#include "under_test.h"
#include <errno.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static unsigned next_random(unsigned long long *state)
{
    *state = *state * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)(*state >> 33);
}

/* A size that covers every class and the large path now and then. */
static size_t random_size(unsigned long long *state)
{
    switch (next_random(state) % 16) {
    case 0:
        return next_random(state) % 100000;
    case 1:
    case 2:
        return next_random(state) % 4096;
    default:
        return next_random(state) % 256;
    }
}

static void fill(unsigned char *block, size_t size, unsigned seed)
{
    for (size_t i = 0; i < size; i++) {
        block[i] = (unsigned char)(seed + i * 31);
    }
}

static int intact(const unsigned char *block, size_t size, unsigned seed)
{
    for (size_t i = 0; i < size; i++) {
        if (block[i] != (unsigned char)(seed + i * 31)) {
            return 0;
        }
    }
    return 1;
}

enum { SLOTS = 512 };

struct slot {
    unsigned char *block;
    size_t size;
    unsigned seed;
};

/* Random malloc/realloc/free over a table of live blocks; returns the number
 * of corrupted or misaligned blocks seen. */
static int churn(struct slot *slots, unsigned long long *state, int steps)
{
    int bad = 0;
    for (int step = 0; step < steps; step++) {
        struct slot *slot = &slots[next_random(state) % SLOTS];
        if (slot->block != NULL) {
            bad += !intact(slot->block, slot->size, slot->seed);
        }
        size_t size = random_size(state);
        if (slot->block != NULL && next_random(state) % 3 == 0) {
            unsigned char *moved = koito_test_realloc(slot->block, size);
            if (moved == NULL) {
                bad++;
                continue;
            }
            size_t kept = size < slot->size ? size : slot->size;
            bad += !intact(moved, kept, slot->seed);
            slot->block = moved;
        } else {
            koito_test_free(slot->block);
            slot->block = koito_test_malloc(size);
            if (slot->block == NULL) {
                bad++;
                continue;
            }
        }
        bad += ((uintptr_t)slot->block & 15) != 0;
        bad += koito_test_malloc_usable_size(slot->block) < size;
        slot->size = size;
        slot->seed = next_random(state);
        fill(slot->block, size, slot->seed);
    }
    return bad;
}

static void release(struct slot *slots)
{
    for (int i = 0; i < SLOTS; i++) {
        koito_test_free(slots[i].block);
        slots[i].block = NULL;
    }
}

static void test_single_thread(void)
{
    static struct slot slots[SLOTS];
    unsigned long long state = 1;
    CHECK(churn(slots, &state, 30000) == 0);
    release(slots);

    for (size_t size = 0; size < 5000; size += 7) {
        unsigned char *block = koito_test_calloc(1, size);
        int zero = block != NULL;
        for (size_t i = 0; i < size && zero; i++) {
            zero = block[i] == 0;
        }
        CHECK(zero);
        memset(block, 0xff, size);
        koito_test_free(block);
    }
    unsigned char *large = koito_test_calloc(1000, 1000);
    CHECK(large != NULL && large[0] == 0 && large[999999] == 0);
    koito_test_free(large);
    KERRNO = 0;
    CHECK(koito_test_calloc(SIZE_MAX / 2, 4) == NULL && KERRNO == ENOMEM);
    KERRNO = 0;
    CHECK(koito_test_malloc(SIZE_MAX - 100) == NULL && KERRNO == ENOMEM);
    void *minimal = koito_test_malloc(0);
    CHECK(minimal != NULL);
    koito_test_free(minimal);
    koito_test_free(NULL);
    CHECK(koito_test_realloc(NULL, 10) != NULL); /* kept: freed with the heap's end */
}

static void test_alignment(void)
{
    for (size_t alignment = 1; alignment <= 65536; alignment *= 2) {
        for (size_t size = 1; size < 100000; size = size * 3 + 1) {
            unsigned char *block = koito_test_aligned_alloc(alignment, size);
            CHECK(block != NULL && (uintptr_t)block % alignment == 0);
            CHECK(koito_test_malloc_usable_size(block) >= size);
            memset(block, 0x5a, size);
            unsigned char *moved = koito_test_realloc(block, size * 2);
            CHECK(moved != NULL && moved[size - 1] == 0x5a && moved[0] == 0x5a);
            koito_test_free(moved);
        }
    }
    KERRNO = 0;
    CHECK(koito_test_aligned_alloc(24, 10) == NULL && KERRNO == EINVAL);
    void *block = NULL;
    CHECK(koito_test_posix_memalign(&block, 4096, 100) == 0);
    CHECK(block != NULL && (uintptr_t)block % 4096 == 0);
    koito_test_free(block);
    CHECK(koito_test_posix_memalign(&block, 4, 100) == EINVAL);
    CHECK(koito_test_posix_memalign(&block, 48, 100) == EINVAL);
}

static void test_out_of_memory(void)
{
    size_t saved = koito_test_pages_limit;
    koito_test_pages_limit = 0;
    KERRNO = 0;
    CHECK(koito_test_malloc(1 << 20) == NULL && KERRNO == ENOMEM);
    /* Small blocks still come from what the heap already holds. */
    void *small = koito_test_malloc(32);
    CHECK(small != NULL);
    koito_test_free(small);
    /* A class never used before has no chunks yet, and no pages to carve. */
    int refused = 0;
    void *blocks[4096];
    int count = 0;
    while (count < 4096 && (blocks[count] = koito_test_malloc(20000)) != NULL) {
        count++;
    }
    refused = count < 4096 && KERRNO == ENOMEM;
    CHECK(refused);
    while (count-- > 0) {
        koito_test_free(blocks[count]);
    }
    koito_test_pages_limit = saved;
    CHECK(koito_test_malloc(1 << 20) != NULL);
}

/* Runs `action` in a child; true if it ended through abort(), which in
 * KOITO-libc exits with status 125. */
static int aborts(void (*action)(void))
{
    pid_t child = fork();
    if (child == 0) {
        close(2); /* the abort message is expected; keep the log clean */
        action();
        _exit(0);
    }
    int status;
    waitpid(child, &status, 0);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT; /* abort() ends by SIGABRT */
}

static void double_free(void)
{
    void *block = koito_test_malloc(64);
    koito_test_free(block);
    koito_test_free(block);
}

static void bad_pointer(void)
{
    unsigned char *block = koito_test_malloc(64);
    koito_test_free(block + 16);
}

static void test_misuse(void)
{
    CHECK(aborts(double_free));
    CHECK(aborts(bad_pointer));
}

struct worker {
    struct slot slots[SLOTS];
    unsigned long long state;
    int bad;
};

static struct worker workers[8];
static unsigned char *handoff[8][256]; /* blocks one thread frees for another */

static void *work(void *argument)
{
    struct worker *worker = argument;
    int index = (int)(worker - workers);
    for (int round = 0; round < 5; round++) {
        worker->bad += churn(worker->slots, &worker->state, 2000);
        for (int i = 0; i < 256; i++) {
            koito_test_free(handoff[(index + 1) % 8][i]);
            handoff[(index + 1) % 8][i] = NULL;
        }
    }
    release(worker->slots);
    return NULL;
}

static void test_threads(void)
{
    for (int t = 0; t < 8; t++) {
        workers[t].state = (unsigned long long)t * 977 + 5;
        for (int i = 0; i < 256; i++) {
            handoff[t][i] = koito_test_malloc(i * 3 + 1);
        }
    }
    pthread_t threads[8];
    for (int t = 0; t < 8; t++) {
        pthread_create(&threads[t], NULL, work, &workers[t]);
    }
    int bad = 0;
    for (int t = 0; t < 8; t++) {
        pthread_join(threads[t], NULL);
        bad += workers[t].bad;
    }
    CHECK(bad == 0);
}

/* What is handed out comes back whole; the arenas and the free bytes add up. Single-threaded, so
 * every figure is exact. */
static void test_statistics(void)
{
    struct mallinfo2 before = koito_test_mallinfo2();
    CHECK(before.arena + before.hblkhd == before.uordblks + before.fordblks);
    void *small[100];
    for (int i = 0; i < 100; i++)
        small[i] = koito_test_malloc((size_t)(i * 37 % 3000) + 1);
    void *large = koito_test_malloc(100000);
    struct mallinfo2 during = koito_test_mallinfo2();
    CHECK(during.uordblks >= before.uordblks + 100000 + 100);
    CHECK(during.hblks == before.hblks + 1);
    CHECK(during.hblkhd >= before.hblkhd + 100000);
    CHECK(during.arena + during.hblkhd == during.uordblks + during.fordblks);
    koito_test_free(large);
    for (int i = 0; i < 100; i++)
        koito_test_free(small[i]);
    struct mallinfo2 after = koito_test_mallinfo2();
    CHECK(after.uordblks == before.uordblks);
    CHECK(after.hblks == before.hblks && after.hblkhd == before.hblkhd);
    CHECK(after.arena == during.arena);
    CHECK(after.arena + after.hblkhd == after.uordblks + after.fordblks);
}

int main(void)
{
    test_statistics();
    test_single_thread();
    test_alignment();
    test_out_of_memory();
    test_misuse();
    test_threads();
    return check_summary();
}
