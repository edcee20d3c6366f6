/* call_once() (libc, threads). */
#include <threads.h>

void call_once(once_flag *flag, void (*routine)(void))
{
    pthread_once(flag, routine);
}
