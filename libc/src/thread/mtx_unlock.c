/* mtx_unlock() (libc, threads). */
#include <threads.h>

int mtx_unlock(mtx_t *mutex)
{
    return pthread_mutex_unlock(mutex) == 0 ? thrd_success : thrd_error;
}
