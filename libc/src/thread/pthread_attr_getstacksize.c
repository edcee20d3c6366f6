/* pthread_attr_getstacksize() (libc, threads): the default (64 KiB, libkoito's) when unset. */
#include <pthread.h>

#define DEFAULT_STACK_SIZE (64u * 1024u)

int pthread_attr_getstacksize(const pthread_attr_t *restrict attributes, size_t *restrict size)
{
    *size = attributes->__stack_size != 0 ? attributes->__stack_size : DEFAULT_STACK_SIZE;
    return 0;
}
