/*
 * Helpers of the thread suite; see threads.h.
 */
#include "threads.h"

#include "../capability/fixture.h"

#include <guest_test.h>

static uint8_t stacks[4][THREAD_STACK_SIZE] __attribute__((aligned(16)));

a9n_descriptor_t thread_make(unsigned n, unsigned stack_index, void (*entry)(uint64_t),
                             uint64_t argument, unsigned priority)
{
    a9n_descriptor_t thread = scratch(n);
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_THREAD, 0, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + n, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_configure(thread, root_slot(A9N_ROOT_SLOT_NODE),
                                        root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE), 0,
                                        A9N_THREAD_NO_RESOLVER),
                   A9N_OK);
    /* Entered like a function call: the stack pointer is 8 below a 16-byte boundary. */
    uint64_t stack_top = (uint64_t)(uintptr_t)(stacks[stack_index] + THREAD_STACK_SIZE) - 8;
    GUEST_CHECK_EQ(a9n_thread_write_registers(thread, A9N_X86_64_RIP, 2, (uint64_t)(uintptr_t)entry,
                                              stack_top, 0, 0, 0, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_write_registers(thread, A9N_X86_64_RDI, 1, argument, 0, 0, 0, 0, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(
        a9n_thread_set_priority(thread, root_slot(A9N_ROOT_SLOT_THREAD), priority, priority),
        A9N_OK);
    return thread;
}

void thread_spin(uint64_t iterations)
{
    for (volatile uint64_t i = 0; i < iterations; i++)
        ;
}
