/*
 * The errno object (libc, errno). One per program until KOITO has threads;
 * then this becomes a per-thread lookup and callers need no change.
 */
#include <errno.h>

static int error_number;

int *__errno_location(void)
{
    return &error_number;
}
