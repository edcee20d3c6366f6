/* tss_get() (libc, threads). */
#include <threads.h>

void *tss_get(tss_t key)
{
    return pthread_getspecific(key);
}
