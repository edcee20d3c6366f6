/* pthread_cond_init() (libc, threads). */
#include <pthread.h>

int pthread_cond_init(pthread_cond_t *restrict condition,
                      const pthread_condattr_t *restrict attributes)
{
    condition->__sequence = 0;
    condition->__clock = attributes != NULL ? attributes->__clock : CLOCK_REALTIME;
    return 0;
}
