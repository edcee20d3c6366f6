/* __atomic_exchange(): swap a non-lock-free atomic object's value (libc, atomic; compiler run
 * time). */
#include "atomic_impl.h"
#include <string.h>

void __koito_atomic_exchange(size_t size, volatile void *object, const void *value, void *result,
                             int order) __asm__("__atomic_exchange");

void __koito_atomic_exchange(size_t size, volatile void *object, const void *value, void *result,
                             int order)
{
    (void)order; /* the lock orders everything */
    int *lock = __koito_atomic_lock(object);
    memcpy(result, (const void *)object, size);
    memcpy((void *)object, value, size);
    __koito_atomic_unlock(lock);
}
