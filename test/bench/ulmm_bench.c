/*
 * ULMM benchmarks (issue 12): a page fault resolved by ULMM through a lazily
 * backed range, and mapping plus unmapping 4 KiB through ULMMI, both as a
 * client sees them. The ULMM server runs in a thread of the bench program,
 * set up by the ULMM suite's fixture (../guest/ulmm/ulmm_fixture.c), and is
 * compiled with -O2 like the rest of the bench.
 *
 *   lazy fault:  toucher: start = now; store to a fresh lazy page; end = now
 *                (kernel fault delivery, ULMM's resolution, the reply and
 *                the store's retry, all inside)
 *   map, unmap:  client:  start = now; koito_ulmmi_map(4 KiB, eager); end = now;
 *                         back_start = now; koito_ulmmi_unmap; back_end = now
 *                (ULMM's thread at the client's priority, as in the system)
 */
#include "bench.h"

#include "../guest/capability/fixture.h"
#include "../guest/ipc/helpers.h"
#include "../guest/ulmm/ulmm_fixture.h"

#include <guest_test.h>
#include <stdio.h>
#include <ulmm/ulmmi.h>

static volatile uint64_t lazy_start;

static void toucher(uint64_t i)
{
    for (unsigned k = 0; k < BENCH_TOTAL; k++) {
        volatile uint64_t *page = (volatile uint64_t *)(uintptr_t)(lazy_start + k * ULMM_PAGE);
        uint64_t start = bench_now();
        page[0] = k;
        uint64_t end = bench_now();
        bench_stamps.start[k] = start;
        bench_stamps.end[k] = end;
    }
    helper_park(i);
}

static void bench_lazy_fault(void)
{
    ulmm_begin();
    bench_stamps_clear();
    uint64_t start = 0;
    GUEST_CHECK_EQ(koito_ulmmi_map(ulmm_root(), 0, BENCH_TOTAL * ULMM_PAGE, ULMM_RW,
                                   KOITO_ULMMI_MAP_LAZY, &start),
                   KOITO_ULMMI_OK);
    lazy_start = start;
    ulmm_toucher_start(1, toucher);
    let_lower_run();
    GUEST_CHECK_EQ(helper_report[1].done, 1);
    GUEST_CHECK_EQ(ulmm_test_server.faults_resolved, BENCH_TOTAL);
    bench_record("ulmm_lazy_fault", "\"page_bits\": 12", bench_stamps.start, bench_stamps.end);
    ulmm_end();
}

static void bench_map_unmap(void)
{
    /* As in the system, where ULMM and its clients run at one priority (koito.conf's default):
     * the reply then takes the kernel's fast path straight back to the client. */
    ulmm_begin_at(A9N_ROOT_THREAD_PRIORITY);
    bench_stamps_clear();
    for (unsigned k = 0; k < BENCH_TOTAL; k++) {
        uint64_t address = 0;
        uint64_t start = bench_now();
        enum koito_ulmmi_error mapped =
            koito_ulmmi_map(ulmm_root(), 0, ULMM_PAGE, ULMM_RW, KOITO_ULMMI_MAP_EAGER, &address);
        uint64_t end = bench_now();
        uint64_t back_start = bench_now();
        enum koito_ulmmi_error unmapped = koito_ulmmi_unmap(ulmm_root(), address, ULMM_PAGE);
        uint64_t back_end = bench_now();
        GUEST_CHECK_EQ(mapped, KOITO_ULMMI_OK);
        GUEST_CHECK_EQ(unmapped, KOITO_ULMMI_OK);
        bench_stamps.start[k] = start;
        bench_stamps.end[k] = end;
        bench_stamps.back_start[k] = back_start;
        bench_stamps.back_end[k] = back_end;
    }
    const char *parameters = "\"bytes\": 4096";
    const struct bench_stamps *s = &bench_stamps;
    bench_record("ulmm_map", parameters, s->start, s->end);
    bench_record("ulmm_unmap", parameters, s->back_start, s->back_end);
    bench_record_sum("ulmm_map_unmap", parameters, s->start, s->end, s->back_start, s->back_end);
    ulmm_end();
}

int main(void)
{
    printf("# ulmm-bench: %u warm-up and %u recorded samples per figure\n", BENCH_WARMUP,
           BENCH_SAMPLES);
    bench_measure_overhead();
    bench_lazy_fault();
    bench_map_unmap();
    if (bench_failures() != 0) {
        printf("# ulmm-bench: %u checks failed; no figures\n", bench_failures());
        return 1;
    }
    bench_print_results();
    return 0;
}
