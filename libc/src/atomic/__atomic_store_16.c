/* __atomic_store_16(): store a 16-byte atomic integer (libc, atomic; compiler run time). */
#include "atomic_impl.h"

void __koito_atomic_store_16(volatile void *object, __koito_atomic16 value,
                             int order) __asm__("__atomic_store_16");

void __koito_atomic_store_16(volatile void *object, __koito_atomic16 value, int order)
{
    (void)order; /* the lock orders everything */
    int *lock = __koito_atomic_lock(object);
    *(volatile __koito_atomic16 *)object = value;
    __koito_atomic_unlock(lock);
}
