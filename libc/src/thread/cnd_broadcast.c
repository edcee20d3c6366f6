/* cnd_broadcast() (libc, threads). */
#include <threads.h>

int cnd_broadcast(cnd_t *condition)
{
    pthread_cond_broadcast(condition);
    return thrd_success;
}
