/* mtx_lock() (libc, threads). */
#include <threads.h>

int mtx_lock(mtx_t *mutex)
{
    return pthread_mutex_lock(mutex) == 0 ? thrd_success : thrd_error;
}
