/*
 * Host microbenchmark of KOITO-libc against glibc (host tool, not a test):
 * nanoseconds per call of memcpy, memset, strlen and memchr from 8 bytes to
 * 1 MiB, and of malloc(64) + free, for the portable core built for the host
 * without sanitizers. Each figure is the best of several timed runs of
 * enough calls to last about 4 ms, KOITO's and glibc's runs alternating, so
 * noise from other processes shows less and touches both alike. Run it by hand: build/test/host/libc/libc-bench
 */
#define _GNU_SOURCE
#include "under_test.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_SIZE (1u << 20)
#define RUNS     11

static unsigned char *source;
static unsigned char *destination;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

typedef void (*operation)(size_t size);

/* The functions are called through volatile pointers so the compiler can
 * neither inline glibc's nor drop a call whose result is unused. */
static void *(*volatile my_memcpy)(void *, const void *, size_t) = koito_test_memcpy;
static void *(*volatile their_memcpy)(void *, const void *, size_t) = memcpy;
static void *(*volatile my_memset)(void *, int, size_t) = koito_test_memset;
static void *(*volatile their_memset)(void *, int, size_t) = memset;
static size_t (*volatile my_strlen)(const char *) = koito_test_strlen;
static size_t (*volatile their_strlen)(const char *) = strlen;
static void *(*volatile my_memchr)(const void *, int, size_t) = koito_test_memchr;
static void *(*volatile their_memchr)(const void *, int, size_t) = memchr;
static void *(*volatile my_malloc)(size_t) = koito_test_malloc;
static void *(*volatile their_malloc)(size_t) = malloc;
static void (*volatile my_free)(void *) = koito_test_free;
static void (*volatile their_free)(void *) = free;

static void run_my_memcpy(size_t size)
{
    my_memcpy(destination, source, size);
}
static void run_their_memcpy(size_t size)
{
    their_memcpy(destination, source, size);
}
static void run_my_memset(size_t size)
{
    my_memset(destination, 'x', size);
}
static void run_their_memset(size_t size)
{
    their_memset(destination, 'x', size);
}
static void run_my_strlen(size_t size)
{
    my_strlen((const char *)source + MAX_SIZE - size);
}
static void run_their_strlen(size_t size)
{
    their_strlen((const char *)source + MAX_SIZE - size);
}
static void run_my_memchr(size_t size)
{
    my_memchr(source, 0, size);
}
static void run_their_memchr(size_t size)
{
    their_memchr(source, 0, size);
}
static void run_my_malloc(size_t size)
{
    my_free(my_malloc(size));
}
static void run_their_malloc(size_t size)
{
    their_free(their_malloc(size));
}

/* Calls per timed run: enough for about 4 ms. */
static long calibrate(operation op, size_t size)
{
    long calls = 1;
    for (;;) {
        double start = now();
        for (long i = 0; i < calls; i++) {
            op(size);
        }
        if (now() - start > 4e6) {
            return calls;
        }
        calls *= 2;
    }
}

static double timed_run(operation op, size_t size, long calls)
{
    double start = now();
    for (long i = 0; i < calls; i++) {
        op(size);
    }
    return (now() - start) / (double)calls;
}

/* The best of RUNS runs of each, the two alternating so that changes in the
 * machine's load touch both alike. */
static void compare(const char *name, operation mine, operation theirs, size_t size)
{
    long calls = calibrate(theirs, size);
    double my_time = 1e300;
    double their_time = 1e300;
    for (int run = 0; run < RUNS; run++) {
        double t = timed_run(mine, size, calls);
        my_time = t < my_time ? t : my_time;
        t = timed_run(theirs, size, calls);
        their_time = t < their_time ? t : their_time;
    }
    printf("%-8s %8zu %12.2f %12.2f %8.2f\n", name, size, my_time, their_time,
           my_time / their_time);
}

int main(void)
{
    source = aligned_alloc(64, MAX_SIZE + 64);
    destination = aligned_alloc(64, MAX_SIZE + 64);
    memset(source, 'a', MAX_SIZE);
    source[MAX_SIZE - 1] = '\0'; /* strlen(source + MAX - size) == size - 1 */
    memset(destination, 0, MAX_SIZE);
    printf("%-8s %8s %12s %12s %8s\n", "function", "bytes", "koito ns", "glibc ns", "ratio");
    static const struct {
        const char *name;
        operation mine;
        operation theirs;
    } functions[] = {
        {"memcpy", run_my_memcpy, run_their_memcpy},
        {"memset", run_my_memset, run_their_memset},
        {"strlen", run_my_strlen, run_their_strlen},
        {"memchr", run_my_memchr, run_their_memchr},
    };
    for (size_t f = 0; f < sizeof functions / sizeof functions[0]; f++) {
        for (size_t size = 8; size <= MAX_SIZE; size *= 2) {
            compare(functions[f].name, functions[f].mine, functions[f].theirs, size);
        }
    }
    compare("malloc", run_my_malloc, run_their_malloc, 64);
    return 0;
}
