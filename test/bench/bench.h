/*
 * The kernel benchmark suite (issue 6): shared declarations of the timing
 * loop, the results table and the set-up every benchmark uses.
 *
 * The suite runs as the root program of a PVH boot under
 * `koito-run --icount`, where QEMU advances the guest's time stamp counter
 * by one per guest instruction: every figure is a count of guest
 * instructions and repeats exactly from run to run.
 *
 * Method, as seL4's sel4bench: a timestamp is read in user space right
 * before and right after each kernel call, on both sides of a switch (one
 * way = the receiver's timestamp after its call returned minus the sender's
 * before its call), and the timing loop's own cost (two timestamps back to
 * back) is subtracted. Each figure runs BENCH_WARMUP times unrecorded, then
 * BENCH_SAMPLES times recorded, and reports min, median and max.
 *
 * Objects come from the capability suite's fixture (../guest/capability):
 * each benchmark group starts with fixture_begin() and ends with
 * fixture_end(), which revokes the generic, so every group starts from the
 * same state. Threads and their IPC buffers are the IPC suite's helpers
 * (../guest/ipc/helpers.h): threads in scratch(0..3), each parking itself
 * when done. Layout of the other scratch slots:
 *   SLOT_PORT .. SLOT_NOTIFICATION_COPY   as in ../guest/ipc/helpers.h
 *   BENCH_SLOT_NODE      a node of 2^BENCH_NODE_RADIX slots: frames, copies, tables
 *   BENCH_SLOT_SPACE     the second address space (bench_space_make)
 *   BENCH_SLOT_GENERIC   a child generic that convert benchmarks revoke
 *   BENCH_SLOT_OBJECT    the object a convert benchmark makes
 */
#ifndef KOITO_BENCH_BENCH_H
#define KOITO_BENCH_BENCH_H

#include <a9n/a9n.h>
#include <stdint.h>

#define BENCH_WARMUP  16u
#define BENCH_SAMPLES 64u
#define BENCH_TOTAL   (BENCH_WARMUP + BENCH_SAMPLES)

enum bench_slot {
    BENCH_SLOT_NODE = 20,
    BENCH_SLOT_SPACE,
    BENCH_SLOT_GENERIC,
    BENCH_SLOT_OBJECT,
    BENCH_SLOT_INTERRUPT, /* interrupt latency (latency_bench.c): the UART's interrupt port */
    BENCH_SLOT_UART,      /* the UART's I/O ports (COM1, or COM2 where the kernel keeps COM1) */
    BENCH_SLOT_SIGNAL,    /* the notification the interrupt signals, and its badged copy */
    BENCH_SLOT_SIGNAL_BADGED,
    BENCH_SLOT_BIG,   /* the node of 2^16 slots the long operations work on */
    BENCH_SLOT_FRAME, /* the 1 GiB frame */
};

/* The bench node: 2^11 slots, enough for 1,024 frames, the second address space's frame copies
 * and page tables. */
#define BENCH_NODE_RADIX 11u

/* Priorities of benchmark threads; the root thread drops below all of them while they run. */
#define BENCH_PRIORITY       100u
#define BENCH_PRIORITY_HIGH  110u
#define BENCH_PRIORITY_LOW   90u
#define BENCH_PRIORITY_LOWER 80u
#define BENCH_PRIORITY_IDLE  1u

/* The time stamp counter: guest instructions under -icount shift=0. The two
 * halves are joined inside the one asm statement, so the compiler cannot
 * defer that work into the next timed region. */
static inline uint64_t bench_now(void)
{
    uint64_t now;
    __asm__ volatile("rdtsc\n\t"
                     "shl $32, %%rdx\n\t"
                     "or %%rdx, %%rax"
                     : "=a"(now)
                     :
                     : "rdx");
    return now;
}

/* Timestamps the threads of one benchmark leave for the root thread: sample k of each side. */
struct bench_stamps {
    volatile uint64_t start[BENCH_TOTAL + 1]; /* sender, before its call */
    volatile uint64_t end[BENCH_TOTAL + 1];   /* receiver, after its call returned */
    volatile uint64_t back_start[BENCH_TOTAL + 1];
    volatile uint64_t back_end[BENCH_TOTAL + 1];
    volatile uint64_t count; /* samples taken so far */
};

extern struct bench_stamps bench_stamps;

/* Measure the timing loop's overhead (two timestamps back to back); call first. */
void bench_measure_overhead(void);

/* Clear bench_stamps for the next benchmark. */
void bench_stamps_clear(void);

/*
 * Add a figure to the results: deltas[k] = end[k] - start[k] for the recorded samples k (from
 * BENCH_WARMUP to BENCH_TOTAL - 1), each minus the overhead. parameters is the inside of a JSON
 * object, e.g. "\"words\": 8".
 */
void bench_record(const char *name, const char *parameters, const volatile uint64_t *start,
                  const volatile uint64_t *end);

/* Add a figure whose samples are the sum of two one-way figures (a round trip). */
void bench_record_sum(const char *name, const char *parameters, const volatile uint64_t *start,
                      const volatile uint64_t *end, const volatile uint64_t *back_start,
                      const volatile uint64_t *back_end);

/* Add a figure measured once (a case too long to repeat; icount makes it exact). */
void bench_record_single(const char *name, const char *parameters, uint64_t value);

/* Print every figure as one JSON document between BENCH-JSON-BEGIN and BENCH-JSON-END lines. */
void bench_print_results(void);

/* Number of failed checks so far (setup.c's guest_test_fail counts them). */
unsigned bench_failures(void);

/* Start a benchmark group: fixture memory, helper reports and stamps cleared, the bench node. */
void bench_begin(void);

/* End a benchmark group: fixture_end(). */
void bench_end(void);

/* Descriptor of slot `index` of the bench node. */
a9n_descriptor_t bench_node_slot(unsigned index);

/* The root server's own address space. */
a9n_descriptor_t bench_root_space(void);

/* Link the page tables missing above a frame of 2^size_bits at address in space, as a pager does:
 * each from the fixture's generic into the next free slot of the bench node. */
void bench_link_tables(a9n_descriptor_t space, uint64_t address, uint64_t size_bits);

/*
 * Build a second address space in scratch(BENCH_SLOT_SPACE) that maps the root server's frames
 * (copies of the capabilities the root info lists as mapped) at the same addresses: code and
 * constants read and execute, the rest read and write. Threads in it run the root server's
 * functions on the same memory, behind another page-table root.
 */
a9n_descriptor_t bench_space_make(void);

/*
 * Make helper thread i (scratch(i), stack i, IPC buffer helper_buffer(i)) run entry(i) at
 * `priority` in address_space, with `resolver` (or A9N_THREAD_NO_RESOLVER), and resume
 * it; it runs once the root thread drops below it (bench_run).
 */
a9n_descriptor_t bench_thread_start(unsigned i, void (*entry)(uint64_t), unsigned priority,
                                    a9n_descriptor_t address_space, a9n_descriptor_t resolver);

/* Let the benchmark threads run until each has parked or blocked, then check helpers
 * 0..finishers-1 parked. */
void bench_run(unsigned finishers);

/* The benchmark groups (one file each). */
void bench_kernel_calls(void);
void bench_ipc(void);
void bench_notifications(void);
void bench_yield(void);
void bench_faults(void);
void bench_mapping(void);
void bench_convert(void);
void bench_capabilities(void);
void bench_interrupt_latency(void);

#endif
