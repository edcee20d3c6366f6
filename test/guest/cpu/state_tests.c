/*
 * Cpu-suite tests of per-thread state the kernel switches: the FS base
 * (which a user segment load resets behind the kernel's back) and the
 * extended registers (XSAVE state: the upper halves of ymm as well as xmm).
 */
#include "cpu_probes.h"
#include "tests.h"

#include "../capability/fixture.h"
#include "../ipc/helpers.h"
#include "../thread/threads.h"

#include <guest_test.h>
#include <stdbool.h>

#define TLS_ROUNDS 200u
#define TLS_MAGIC  UINT64_C(0x5eed0f7a5e0b1e55)

static uint64_t shared_tls[2] __attribute__((aligned(16))) = {TLS_MAGIC, 0};

struct sharer_record {
    volatile uint64_t rounds;
    volatile uint64_t wrong; /* %fs:0 did not read the shared block */
    volatile uint64_t done;
};

static struct sharer_record sharers[2];

/* Load a selector into fs (its base becomes the descriptor's: 0), yield to
 * the other thread, which has the same recorded base, and read %fs:0 again.
 * Then keep yielding until the other one is done, so each switch still has
 * a thread to switch to. No thread-local storage in here. */
static void tls_sharer(uint64_t i)
{
    static const uint64_t selectors[] = {0, 3, 0x23, 0x2b};
    for (unsigned r = 0; r < TLS_ROUNDS; r++) {
        if (cpu_probe_fs_reload(selectors[(r + i) % 4]) != TLS_MAGIC)
            sharers[i].wrong++;
        if (cpu_probe_fs_read() != TLS_MAGIC)
            sharers[i].wrong++;
        sharers[i].rounds++;
    }
    sharers[i].done = 1;
    while (!sharers[1 - i].done)
        a9n_yield();
    helper_park(i);
}

void test_shared_tls_base(void)
{
    ipc_begin();
    for (unsigned i = 0; i < 2; i++) {
        sharers[i] = (struct sharer_record){0};
        thread_make(i, i, tls_sharer, i, PRIORITY_LOW);
        GUEST_CHECK_EQ(a9n_thread_set_tls_base(scratch(i), (uint64_t)(uintptr_t)shared_tls),
                       A9N_OK);
    }
    for (unsigned i = 0; i < 2; i++)
        GUEST_CHECK_EQ(a9n_thread_resume(scratch(i)), A9N_OK);
    let_lower_run();
    for (unsigned i = 0; i < 2; i++) {
        GUEST_CHECK_EQ(sharers[i].rounds, TLS_ROUNDS);
        GUEST_CHECK_EQ(sharers[i].wrong, 0);
        GUEST_CHECK_EQ(helper_report[i].done, 1);
    }
    fixture_end();
}

#define YMM_ROUNDS   100u
#define YMM_LANES    64u /* 16 registers of 4 64-bit lanes */
#define YMM_PATTERN0 UINT64_C(0xa5a5a5a500000000)
#define YMM_PATTERN1 UINT64_C(0x5a5a5a5a00000000)

struct ymm_record {
    volatile uint64_t rounds;
    volatile uint64_t wrong;  /* lanes that lost this thread's pattern */
    volatile uint64_t leaked; /* lanes of another thread's pattern a fresh thread saw */
    volatile uint64_t done;
};

static struct ymm_record ymm_records[3];

static uint64_t ymm_pattern(uint64_t i)
{
    return i == 0 ? YMM_PATTERN0 : YMM_PATTERN1;
}

/* Fill ymm0..15 with this thread's pattern and check it after every
 * yield (to the other filler) and every preemption. */
static void ymm_filler(uint64_t i)
{
    cpu_probe_ymm_fill(ymm_pattern(i));
    for (unsigned r = 0; r < YMM_ROUNDS; r++) {
        a9n_yield();
        if (r % 16 == 0)
            thread_spin(200000);
        ymm_records[i].wrong += cpu_probe_ymm_check(ymm_pattern(i));
        ymm_records[i].rounds++;
    }
    ymm_records[i].done = 1;
    while (!ymm_records[1 - i].done)
        a9n_yield();
    helper_park(i);
}

/* A thread started while the fillers' patterns are live sees neither. */
static void ymm_newcomer(uint64_t i)
{
    ymm_records[i].leaked = (YMM_LANES - cpu_probe_ymm_check(YMM_PATTERN0)) +
                            (YMM_LANES - cpu_probe_ymm_check(YMM_PATTERN1));
    ymm_records[i].done = 1;
    helper_park(i);
}

static bool cpu_has_avx(void)
{
    uint32_t a, b, c, d;
    __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1), "c"(0));
    /* AVX (bit 28) and OSXSAVE (bit 27): the kernel turned XSAVE on. */
    return (c >> 27 & 1) && (c >> 28 & 1);
}

void test_extended_state_isolation(void)
{
    ipc_begin();
    GUEST_CHECK(cpu_has_avx());
    if (!cpu_has_avx()) {
        fixture_end();
        return;
    }
    for (unsigned i = 0; i < 3; i++)
        ymm_records[i] = (struct ymm_record){0};
    /* The newcomer waits below the fillers and runs once they park. */
    helper_start(0, ymm_filler, PRIORITY_LOW + 1);
    helper_start(1, ymm_filler, PRIORITY_LOW + 1);
    helper_start(2, ymm_newcomer, PRIORITY_LOW);
    let_lower_run();
    for (unsigned i = 0; i < 2; i++) {
        GUEST_CHECK_EQ(ymm_records[i].rounds, YMM_ROUNDS);
        GUEST_CHECK_EQ(ymm_records[i].wrong, 0);
    }
    GUEST_CHECK_EQ(ymm_records[2].done, 1);
    GUEST_CHECK_EQ(ymm_records[2].leaked, 0);
    fixture_end();
}
