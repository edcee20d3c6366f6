/* __atomic_load_16(): load a 16-byte atomic integer (libc, atomic; compiler run time). */
#include "atomic_impl.h"

__koito_atomic16 __koito_atomic_load_16(const volatile void *object,
                                        int order) __asm__("__atomic_load_16");

__koito_atomic16 __koito_atomic_load_16(const volatile void *object, int order)
{
    (void)order; /* the lock orders everything */
    int *lock = __koito_atomic_lock(object);
    __koito_atomic16 value = *(const volatile __koito_atomic16 *)object;
    __koito_atomic_unlock(lock);
    return value;
}
