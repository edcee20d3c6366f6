/* mtx_trylock() (libc, threads). */
#include <errno.h>
#include <threads.h>

int mtx_trylock(mtx_t *mutex)
{
    int error = pthread_mutex_trylock(mutex);
    return error == 0 ? thrd_success : error == EBUSY ? thrd_busy : thrd_error;
}
