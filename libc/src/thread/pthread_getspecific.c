/* pthread_getspecific() (libc, threads): NULL for a value never set under the key as it is now. */
#include "thread_impl.h"
#include <stddef.h>

void *pthread_getspecific(pthread_key_t key)
{
    if (key >= PTHREAD_KEYS_MAX)
        return NULL;
    struct __koito_thread_value *slot = &pthread_self()->values[key];
    unsigned generation = __atomic_load_n(&__koito_keys[key].generation, __ATOMIC_ACQUIRE);
    return slot->generation == generation ? slot->value : NULL;
}
