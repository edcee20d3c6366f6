/* fgetc(): read one byte, or EOF (libc, stdio); fgetc_unlocked() under the stream's lock. */
#include "stdio_impl.h"

int fgetc(FILE *stream)
{
    __koito_file_lock(stream);
    int result = fgetc_unlocked(stream);
    __koito_file_unlock(stream);
    return result;
}
