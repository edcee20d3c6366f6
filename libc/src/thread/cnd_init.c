/* cnd_init() (libc, threads). */
#include <threads.h>

int cnd_init(cnd_t *condition)
{
    pthread_cond_init(condition, NULL);
    return thrd_success;
}
