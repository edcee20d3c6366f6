/* __atomic_store(): store into a non-lock-free atomic object (libc, atomic; compiler run time). */
#include "atomic_impl.h"
#include <string.h>

void __koito_atomic_store(size_t size, volatile void *object, const void *value,
                          int order) __asm__("__atomic_store");

void __koito_atomic_store(size_t size, volatile void *object, const void *value, int order)
{
    (void)order; /* the lock orders everything */
    int *lock = __koito_atomic_lock(object);
    memcpy((void *)object, value, size);
    __koito_atomic_unlock(lock);
}
