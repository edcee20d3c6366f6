/*
 * The benchmark suite's timing overhead and results table; see bench.h.
 *
 * Each figure keeps its sorted samples' minimum, median (the lower middle
 * sample of an even count) and maximum. The table is printed at the end as
 * one JSON document, so nothing else interleaves with it on the console:
 *
 *   BENCH-JSON-BEGIN
 *   {"suite": "kernel-bench", "unit": "guest instructions", "overhead": 4,
 *    "warmup": 16, "records": [
 *     {"name": "...", "parameters": {...}, "min": 1, "median": 2, "max": 3, "samples": 64},
 *     ...]}
 *   BENCH-JSON-END
 */
#include "bench.h"

#include <guest_test.h>
#include <stdio.h>
#include <string.h>

#define RECORDS_MAX 64u

struct record {
    const char *name;
    const char *parameters;
    uint64_t min, median, max;
    unsigned samples;
};

struct bench_stamps bench_stamps;

static uint64_t overhead;
static struct record records[RECORDS_MAX];
static unsigned record_count;

void bench_measure_overhead(void)
{
    uint64_t best = UINT64_MAX;
    for (unsigned k = 0; k < BENCH_TOTAL; k++) {
        uint64_t start = bench_now();
        uint64_t end = bench_now();
        if (end - start < best)
            best = end - start;
    }
    overhead = best;
}

void bench_stamps_clear(void)
{
    memset((void *)&bench_stamps, 0, sizeof bench_stamps);
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

static uint64_t less_overhead(uint64_t delta)
{
    return delta > overhead ? delta - overhead : 0;
}

static void add(const char *name, const char *parameters, uint64_t *samples)
{
    GUEST_CHECK(record_count < RECORDS_MAX);
    if (record_count >= RECORDS_MAX)
        return;
    sort(samples, BENCH_SAMPLES);
    records[record_count++] = (struct record){
        .name = name,
        .parameters = parameters,
        .min = samples[0],
        .median = samples[(BENCH_SAMPLES - 1) / 2],
        .max = samples[BENCH_SAMPLES - 1],
        .samples = BENCH_SAMPLES,
    };
}

void bench_record_single(const char *name, const char *parameters, uint64_t value)
{
    GUEST_CHECK(record_count < RECORDS_MAX);
    if (record_count >= RECORDS_MAX)
        return;
    records[record_count++] = (struct record){name, parameters, value, value, value, 1};
}

void bench_record(const char *name, const char *parameters, const volatile uint64_t *start,
                  const volatile uint64_t *end)
{
    uint64_t samples[BENCH_SAMPLES];
    for (unsigned k = 0; k < BENCH_SAMPLES; k++) {
        GUEST_CHECK(end[BENCH_WARMUP + k] >= start[BENCH_WARMUP + k]);
        samples[k] = less_overhead(end[BENCH_WARMUP + k] - start[BENCH_WARMUP + k]);
    }
    add(name, parameters, samples);
}

void bench_record_sum(const char *name, const char *parameters, const volatile uint64_t *start,
                      const volatile uint64_t *end, const volatile uint64_t *back_start,
                      const volatile uint64_t *back_end)
{
    uint64_t samples[BENCH_SAMPLES];
    for (unsigned k = 0; k < BENCH_SAMPLES; k++) {
        unsigned s = BENCH_WARMUP + k;
        samples[k] = less_overhead(end[s] - start[s]) + less_overhead(back_end[s] - back_start[s]);
    }
    add(name, parameters, samples);
}

void bench_print_results(void)
{
    printf("BENCH-JSON-BEGIN\n");
    printf("{\"suite\": \"kernel-bench\", \"unit\": \"guest instructions\", \"overhead\": %llu, "
           "\"warmup\": %u, \"records\": [\n",
           (unsigned long long)overhead, BENCH_WARMUP);
    for (unsigned i = 0; i < record_count; i++) {
        const struct record *r = &records[i];
        printf("  {\"name\": \"%s\", \"parameters\": {%s}, \"min\": %llu, \"median\": %llu, "
               "\"max\": %llu, \"samples\": %u}%s\n",
               r->name, r->parameters, (unsigned long long)r->min, (unsigned long long)r->median,
               (unsigned long long)r->max, r->samples, i + 1 < record_count ? "," : "");
    }
    printf("]}\nBENCH-JSON-END\n");
    fflush(stdout);
}
