/* pthread_attr_setdetachstate() (libc, threads): EINVAL for an unknown state. */
#include <errno.h>
#include <pthread.h>

int pthread_attr_setdetachstate(pthread_attr_t *attributes, int state)
{
    if (state != PTHREAD_CREATE_JOINABLE && state != PTHREAD_CREATE_DETACHED)
        return EINVAL;
    attributes->__detach_state = state;
    return 0;
}
