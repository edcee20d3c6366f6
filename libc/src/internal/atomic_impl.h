/*
 * The run-time support behind _Atomic objects that are not lock-free (libc,
 * internal header of atomic).
 *
 * For an atomic object too large for the processor's atomic instructions
 * (a 24-byte structure, an __int128), clang calls the functions GCC's
 * libatomic defines: __atomic_load, __atomic_store, __atomic_exchange and
 * __atomic_compare_exchange with the size as first argument, and the
 * _16-suffixed forms for 16-byte integers. Each takes one of a small table
 * of spinlocks, chosen by hashing the object's address, so every access to
 * one object is serialised by the same lock while unrelated objects rarely
 * share one. The compiler makes the choice per type, so every access to
 * one object goes the same way: all through these locks or all inline.
 *
 * The functions' names are the compiler's builtins, which C cannot define
 * under their own names: each is defined under a __koito_ name with an
 * assembler label giving the real one.
 */
#ifndef KOITO_LIBC_INTERNAL_ATOMIC_IMPL_H
#define KOITO_LIBC_INTERNAL_ATOMIC_IMPL_H

#include "libc.h"
#include <stddef.h>

/* Takes the lock that guards the object at `address`; returns it for
 * __koito_atomic_unlock. */
__KOITO_HIDDEN int *__koito_atomic_lock(const volatile void *address);

static inline void __koito_atomic_unlock(int *lock)
{
    __atomic_store_n(lock, 0, __ATOMIC_RELEASE);
}

/* The type of the _16 forms. */
typedef unsigned __int128 __koito_atomic16;

#endif
