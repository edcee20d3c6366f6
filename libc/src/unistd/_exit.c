/* _exit() (libc, unistd): ends the process at once, like _Exit(). */
#include <stdlib.h>
#include <unistd.h>

_Noreturn void _exit(int status)
{
    _Exit(status);
}
