/*
 * __atomic_is_lock_free(): whether an atomic object of a size the compiler
 * could not decide on is lock-free (libc, atomic; compiler run time):
 * naturally aligned objects of 1, 2, 4 and 8 bytes are; everything else
 * goes through this library's locks.
 */
#include "atomic_impl.h"
#include <stdbool.h>

bool __koito_atomic_is_lock_free(size_t size,
                                 const volatile void *object) __asm__("__atomic_is_lock_free");

bool __koito_atomic_is_lock_free(size_t size, const volatile void *object)
{
    return (size == 1 || size == 2 || size == 4 || size == 8) &&
           ((unsigned long)object & (size - 1)) == 0;
}
