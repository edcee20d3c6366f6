/* fseeko() (libc, stdio): move a stream's position; 0, or -1 with errno. */
#include "stdio_impl.h"

int fseeko(FILE *stream, off_t offset, int whence)
{
    __koito_file_lock(stream);
    int result = __koito_file_seek(stream, offset, whence);
    __koito_file_unlock(stream);
    return result;
}
