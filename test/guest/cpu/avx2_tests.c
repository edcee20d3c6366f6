/*
 * Cpu-suite test of C code built with -mavx2 (this file only, see
 * suite.cmake): two threads run the same vectorised loop over different
 * data, yielding to each other inside it, and each must get the result the
 * scalar loop gets. The compiler keeps the running sums in ymm registers
 * across the yields, so a switch that lost their upper halves shows.
 */
#include "tests.h"

#include "../capability/fixture.h"
#include "../ipc/helpers.h"
#include "../thread/threads.h"

#include <guest_test.h>
#include <immintrin.h>

#define AVX2_ROUNDS 64u

struct avx2_record {
    volatile uint64_t sum;
    volatile uint64_t done;
};

static struct avx2_record avx2_records[2];

/* Sum of 8 lanes of (i * step + lane) over AVX2_ROUNDS rounds, with a yield per round. */
static void avx2_summer(uint64_t i)
{
    __m256i step = _mm256_set1_epi32((int)(i + 3));
    __m256i value = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    __m256i sum = _mm256_setzero_si256();
    for (unsigned r = 0; r < AVX2_ROUNDS; r++) {
        sum = _mm256_add_epi32(sum, value);
        value = _mm256_add_epi32(value, step);
        a9n_yield();
    }
    int lanes[8];
    _mm256_storeu_si256((__m256i *)lanes, sum);
    uint64_t total = 0;
    for (unsigned lane = 0; lane < 8; lane++)
        total += (uint64_t)(uint32_t)lanes[lane];
    avx2_records[i].sum = total;
    avx2_records[i].done = 1;
    while (!avx2_records[1 - i].done)
        a9n_yield();
    helper_park(i);
}

static uint64_t scalar_sum(uint64_t i)
{
    uint64_t total = 0;
    for (unsigned lane = 0; lane < 8; lane++)
        for (unsigned r = 0; r < AVX2_ROUNDS; r++)
            total += (uint32_t)(lane + r * (i + 3));
    return total;
}

void test_avx2_code(void)
{
    ipc_begin();
    for (unsigned i = 0; i < 2; i++) {
        avx2_records[i] = (struct avx2_record){0};
        helper_start(i, avx2_summer, PRIORITY_LOW);
    }
    let_lower_run();
    for (unsigned i = 0; i < 2; i++) {
        GUEST_CHECK_EQ(avx2_records[i].done, 1);
        GUEST_CHECK_EQ(avx2_records[i].sum, scalar_sum(i));
    }
    fixture_end();
}
