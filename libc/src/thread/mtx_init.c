/* mtx_init() (libc, threads): a recursive mutex for mtx_recursive, a normal one otherwise. */
#include <threads.h>

int mtx_init(mtx_t *mutex, int type)
{
    if ((type & ~(mtx_recursive | mtx_timed)) != 0)
        return thrd_error;
    pthread_mutexattr_t attributes;
    pthread_mutexattr_init(&attributes);
    pthread_mutexattr_settype(&attributes, (type & mtx_recursive) ? PTHREAD_MUTEX_RECURSIVE
                                                                  : PTHREAD_MUTEX_NORMAL);
    pthread_mutex_init(mutex, &attributes);
    return thrd_success;
}
