/*
 * The tests of the hostile suite kept apart from main.c, and what they share with it.
 */
#ifndef KOITO_GUEST_HOSTILE_TESTS_H
#define KOITO_GUEST_HOSTILE_TESTS_H

#include <a9n/a9n.h>
#include <stdint.h>

/* The suite's deterministic generator: one xorshift step of *state. */
static inline uint64_t hostile_random(uint64_t *state)
{
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return *state;
}

/* A capability call made with random RFLAGS and data selectors (cpu_state.c). */
enum a9n_error hostile_call(a9n_descriptor_t target, uint64_t operation,
                            uint64_t mr[A9N_MESSAGE_REGISTERS], uint64_t *state);

/* Set the calling thread's TLS base to a random value (valid or not). */
void hostile_tls_base(uint64_t *state);
/* Remember the thread's TLS base, and put it back: libc keeps errno and its
 * lock owners in TLS, so the suite restores it before it uses libc again
 * (random calls may change it too: set_tls_base is among them). */
void hostile_tls_save(void);
void hostile_tls_restore(void);

/* Check that the root server's own node, thread and address space are still in their slots. */
void check_root_intact(void);

void test_ipc_storm(void);
void test_selector_faults(void);

#endif
