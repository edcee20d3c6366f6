/* thrd_current() (libc, threads). */
#include <threads.h>

thrd_t thrd_current(void)
{
    return pthread_self();
}
