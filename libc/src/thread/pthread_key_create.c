/* pthread_key_create() (libc, threads): EAGAIN when all PTHREAD_KEYS_MAX keys exist. */
#include "thread_impl.h"
#include <errno.h>

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *))
{
    int error = EAGAIN;
    __koito_lock_take(&__koito_keys_lock);
    for (unsigned i = 0; i < PTHREAD_KEYS_MAX; i++) {
        if ((__koito_keys[i].generation & 1) == 0) {
            __koito_keys[i].destructor = destructor;
            __atomic_store_n(&__koito_keys[i].generation, __koito_keys[i].generation + 1,
                             __ATOMIC_RELEASE);
            *key = i;
            error = 0;
            break;
        }
    }
    __koito_lock_release(&__koito_keys_lock);
    return error;
}
