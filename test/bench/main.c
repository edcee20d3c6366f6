/*
 * The kernel benchmark suite (issue 6): run every benchmark group as the
 * root program, then print the figures as one JSON document (results.c).
 * Exit status 0 when every set-up check passed, 1 otherwise (and then no
 * figures are printed). Last, the kernel prints its fast-path counter (how
 * many calls and reply-receives of the whole run took the fast path).
 */
#include "bench.h"

#include <guest_debug.h>
#include <stdio.h>

int main(void)
{
    printf("# kernel-bench: %u warm-up and %u recorded samples per figure\n", BENCH_WARMUP,
           BENCH_SAMPLES);
    bench_measure_overhead();
    bench_kernel_calls();
    bench_ipc();
    bench_notifications();
    bench_yield();
    bench_faults();
    bench_mapping();
    bench_convert();
    bench_capabilities();
    bench_interrupt_latency();
    if (bench_failures() != 0) {
        printf("# kernel-bench: %u checks failed; no figures\n", bench_failures());
        return 1;
    }
    bench_print_results();
    a9n_debug_print_counters(guest_debug());
    return 0;
}
