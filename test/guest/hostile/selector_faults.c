/*
 * The hostile suite's selector test: a helper thread loads every kind of
 * 16-bit value into its data segment registers, most of which fault (#GP in
 * user mode: no such descriptor, a system or kernel segment, an LDT
 * selector). Its resolver is the root server, which checks that the kernel
 * reports a protection fault at the load, skips the load and lets the
 * helper go on; after every load the helper makes a kernel call with
 * whatever its registers hold. The kernel must stay intact throughout.
 * (Selectors with the table bit set once read descriptors from an LDT at
 * address 0, user memory, since the kernel never loaded a null LDTR: the
 * fault reported was a page fault at the selector's offset.)
 */
#include "tests.h"

#include "../ipc/helpers.h"
#include "../thread/threads.h"

#include <fixture.h>
#include <guest_test.h>

#define SELECTOR_LOADS  4000u
#define USER_DATA       0x23u
/* mov %eax, %sreg is 8e /r: two bytes, the length the resolver skips. */
#define MOV_SREG_OPCODE 0x8eu
#define MOV_SREG_LENGTH 2u

static void selector_loader(uint64_t i)
{
    uint64_t state = UINT64_C(0x853c49e6748fea9b);
    for (unsigned k = 0; k < SELECTOR_LOADS; k++) {
        /* Every eighth load is one ring 3 may make (null, user data, user
         * code); nearly every random one faults. */
        static const uint32_t loadable[] = {0, 3, 0x23, 0x2b};
        uint32_t value = k % 8 == 7 ? loadable[(k / 8) % 4] : (uint16_t)hostile_random(&state);
        switch (k % 4) {
        case 0:
            __asm__ volatile("mov %%eax, %%ds" : : "a"(value) : "memory");
            break;
        case 1:
            __asm__ volatile("mov %%eax, %%es" : : "a"(value) : "memory");
            break;
        case 2:
            __asm__ volatile("mov %%eax, %%fs" : : "a"(value) : "memory");
            break;
        default:
            __asm__ volatile("mov %%eax, %%gs" : : "a"(value) : "memory");
            break;
        }
        a9n_yield();
    }
    __asm__ volatile("mov %0, %%ds\n\tmov %0, %%es" : : "r"(USER_DATA) : "memory");
    /* An ordinary message tells the resolver the loads are over. */
    struct a9n_message done = {.info = A9N_MESSAGE_INFO(0, 0)};
    a9n_ipc_port_send(scratch(SLOT_PORT), &done);
    helper_park(i);
}

void test_selector_faults(void)
{
    ipc_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    a9n_descriptor_t thread = thread_make(0, 0, selector_loader, 0, PRIORITY_LOW);
    GUEST_CHECK_EQ(a9n_thread_configure(thread, root_slot(A9N_ROOT_SLOT_NODE),
                                        root_slot(A9N_ROOT_SLOT_ADDRESS_SPACE),
                                        (uint64_t)(uintptr_t)helper_buffer(0), scratch(SLOT_PORT)),
                   A9N_OK);
    GUEST_CHECK_EQ(a9n_thread_resume(thread), A9N_OK);
    unsigned faults = 0;
    for (;;) {
        struct a9n_message m = {0};
        if (a9n_ipc_port_receive(scratch(SLOT_PORT), &m) != A9N_OK || !(m.info & A9N_MESSAGE_FAULT))
            break;
        uint64_t rip = m.words[2];
        GUEST_CHECK_EQ(m.words[0], A9N_FAULT_PROTECTION);
        GUEST_CHECK_EQ(*(const volatile uint8_t *)(uintptr_t)rip, MOV_SREG_OPCODE);
        GUEST_CHECK_EQ(a9n_thread_write_registers(thread, A9N_X86_64_RIP, 1, rip + MOV_SREG_LENGTH,
                                                  0, 0, 0, 0, 0),
                       A9N_OK);
        struct a9n_message reply = {.info = A9N_MESSAGE_INFO(0, 0)};
        GUEST_CHECK_EQ(a9n_ipc_port_reply(scratch(SLOT_PORT), &reply), A9N_OK);
        faults++;
    }
    /* The loadable eighth never faults; of the random values, nearly all do. */
    GUEST_CHECK(faults <= SELECTOR_LOADS - SELECTOR_LOADS / 8);
    GUEST_CHECK(faults > SELECTOR_LOADS - SELECTOR_LOADS / 8 - 16);
    let_lower_run();
    GUEST_CHECK_EQ(helper_report[0].done, 1);
    fixture_end();
    check_root_intact();
}
