/*
 * Host microbenchmark of KOITO-libc against glibc (host tool, not a test):
 * nanoseconds per call of memcpy, memset, strlen and memchr from 8 bytes to
 * 1 MiB, and of malloc(64) + free, for the portable core built for the host
 * without sanitizers. Each figure is the best of PROCESSES runs of the
 * program (it runs itself again), each the best of RUNS timed runs of enough
 * calls to last about 0.2 ms, KOITO's and glibc's runs alternating, so noise
 * (which only ever adds time) shows less and touches both alike. Both
 * levels are needed: on a machine shared with other work, many short runs
 * find more undisturbed stretches than a few long ones (21 runs of 2 ms gave
 * figures that moved by two cycles a call from one run of the program to
 * the next), and a run of the program can find one side a cycle slower at
 * every size for its whole life (so can a run of glibc against itself),
 * which another run does not. Both sides run the same loop and call through
 * wrappers that start on 64-byte boundaries, so neither gains from the
 * placement of its call site. memchr is measured twice: over a range with
 * no match (the whole range read, as for the other functions), and with the
 * match at a position drawn at random for every call from 0 to the length
 * (the length itself: no match), the range starting at any alignment, so
 * that the branches on where the match lies cannot be learnt from a fixed
 * pattern. Each ratio is held against issue 13's bar (1.2x). Run it by hand,
 * on an otherwise idle machine (a build beside it moved short sizes by 1.4x):
 * build/test/host/libc/libc-bench [function|all [largest size]] (all
 * functions up to 1 MiB without arguments).
 */
#define _GNU_SOURCE
#include "under_test.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_SIZE   (1u << 20)
#define RUNS       41
#define PROCESSES  5
/* Issue 13's bar: the string functions within 1.2x of glibc's time at every size. */
#define STRING_BAR 1.2
#define CHILD      "KOITO_LIBC_BENCH_CHILD" /* set in the runs the program starts */
/* Match positions per length, used in turn: enough that no branch predictor learns the
 * sequence (with 1,024, the 201 runs of a length taught this CPU's enough of it to cut the time
 * at 4 KiB by a sixth, for one library more than the other). */
#define POSITIONS  65536

/* The same placement for every wrapper the timed loop calls. */
#define WRAPPER __attribute__((noinline, aligned(64)))

static unsigned char *source;
static unsigned char *destination;
/* 2 MiB of 'a' with one 'z' in the middle: a range of n bytes that ends
 * n - p bytes past it has its match at p (none for p = n). */
static unsigned char *haystack;
static uint32_t positions[POSITIONS];
static size_t next_position;

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

WRAPPER static void run_my_memcpy(size_t size)
{
    my_memcpy(destination, source, size);
}
WRAPPER static void run_their_memcpy(size_t size)
{
    their_memcpy(destination, source, size);
}
WRAPPER static void run_my_memset(size_t size)
{
    my_memset(destination, 'x', size);
}
WRAPPER static void run_their_memset(size_t size)
{
    their_memset(destination, 'x', size);
}
WRAPPER static void run_my_strlen(size_t size)
{
    my_strlen((const char *)source + MAX_SIZE - size);
}
WRAPPER static void run_their_strlen(size_t size)
{
    their_strlen((const char *)source + MAX_SIZE - size);
}
WRAPPER static void run_my_memchr(size_t size)
{
    my_memchr(source, 0, size);
}
WRAPPER static void run_their_memchr(size_t size)
{
    their_memchr(source, 0, size);
}
WRAPPER static void run_my_memchr_found(size_t size)
{
    my_memchr(haystack + MAX_SIZE - positions[next_position++ % POSITIONS], 'z', size);
}
WRAPPER static void run_their_memchr_found(size_t size)
{
    their_memchr(haystack + MAX_SIZE - positions[next_position++ % POSITIONS], 'z', size);
}
WRAPPER static void run_my_malloc(size_t size)
{
    my_free(my_malloc(size));
}
WRAPPER static void run_their_malloc(size_t size)
{
    their_free(their_malloc(size));
}

/* Calls per timed run: enough for about 0.2 ms. */
static long calibrate(operation op, size_t size)
{
    long calls = 1;
    for (;;) {
        double start = now();
        for (long i = 0; i < calls; i++) {
            op(size);
        }
        if (now() - start > 2e5) {
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
    /* Match positions from 0 to size, drawn by a fixed generator. */
    uint64_t state = 0x9e3779b97f4a7c15u ^ size;
    for (size_t i = 0; i < POSITIONS; i++) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        positions[i] = (uint32_t)(state % (size + 1));
    }
    long calls = calibrate(theirs, size);
    double my_time = 1e300;
    double their_time = 1e300;
    for (int run = 0; run < RUNS; run++) {
        next_position = 0;
        double t = timed_run(mine, size, calls);
        my_time = t < my_time ? t : my_time;
        next_position = 0;
        t = timed_run(theirs, size, calls);
        their_time = t < their_time ? t : their_time;
    }
    printf("%s %zu %.17g %.17g\n", name, size, my_time, their_time);
}

static const struct {
    const char *name;
    operation mine;
    operation theirs;
} functions[] = {
    {"memcpy", run_my_memcpy, run_their_memcpy},
    {"memset", run_my_memset, run_their_memset},
    {"strlen", run_my_strlen, run_their_strlen},
    {"memchr", run_my_memchr, run_their_memchr},
    {"memchr*", run_my_memchr_found, run_their_memchr_found},
};

/* This run's figures: one line per function and size, "name size mine theirs". */
static int run_once(const char *only, size_t largest)
{
    source = aligned_alloc(64, MAX_SIZE + 64);
    destination = aligned_alloc(64, MAX_SIZE + 64);
    memset(source, 'a', MAX_SIZE);
    source[MAX_SIZE - 1] = '\0'; /* strlen(source + MAX - size) == size - 1 */
    memset(destination, 0, MAX_SIZE);
    haystack = aligned_alloc(64, 2 * MAX_SIZE);
    memset(haystack, 'a', 2 * MAX_SIZE);
    haystack[MAX_SIZE] = 'z';
    for (size_t f = 0; f < sizeof functions / sizeof functions[0]; f++) {
        if (only != NULL && strcmp(only, functions[f].name) != 0) {
            continue;
        }
        for (size_t size = 8; size <= largest; size *= 2) {
            compare(functions[f].name, functions[f].mine, functions[f].theirs, size);
        }
    }
    if (only == NULL || strcmp(only, "malloc") == 0) {
        compare("malloc", run_my_malloc, run_their_malloc, 64);
    }
    return 0;
}

#define MAX_ROWS 128

int main(int argc, char **argv)
{
    const char *only = argc > 1 && strcmp(argv[1], "all") != 0 ? argv[1] : NULL;
    size_t largest = argc > 2 ? strtoul(argv[2], NULL, 0) : MAX_SIZE;
    if (largest > MAX_SIZE) {
        largest = MAX_SIZE;
    }
    int known = only == NULL || strcmp(only, "malloc") == 0;
    for (size_t f = 0; f < sizeof functions / sizeof functions[0]; f++) {
        known |= only != NULL && strcmp(only, functions[f].name) == 0;
    }
    if (!known) {
        fprintf(stderr, "libc-bench: unknown function %s\n", only);
        return 2;
    }
    if (getenv(CHILD) != NULL) {
        return run_once(only, largest);
    }
    /* The runs of the program, each with its own address-space layout; the best of each side. */
    static struct {
        char name[16];
        size_t size;
        double mine, theirs;
    } rows[MAX_ROWS];
    size_t count = 0;
    /* The program's own path, as /proc/self/exe in the shell popen starts would be the shell;
     * the name is one of the table's (checked above), so it can be quoted as it is. */
    char self[4096];
    ssize_t self_length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (self_length < 0 || memchr(self, '\'', (size_t)self_length) != NULL) {
        fprintf(stderr, "libc-bench: cannot name this program for its runs\n");
        return 1;
    }
    self[self_length] = '\0';
    char command[4096 + 128];
    snprintf(command, sizeof command, "%s=1 '%s' '%s' %zu", CHILD, self, only ? only : "all",
             largest);
    for (int process = 0; process < PROCESSES; process++) {
        FILE *run = popen(command, "r");
        if (run == NULL) {
            perror("libc-bench: popen");
            return 1;
        }
        char name[16];
        size_t size;
        double mine, theirs;
        for (size_t row = 0; fscanf(run, "%15s %zu %lf %lf", name, &size, &mine, &theirs) == 4;
             row++) {
            if (row == count && count < MAX_ROWS) {
                snprintf(rows[count].name, sizeof rows[count].name, "%s", name);
                rows[count].size = size;
                rows[count].mine = mine;
                rows[count].theirs = theirs;
                count++;
            } else if (row < count) {
                rows[row].mine = mine < rows[row].mine ? mine : rows[row].mine;
                rows[row].theirs = theirs < rows[row].theirs ? theirs : rows[row].theirs;
            }
        }
        if (pclose(run) != 0) {
            fprintf(stderr, "libc-bench: a run failed\n");
            return 1;
        }
    }
    printf("%-8s %8s %12s %12s %8s\n", "function", "bytes", "koito ns", "glibc ns", "ratio");
    for (size_t i = 0; i < count; i++) {
        double ratio = rows[i].mine / rows[i].theirs;
        printf("%-8s %8zu %12.2f %12.2f %8.2f", rows[i].name, rows[i].size, rows[i].mine,
               rows[i].theirs, ratio);
        /* malloc's bar is in guest instructions (libc-threads-bench), not a ratio. */
        if (strcmp(rows[i].name, "malloc") != 0)
            printf("  [%s the bar of %.1f]", ratio <= STRING_BAR ? "meets" : "misses", STRING_BAR);
        printf("\n");
    }
    return 0;
}
