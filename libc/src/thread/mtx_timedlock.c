/* mtx_timedlock() (libc, threads). */
#include <errno.h>
#include <threads.h>

int mtx_timedlock(mtx_t *restrict mutex, const struct timespec *restrict deadline)
{
    int error = pthread_mutex_timedlock(mutex, deadline);
    return error == 0 ? thrd_success : error == ETIMEDOUT ? thrd_timedout : thrd_error;
}
