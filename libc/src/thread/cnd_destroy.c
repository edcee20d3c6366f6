/* cnd_destroy() (libc, threads). */
#include <threads.h>

void cnd_destroy(cnd_t *condition)
{
    pthread_cond_destroy(condition);
}
