/* cnd_wait() (libc, threads). */
#include <threads.h>

int cnd_wait(cnd_t *condition, mtx_t *mutex)
{
    return pthread_cond_wait(condition, mutex) == 0 ? thrd_success : thrd_error;
}
