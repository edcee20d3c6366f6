/* mtx_destroy() (libc, threads). */
#include <threads.h>

void mtx_destroy(mtx_t *mutex)
{
    pthread_mutex_destroy(mutex);
}
