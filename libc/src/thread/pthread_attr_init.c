/* pthread_attr_init() (libc, threads): joinable, the port's default stack. */
#include <pthread.h>

int pthread_attr_init(pthread_attr_t *attributes)
{
    attributes->__stack_size = 0;
    attributes->__detach_state = PTHREAD_CREATE_JOINABLE;
    return 0;
}
