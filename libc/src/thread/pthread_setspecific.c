/* pthread_setspecific() (libc, threads): EINVAL for a key that does not exist. */
#include "thread_impl.h"
#include <errno.h>

int pthread_setspecific(pthread_key_t key, const void *value)
{
    if (key >= PTHREAD_KEYS_MAX)
        return EINVAL;
    unsigned generation = __atomic_load_n(&__koito_keys[key].generation, __ATOMIC_ACQUIRE);
    if ((generation & 1) == 0)
        return EINVAL;
    struct __koito_thread_value *slot = &pthread_self()->values[key];
    slot->value = (void *)value;
    slot->generation = generation;
    return 0;
}
