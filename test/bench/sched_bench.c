/*
 * Benchmarks of the scheduler's kernel calls: the null kernel call and a
 * yield from one thread to another, in one address space and across two.
 *
 * The null kernel call is measured two ways: yield with nothing else
 * runnable at the caller's priority (the scheduler picks the caller again)
 * and a kernel-call number the kernel does not know, with no resolver to
 * hand it to (dispatch, an error result, return: the cheapest path through
 * the kernel).
 *
 * A yield to another thread is timed from the yielder's timestamp before
 * its call to the other thread's after its own earlier yield returned; the
 * yielder leaves its timestamp in a shared variable, so the figure includes
 * that one store.
 */
#include "bench.h"

#include "../guest/capability/fixture.h"
#include "../guest/ipc/helpers.h"

#include <guest_test.h>

/* A kernel-call number no kernel defines. */
#define UNKNOWN_CALL 0xffffu

static volatile uint64_t yield_start;

void bench_kernel_calls(void)
{
    bench_begin();
    for (unsigned k = 0; k < BENCH_TOTAL; k++) {
        uint64_t start = bench_now();
        enum a9n_error error = a9n_yield();
        uint64_t end = bench_now();
        GUEST_CHECK_EQ(error, A9N_OK);
        bench_stamps.start[k] = start;
        bench_stamps.end[k] = end;
    }
    bench_record("null_call", "\"call\": \"yield\"", bench_stamps.start, bench_stamps.end);
    for (unsigned k = 0; k < BENCH_TOTAL; k++) {
        uint64_t start = bench_now();
        uint64_t error = a9n_kernel_call_3(UNKNOWN_CALL, 0, 0, 0);
        uint64_t end = bench_now();
        GUEST_CHECK_EQ(error, A9N_ERROR_UNKNOWN_CALL);
        bench_stamps.start[k] = start;
        bench_stamps.end[k] = end;
    }
    bench_record("null_call", "\"call\": \"unknown\"", bench_stamps.start, bench_stamps.end);
    bench_end();
}

/* Yield until BENCH_TOTAL switches are recorded; each return from yield records one. */
static void yielder(uint64_t i)
{
    while (bench_stamps.count < BENCH_TOTAL) {
        yield_start = bench_now();
        a9n_yield();
        uint64_t end = bench_now();
        uint64_t k = bench_stamps.count;
        if (k < BENCH_TOTAL) {
            bench_stamps.start[k] = yield_start;
            bench_stamps.end[k] = end;
            bench_stamps.count = k + 1;
        }
    }
    helper_park(i);
}

static void yield_between(const char *parameters, int other_space)
{
    bench_begin();
    a9n_descriptor_t space = other_space ? bench_space_make() : bench_root_space();
    bench_thread_start(0, yielder, BENCH_PRIORITY, bench_root_space(), A9N_THREAD_NO_RESOLVER);
    bench_thread_start(1, yielder, BENCH_PRIORITY, space, A9N_THREAD_NO_RESOLVER);
    bench_run(2);
    bench_record("yield", parameters, bench_stamps.start, bench_stamps.end);
    bench_end();
}

void bench_yield(void)
{
    yield_between("\"address_space\": \"same\"", 0);
    yield_between("\"address_space\": \"other\"", 1);
}
