/*
 * Benchmark of fault delivery: a thread executes an invalid instruction,
 * the kernel sends the fault to its resolver port, the resolver (same
 * address space and priority) moves the thread past the instruction and
 * replies, and the thread carries on.
 *
 *   faulter:  start = now; ud2 ...................................... back_end = now
 *   resolver:       (receive returns) end = now; write RIP; back_start = now; reply_receive
 * delivery = end - start, resume = back_end - back_start, round trip = both;
 * writing the instruction pointer lies outside the timed regions. As in
 * ipc_bench.c, the resolver stores back_start after its next receive, so
 * the faulter faults once more than recorded.
 */
#include "bench.h"

#include "../guest/capability/fixture.h"
#include "../guest/ipc/helpers.h"

#include <guest_test.h>

#define FAULT_BADGE 1u
#define UD2_LENGTH  2u

static void faulter(uint64_t i)
{
    for (unsigned k = 0; k <= BENCH_TOTAL; k++) {
        uint64_t start = bench_now();
        __asm__ volatile("ud2" : : : "memory");
        uint64_t end = bench_now();
        bench_stamps.start[k] = start;
        bench_stamps.back_end[k] = end;
    }
    helper_park(i);
}

static void resolver(uint64_t i)
{
    a9n_descriptor_t port = scratch(SLOT_PORT);
    a9n_descriptor_t faulting = scratch(0);
    struct a9n_message m = {0};
    enum a9n_error error = a9n_ipc_port_receive(port, &m);
    uint64_t back_start = 0;
    for (unsigned k = 0; error == A9N_OK && k <= BENCH_TOTAL; k++) {
        uint64_t end = bench_now();
        bench_stamps.end[k] = end;
        if (k > 0)
            bench_stamps.back_start[k - 1] = back_start;
        GUEST_CHECK_EQ(m.badge, FAULT_BADGE);
        GUEST_CHECK_EQ(m.words[0], A9N_FAULT_INVALID_INSTRUCTION);
        GUEST_CHECK_EQ(a9n_thread_write_registers(faulting, A9N_X86_64_RIP, 1,
                                                  m.words[2] + UD2_LENGTH, 0, 0, 0, 0, 0),
                       A9N_OK);
        m = (struct a9n_message){.info = A9N_MESSAGE_INFO(0, 0)};
        back_start = bench_now();
        error = a9n_ipc_port_reply_receive(port, &m);
    }
    helper_park(i);
}

void bench_faults(void)
{
    bench_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    mint(SLOT_COPY, SLOT_PORT, A9N_RIGHT_WRITE, FAULT_BADGE);
    bench_thread_start(1, resolver, BENCH_PRIORITY, bench_root_space(), A9N_THREAD_NO_RESOLVER);
    bench_thread_start(0, faulter, BENCH_PRIORITY, bench_root_space(), scratch(SLOT_COPY));
    bench_run(1);
    const char *parameters = "\"fault\": \"invalid instruction\"";
    const struct bench_stamps *s = &bench_stamps;
    bench_record("fault_delivery", parameters, s->start, s->end);
    bench_record("fault_resume", parameters, s->back_start, s->back_end);
    bench_record_sum("fault_round_trip", parameters, s->start, s->end, s->back_start, s->back_end);
    bench_end();
}
