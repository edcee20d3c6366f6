/*
 * Tests that the kernel saves and restores user state: every register a
 * kernel call promises to keep (all but rax, rcx, r11), all general
 * registers across a timer preemption (the iretq path), and the SSE
 * registers in both cases. The register work is in registers.S.
 */
#include "tests.h"

#include <a9n/a9n.h>
#include <guest_test.h>

/* Each returns a bit mask of the registers that did not keep their value. */
uint64_t registers_check_kernel_call(uint64_t call);
uint64_t registers_check_spin(uint64_t iterations);
uint64_t vector_registers_check_kernel_call(uint64_t call);
uint64_t vector_registers_check_spin(uint64_t iterations);

/* Enough iterations to span several 10 ms timer ticks under emulation. */
#define PREEMPTION_SPIN 60000000ull

void test_registers_preserved_across_kernel_call(void)
{
    GUEST_CHECK_EQ(registers_check_kernel_call(A9N_KERNEL_CALL_YIELD), 0);
    GUEST_CHECK_EQ(registers_check_kernel_call(0xdead), 0);
}

void test_vector_registers_preserved_across_kernel_call(void)
{
    GUEST_CHECK_EQ(vector_registers_check_kernel_call(A9N_KERNEL_CALL_YIELD), 0);
    GUEST_CHECK_EQ(vector_registers_check_kernel_call(0xdead), 0);
}

void test_registers_preserved_across_preemption(void)
{
    GUEST_CHECK_EQ(registers_check_spin(PREEMPTION_SPIN), 0);
}

void test_vector_registers_preserved_across_preemption(void)
{
    GUEST_CHECK_EQ(vector_registers_check_spin(PREEMPTION_SPIN), 0);
}
