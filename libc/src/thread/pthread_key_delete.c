/* pthread_key_delete() (libc, threads): EINVAL for a key that does not exist.
 * Values set under it vanish (their generation no longer matches); no
 * destructor runs, as POSIX says. */
#include "thread_impl.h"
#include <errno.h>

int pthread_key_delete(pthread_key_t key)
{
    int error = EINVAL;
    __koito_lock_take(&__koito_keys_lock);
    if (key < PTHREAD_KEYS_MAX && (__koito_keys[key].generation & 1) != 0) {
        __atomic_store_n(&__koito_keys[key].generation, __koito_keys[key].generation + 1,
                         __ATOMIC_RELEASE);
        __koito_keys[key].destructor = NULL;
        error = 0;
    }
    __koito_lock_release(&__koito_keys_lock);
    return error;
}
