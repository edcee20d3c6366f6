/* Giving up the time slice (libc, OS port): the kernel's yield call. */
#include "port.h"
#include <a9n/a9n.h>

void __koito_yield(void)
{
    a9n_yield();
}
