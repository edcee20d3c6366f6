/* __atomic_compare_exchange_16(): compare and swap a 16-byte atomic integer (libc, atomic;
 * compiler run time). */
#include "atomic_impl.h"
#include <stdbool.h>

bool __koito_atomic_compare_exchange_16(volatile void *object, __koito_atomic16 *expected,
                                        __koito_atomic16 desired, int success,
                                        int failure) __asm__("__atomic_compare_exchange_16");

bool __koito_atomic_compare_exchange_16(volatile void *object, __koito_atomic16 *expected,
                                        __koito_atomic16 desired, int success, int failure)
{
    (void)success; /* the lock orders everything */
    (void)failure;
    int *lock = __koito_atomic_lock(object);
    __koito_atomic16 current = *(volatile __koito_atomic16 *)object;
    bool equal = current == *expected;
    if (equal)
        *(volatile __koito_atomic16 *)object = desired;
    else
        *expected = current;
    __koito_atomic_unlock(lock);
    return equal;
}
