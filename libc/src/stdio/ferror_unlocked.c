/* ferror_unlocked(): the error flag, lock held by the caller (libc, stdio). */
#include "stdio_impl.h"

int ferror_unlocked(FILE *stream)
{
    return stream->error;
}
