/* tss_set() (libc, threads). */
#include <threads.h>

int tss_set(tss_t key, void *value)
{
    return pthread_setspecific(key, value) == 0 ? thrd_success : thrd_error;
}
