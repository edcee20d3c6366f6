/* __atomic_load(): load a non-lock-free atomic object (libc, atomic; compiler run time). */
#include "atomic_impl.h"
#include <string.h>

void __koito_atomic_load(size_t size, const volatile void *object, void *result,
                         int order) __asm__("__atomic_load");

void __koito_atomic_load(size_t size, const volatile void *object, void *result, int order)
{
    (void)order; /* the lock orders everything */
    int *lock = __koito_atomic_lock(object);
    memcpy(result, (const void *)object, size);
    __koito_atomic_unlock(lock);
}
