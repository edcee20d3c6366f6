/* pthread_attr_getdetachstate() (libc, threads). */
#include <pthread.h>

int pthread_attr_getdetachstate(const pthread_attr_t *attributes, int *state)
{
    *state = attributes->__detach_state;
    return 0;
}
