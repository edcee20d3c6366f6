/* rewind() (libc, stdio): back to the start, with the error flag cleared. */
#include "stdio_impl.h"

void rewind(FILE *stream)
{
    __koito_file_lock(stream);
    __koito_file_seek(stream, 0, SEEK_SET);
    stream->error = 0;
    __koito_file_unlock(stream);
}
