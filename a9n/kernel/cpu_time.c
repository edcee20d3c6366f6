/*
 * Processor time (portable core); see include/kernel/cpu_time.h.
 *
 * Counts are kept in cycles of the time-stamp counter, which the kernel reads
 * through the HAL, and converted to nanoseconds only when asked, with the
 * frequency the HAL measured at boot (the one the information block's clock
 * uses). When it could not be measured, a cycle counts as a nanosecond.
 */
#include <hal/hal.h>
#include <kernel/address_space.h>
#include <kernel/cpu_time.h>
#include <kernel/sched.h>

#define NANOSECONDS_PER_SECOND UINT64_C(1000000000)

static uint64_t charged_until; /* counter value up to which time has been charged */

void cpu_time_charge(struct thread *running)
{
    uint64_t now = hal_cycle_counter();
    uint64_t cycles = now - charged_until;
    charged_until = now;
    if (!running)
        return;
    running->cpu_cycles += cycles;
    if (running->vspace_root.capability.type == A9N_OBJECT_ADDRESS_SPACE)
        address_space_charge(&running->vspace_root.capability, cycles);
}

/* Split so that no product overflows: the remainder is below the frequency,
 * and a frequency below 2^34 Hz times 10^9 stays below 2^64. */
static uint64_t cpu_time_nanoseconds(uint64_t cycles)
{
    uint64_t hz = hal_tsc_frequency();
    if (hz == 0 || hz >= UINT64_C(1) << 34)
        return cycles;
    return cycles / hz * NANOSECONDS_PER_SECOND + cycles % hz * NANOSECONDS_PER_SECOND / hz;
}

uint64_t cpu_time_of_thread(const struct thread *thread)
{
    uint64_t cycles = thread->cpu_cycles;
    if (thread == sched_current())
        cycles += hal_cycle_counter() - charged_until;
    return cpu_time_nanoseconds(cycles);
}

uint64_t cpu_time_of_address_space(const struct capability *capability)
{
    uint64_t cycles = address_space_cpu_cycles(capability);
    struct thread *running = sched_current();
    if (running && thread_vspace_root(running) == address_space_root(capability))
        cycles += hal_cycle_counter() - charged_until;
    return cpu_time_nanoseconds(cycles);
}
