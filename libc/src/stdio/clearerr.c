/* clearerr(): clear a stream's end-of-file and error flags (libc, stdio). */
#include "stdio_impl.h"

void clearerr(FILE *stream)
{
    __koito_file_lock(stream);
    clearerr_unlocked(stream);
    __koito_file_unlock(stream);
}
