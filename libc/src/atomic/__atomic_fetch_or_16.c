/* __atomic_fetch_or_16(): or into a 16-byte atomic integer, returning the old value
 * (libc, atomic; compiler run time). */
#include "atomic_impl.h"

__koito_atomic16 __koito_atomic_fetch_or_16(volatile void *object, __koito_atomic16 operand,
                                            int order) __asm__("__atomic_fetch_or_16");

__koito_atomic16 __koito_atomic_fetch_or_16(volatile void *object, __koito_atomic16 operand,
                                            int order)
{
    (void)order; /* the lock orders everything */
    int *lock = __koito_atomic_lock(object);
    __koito_atomic16 old = *(volatile __koito_atomic16 *)object;
    *(volatile __koito_atomic16 *)object = old | operand;
    __koito_atomic_unlock(lock);
    return old;
}
