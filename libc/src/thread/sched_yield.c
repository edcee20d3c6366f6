/* sched_yield() (libc, threads): give the processor to another thread of the same priority. */
#include "port.h"
#include <sched.h>

int sched_yield(void)
{
    __koito_yield();
    return 0;
}
