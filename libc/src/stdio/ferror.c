/* ferror(): whether an operation on the stream failed (libc, stdio); ferror_unlocked() under the
 * stream's lock. */
#include "stdio_impl.h"

int ferror(FILE *stream)
{
    __koito_file_lock(stream);
    int result = ferror_unlocked(stream);
    __koito_file_unlock(stream);
    return result;
}
