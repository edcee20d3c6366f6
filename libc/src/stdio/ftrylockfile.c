/* ftrylockfile() (libc, stdio): flockfile() without waiting: 0 if the
 * calling thread now holds the lock, non-zero if another thread does. */
#include "stdio_impl.h"

int ftrylockfile(FILE *stream)
{
    return __koito_recursive_lock_try(&stream->lock) ? 0 : -1;
}
