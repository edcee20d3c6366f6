/* clearerr_unlocked(): clear both flags, lock held by the caller (libc, stdio). */
#include "stdio_impl.h"

void clearerr_unlocked(FILE *stream)
{
    stream->error = 0;
    stream->eof = 0;
}
