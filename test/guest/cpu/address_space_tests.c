/*
 * Cpu-suite test of extended state across address spaces: a program in a
 * second address space (ymm_program.S, loaded with the vspace suite's
 * helpers) and a thread in the root server's take turns, each with its own
 * pattern in ymm0..15, and each finds only its own after every switch.
 */
#include "cpu_probes.h"
#include "tests.h"

#include "../capability/fixture.h"
#include "../ipc/helpers.h"
#include "../vspace/vspace.h"

#include <guest_test.h>
#include <string.h>

#define ROUNDS         100u /* CPU_YMM_ROUNDS in ymm_program.S */
#define REMOTE_PATTERN UINT64_C(0x0123456700000000)
#define LOCAL_PATTERN  UINT64_C(0x7654321000000000)

extern const uint8_t cpu_ymm_program[], cpu_ymm_program_end[];

static volatile uint64_t local_rounds, local_wrong;

static void local_ymm(uint64_t i)
{
    cpu_probe_ymm_fill(LOCAL_PATTERN);
    for (unsigned r = 0; r < ROUNDS; r++) {
        a9n_yield();
        local_wrong += cpu_probe_ymm_check(LOCAL_PATTERN);
        local_rounds++;
    }
    helper_park(i);
}

void test_extended_state_across_address_spaces(void)
{
    vspace_begin();
    local_rounds = local_wrong = 0;
    vspace_load_program(fixture_generic);
    /* The code frame shows in the root server's window: put this program there. */
    memcpy((void *)(uintptr_t)PROGRAM_WINDOW_CODE, cpu_ymm_program,
           (size_t)(cpu_ymm_program_end - cpu_ymm_program));
    vspace_thread_start(1, local_ymm);
    vspace_program_start(0, REMOTE_PATTERN);
    struct a9n_message m;
    vspace_receive_fault(&m);
    GUEST_CHECK_EQ(m.words[0], A9N_FAULT_INVALID_INSTRUCTION);
    let_lower_run();
    volatile uint64_t *data = (volatile uint64_t *)(uintptr_t)PROGRAM_WINDOW_DATA;
    GUEST_CHECK_EQ(data[1], ROUNDS);
    GUEST_CHECK_EQ(data[0], 0);
    GUEST_CHECK_EQ(local_rounds, ROUNDS);
    GUEST_CHECK_EQ(local_wrong, 0);
    GUEST_CHECK_EQ(helper_report[1].done, 1);
    fixture_end();
}
