/* cnd_signal() (libc, threads). */
#include <threads.h>

int cnd_signal(cnd_t *condition)
{
    pthread_cond_signal(condition);
    return thrd_success;
}
