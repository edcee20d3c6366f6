/* pthread_attr_destroy() (libc, threads): attributes hold no resources. */
#include <pthread.h>

int pthread_attr_destroy(pthread_attr_t *attributes)
{
    (void)attributes;
    return 0;
}
