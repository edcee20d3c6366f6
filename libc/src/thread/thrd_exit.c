/* thrd_exit() (libc, threads). */
#include <threads.h>

_Noreturn void thrd_exit(int result)
{
    pthread_exit((void *)(long)result);
}
