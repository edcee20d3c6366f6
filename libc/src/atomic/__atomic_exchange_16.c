/* __atomic_exchange_16(): swap a 16-byte atomic integer (libc, atomic; compiler run time). */
#include "atomic_impl.h"

__koito_atomic16 __koito_atomic_exchange_16(volatile void *object, __koito_atomic16 value,
                                            int order) __asm__("__atomic_exchange_16");

__koito_atomic16 __koito_atomic_exchange_16(volatile void *object, __koito_atomic16 value,
                                            int order)
{
    (void)order; /* the lock orders everything */
    int *lock = __koito_atomic_lock(object);
    __koito_atomic16 old = *(volatile __koito_atomic16 *)object;
    *(volatile __koito_atomic16 *)object = value;
    __koito_atomic_unlock(lock);
    return old;
}
