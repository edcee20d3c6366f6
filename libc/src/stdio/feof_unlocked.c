/* feof_unlocked(): the end-of-file flag, lock held by the caller (libc, stdio). */
#include "stdio_impl.h"

int feof_unlocked(FILE *stream)
{
    return stream->eof;
}
