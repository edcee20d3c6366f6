/* fputc(): write one byte (libc, stdio); fputc_unlocked() under the stream's lock. */
#include "stdio_impl.h"

int fputc(int character, FILE *stream)
{
    __koito_file_lock(stream);
    int result = fputc_unlocked(character, stream);
    __koito_file_unlock(stream);
    return result;
}
