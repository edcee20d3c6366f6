/*
 * __atomic_compare_exchange(): replace a non-lock-free atomic object's value
 * if it equals the expected one, else report the value found (libc,
 * atomic; compiler run time). Objects compare by their bytes, as C17's
 * atomic_compare_exchange does.
 */
#include "atomic_impl.h"
#include <stdbool.h>
#include <string.h>

bool __koito_atomic_compare_exchange(size_t size, volatile void *object, void *expected,
                                     const void *desired, int success,
                                     int failure) __asm__("__atomic_compare_exchange");

bool __koito_atomic_compare_exchange(size_t size, volatile void *object, void *expected,
                                     const void *desired, int success, int failure)
{
    (void)success; /* the lock orders everything */
    (void)failure;
    int *lock = __koito_atomic_lock(object);
    bool equal = memcmp((const void *)object, expected, size) == 0;
    if (equal)
        memcpy((void *)object, desired, size);
    else
        memcpy(expected, (const void *)object, size);
    __koito_atomic_unlock(lock);
    return equal;
}
