/* pthread_attr_setstacksize() (libc, threads): EINVAL below PTHREAD_STACK_MIN;
 * a size too large for the port fails later, in pthread_create. */
#include <errno.h>
#include <pthread.h>

int pthread_attr_setstacksize(pthread_attr_t *attributes, size_t size)
{
    if (size < PTHREAD_STACK_MIN)
        return EINVAL;
    attributes->__stack_size = size;
    return 0;
}
