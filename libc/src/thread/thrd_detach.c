/* thrd_detach() (libc, threads). */
#include <threads.h>

int thrd_detach(thrd_t thread)
{
    return pthread_detach(thread) == 0 ? thrd_success : thrd_error;
}
