/* pthread_self() (libc, threads). */
#include "thread_impl.h"

pthread_t pthread_self(void)
{
    struct __koito_pthread *self = __koito_thread_current;
    return self != NULL ? self : &__koito_main_thread;
}
