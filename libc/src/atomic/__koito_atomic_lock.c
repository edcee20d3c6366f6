/*
 * __koito_atomic_lock(): the spinlock table behind non-lock-free atomic
 * objects (libc, atomic; internal; see atomic_impl.h).
 *
 * A critical section is a copy of a few dozen bytes, so a holder keeps its
 * lock for a few instructions: waiters spin, and yield the processor only
 * when the holder seems to have been preempted.
 */
#include "atomic_impl.h"
#include <sched.h>

#define LOCKS 64
#define SPINS 128

/* One lock per cache line, so neighbouring locks do not contend. */
static struct {
    int word;
    char padding[64 - sizeof(int)];
} locks[LOCKS];

int *__koito_atomic_lock(const volatile void *address)
{
    unsigned long key = (unsigned long)address;
    int *lock = &locks[((key >> 4) ^ (key >> 10)) % LOCKS].word;
    for (;;) {
        if (__atomic_exchange_n(lock, 1, __ATOMIC_ACQUIRE) == 0)
            return lock;
        for (int spin = 0; spin < SPINS && __atomic_load_n(lock, __ATOMIC_RELAXED) != 0; spin++)
            __builtin_ia32_pause();
        if (__atomic_load_n(lock, __ATOMIC_RELAXED) != 0)
            sched_yield();
    }
}
