/*
 * Key destructors at thread exit (libc, threads): each non-NULL value of a
 * live key with a destructor is cleared and passed to it; a destructor may
 * set values again, so this repeats up to PTHREAD_DESTRUCTOR_ITERATIONS
 * times while any remain.
 */
#include "thread_impl.h"
#include <stddef.h>

void __koito_thread_run_destructors(struct __koito_pthread *thread)
{
    for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
        int ran = 0;
        for (unsigned key = 0; key < PTHREAD_KEYS_MAX; key++) {
            struct __koito_thread_value *slot = &thread->values[key];
            unsigned generation = __atomic_load_n(&__koito_keys[key].generation, __ATOMIC_ACQUIRE);
            void (*destructor)(void *) = __koito_keys[key].destructor;
            if (slot->value == NULL || slot->generation != generation || destructor == NULL)
                continue;
            void *value = slot->value;
            slot->value = NULL;
            destructor(value);
            ran = 1;
        }
        if (!ran)
            return;
    }
}
