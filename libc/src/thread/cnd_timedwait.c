/* cnd_timedwait() (libc, threads). */
#include <errno.h>
#include <threads.h>

int cnd_timedwait(cnd_t *restrict condition, mtx_t *restrict mutex,
                  const struct timespec *restrict deadline)
{
    int error = pthread_cond_clockwait(condition, mutex, CLOCK_REALTIME, deadline);
    return error == 0 ? thrd_success : error == ETIMEDOUT ? thrd_timedout : thrd_error;
}
