/* pthread_create() (libc, threads): EAGAIN when no thread can be made,
 * EINVAL for a stack larger than the port allows. */
#include "thread_impl.h"

int pthread_create(pthread_t *restrict thread, const pthread_attr_t *restrict attributes,
                   void *(*start)(void *), void *restrict argument)
{
    return __koito_thread_spawn(thread, attributes, start, NULL, argument);
}
