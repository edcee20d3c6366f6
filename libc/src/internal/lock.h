/*
 * Internal locks of KOITO-libc (libc, internal header).
 *
 * A lock is one int: 0 free, 1 held, 2 held with (possible) waiters. Taking
 * a free lock is one atomic compare-exchange and releasing an uncontended one
 * is one atomic exchange, with no call into the OS; only a contended lock
 * waits and wakes through the port's __koito_futex_wait/__koito_futex_wake.
 * The recursive lock (for FILE streams) adds an owner, named by
 * __koito_thread_self(), and a depth.
 */
#ifndef KOITO_LIBC_INTERNAL_LOCK_H
#define KOITO_LIBC_INTERNAL_LOCK_H

#include "libc.h"

struct __koito_lock {
    volatile int word;
};

#define __KOITO_LOCK_INIT                                                                          \
    {                                                                                              \
        0                                                                                          \
    }

struct __koito_recursive_lock {
    struct __koito_lock lock;
    unsigned long owner; /* thread holding it, 0 if none; written only by the holder */
    unsigned depth;      /* how many times the owner took it */
};

#define __KOITO_RECURSIVE_LOCK_INIT                                                                \
    {                                                                                              \
        __KOITO_LOCK_INIT, 0, 0                                                                    \
    }

/* The contended half of __koito_lock_take(): spins briefly, then waits. */
__KOITO_HIDDEN void __koito_lock_take_slow(struct __koito_lock *lock);

static inline void __koito_lock_take(struct __koito_lock *lock)
{
    int expected = 0;
    if (__builtin_expect(__atomic_compare_exchange_n(&lock->word, &expected, 1, 0, __ATOMIC_ACQUIRE,
                                                     __ATOMIC_RELAXED),
                         1)) {
        return;
    }
    __koito_lock_take_slow(lock);
}

/* Returns 1 if the lock was free and is now held, 0 otherwise. */
static inline int __koito_lock_try(struct __koito_lock *lock)
{
    int expected = 0;
    return __atomic_compare_exchange_n(&lock->word, &expected, 1, 0, __ATOMIC_ACQUIRE,
                                       __ATOMIC_RELAXED);
}

/* Wakes one waiter when the word said someone may wait. */
__KOITO_HIDDEN void __koito_lock_wake(struct __koito_lock *lock);

static inline void __koito_lock_release(struct __koito_lock *lock)
{
    if (__builtin_expect(__atomic_exchange_n(&lock->word, 0, __ATOMIC_RELEASE) == 2, 0)) {
        __koito_lock_wake(lock);
    }
}

__KOITO_HIDDEN void __koito_recursive_lock_take(struct __koito_recursive_lock *lock);
/* Returns 1 if the caller now holds the lock (again), 0 if another thread does. */
__KOITO_HIDDEN int __koito_recursive_lock_try(struct __koito_recursive_lock *lock);
/* Precondition: the caller holds the lock. */
__KOITO_HIDDEN void __koito_recursive_lock_release(struct __koito_recursive_lock *lock);

#endif
