/* The errno object (libc, errno): one per thread, in its static TLS block. */
#include <errno.h>

static _Thread_local int error_number;

int *__errno_location(void)
{
    return &error_number;
}
