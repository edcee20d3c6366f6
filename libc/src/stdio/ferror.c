/* ferror(): whether a write to the stream has failed (libc, stdio core). */
#include "stdio_impl.h"

int ferror(FILE *stream)
{
    return stream->error;
}
