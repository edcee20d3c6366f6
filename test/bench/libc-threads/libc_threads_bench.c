/*
 * The libc-threads benchmarks (test/bench/libc-threads): KOITO-libc's
 * threads in a KOITO process (the init program of libc-threads.conf), run
 * under -icount shift=0, where the time stamp counter counts guest
 * instructions.
 *   libc_mutex_lock_unlock   pthread_mutex_lock + pthread_mutex_unlock of a free mutex (issue
 *                            13's bar: 40), per pair, from runs of 64 pairs
 *   libc_mutex_handoff       a round trip between two threads through a mutex and two
 *                            condition variables: each side waits until the other has its
 *                            turn, so every round sleeps and wakes each thread once
 *   libc_thread_create_join  pthread_create of a thread that returns at once, and its join
 *   libc_malloc_free         malloc(64) + free (issues 12's and 13's bar: 128, glibc's
 *                            figure), per pair from runs of 64, with the process's memory
 *                            from its ULMM session (the first malloc takes an arena)
 *   libc_clock_gettime       clock_gettime of CLOCK_MONOTONIC and of CLOCK_REALTIME, per call
 *                            from runs of 64: rdtsc and the information block's calibration, no
 *                            kernel call (issue 14's bar: 80; Linux's vDSO: 71)
 * It prints the JSON document run-bench.py reads (see ../results.c for the format).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define WARMUP  16u
#define SAMPLES 64u
#define BATCH   64u

static inline uint64_t now(void)
{
    uint64_t low, high;
    __asm__ volatile("rdtsc" : "=a"(low), "=d"(high));
    return high << 32 | low;
}

static void sort(uint64_t *values, unsigned count)
{
    for (unsigned i = 1; i < count; i++) {
        uint64_t value = values[i];
        unsigned j = i;
        for (; j > 0 && values[j - 1] > value; j--)
            values[j] = values[j - 1];
        values[j] = value;
    }
}

static int records_printed;

static void report(const char *name, const char *parameters, uint64_t *samples)
{
    sort(samples, SAMPLES);
    printf("%s  {\"name\": \"%s\", \"parameters\": %s, \"min\": %llu, \"median\": %llu, "
           "\"max\": %llu, \"samples\": %u}",
           records_printed++ ? ",\n" : "", name, parameters, (unsigned long long)samples[0],
           (unsigned long long)samples[(SAMPLES - 1) / 2], (unsigned long long)samples[SAMPLES - 1],
           SAMPLES);
}

static void bench_mutex(uint64_t *samples)
{
    static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
    for (unsigned k = 0; k < WARMUP + SAMPLES; k++) {
        uint64_t start = now();
        for (unsigned i = 0; i < BATCH; i++) {
            pthread_mutex_lock(&mutex);
            pthread_mutex_unlock(&mutex);
        }
        uint64_t end = now();
        if (k >= WARMUP)
            samples[k - WARMUP] = (end - start) / BATCH;
    }
}

static pthread_mutex_t turn_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t turn_changed[2] = {PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER};
static int turn;
static unsigned handoff_rounds;

static void pass_turn(int me)
{
    pthread_mutex_lock(&turn_mutex);
    while (turn != me)
        pthread_cond_wait(&turn_changed[me], &turn_mutex);
    turn = 1 - me;
    pthread_cond_signal(&turn_changed[1 - me]);
    pthread_mutex_unlock(&turn_mutex);
}

static void *handoff_partner(void *argument)
{
    (void)argument;
    for (unsigned i = 0; i < handoff_rounds; i++)
        pass_turn(1);
    return NULL;
}

static int bench_handoff(uint64_t *samples)
{
    pthread_t partner;
    handoff_rounds = WARMUP + SAMPLES;
    if (pthread_create(&partner, NULL, handoff_partner, NULL) != 0)
        return -1;
    for (unsigned k = 0; k < WARMUP + SAMPLES; k++) {
        uint64_t start = now();
        pass_turn(0);
        /* The partner's pass gives the turn back: one full round. */
        pthread_mutex_lock(&turn_mutex);
        while (turn != 0)
            pthread_cond_wait(&turn_changed[0], &turn_mutex);
        pthread_mutex_unlock(&turn_mutex);
        uint64_t end = now();
        if (k >= WARMUP)
            samples[k - WARMUP] = end - start;
    }
    return pthread_join(partner, NULL);
}

static void *nothing(void *argument)
{
    return argument;
}

static int bench_create_join(uint64_t *samples)
{
    for (unsigned k = 0; k < WARMUP + SAMPLES; k++) {
        pthread_t thread;
        uint64_t start = now();
        if (pthread_create(&thread, NULL, nothing, NULL) != 0 || pthread_join(thread, NULL) != 0)
            return -1;
        uint64_t end = now();
        if (k >= WARMUP)
            samples[k - WARMUP] = end - start;
    }
    return 0;
}

/* -1 when the clock cannot be read. */
static int bench_clock(clockid_t clock, uint64_t *samples)
{
    struct timespec time;
    for (unsigned k = 0; k < WARMUP + SAMPLES; k++) {
        int failed = 0;
        uint64_t start = now();
        for (unsigned i = 0; i < BATCH; i++)
            failed |= clock_gettime(clock, &time);
        uint64_t end = now();
        if (failed)
            return -1;
        if (k >= WARMUP)
            samples[k - WARMUP] = (end - start) / BATCH;
    }
    return 0;
}

/* -1 when malloc has no memory. */
static int bench_malloc(uint64_t *samples)
{
    void *volatile probe = malloc(64); /* volatile: the pair must not be optimised away */
    if (probe == NULL)
        return -1;
    free(probe);
    for (unsigned k = 0; k < WARMUP + SAMPLES; k++) {
        uint64_t start = now();
        for (unsigned i = 0; i < BATCH; i++) {
            void *volatile block = malloc(64);
            free(block);
        }
        uint64_t end = now();
        if (k >= WARMUP)
            samples[k - WARMUP] = (end - start) / BATCH;
    }
    return 0;
}

int main(void)
{
    static uint64_t mutex[SAMPLES], handoff[SAMPLES], create_join[SAMPLES], allocation[SAMPLES],
        monotonic[SAMPLES], realtime[SAMPLES];
    bench_mutex(mutex);
    if (bench_clock(CLOCK_MONOTONIC, monotonic) != 0 ||
        bench_clock(CLOCK_REALTIME, realtime) != 0) {
        printf("libc-threads-bench: clock_gettime failed\n");
        return 1;
    }
    if (bench_handoff(handoff) != 0 || bench_create_join(create_join) != 0) {
        printf("libc-threads-bench: a thread could not be started or joined\n");
        return 1;
    }
    if (bench_malloc(allocation) != 0) {
        printf("libc-threads-bench: malloc(64) failed\n");
        return 1;
    }
    printf("BENCH-JSON-BEGIN\n");
    printf("{\"suite\": \"libc-threads-bench\", \"unit\": \"guest instructions\", \"overhead\": 0, "
           "\"warmup\": %u, \"records\": [\n",
           WARMUP);
    report("libc_mutex_lock_unlock", "{\"contended\": \"no\"}", mutex);
    report("libc_mutex_handoff", "{\"threads\": 2}", handoff);
    report("libc_thread_create_join", "{\"stack\": 65536}", create_join);
    report("libc_malloc_free", "{\"bytes\": 64}", allocation);
    report("libc_clock_gettime", "{\"clock\": \"monotonic\"}", monotonic);
    report("libc_clock_gettime", "{\"clock\": \"realtime\"}", realtime);
    printf("\n]}\nBENCH-JSON-END\n");
    return 0;
}
